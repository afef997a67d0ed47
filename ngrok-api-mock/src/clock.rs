//! The server's clock: the time it writes into `created_at`, `updated_at` and
//! `started_at`, measures the rate limit's window and `Retry-After` by, and filters read as
//! `time.now`. A handle, [`Clock`], lets a test move it.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::sync::lock;

/// Where a seeded server's clock starts unless told otherwise: 2025-01-01T00:00:00Z.
pub(crate) const DEFAULT_START: Duration = Duration::from_secs(1_735_689_600);

/// A handle on a server's clock, from [`MockServer::clock`](crate::MockServer::clock).
/// Clones share the clock.
///
/// A server started without [`seed`](crate::MockServerBuilder::seed) or
/// [`start_time`](crate::MockServerBuilder::start_time) runs on the wall clock; moving it
/// ([`advance`](Clock::advance), [`set`](Clock::set)) shifts it, and it keeps running from
/// there. A seeded server's clock is stopped: it reads the same time until moved (or, with
/// [`clock_step`](crate::MockServerBuilder::clock_step), moves by a fixed step on each
/// request), so what a test sees does not depend on how fast the machine is.
///
/// ```
/// use std::time::Duration;
///
/// let server = ngrok_api_mock::MockServer::builder().seed(1).start()?;
/// let clock = server.clock();
/// assert_eq!(clock.timestamp().as_str(), "2025-01-01T00:00:00Z");
/// clock.advance(Duration::from_secs(90));
/// assert_eq!(clock.timestamp().as_str(), "2025-01-01T00:01:30Z");
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone)]
pub struct Clock {
    inner: Arc<Mutex<Reading>>,
}

/// How the clock reads now.
#[derive(Debug, Clone, Copy)]
enum Reading {
    /// Running: `origin` plus the time elapsed (monotonically) since `since`.
    Running { origin: SystemTime, since: Instant },
    /// Stopped at this time until moved.
    Stopped(SystemTime),
}

impl Clock {
    /// The wall clock (running).
    pub(crate) fn wall() -> Clock {
        Clock::with(Reading::Running {
            origin: SystemTime::now(),
            since: Instant::now(),
        })
    }

    /// A clock stopped at `start`.
    pub(crate) fn stopped(start: SystemTime) -> Clock {
        Clock::with(Reading::Stopped(start))
    }

    fn with(reading: Reading) -> Clock {
        Clock {
            inner: Arc::new(Mutex::new(reading)),
        }
    }

    /// The time on this clock.
    pub fn now(&self) -> SystemTime {
        match *lock(&self.inner) {
            Reading::Running { origin, since } => origin + since.elapsed(),
            Reading::Stopped(at) => at,
        }
    }

    /// The time on this clock as the API writes it (`2025-01-01T00:00:00Z`).
    pub fn timestamp(&self) -> ngrok_api::Timestamp {
        ngrok_api::Timestamp::from(self.now())
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        let mut reading = lock(&self.inner);
        *reading = match *reading {
            Reading::Running { origin, since } => Reading::Running {
                origin: origin + by,
                since,
            },
            Reading::Stopped(at) => Reading::Stopped(at + by),
        };
    }

    /// Sets the clock to `to` (earlier or later); a running clock runs on from there. Ids
    /// made after going back still sort after those made before.
    pub fn set(&self, to: SystemTime) {
        let mut reading = lock(&self.inner);
        *reading = match *reading {
            Reading::Running { .. } => Reading::Running {
                origin: to,
                since: Instant::now(),
            },
            Reading::Stopped(_) => Reading::Stopped(to),
        };
    }

    /// Whether the clock is stopped (moves only when told), as a seeded server's is.
    pub fn is_stopped(&self) -> bool {
        matches!(*lock(&self.inner), Reading::Stopped(_))
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Clock")
            .field("now", &self.timestamp().as_str())
            .field("stopped", &self.is_stopped())
            .finish()
    }
}

