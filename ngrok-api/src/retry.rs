//! When a failed request is sent again, and how long to wait first: the policy only. The
//! loop that applies it around each request is in `transport.rs`.
//!
//! The rules (README, "Reliability"):
//!
//! * A 429 is retried whatever the method: the API's rate limit refuses the request before
//!   doing anything (`ERR_NGROK_226`), so sending it again cannot do it twice.
//! * `GET`, `PUT` and `DELETE` are idempotent: sending one twice has the effect of sending
//!   it once. They are also retried on 502, 503 and 504, on a refused or failed
//!   connection, on a timeout and on a connection that broke before the response was
//!   complete.
//! * `POST` and `PATCH` are otherwise retried only when the connection could not be made,
//!   so the request provably never reached the server. Any other failure (a 5xx among
//!   them: the server may have done part of the work) is returned at once, and a transport
//!   failure says that the outcome is unknown.
//! * The wait before retry `n` (1-based) is a random duration between half and all of
//!   `base * 2^(n-1)`, capped by the maximum wait; a `Retry-After` header, in seconds or
//!   as an HTTP date, replaces it (also capped).

use std::hash::BuildHasher;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::TransportErrorKind;
use crate::meta::Method;

/// The retry settings of a client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RetryPolicy {
    pub(crate) max_retries: u32,
    pub(crate) base_delay: Duration,
    pub(crate) max_wait: Duration,
}

/// How an attempt ended, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A response arrived with this status (and maybe a `Retry-After`).
    Status(u16, Option<Duration>),
    /// No connection could be made: nothing was sent.
    NotConnected,
    /// The request may have been sent, and no complete response came back.
    Broken(TransportErrorKind),
}

/// Whether a request with this method may be sent again after this outcome.
pub(crate) fn retryable(method: Method, outcome: Outcome) -> bool {
    let idempotent = matches!(method, Method::Get | Method::Put | Method::Delete);
    match outcome {
        Outcome::NotConnected => true,
        // A rate-limited request was refused before anything was done.
        Outcome::Status(429, _) => true,
        Outcome::Status(status, _) => idempotent && matches!(status, 502..=504),
        Outcome::Broken(kind) => {
            idempotent
                && matches!(
                    kind,
                    TransportErrorKind::Timeout | TransportErrorKind::Other
                )
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (1 for the first), or `None` when no retry is
    /// left.
    pub(crate) fn wait_before(&self, retry: u32, outcome: Outcome) -> Option<Duration> {
        if retry > self.max_retries {
            return None;
        }
        if let Outcome::Status(_, Some(asked)) = outcome {
            return Some(asked.min(self.max_wait));
        }
        let exponent = (retry - 1).min(20);
        let full = self
            .base_delay
            .saturating_mul(1 << exponent)
            .min(self.max_wait);
        // Half of it for sure, the other half at random, so that clients that failed
        // together do not come back together.
        let half = full / 2;
        Some(half + half.mul_f64(random_fraction()))
    }
}

/// A number in [0, 1), different on every call.
fn random_fraction() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let state = std::collections::hash_map::RandomState::new();
    let bits = state.hash_one(COUNTER.fetch_add(1, Ordering::Relaxed));
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// The delay a `Retry-After` header asks for: whole seconds, or an HTTP date
/// (`Sun, 06 Nov 1994 08:49:37 GMT`) relative to `now`. A date in the past means no wait;
/// anything unreadable is ignored.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse::<u64>().ok().map(Duration::from_secs);
    }
    let at = parse_http_date(value)?;
    let now = now.duration_since(UNIX_EPOCH).ok()?.as_secs() as i64;
    Some(Duration::from_secs(at.saturating_sub(now).max(0) as u64))
}

