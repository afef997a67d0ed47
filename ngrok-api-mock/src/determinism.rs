//! A server's sources of time and chance (its [`Clock`] and, when seeded, its random
//! generator), and the scope that lends them to the code handling one request.
//!
//! Why a scope rather than an argument: timestamps, ids, secrets, computed values and the
//! operation ids of error answers are made deep inside code that has no handle on the
//! server (`errors.rs` builds an answer from a message alone, the special-case hooks get
//! the store). `Shared::respond` and the seeding calls run their work inside
//! [`Sources::enter`]; everything below reads [`now`] and [`seeded_u64`] from there.
//! Outside any scope (a unit test driving the store directly) time is the wall clock and
//! bits are fresh, as for an unseeded server.

use std::cell::RefCell;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::clock::Clock;
use crate::rng::SeededRng;

/// What one server reads the time and its random bits from.
pub(crate) struct Sources {
    pub(crate) clock: Clock,
    /// `Some` on a seeded server.
    rng: Option<SeededRng>,
    /// The seed and the clock's start, for [`Sources::restart`].
    seed: Option<u64>,
    start: SystemTime,
    /// How far the clock moves on each request (the binary's `--seed` mode).
    step: Option<Duration>,
}

thread_local! {
    static CURRENT: RefCell<Option<Arc<Sources>>> = const { RefCell::new(None) };
}

impl Sources {
    pub(crate) fn new(clock: Clock, seed: Option<u64>, step: Option<Duration>) -> Sources {
        Sources {
            start: clock.now(),
            clock,
            rng: seed.map(SeededRng::new),
            seed,
            step,
        }
    }

    /// Puts a stopped clock back to its start and a seeded generator back to its seed, so
    /// that a reset server answers as a fresh one with the same seed would (with a store
    /// emptied as well). A running clock is left alone: it follows real time.
    pub(crate) fn restart(&self) {
        if self.clock.is_stopped() {
            self.clock.set(self.start);
        }
        if let (Some(rng), Some(seed)) = (&self.rng, self.seed) {
            rng.reseed(seed);
        }
    }

    /// Runs `f` with these sources as the current thread's (restoring the previous ones
    /// after, even if `f` panics).
    pub(crate) fn enter<R>(self: &Arc<Self>, f: impl FnOnce() -> R) -> R {
        struct Restore(Option<Arc<Sources>>);
        impl Drop for Restore {
            fn drop(&mut self) {
                let previous = self.0.take();
                CURRENT.with(|current| *current.borrow_mut() = previous);
            }
        }
        let previous = CURRENT.with(|current| current.borrow_mut().replace(Arc::clone(self)));
        let _restore = Restore(previous);
        f()
    }

    /// What a state file must keep for a seeded server to go on where it stopped, rather
    /// than repeat ids it already made: the clock's time and the generator's state.
    pub(crate) fn saved(&self) -> (SystemTime, Option<u64>) {
        (self.clock.now(), self.rng.as_ref().map(SeededRng::state))
    }

    /// Goes on from what [`saved`](Self::saved) returned (a stopped clock is set to the
    /// saved time; a running one follows real time and is left alone).
    pub(crate) fn resume(&self, now: SystemTime, rng_state: Option<u64>) {
        if self.clock.is_stopped() {
            self.clock.set(now);
        }
        if let (Some(rng), Some(state)) = (&self.rng, rng_state) {
            rng.reseed(state);
        }
    }

    /// Moves the clock by the per-request step, if there is one.
    pub(crate) fn tick(&self) {
        if let Some(step) = self.step {
            self.clock.advance(step);
        }
    }
}

/// The current server's time (the wall clock outside any server's scope).
pub(crate) fn now() -> SystemTime {
    CURRENT
        .with(|current| current.borrow().as_ref().map(|s| s.clock.now()))
        .unwrap_or_else(SystemTime::now)
}

/// The current server's time as the API writes it: what `created_at` gets, and what a
/// filter's `time.now` reads.
pub(crate) fn now_timestamp() -> ngrok_api::Timestamp {
    ngrok_api::Timestamp::from(now())
}

/// The next bits of the current server's seeded generator; `None` when it has no seed (or
/// outside any server's scope).
pub(crate) fn seeded_u64() -> Option<u64> {
    CURRENT.with(|current| {
        current
            .borrow()
            .as_ref()
            .and_then(|s| s.rng.as_ref().map(SeededRng::next_u64))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::default_start;

    #[test]
    fn the_scope_lends_the_sources_and_gives_them_back() {
        let sources = Arc::new(Sources::new(Clock::stopped(default_start()), Some(3), None));
        assert_eq!(seeded_u64(), None);
        let (inside, bits) = sources.enter(|| (now(), seeded_u64()));
        assert_eq!(inside, default_start());
        assert_eq!(bits, Some(SeededRng::new(3).next_u64()));
        assert_eq!(seeded_u64(), None, "gone after the scope");
        assert_ne!(now(), default_start());
    }

    #[test]
    fn a_restart_replays_the_sequence_and_the_clock() {
        let sources = Arc::new(Sources::new(Clock::stopped(default_start()), Some(9), None));
        let first = sources.enter(|| (seeded_u64(), seeded_u64()));
        sources.clock.advance(Duration::from_secs(5));
        sources.restart();
        assert_eq!(sources.enter(|| (seeded_u64(), seeded_u64())), first);
        assert_eq!(sources.clock.now(), default_start());
    }

    #[test]
    fn a_resumed_server_goes_on_where_it_stopped() {
        let start = Clock::stopped(default_start());
        let first = Arc::new(Sources::new(start, Some(9), None));
        first.enter(seeded_u64);
        first.clock.advance(Duration::from_secs(5));
        let (now, state) = first.saved();
        let expected = first.enter(seeded_u64);
        let second = Arc::new(Sources::new(Clock::stopped(default_start()), Some(9), None));
        second.resume(now, state);
        assert_eq!(second.enter(seeded_u64), expected);
        assert_eq!(second.clock.now(), default_start() + Duration::from_secs(5));
    }

    #[test]
    fn scopes_nest() {
        let outer = Arc::new(Sources::new(Clock::stopped(default_start()), None, None));
        let inner_start = default_start() + Duration::from_secs(5);
        let inner = Arc::new(Sources::new(Clock::stopped(inner_start), None, None));
        outer.enter(|| {
            assert_eq!(inner.enter(now), inner_start);
            assert_eq!(now(), default_start());
        });
    }
}
