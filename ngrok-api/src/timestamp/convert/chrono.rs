//! `Timestamp` to and from [`chrono::DateTime`], with the crate feature `chrono`.

use ::chrono::{DateTime, TimeZone, Utc};

use crate::Timestamp;

#[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
impl<Tz: TimeZone> From<DateTime<Tz>> for Timestamp {
    /// The instant in UTC, whatever the time zone of the `DateTime`, with a fraction of a
    /// second only when there is one, as the API writes times. A leap second counts as the
    /// next second, as when parsing `23:59:60`; instants outside the years 0000 to 9999
    /// are clamped to that range.
    fn from(time: DateTime<Tz>) -> Timestamp {
        // chrono writes a leap second as nanoseconds past 10^9; the sum carries them over.
        let nanos = i128::from(time.timestamp()) * 1_000_000_000
            + i128::from(time.timestamp_subsec_nanos());
        Timestamp::from_unix_nanos_clamped(nanos)
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
impl From<&Timestamp> for DateTime<Utc> {
    /// The instant as a `DateTime<Utc>`. chrono's range (about 262,000 years either way)
    /// holds every `Timestamp`, so this cannot fail.
    fn from(t: &Timestamp) -> DateTime<Utc> {
        // Never `None` for the years a Timestamp spans; saturating keeps it panic-free.
        DateTime::from_timestamp(t.seconds, t.nanos).unwrap_or(if t.seconds < 0 {
            DateTime::<Utc>::MIN_UTC
        } else {
            DateTime::<Utc>::MAX_UTC
        })
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "chrono")))]
impl From<Timestamp> for DateTime<Utc> {
    /// As for `&Timestamp`.
    fn from(t: Timestamp) -> DateTime<Utc> {
        DateTime::from(&t)
    }
}

#[cfg(test)]
mod tests {
    use ::chrono::{Datelike, FixedOffset, NaiveDate, Timelike};

    use super::super::edges::{ts, NORMALISED, ROUND_TRIP};
    use super::*;

    fn at(y: i32, m: u32, d: u32, (h, mi, s, n): (u32, u32, u32, u32)) -> DateTime<Utc> {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_nano_opt(h, mi, s, n)
            .unwrap()
            .and_utc()
    }

    #[test]
    fn round_trips_keep_the_instant_and_write_utc() {
        for &text in ROUND_TRIP {
            let t = ts(text);
            let time = DateTime::<Utc>::from(&t);
            let back = Timestamp::from(time);
            assert_eq!(back.as_str(), text);
            assert_eq!(back, t);
            assert_eq!(DateTime::<Utc>::from(back), time);
        }
        for &(text, utc) in NORMALISED {
            let back = Timestamp::from(DateTime::<Utc>::from(ts(text)));
            assert_eq!(back.as_str(), utc, "{text}");
        }
    }

    #[test]
    fn calendar_fields_match_the_text() {
        let cases = [
            (
                "2024-02-29T23:59:59.5Z",
                at(2024, 2, 29, (23, 59, 59, 500_000_000)),
            ),
            ("2000-02-29T00:00:00Z", at(2000, 2, 29, (0, 0, 0, 0))),
            ("1900-03-01T00:00:00+05:30", at(1900, 2, 28, (18, 30, 0, 0))),
            ("0001-01-01T00:00:00Z", at(1, 1, 1, (0, 0, 0, 0))),
            (
                "9999-12-31T23:59:59.999999999Z",
                at(9999, 12, 31, (23, 59, 59, 999_999_999)),
            ),
            (
                "1969-12-31T23:59:59.000000001Z",
                at(1969, 12, 31, (23, 59, 59, 1)),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(DateTime::<Utc>::from(ts(text)), expected, "{text}");
        }
    }

    #[test]
    fn the_edges_of_the_range_convert_without_error() {
        let late = DateTime::<Utc>::from(ts("9999-12-31T23:59:60.999999999-23:59"));
        assert_eq!((late.year(), late.month(), late.day()), (10_000, 1, 1));
        let early = DateTime::<Utc>::from(ts("0000-01-01T00:00:00+23:59"));
        assert_eq!((early.year(), early.hour(), early.minute()), (-1, 0, 1));
    }

    #[test]
    fn any_time_zone_becomes_utc_text() {
        let india = FixedOffset::east_opt(5 * 3600 + 1800).unwrap();
        let there = india.with_ymd_and_hms(2024, 1, 1, 5, 30, 0).unwrap();
        assert_eq!(Timestamp::from(there).as_str(), "2024-01-01T00:00:00Z");
        let west = FixedOffset::west_opt(10 * 3600).unwrap();
        let there = west.with_ymd_and_hms(2023, 12, 31, 14, 0, 0).unwrap();
        assert_eq!(Timestamp::from(there).as_str(), "2024-01-01T00:00:00Z");
    }

    #[test]
    fn a_leap_second_counts_as_the_next_second_and_far_years_clamp() {
        let leap = NaiveDate::from_ymd_opt(2016, 12, 31)
            .unwrap()
            .and_hms_nano_opt(23, 59, 59, 1_500_000_000)
            .unwrap()
            .and_utc();
        assert_eq!(Timestamp::from(leap).as_str(), "2017-01-01T00:00:00.5Z");
        assert_eq!(Timestamp::from(leap), ts("2016-12-31T23:59:60.5Z"));
        assert_eq!(
            Timestamp::from(at(12_000, 1, 1, (0, 0, 0, 0))).as_str(),
            "9999-12-31T23:59:59.999999999Z"
        );
        assert_eq!(
            Timestamp::from(at(-40, 6, 1, (0, 0, 0, 0))).as_str(),
            "0000-01-01T00:00:00Z"
        );
    }
}
