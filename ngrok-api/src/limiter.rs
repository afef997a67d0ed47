//! The optional client-side rate limiter ([`ClientBuilder::rate_limit`]): at most `max`
//! requests in any rolling `window`, shared by every clone of a client, so that a batch
//! job paces itself instead of running into the API's 429s.
//!
//! The transport takes a [`Slot`] before each attempt (retries included) and holds it
//! until the response has been read. A slot counts against the window from the moment it
//! is taken, and its time in the window starts when it is released: the server received
//! the request at some point before the answer was read, so counting from the end never
//! lets the server see more than `max` requests in a window, whatever the network delay.
//!
//! Configuration is in `client.rs`; the transport's hook is in `transport.rs`.
//!
//! [`ClientBuilder::rate_limit`]: crate::ClientBuilder::rate_limit

use std::collections::VecDeque;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// A sliding-window limiter.
#[derive(Debug)]
pub(crate) struct Limiter {
    max: usize,
    window: Duration,
    state: Mutex<State>,
    /// Signalled when a slot is released, for callers waiting while every slot is in flight.
    released: Condvar,
}

#[derive(Debug, Default)]
struct State {
    /// Requests sent and not yet answered.
    in_flight: usize,
    /// When recent requests were answered, oldest first.
    finished: VecDeque<Instant>,
}

/// One request's place in the window, from before it is sent until its answer is read.
#[derive(Debug)]
pub(crate) struct Slot<'a> {
    limiter: &'a Limiter,
}

impl Limiter {
    /// At most `max` requests in any `window`; both must be non-zero (checked by the
    /// builder).
    pub(crate) fn new(max: u32, window: Duration) -> Limiter {
        Limiter {
            max: usize::try_from(max).unwrap_or(usize::MAX).max(1),
            window,
            state: Mutex::new(State::default()),
            released: Condvar::new(),
        }
    }

    /// Waits until one more request fits in the window, then counts it.
    pub(crate) fn acquire(&self) -> Slot<'_> {
        let mut state = self.lock();
        loop {
            let now = Instant::now();
            while state
                .finished
                .front()
                .is_some_and(|t| now.duration_since(*t) >= self.window)
            {
                state.finished.pop_front();
            }
            if state.in_flight + state.finished.len() < self.max {
                state.in_flight += 1;
                return Slot { limiter: self };
            }
            // Full: wait until the oldest answered request leaves the window, or, when all
            // of them are still in flight, until one is answered.
            let wait = match state.finished.front() {
                Some(oldest) => self.window.saturating_sub(now.duration_since(*oldest)),
                None => self.window,
            };
            state = self
                .released
                .wait_timeout(state, wait)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent whatever panicked while it was held: keep going.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut state = self.limiter.lock();
        state.in_flight = state.in_flight.saturating_sub(1);
        state.finished.push_back(Instant::now());
        drop(state);
        self.limiter.released.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn the_window_holds_at_most_max_requests() {
        let limiter = Limiter::new(3, Duration::from_millis(150));
        let started = Instant::now();
        for _ in 0..3 {
            drop(limiter.acquire());
        }
        assert!(
            started.elapsed() < Duration::from_millis(100),
            "the first three wait"
        );
        drop(limiter.acquire());
        assert!(
            started.elapsed() >= Duration::from_millis(150),
            "the fourth waits for the first to leave the window: {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn requests_in_flight_count_and_their_window_starts_when_answered() {
        let limiter = Arc::new(Limiter::new(1, Duration::from_millis(100)));
        let slot = limiter.acquire();
        let other = Arc::clone(&limiter);
        let waiter = std::thread::spawn(move || {
            let started = Instant::now();
            drop(other.acquire());
            started.elapsed()
        });
        std::thread::sleep(Duration::from_millis(200));
        drop(slot);
        let waited = waiter.join().unwrap();
        // 200 ms in flight, then the whole window after the answer.
        assert!(waited >= Duration::from_millis(290), "{waited:?}");
    }

    #[test]
    fn threads_sharing_a_limiter_never_exceed_it() {
        let limiter = Arc::new(Limiter::new(4, Duration::from_millis(100)));
        let starts = Arc::new(Mutex::new(Vec::new()));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let (limiter, starts) = (Arc::clone(&limiter), Arc::clone(&starts));
                std::thread::spawn(move || {
                    for _ in 0..3 {
                        let slot = limiter.acquire();
                        starts.lock().unwrap().push(Instant::now());
                        drop(slot);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let mut starts = starts.lock().unwrap().clone();
        starts.sort();
        assert_eq!(starts.len(), 12);
        for pair in starts.windows(5) {
            assert!(
                pair[4].duration_since(pair[0]) >= Duration::from_millis(100),
                "five requests within one window"
            );
        }
    }
}
