//! The API's account rate limit, measured on the server's clock, so that a test can move
//! past a window with [`Clock::advance`](crate::Clock::advance) instead of sleeping.

use std::collections::VecDeque;
use std::time::{Duration, SystemTime};

/// The API's account rate limit: at most `max` requests in any rolling `window`.
#[derive(Debug)]
pub(crate) struct RateLimit {
    pub(crate) max: usize,
    pub(crate) window: Duration,
    recent: VecDeque<SystemTime>,
}

impl RateLimit {
    pub(crate) fn new(max: usize, window: Duration) -> RateLimit {
        RateLimit {
            max,
            window,
            recent: VecDeque::new(),
        }
    }

    /// Counts a request made at `now` (on the server's clock); `Err(wait)` when it is over
    /// the limit, with how long until the oldest counted request leaves the window.
    /// Refused requests do not count. A clock set back before a counted request reads
    /// as no time having passed since it.
    pub(crate) fn admit(&mut self, now: SystemTime) -> Result<(), Duration> {
        let since = |t: SystemTime| now.duration_since(t).unwrap_or_default();
        while self
            .recent
            .front()
            .is_some_and(|&t| since(t) >= self.window)
        {
            self.recent.pop_front();
        }
        if self.recent.len() >= self.max {
            let oldest = self.recent.front().copied().unwrap_or(now);
            return Err(self.window.saturating_sub(since(oldest)));
        }
        self.recent.push_back(now);
        Ok(())
    }

    /// Forgets the requests counted so far (a reset).
    pub(crate) fn clear(&mut self) {
        self.recent.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    #[test]
    fn the_rate_limit_counts_a_rolling_window() {
        let mut limit = RateLimit::new(2, Duration::from_secs(10));
        let start = UNIX_EPOCH + Duration::from_secs(1_000);
        assert!(limit.admit(start).is_ok());
        assert!(limit.admit(start + Duration::from_secs(4)).is_ok());
        let wait = limit.admit(start + Duration::from_secs(6)).unwrap_err();
        assert_eq!(wait, Duration::from_secs(4));
        // Refused requests are not counted; once the first leaves the window, one fits.
        assert!(limit.admit(start + Duration::from_secs(10)).is_ok());
        assert!(limit.admit(start + Duration::from_secs(11)).is_err());
    }

    #[test]
    fn a_clock_set_back_waits_the_whole_window() {
        let mut limit = RateLimit::new(1, Duration::from_secs(10));
        let start = UNIX_EPOCH + Duration::from_secs(1_000);
        assert!(limit.admit(start).is_ok());
        let wait = limit.admit(start - Duration::from_secs(5)).unwrap_err();
        assert_eq!(wait, Duration::from_secs(10));
        limit.clear();
        assert!(limit.admit(start).is_ok());
    }
}
