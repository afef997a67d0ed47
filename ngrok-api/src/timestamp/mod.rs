//! RFC 3339 timestamps as the API writes them: the [`Timestamp`] type, its comparisons
//! and serde form. Reading text is in `parse.rs`, writing an instant in `format.rs`, the
//! calendar arithmetic (which `retry.rs` also uses for HTTP dates) in `calendar.rs`, and
//! conversions to and from `SystemTime` and the `time`, `chrono` and `jiff` crates in
//! `convert/`.

mod calendar;
mod convert;
mod format;
mod parse;

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub(crate) use calendar::days_from_civil;
pub use convert::TimestampRangeError;
pub use parse::TimestampError;

/// A point in time from the API, such as a resource's `created_at`.
///
/// The API writes timestamps in RFC 3339 form, in UTC (`2026-11-27T19:26:19Z`, sometimes
/// with a fraction: `2020-09-14T12:53:23.691Z`). A `Timestamp` keeps the exact text it was
/// parsed from, so a value read from the API serialises back byte for byte, and also the
/// instant it names, for comparisons and conversions.
///
/// # Equality, order and hashing
///
/// Two timestamps are equal when they name the same instant, however each is written:
/// `2024-01-01T00:00:00Z`, `2024-01-01T01:00:00+01:00` and `2024-01-01T00:00:00.000Z` are
/// equal, hash alike and sort together, while each still serialises as its own text. To
/// compare the texts, compare [`Timestamp::as_str`].
///
/// Every `Timestamp` names an instant: parsing refuses text that is not RFC 3339 (a
/// response with such a time fails to decode, with the field named in the error), and the
/// constructors write only text that parses back to the instant they hold. So the order
/// is total with no special case for unreadable text.
///
/// # Conversions
///
/// [`SystemTime`] converts both ways: `Timestamp::from(system_time)` and
/// `SystemTime::try_from(&timestamp)`. With the crate features `time`, `chrono` or `jiff`,
/// so do `time::OffsetDateTime`, `chrono::DateTime` and `jiff::Timestamp`. A `Timestamp`
/// made from another type is written in UTC with a fraction only when there is one, as
/// the API writes times; instants outside the years 0000 to 9999, which RFC 3339 cannot
/// write, are clamped to the first or last instant of that range.
///
/// ```
/// use ngrok_api::Timestamp;
/// use std::time::{Duration, SystemTime};
///
/// let t: Timestamp = "2026-11-27T19:26:19.5Z".parse()?;
/// assert_eq!(t.unix_seconds(), 1_795_807_579);
/// assert_eq!(t.subsec_nanos(), 500_000_000);
/// assert_eq!(t.to_string(), "2026-11-27T19:26:19.5Z");
///
/// // The same instant, written at another offset.
/// let there: Timestamp = "2026-11-28T01:56:19.500+06:30".parse()?;
/// assert_eq!(there, t);
/// assert_eq!(there.to_string(), "2026-11-28T01:56:19.500+06:30");
///
/// // A week later, through SystemTime.
/// let later = SystemTime::try_from(&t)? + Duration::from_secs(7 * 86_400);
/// assert_eq!(Timestamp::from(later).as_str(), "2026-12-04T19:26:19.5Z");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Timestamp {
    /// Borrowed only for the epoch of [`Timestamp::default`], which every decoded object
    /// starts from and so must cost nothing.
    text: Cow<'static, str>,
    seconds: i64,
    nanos: u32,
}

impl Timestamp {
    /// The current time, in UTC with second precision.
    pub fn now() -> Timestamp {
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO);
        Timestamp::from_unix(i64::try_from(since.as_secs()).unwrap_or(i64::MAX))
    }

    /// The UTC time `seconds` after the Unix epoch, written as `YYYY-MM-DDTHH:MM:SSZ`.
    ///
    /// Seconds outside the years 0000 to 9999, which RFC 3339 cannot write, are clamped to
    /// the first or last instant of that range.
    pub fn from_unix(seconds: i64) -> Timestamp {
        Timestamp::from_instant(seconds, 0)
    }

    /// Whole seconds since the Unix epoch (negative before 1970).
    pub fn unix_seconds(&self) -> i64 {
        self.seconds
    }

    /// The fraction of the second, in nanoseconds.
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// The text exactly as it was parsed.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The instant as a [`SystemTime`].
    ///
    /// # Panics
    ///
    /// Where the platform's `SystemTime` cannot hold the instant; on Unix it holds every
    /// one, on Windows none before 1601. `SystemTime::try_from(&timestamp)` reports that
    /// as an error instead.
    pub fn to_system_time(&self) -> SystemTime {
        match SystemTime::try_from(self) {
            Ok(time) => time,
            Err(e) => panic!("{e}"),
        }
    }
}

impl Default for Timestamp {
    /// The Unix epoch, `1970-01-01T00:00:00Z`; left out of request bodies like other zero values.
    fn default() -> Self {
        Timestamp {
            text: Cow::Borrowed("1970-01-01T00:00:00Z"),
            seconds: 0,
            nanos: 0,
        }
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text, f)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

// Equality, hashing and order look at the instant only, never the text, so that they
// agree with each other: equal values hash alike and compare `Equal`.
impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        (self.seconds, self.nanos) == (other.seconds, other.nanos)
    }
}

