//! `Timestamp` to and from [`std::time::SystemTime`].

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::TimestampRangeError;
use crate::Timestamp;

impl From<SystemTime> for Timestamp {
    /// The instant in UTC, with a fraction of a second only when there is one
    /// (`2026-11-27T19:26:19.25Z`), as the API writes times. Instants outside the years
    /// 0000 to 9999 are clamped to that range.
    fn from(time: SystemTime) -> Timestamp {
        let nanos = match time.duration_since(UNIX_EPOCH) {
            Ok(after) => i128::try_from(after.as_nanos()).unwrap_or(i128::MAX),
            Err(before) => -i128::try_from(before.duration().as_nanos()).unwrap_or(i128::MAX),
        };
        Timestamp::from_unix_nanos_clamped(nanos)
    }
}

impl TryFrom<&Timestamp> for SystemTime {
    type Error = TimestampRangeError;

    /// The instant as a `SystemTime`; fails only where the platform's `SystemTime` cannot
    /// hold it (on Windows, before 1601).
    fn try_from(t: &Timestamp) -> Result<SystemTime, TimestampRangeError> {
        let whole = if t.seconds >= 0 {
            UNIX_EPOCH.checked_add(Duration::from_secs(t.seconds.unsigned_abs()))
        } else {
            UNIX_EPOCH.checked_sub(Duration::from_secs(t.seconds.unsigned_abs()))
        };
        whole
            .and_then(|time| time.checked_add(Duration::from_nanos(u64::from(t.nanos))))
            .ok_or_else(|| TimestampRangeError::new(t, "std::time::SystemTime"))
    }
}

impl TryFrom<Timestamp> for SystemTime {
    type Error = TimestampRangeError;

    /// As for `&Timestamp`.
    fn try_from(t: Timestamp) -> Result<SystemTime, TimestampRangeError> {
        SystemTime::try_from(&t)
    }
}

#[cfg(test)]
mod tests {
    use super::super::edges::{ts, NORMALISED, ROUND_TRIP};
    use super::*;

    #[test]
    fn round_trips_keep_the_instant_and_write_utc() {
        for &text in ROUND_TRIP {
            let t = ts(text);
            let time = SystemTime::try_from(&t).unwrap();
            let back = Timestamp::from(time);
            assert_eq!(back.as_str(), text);
            assert_eq!(back, t);
            assert_eq!(SystemTime::try_from(back).unwrap(), time);
        }
        for &(text, utc) in NORMALISED {
            let back = Timestamp::from(SystemTime::try_from(ts(text)).unwrap());
            assert_eq!(back.as_str(), utc, "{text}");
            assert_eq!(back, ts(text));
        }
    }

    #[test]
    fn system_time_lands_on_the_expected_text() {
        let at = |secs: u64, nanos: u32| {
            Timestamp::from(UNIX_EPOCH + Duration::new(secs, nanos)).to_string()
        };
        assert_eq!(at(0, 0), "1970-01-01T00:00:00Z");
        assert_eq!(at(1_709_164_800, 0), "2024-02-29T00:00:00Z");
        assert_eq!(at(951_782_400, 0), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_600_088_003, 691_000_000), "2020-09-14T12:53:23.691Z");
        assert_eq!(at(1_600_088_003, 7), "2020-09-14T12:53:23.000000007Z");
        let before = |secs: u64, nanos: u32| {
            Timestamp::from(UNIX_EPOCH - Duration::new(secs, nanos)).to_string()
        };
        assert_eq!(before(0, 1), "1969-12-31T23:59:59.999999999Z");
        assert_eq!(before(1, 500_000_000), "1969-12-31T23:59:58.5Z");
        assert_eq!(before(2_208_988_800, 0), "1900-01-01T00:00:00Z");
    }

    #[test]
    fn system_time_plus_a_duration_round_trips() {
        let start = UNIX_EPOCH + Duration::new(1_764_756_697, 0);
        for step in [
            Duration::ZERO,
            Duration::from_nanos(1),
            Duration::from_millis(250),
            Duration::from_secs(30 * 86_400),
            Duration::new(365 * 86_400, 999_999_999),
        ] {
            let time = start + step;
            assert_eq!(SystemTime::try_from(Timestamp::from(time)).unwrap(), time);
            let time = start - step;
            assert_eq!(SystemTime::try_from(Timestamp::from(time)).unwrap(), time);
        }
    }

    #[cfg(unix)]
    #[test]
    fn system_times_beyond_four_digit_years_are_clamped() {
        let far = UNIX_EPOCH + Duration::from_secs(400_000_000_000);
        assert_eq!(
            Timestamp::from(far).as_str(),
            "9999-12-31T23:59:59.999999999Z"
        );
        let long_ago = UNIX_EPOCH - Duration::from_secs(100_000_000_000);
        assert_eq!(Timestamp::from(long_ago).as_str(), "0000-01-01T00:00:00Z");
    }

    #[cfg(unix)]
    #[test]
    fn every_timestamp_fits_a_unix_system_time() {
        for text in [
            "0000-01-01T00:00:00+23:59",
            "9999-12-31T23:59:60.999999999-23:59",
        ] {
            let t = ts(text);
            let time = SystemTime::try_from(&t).unwrap();
            assert_eq!(t.to_system_time(), time);
            // Beyond the range RFC 3339 writes, so back in a Timestamp it is clamped.
            assert_ne!(Timestamp::from(time), t);
        }
    }

    #[test]
    fn the_range_error_names_the_timestamp_and_the_type() {
        let err = TimestampRangeError::new(&ts("0001-01-01T00:00:00Z"), "std::time::SystemTime");
        assert_eq!(err.timestamp(), "0001-01-01T00:00:00Z");
        assert_eq!(err.target(), "std::time::SystemTime");
        assert_eq!(
            err.to_string(),
            "the timestamp 0001-01-01T00:00:00Z is outside the range of std::time::SystemTime"
        );
    }
}