/// Reads and moves `clock` as the admin API's JSON asks: `{"advance": "90s"}` (a whole
/// number of `ms`, `s`, `m`, `h` or `d`), `{"set": "2025-01-01T00:00:00Z"}` (RFC 3339), or
/// `{}` to only read it; both may be given (set, then advance). Answers
/// `{"now": "<RFC 3339>", "stopped": bool}`, or what was wrong with the request.
pub(crate) fn apply_json(
    clock: &Clock,
    body: &serde_json::Value,
) -> Result<serde_json::Value, String> {
    let fields = body
        .as_object()
        .ok_or("the clock request must be a JSON object")?;
    if let Some(unknown) = fields.keys().find(|k| *k != "advance" && *k != "set") {
        return Err(format!("{unknown:?} is not a clock setting (advance, set)"));
    }
    let set = match fields.get("set") {
        None => None,
        Some(value) => {
            let text = value
                .as_str()
                .ok_or("set must be an RFC 3339 time, as a string")?;
            let time: ngrok_api::Timestamp = text
                .parse()
                .map_err(|err| format!("set: {text:?} is not an RFC 3339 time: {err}"))?;
            Some(time.to_system_time())
        }
    };
    let advance = match fields.get("advance") {
        None => None,
        Some(value) => Some(parse_duration(value.as_str().unwrap_or_default()).ok_or_else(
            || format!("advance must be a whole number with a unit (250ms, 90s, 5m, 1h, 1d), got {value}"),
        )?),
    };
    if let Some(time) = set {
        clock.set(time);
    }
    if let Some(by) = advance {
        clock.advance(by);
    }
    Ok(serde_json::json!({
        "now": clock.timestamp().as_str(),
        "stopped": clock.is_stopped(),
    }))
}

/// `250ms`, `90s`, `5m`, `1h`, `1d`.
fn parse_duration(text: &str) -> Option<Duration> {
    let digits = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(digits);
    let n: u64 = number.parse().ok()?;
    let unit_ms: u64 = match unit {
        "ms" => 1,
        "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        "d" => 86_400_000,
        _ => return None,
    };
    n.checked_mul(unit_ms).map(Duration::from_millis)
}

/// The default start of a seeded server's clock, as a `SystemTime`.
pub(crate) fn default_start() -> SystemTime {
    UNIX_EPOCH + DEFAULT_START
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stopped_clock_moves_only_when_told() {
        let clock = Clock::stopped(default_start());
        assert_eq!(clock.now(), default_start());
        clock.advance(Duration::from_millis(1500));
        assert_eq!(clock.timestamp().as_str(), "2025-01-01T00:00:01.5Z");
        clock.set(UNIX_EPOCH + Duration::from_secs(60));
        assert_eq!(clock.timestamp().as_str(), "1970-01-01T00:01:00Z");
        assert!(clock.is_stopped());
    }

    #[test]
    fn json_moves_the_clock_or_says_what_is_wrong() {
        let clock = Clock::stopped(default_start());
        let read = apply_json(&clock, &serde_json::json!({"advance": "90s"})).unwrap();
        assert_eq!(read["now"], "2025-01-01T00:01:30Z");
        assert_eq!(read["stopped"], true);
        let read = apply_json(
            &clock,
            &serde_json::json!({"set": "2030-05-01T12:00:00Z", "advance": "250ms"}),
        )
        .unwrap();
        assert_eq!(read["now"], "2030-05-01T12:00:00.25Z");
        let err = apply_json(&clock, &serde_json::json!({"advance": "soon"})).unwrap_err();
        assert!(err.contains("advance"), "{err}");
        let err = apply_json(&clock, &serde_json::json!({"set": "yesterday"})).unwrap_err();
        assert!(err.contains("RFC 3339"), "{err}");
        let err = apply_json(&clock, &serde_json::json!({"speed": 2})).unwrap_err();
        assert!(err.contains("speed"), "{err}");
        assert_eq!(parse_duration("1d"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse_duration("s"), None);
        assert_eq!(parse_duration("99999999999999999999h"), None);
    }

    #[test]
    fn a_running_clock_keeps_an_advance() {
        let clock = Clock::wall();
        let before = SystemTime::now();
        clock.advance(Duration::from_secs(3600));
        let read = clock.now();
        // At least the hour ahead of the wall clock as read before the advance.
        assert!(read >= before + Duration::from_secs(3600));
        clock.set(default_start());
        assert!(clock.now() >= default_start());
        assert!(!clock.is_stopped());
    }
}
