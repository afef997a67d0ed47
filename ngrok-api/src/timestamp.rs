//! RFC 3339 timestamps as the API writes them: parsing, formatting, ordering, and the
//! calendar arithmetic (`days_from_civil`) that `retry.rs` also uses for HTTP dates.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A point in time from the API, such as a resource's `created_at`.
///
/// The API writes timestamps in RFC 3339 form, in UTC (`2026-11-27T19:26:19Z`).
/// A `Timestamp` keeps the exact text it was parsed from, so a value read from the API
/// serialises back byte for byte, and also the instant it names, for comparisons and
/// conversions. Ordering compares instants; equality compares the text.
///
/// ```
/// use ngrok_api::Timestamp;
///
/// let t: Timestamp = "2026-11-27T19:26:19.5Z".parse()?;
/// assert_eq!(t.unix_seconds(), 1_795_807_579);
/// assert_eq!(t.subsec_nanos(), 500_000_000);
/// assert_eq!(t.to_string(), "2026-11-27T19:26:19.5Z");
/// # Ok::<(), ngrok_api::TimestampError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp {
    /// Borrowed only for the epoch of [`Timestamp::default`], which every decoded object
    /// starts from and so must cost nothing.
    text: Cow<'static, str>,
    seconds: i64,
    nanos: u32,
}

/// Why a string is not an RFC 3339 timestamp.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid RFC 3339 timestamp {text}: {reason}")]
pub struct TimestampError {
    text: String,
    reason: &'static str,
}

impl Timestamp {
    /// The current time, in UTC with second precision.
    pub fn now() -> Timestamp {
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO);
        Timestamp::from_unix(since.as_secs() as i64)
    }

    /// The UTC time `seconds` after the Unix epoch, written as `YYYY-MM-DDTHH:MM:SSZ`.
    pub fn from_unix(seconds: i64) -> Timestamp {
        let days = seconds.div_euclid(86_400);
        let secs_of_day = seconds.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        let text = format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
            secs_of_day / 3600,
            secs_of_day / 60 % 60,
            secs_of_day % 60
        );
        Timestamp {
            text: text.into(),
            seconds,
            nanos: 0,
        }
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
    pub fn to_system_time(&self) -> SystemTime {
        let frac = Duration::from_nanos(u64::from(self.nanos));
        if self.seconds >= 0 {
            UNIX_EPOCH + Duration::from_secs(self.seconds as u64) + frac
        } else {
            UNIX_EPOCH - Duration::from_secs(self.seconds.unsigned_abs()) + frac
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

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.seconds, self.nanos)
            .cmp(&(other.seconds, other.nanos))
            .then_with(|| self.text.cmp(&other.text))
    }
}

impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        // The text is quoted only when it is no longer than any timestamp can be: a long
        // value is not shown at all, so that an error never carries a cut-off piece of
        // whatever the server put there (such as a credential).
        let fail = |reason| TimestampError {
            text: if text.len() <= 40 {
                format!("{text:?}")
            } else {
                format!("(a string of {} bytes)", text.len())
            },
            reason,
        };
        let b = text.as_bytes();
        if b.len() < 20 {
            return Err(fail("too short for YYYY-MM-DDTHH:MM:SSZ"));
        }
        let num = |range: std::ops::Range<usize>| -> Result<i64, TimestampError> {
            let part = &b[range];
            if part.iter().all(u8::is_ascii_digit) {
                Ok(part.iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
            } else {
                Err(fail("expected digits"))
            }
        };
        if b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
            return Err(fail("expected YYYY-MM-DDTHH:MM:SS"));
        }
        if !matches!(b[10], b'T' | b't') {
            return Err(fail("expected 'T' between date and time"));
        }
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return Err(fail("no such date"));
        }
        // 60 is allowed for a leap second; it is counted as the next second.
        if hour > 23 || minute > 59 || second > 60 {
            return Err(fail("no such time of day"));
        }
        let mut rest = &b[19..];
        let mut nanos = 0u32;
        if let Some(frac) = rest.strip_prefix(b".") {
            let digits = frac.iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 || digits > 9 {
                return Err(fail("fraction of a second needs 1 to 9 digits"));
            }
            for (i, d) in frac[..digits].iter().enumerate() {
                nanos += u32::from(d - b'0') * 10u32.pow(8 - i as u32);
            }
            rest = &frac[digits..];
        }
        let offset = match rest {
            b"Z" | b"z" => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let digits = [*h1, *h2, *m1, *m2];
                if !digits.iter().all(u8::is_ascii_digit) {
                    return Err(fail("malformed UTC offset"));
                }
                let h = i64::from((h1 - b'0') * 10 + (h2 - b'0'));
                let m = i64::from((m1 - b'0') * 10 + (m2 - b'0'));
                if h > 23 || m > 59 {
                    return Err(fail("malformed UTC offset"));
                }
                let sign = if *sign == b'-' { -1 } else { 1 };
                sign * (h * 3600 + m * 60)
            }
            _ => {
                return Err(fail(
                    "expected 'Z' or a UTC offset such as +02:00 at the end",
                ))
            }
        };
        let seconds =
            days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
                - offset;
        Ok(Timestamp {
            text: Cow::Owned(text.to_owned()),
            seconds,
            nanos,
        })
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

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's algorithms for the proleptic Gregorian calendar.
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_quote_short_text_and_never_a_piece_of_long_text() {
        let short = "2026-13-01T00:00:00Z".parse::<Timestamp>().unwrap_err();
        assert!(
            short.to_string().contains("\"2026-13-01T00:00:00Z\""),
            "{short}"
        );
        let long = format!("2026-01-01T00:00:00Z{}", "sk-secret-".repeat(10));
        let err = long.parse::<Timestamp>().unwrap_err().to_string();
        assert!(!err.contains("sk-secret"), "{err}");
        assert!(err.contains("a string of 120 bytes"), "{err}");
    }

    #[test]
    fn parses_utc_and_offsets_to_the_same_instant() {
        let utc: Timestamp = "2024-02-29T12:00:00Z".parse().unwrap();
        let plus: Timestamp = "2024-02-29T14:30:00+02:30".parse().unwrap();
        assert_eq!(utc.unix_seconds(), 1_709_208_000);
        assert_eq!(plus.unix_seconds(), utc.unix_seconds());
        assert_ne!(utc, plus, "equality compares the text");
    }

    #[test]
    fn from_unix_round_trips_through_text() {
        for secs in [0, 951_782_400, 1_709_208_000, 4_102_444_800, -86_400] {
            let t = Timestamp::from_unix(secs);
            let back: Timestamp = t.as_str().parse().unwrap();
            assert_eq!(back.unix_seconds(), secs, "{t}");
        }
    }

    #[test]
    fn random_text_never_panics_and_what_parses_round_trips() {
        let alphabet = b"0123456789-:Tt.Zz+ 9";
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut parsed = 0;
        for _ in 0..50_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 32) as usize;
            let mut text: String = (0..len)
                .map(|i| alphabet[((state >> (i % 8 * 8)) as usize + i) % alphabet.len()] as char)
                .collect();
            // Half the time, a well-formed date and time with one of several endings.
            if state % 2 == 0 {
                let endings = [
                    "Z",
                    ".5Z",
                    ".123456789z",
                    "+01:00",
                    "-23:59",
                    "",
                    "Zx",
                    ".Z",
                    "+1:00",
                ];
                text = format!(
                    "2024-0{}-1{}T1{}:3{}:0{}{}",
                    state % 9 + 1,
                    state % 10,
                    state % 10,
                    state % 6,
                    state % 10,
                    endings[(state >> 8) as usize % endings.len()]
                );
            }
            if let Ok(t) = text.parse::<Timestamp>() {
                parsed += 1;
                assert_eq!(t.as_str(), text);
                let again: Timestamp = t.as_str().parse().unwrap();
                assert_eq!(
                    (again.unix_seconds(), again.subsec_nanos()),
                    (t.unix_seconds(), t.subsec_nanos())
                );
            }
        }
        assert!(
            parsed > 100,
            "the generator should hit valid stamps too ({parsed})"
        );
    }

    #[test]
    fn rejects_malformed_text_with_a_reason() {
        for bad in [
            "",
            "2024-02-30T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-01-01 00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:00:00",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T00:00:00+0200",
            "２０２４-01-01T00:00:00Z",
        ] {
            let err = bad.parse::<Timestamp>().unwrap_err();
            assert!(err.to_string().contains("invalid RFC 3339"), "{bad}: {err}");
        }
    }
}
