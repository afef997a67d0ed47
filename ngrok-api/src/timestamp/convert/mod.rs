//! Conversions between [`Timestamp`](super::Timestamp) and other crates' date-time types:
//! `SystemTime` always, `time`, `chrono` and `jiff` behind the crate features of the same
//! names. Into a `Timestamp` never fails (instants RFC 3339 cannot write are clamped, see
//! `format.rs`); out of one fails only when the other type cannot hold the instant, with a
//! [`TimestampRangeError`].

#[cfg(feature = "chrono")]
mod chrono;
#[cfg(feature = "jiff")]
mod jiff;
mod system_time;
#[cfg(feature = "time")]
mod time;

use super::Timestamp;

/// A [`Timestamp`] names an instant that the type it was converted to cannot hold.
///
/// Every `Timestamp` names an instant from the year 0000 to 9999 (a little beyond them
/// when the text has an offset), so this happens only for types with a narrower range:
/// `SystemTime` on Windows before 1601, `jiff::Timestamp` in the last days of 9999, and
/// `time::OffsetDateTime` in the year 10000 (`9999-12-31T23:59:59-01:00`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the timestamp {text} is outside the range of {target}")]
pub struct TimestampRangeError {
    text: String,
    target: &'static str,
}

impl TimestampRangeError {
    pub(crate) fn new(timestamp: &Timestamp, target: &'static str) -> TimestampRangeError {
        TimestampRangeError {
            text: timestamp.as_str().to_owned(),
            target,
        }
    }

    /// The text of the timestamp that did not fit.
    pub fn timestamp(&self) -> &str {
        &self.text
    }

    /// The name of the type it did not fit in, such as `"std::time::SystemTime"`.
    pub fn target(&self) -> &'static str {
        self.target
    }
}

/// Test helpers shared by the conversion modules: the instants at the edges every
/// conversion is checked on.
#[cfg(test)]
pub(crate) mod edges {
    use super::Timestamp;

    /// Texts whose instant every conversion must carry there and back unchanged.
    pub(crate) const ROUND_TRIP: &[&str] = &[
        "1970-01-01T00:00:00Z",
        "2024-02-29T00:00:00Z",
        "2024-02-29T23:59:59.999999999Z",
        "2000-02-29T12:00:00Z",
        "1900-02-28T23:59:59Z",
        "1900-03-01T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z",
        "1969-12-31T23:59:59.5Z",
        "1600-02-29T06:00:00Z",
        "9999-12-30T12:00:00Z",
        "2020-09-14T12:53:23.691Z",
        "2020-09-14T12:53:23.1Z",
        "2020-09-14T12:53:23.12Z",
        "2020-09-14T12:53:23.123Z",
        "2020-09-14T12:53:23.1234Z",
        "2020-09-14T12:53:23.12345Z",
        "2020-09-14T12:53:23.123456Z",
        "2020-09-14T12:53:23.1234567Z",
        "2020-09-14T12:53:23.12345678Z",
        "2020-09-14T12:53:23.123456789Z",
        "2020-09-14T12:53:23.000000001Z",
    ];

    /// Texts at an offset or with trailing zeros, and the UTC text of the same instant a
    /// conversion there and back writes.
    pub(crate) const NORMALISED: &[(&str, &str)] = &[
        ("2024-01-01T05:30:00+05:30", "2024-01-01T00:00:00Z"),
        ("2024-01-01T00:00:00-00:00", "2024-01-01T00:00:00Z"),
        ("2024-03-01T01:00:00+02:00", "2024-02-29T23:00:00Z"),
        ("2023-12-31T19:00:00-05:00", "2024-01-01T00:00:00Z"),
        ("2020-09-14T12:53:23.500Z", "2020-09-14T12:53:23.5Z"),
        ("2020-09-14T12:53:23.000000000Z", "2020-09-14T12:53:23Z"),
        ("0001-01-01T05:30:00.100+05:30", "0001-01-01T00:00:00.1Z"),
        ("1969-12-31T23:59:59.250-00:00", "1969-12-31T23:59:59.25Z"),
    ];

    pub(crate) fn ts(text: &str) -> Timestamp {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }
}
