//! Writing an instant as the API writes times: RFC 3339 in UTC, `YYYY-MM-DDTHH:MM:SSZ`,
//! with a fraction of a second only when there is one (`.691Z`, trailing zeros dropped).
//!
//! RFC 3339 has four-digit years only, so instants outside 0000-01-01T00:00:00Z ..=
//! 9999-12-31T23:59:59.999999999Z are clamped to that range: every `Timestamp` this
//! crate writes parses back to the instant it holds.

use std::borrow::Cow;
use std::fmt::Write;

use super::calendar::civil_from_days;
use super::Timestamp;

/// 0000-01-01T00:00:00Z, the first instant RFC 3339 can write, in seconds since the epoch.
pub(crate) const MIN_SECONDS: i64 = -62_167_219_200;
/// 9999-12-31T23:59:59Z, the last whole second RFC 3339 can write.
pub(crate) const MAX_SECONDS: i64 = 253_402_300_799;

const NANOS_PER_SECOND: i128 = 1_000_000_000;

impl Timestamp {
    /// The instant `seconds` + `nanos` after the epoch (nanos below 10^9), clamped to the
    /// range RFC 3339 can write, with its text in UTC.
    pub(crate) fn from_instant(seconds: i64, nanos: u32) -> Timestamp {
        debug_assert!(nanos < 1_000_000_000);
        let (seconds, nanos) = if seconds < MIN_SECONDS {
            (MIN_SECONDS, 0)
        } else if seconds > MAX_SECONDS {
            (MAX_SECONDS, 999_999_999)
        } else {
            (seconds, nanos.min(999_999_999))
        };
        Timestamp {
            text: Cow::Owned(write_utc(seconds, nanos)),
            seconds,
            nanos,
        }
    }

    /// The instant `nanos` nanoseconds after the epoch (before it when negative), clamped
    /// like [`Timestamp::from_instant`]. The conversions from other crates' types meet here.
    pub(crate) fn from_unix_nanos_clamped(nanos: i128) -> Timestamp {
        let seconds = nanos.div_euclid(NANOS_PER_SECOND);
        let fraction = nanos.rem_euclid(NANOS_PER_SECOND) as u32;
        let seconds =
            i64::try_from(seconds).unwrap_or(if seconds < 0 { i64::MIN } else { i64::MAX });
        Timestamp::from_instant(seconds, fraction)
    }

    /// The instant as nanoseconds since the epoch (negative before it).
    #[cfg(any(feature = "time", feature = "jiff"))]
    pub(crate) fn unix_nanos(&self) -> i128 {
        i128::from(self.seconds) * NANOS_PER_SECOND + i128::from(self.nanos)
    }
}

/// `seconds` (within the clamped range) and `nanos` as `YYYY-MM-DDTHH:MM:SS[.f]Z`.
fn write_utc(seconds: i64, nanos: u32) -> String {
    let days = seconds.div_euclid(86_400);
    let secs_of_day = seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let mut text = String::with_capacity(30);
    // Writing to a String cannot fail.
    let _ = write!(
        text,
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        secs_of_day / 3600,
        secs_of_day / 60 % 60,
        secs_of_day % 60
    );
    if nanos != 0 {
        let digits = format!("{nanos:09}");
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text.push('Z');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_seconds_have_no_fraction() {
        assert_eq!(
            Timestamp::from_instant(0, 0).as_str(),
            "1970-01-01T00:00:00Z"
        );
        assert_eq!(
            Timestamp::from_instant(1_764_756_697, 0).as_str(),
            "2025-12-03T10:11:37Z"
        );
    }

    #[test]
    fn fractions_drop_trailing_zeros_like_the_api() {
        let cases = [
            (691_000_000, "2020-09-14T12:53:23.691Z"),
            (500_000_000, "2020-09-14T12:53:23.5Z"),
            (100_000_000, "2020-09-14T12:53:23.1Z"),
            (120_000_000, "2020-09-14T12:53:23.12Z"),
            (1_000, "2020-09-14T12:53:23.000001Z"),
            (1, "2020-09-14T12:53:23.000000001Z"),
            (999_999_999, "2020-09-14T12:53:23.999999999Z"),
        ];
        for (nanos, text) in cases {
            assert_eq!(Timestamp::from_instant(1_600_088_003, nanos).as_str(), text);
        }
    }

    #[test]
    fn before_the_epoch_the_fraction_counts_forward() {
        assert_eq!(
            Timestamp::from_unix_nanos_clamped(-250_000_000).as_str(),
            "1969-12-31T23:59:59.75Z"
        );
        assert_eq!(
            Timestamp::from_unix_nanos_clamped(-1).as_str(),
            "1969-12-31T23:59:59.999999999Z"
        );
    }

    #[test]
    fn the_range_ends_are_written_and_beyond_them_clamped() {
        let first = Timestamp::from_instant(MIN_SECONDS, 0);
        assert_eq!(first.as_str(), "0000-01-01T00:00:00Z");
        let last = Timestamp::from_instant(MAX_SECONDS, 999_999_999);
        assert_eq!(last.as_str(), "9999-12-31T23:59:59.999999999Z");
        assert_eq!(Timestamp::from_instant(MIN_SECONDS - 1, 5), first);
        assert_eq!(
            Timestamp::from_instant(i64::MIN, 0).as_str(),
            first.as_str()
        );
        assert_eq!(
            Timestamp::from_instant(MAX_SECONDS + 1, 0).as_str(),
            last.as_str()
        );
        assert_eq!(Timestamp::from_instant(i64::MAX, 0), last);
        assert_eq!(Timestamp::from_unix_nanos_clamped(i128::MAX), last);
        assert_eq!(Timestamp::from_unix_nanos_clamped(i128::MIN), first);
    }

    #[test]
    fn every_written_text_parses_back_to_its_instant() {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let span = (MAX_SECONDS - MIN_SECONDS + 3) as u64;
            let seconds = MIN_SECONDS - 1 + (state % span) as i64;
            // Whole seconds, milliseconds and nanoseconds, a third of the time each.
            let nanos = match state >> 60 {
                0..=4 => 0,
                5..=9 => (state >> 20) as u32 % 1000 * 1_000_000,
                _ => (state >> 20) as u32 % 1_000_000_000,
            };
            let t = Timestamp::from_instant(seconds, nanos);
            let back: Timestamp = t.as_str().parse().unwrap();
            assert_eq!(back.as_str(), t.as_str());
            assert_eq!(
                (back.unix_seconds(), back.subsec_nanos()),
                (t.unix_seconds(), t.subsec_nanos()),
                "{t}"
            );
        }
    }
}
