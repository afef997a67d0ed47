//! `Timestamp` to and from [`jiff::Timestamp`], with the crate feature `jiff`.

use crate::Timestamp;

use super::TimestampRangeError;

#[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
impl From<::jiff::Timestamp> for Timestamp {
    /// The instant in UTC, with a fraction of a second only when there is one, as the API
    /// writes times. Instants before the year 0000 are clamped to its first instant.
    fn from(time: ::jiff::Timestamp) -> Timestamp {
        Timestamp::from_unix_nanos_clamped(time.as_nanosecond())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
impl TryFrom<&Timestamp> for ::jiff::Timestamp {
    type Error = TimestampRangeError;

    /// The instant as a `jiff::Timestamp`; fails only after
    /// `9999-12-30T22:00:00.999999999Z`, where jiff's range ends (so that any offset
    /// still gives a date in the year 9999).
    fn try_from(t: &Timestamp) -> Result<::jiff::Timestamp, TimestampRangeError> {
        ::jiff::Timestamp::from_nanosecond(t.unix_nanos())
            .map_err(|_| TimestampRangeError::new(t, "jiff::Timestamp"))
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "jiff")))]
impl TryFrom<Timestamp> for ::jiff::Timestamp {
    type Error = TimestampRangeError;

    /// As for `&Timestamp`.
    fn try_from(t: Timestamp) -> Result<::jiff::Timestamp, TimestampRangeError> {
        ::jiff::Timestamp::try_from(&t)
    }
}

#[cfg(test)]
mod tests {
    use super::super::edges::{ts, NORMALISED, ROUND_TRIP};
    use super::*;

    fn jiff_at(seconds: i64, nanos: i32) -> ::jiff::Timestamp {
        ::jiff::Timestamp::new(seconds, nanos).unwrap()
    }

    #[test]
    fn round_trips_keep_the_instant_and_write_utc() {
        for &text in ROUND_TRIP {
            let t = ts(text);
            let time = ::jiff::Timestamp::try_from(&t).unwrap();
            let back = Timestamp::from(time);
            assert_eq!(back.as_str(), text);
            assert_eq!(back, t);
            assert_eq!(::jiff::Timestamp::try_from(back).unwrap(), time);
        }
        for &(text, utc) in NORMALISED {
            let back = Timestamp::from(::jiff::Timestamp::try_from(ts(text)).unwrap());
            assert_eq!(back.as_str(), utc, "{text}");
        }
    }

    #[test]
    fn instants_match_the_text() {
        let cases = [
            (
                "2024-02-29T23:59:59.5Z",
                jiff_at(1_709_251_199, 500_000_000),
            ),
            ("2000-02-29T00:00:00Z", jiff_at(951_782_400, 0)),
            (
                "1900-03-01T00:00:00+05:30",
                jiff_at(-2_203_891_200 - 19_800, 0),
            ),
            ("0001-01-01T00:00:00Z", jiff_at(-62_135_596_800, 0)),
            // jiff keeps the fraction of an instant before the epoch negative.
            ("1969-12-31T23:59:59.75Z", jiff_at(0, -250_000_000)),
        ];
        for (text, expected) in cases {
            assert_eq!(
                ::jiff::Timestamp::try_from(ts(text)).unwrap(),
                expected,
                "{text}"
            );
        }
        assert_eq!(
            Timestamp::from(jiff_at(0, -250_000_000)).as_str(),
            "1969-12-31T23:59:59.75Z"
        );
    }

    #[test]
    fn the_last_day_of_9999_is_past_jiffs_range_and_the_far_past_clamps() {
        let last = "9999-12-30T22:00:00.999999999Z";
        assert_eq!(
            Timestamp::from(::jiff::Timestamp::try_from(ts(last)).unwrap()).as_str(),
            last
        );
        assert_eq!(
            ::jiff::Timestamp::try_from(ts(last)).unwrap(),
            ::jiff::Timestamp::MAX
        );
        let err = ::jiff::Timestamp::try_from(ts("9999-12-31T00:00:00Z")).unwrap_err();
        assert_eq!(err.target(), "jiff::Timestamp");
        assert_eq!(err.timestamp(), "9999-12-31T00:00:00Z");
        assert_eq!(
            Timestamp::from(::jiff::Timestamp::MIN).as_str(),
            "0000-01-01T00:00:00Z"
        );
    }
}
