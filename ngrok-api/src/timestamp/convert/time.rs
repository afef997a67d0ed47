//! `Timestamp` to and from [`time::OffsetDateTime`], with the crate feature `time`.

use ::time::OffsetDateTime;

use super::TimestampRangeError;
use crate::Timestamp;

#[cfg_attr(docsrs, doc(cfg(feature = "time")))]
impl From<OffsetDateTime> for Timestamp {
    /// The instant in UTC, whatever the offset of the `OffsetDateTime`, with a fraction of
    /// a second only when there is one, as the API writes times. Instants before the
    /// year 0000 are clamped to its first instant.
    fn from(time: OffsetDateTime) -> Timestamp {
        Timestamp::from_unix_nanos_clamped(time.unix_timestamp_nanos())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "time")))]
impl TryFrom<&Timestamp> for OffsetDateTime {
    type Error = TimestampRangeError;

    /// The instant as an `OffsetDateTime` in UTC; fails only past the end of the year
    /// 9999 (text such as `9999-12-31T23:30:00-01:00`), which `time` holds only with
    /// its `large-dates` feature.
    fn try_from(t: &Timestamp) -> Result<OffsetDateTime, TimestampRangeError> {
        OffsetDateTime::from_unix_timestamp_nanos(t.unix_nanos())
            .map_err(|_| TimestampRangeError::new(t, "time::OffsetDateTime"))
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "time")))]
impl TryFrom<Timestamp> for OffsetDateTime {
    type Error = TimestampRangeError;

    /// As for `&Timestamp`.
    fn try_from(t: Timestamp) -> Result<OffsetDateTime, TimestampRangeError> {
        OffsetDateTime::try_from(&t)
    }
}

#[cfg(test)]
mod tests {
    use ::time::{Date, Month, PrimitiveDateTime, Time, UtcOffset};

    use super::super::edges::{ts, NORMALISED, ROUND_TRIP};
    use super::*;

    fn at(y: i32, m: Month, d: u8, (h, mi, s, n): (u8, u8, u8, u32)) -> OffsetDateTime {
        PrimitiveDateTime::new(
            Date::from_calendar_date(y, m, d).unwrap(),
            Time::from_hms_nano(h, mi, s, n).unwrap(),
        )
        .assume_utc()
    }

    #[test]
    fn round_trips_keep_the_instant_and_write_utc() {
        for &text in ROUND_TRIP {
            let t = ts(text);
            let time = OffsetDateTime::try_from(&t).unwrap();
            assert_eq!(time.offset(), UtcOffset::UTC);
            let back = Timestamp::from(time);
            assert_eq!(back.as_str(), text);
            assert_eq!(back, t);
            assert_eq!(OffsetDateTime::try_from(back).unwrap(), time);
        }
        for &(text, utc) in NORMALISED {
            let back = Timestamp::from(OffsetDateTime::try_from(ts(text)).unwrap());
            assert_eq!(back.as_str(), utc, "{text}");
        }
    }

    #[test]
    fn calendar_fields_match_the_text() {
        let cases = [
            (
                "2024-02-29T23:59:59.5Z",
                at(2024, Month::February, 29, (23, 59, 59, 500_000_000)),
            ),
            (
                "2000-02-29T00:00:00Z",
                at(2000, Month::February, 29, (0, 0, 0, 0)),
            ),
            (
                "1900-03-01T00:00:00+05:30",
                at(1900, Month::February, 28, (18, 30, 0, 0)),
            ),
            (
                "0001-01-01T00:00:00Z",
                at(1, Month::January, 1, (0, 0, 0, 0)),
            ),
            (
                "9999-12-31T23:59:59.999999999Z",
                at(9999, Month::December, 31, (23, 59, 59, 999_999_999)),
            ),
            (
                "1969-12-31T23:59:59.000000001Z",
                at(1969, Month::December, 31, (23, 59, 59, 1)),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(
                OffsetDateTime::try_from(ts(text)).unwrap(),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn an_offset_date_time_becomes_utc_text() {
        let india = at(2024, Month::January, 1, (5, 30, 0, 0))
            .replace_offset(UtcOffset::from_hms(5, 30, 0).unwrap());
        assert_eq!(Timestamp::from(india).as_str(), "2024-01-01T00:00:00Z");
        let nanos = at(2020, Month::September, 14, (12, 53, 23, 691_000_000));
        assert_eq!(Timestamp::from(nanos).as_str(), "2020-09-14T12:53:23.691Z");
    }

    #[test]
    fn beyond_the_year_9999_is_an_error_and_before_0000_clamps() {
        let t = ts("9999-12-31T23:30:00-01:00");
        let err = OffsetDateTime::try_from(&t).unwrap_err();
        assert_eq!(err.target(), "time::OffsetDateTime");
        assert_eq!(err.timestamp(), "9999-12-31T23:30:00-01:00");
        let early = at(-5, Month::March, 1, (0, 0, 0, 0));
        assert_eq!(Timestamp::from(early).as_str(), "0000-01-01T00:00:00Z");
        // Year 0000 itself, at an offset that puts the instant in year -1, still fits.
        assert!(OffsetDateTime::try_from(ts("0000-01-01T00:00:00+01:00")).is_ok());
    }
}