impl Eq for Timestamp {}

impl Hash for Timestamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (self.seconds, self.nanos).hash(state);
    }
}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.seconds, self.nanos).cmp(&(other.seconds, other.nanos))
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 timestamp string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Timestamp, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::hash_map::DefaultHasher;
    use std::collections::{BTreeSet, HashSet};

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn hash_of(t: &Timestamp) -> u64 {
        let mut h = DefaultHasher::new();
        t.hash(&mut h);
        h.finish()
    }

    #[test]
    fn one_instant_written_differently_is_equal_and_hashes_alike() {
        let forms = [
            "2024-01-01T00:00:00Z",
            "2024-01-01T01:00:00+01:00",
            "2024-01-01T00:00:00.000Z",
            "2023-12-31T18:30:00-05:30",
            "2024-01-01T00:00:00-00:00",
            "2024-01-01t00:00:00.0z",
        ];
        let first = ts(forms[0]);
        for form in forms {
            let t = ts(form);
            assert_eq!(t, first, "{form}");
            assert_eq!(t.cmp(&first), Ordering::Equal, "{form}");
            assert_eq!(hash_of(&t), hash_of(&first), "{form}");
        }
        assert_eq!(forms.iter().map(|f| ts(f)).collect::<HashSet<_>>().len(), 1);
        assert_eq!(
            forms.iter().map(|f| ts(f)).collect::<BTreeSet<_>>().len(),
            1
        );
        assert_eq!(Timestamp::default(), ts("1970-01-01T02:00:00+02:00"));
    }

    #[test]
    fn the_text_is_kept_and_serialised_unchanged() {
        for text in [
            "2024-01-01T01:00:00+01:00",
            "2024-01-01T00:00:00.000Z",
            "2024-01-01t00:00:00z",
        ] {
            let t: Timestamp = serde_json::from_value(serde_json::json!(text)).unwrap();
            assert_eq!(t.as_str(), text);
            assert_eq!(serde_json::to_value(&t).unwrap(), serde_json::json!(text));
            assert_eq!(format!("{t:?}"), format!("{text:?}"));
        }
    }

    #[test]
    fn different_instants_order_by_time_not_by_text() {
        // As text, "2024-01-01T09..." sorts after "2024-01-01T10:00:00+05:00", but it is later.
        let nine_utc = ts("2024-01-01T09:00:00Z");
        let five_utc = ts("2024-01-01T10:00:00+05:00");
        assert!(five_utc < nine_utc);
        assert!(ts("2024-01-01T00:00:00.000000001Z") > ts("2024-01-01T00:00:00Z"));
        assert!(ts("1969-12-31T23:59:59.999Z") < Timestamp::default());
        assert!(ts("0000-01-01T00:00:00Z") < ts("9999-12-31T23:59:59Z"));
        assert_ne!(nine_utc, five_utc);
    }

    #[test]
    fn unreadable_text_is_refused_when_decoding_and_never_panics() {
        for bad in [
            "",
            "yesterday",
            "2024-02-30T00:00:00Z",
            "2024-01-01T00:00:00",
        ] {
            let err = serde_json::from_value::<Timestamp>(serde_json::json!(bad)).unwrap_err();
            assert!(err.to_string().contains("invalid RFC 3339"), "{bad}: {err}");
        }
        assert!(serde_json::from_value::<Timestamp>(serde_json::json!(17)).is_err());
    }

    #[test]
    fn from_unix_writes_utc_and_round_trips_through_text() {
        for secs in [
            0,
            951_782_400,
            1_709_208_000,
            4_102_444_800,
            -86_400,
            -62_135_596_800,
        ] {
            let t = Timestamp::from_unix(secs);
            assert!(t.as_str().ends_with(":00Z"), "{t}");
            let back: Timestamp = t.as_str().parse().unwrap();
            assert_eq!(back.unix_seconds(), secs, "{t}");
            assert_eq!(back, t);
        }
        assert_eq!(
            Timestamp::from_unix(951_782_400).as_str(),
            "2000-02-29T00:00:00Z"
        );
    }

    #[test]
    fn from_unix_clamps_what_rfc_3339_cannot_write() {
        assert_eq!(
            Timestamp::from_unix(i64::MAX).as_str(),
            "9999-12-31T23:59:59.999999999Z"
        );
        assert_eq!(
            Timestamp::from_unix(i64::MIN).as_str(),
            "0000-01-01T00:00:00Z"
        );
        let last: Timestamp = Timestamp::from_unix(i64::MAX).as_str().parse().unwrap();
        assert_eq!(last, Timestamp::from_unix(i64::MAX));
    }

    #[test]
    fn now_is_a_whole_second_in_utc() {
        let now = Timestamp::now();
        assert_eq!(now.subsec_nanos(), 0);
        assert!(
            now.as_str().ends_with('Z') && now.as_str().len() == 20,
            "{now}"
        );
        assert!(now > ts("2024-01-01T00:00:00Z"));
    }
}