/// Seconds since the Unix epoch of an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the
/// form HTTP requires senders to use.
fn parse_http_date(value: &str) -> Option<i64> {
    let rest = value.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: i64 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':');
    let mut unit = |max: i64| {
        clock
            .next()?
            .parse::<i64>()
            .ok()
            .filter(|v| (0..=max).contains(v))
    };
    let (hour, minute, second) = (unit(23)?, unit(59)?, unit(60)?);
    if parts.next()? != "GMT" || parts.next().is_some() || !(1..=31).contains(&day) {
        return None;
    }
    let days = crate::timestamp::days_from_civil(year, month, day);
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(100),
            max_wait: Duration::from_secs(1),
        }
    }

    #[test]
    fn only_idempotent_methods_are_retried_after_the_request_was_sent_unless_it_was_refused() {
        for method in [Method::Get, Method::Put, Method::Delete] {
            for status in [429, 502, 503, 504] {
                assert!(
                    retryable(method, Outcome::Status(status, None)),
                    "{method} {status}"
                );
            }
            for status in [200, 400, 401, 404, 409, 500] {
                assert!(
                    !retryable(method, Outcome::Status(status, None)),
                    "{method} {status}"
                );
            }
            assert!(retryable(
                method,
                Outcome::Broken(TransportErrorKind::Timeout)
            ));
            assert!(!retryable(
                method,
                Outcome::Broken(TransportErrorKind::BodyTooLarge)
            ));
            assert!(!retryable(method, Outcome::Broken(TransportErrorKind::Tls)));
        }
        for method in [Method::Post, Method::Patch] {
            assert!(retryable(method, Outcome::NotConnected));
            for status in [500, 502, 503, 504] {
                assert!(
                    !retryable(method, Outcome::Status(status, None)),
                    "{method} {status}"
                );
            }
            assert!(
                retryable(method, Outcome::Status(429, None)),
                "a rate-limited {method} was refused before anything was done"
            );
            assert!(!retryable(
                method,
                Outcome::Broken(TransportErrorKind::Timeout)
            ));
            assert!(!retryable(
                method,
                Outcome::Broken(TransportErrorKind::Other)
            ));
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let p = policy();
        let outcome = Outcome::Status(503, None);
        for _ in 0..50 {
            let first = p.wait_before(1, outcome).unwrap();
            assert!((Duration::from_millis(50)..=Duration::from_millis(100)).contains(&first));
            let third = p.wait_before(3, outcome).unwrap();
            assert!((Duration::from_millis(200)..=Duration::from_millis(400)).contains(&third));
        }
        let capped = RetryPolicy {
            max_retries: 30,
            ..p
        };
        assert!(capped.wait_before(30, outcome).unwrap() <= Duration::from_secs(1));
        assert_eq!(
            p.wait_before(4, outcome),
            None,
            "three retries, then no more"
        );
        let never = RetryPolicy {
            max_retries: 0,
            ..p
        };
        assert_eq!(never.wait_before(1, outcome), None);
    }

    #[test]
    fn jitter_spreads_the_waits() {
        let p = policy();
        let waits: std::collections::HashSet<_> = (0..20)
            .map(|_| p.wait_before(2, Outcome::NotConnected).unwrap())
            .collect();
        assert!(waits.len() > 1, "every wait was the same: {waits:?}");
    }

    #[test]
    fn retry_after_replaces_the_backoff_and_is_capped() {
        let p = policy();
        let asked = |secs| Outcome::Status(429, Some(Duration::from_secs(secs)));
        assert_eq!(p.wait_before(1, asked(0)), Some(Duration::ZERO));
        assert_eq!(p.wait_before(1, asked(1)), Some(Duration::from_secs(1)));
        assert_eq!(p.wait_before(1, asked(120)), Some(Duration::from_secs(1)));
    }

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", now),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now),
            Some(Duration::ZERO),
            "a date in the past means now"
        );
        for bad in [
            "",
            "-1",
            "1.5",
            "soon",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 32 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "99999999999999999999999",
        ] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad:?}");
        }
    }
}
