//! Reading RFC 3339 text into a [`Timestamp`], and [`TimestampError`] for text that is not.

use std::borrow::Cow;
use std::str::FromStr;

use super::calendar::{days_from_civil, days_in_month};
use super::Timestamp;

/// Why a string is not an RFC 3339 timestamp.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid RFC 3339 timestamp {text}: {reason}")]
pub struct TimestampError {
    text: String,
    reason: &'static str,
}

/// Where `YYYY-MM-DDTHH:MM:SS` has its digits.
const DIGIT_POSITIONS: [usize; 14] = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

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
        // Every timestamp of a listing goes through here, so the fixed-width part is read
        // without loops or early exits: `wrapping_sub` maps '0'..='9' to 0..=9 and every
        // other byte above 9, so one `&` over the positions checks them all.
        let digit = |i: usize| b[i].wrapping_sub(b'0');
        let all_digits = DIGIT_POSITIONS
            .iter()
            .fold(true, |ok, &i| ok & (digit(i) <= 9));
        if b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
            return Err(fail("expected YYYY-MM-DDTHH:MM:SS"));
        }
        if !matches!(b[10], b'T' | b't') {
            return Err(fail("expected 'T' between date and time"));
        }
        if !all_digits {
            return Err(fail("expected digits"));
        }
        // Only now: a byte that is not a digit would give a meaningless number.
        let pair = |i: usize| i64::from(digit(i)) * 10 + i64::from(digit(i + 1));
        let (year, month, day) = (pair(0) * 100 + pair(2), pair(5), pair(8));
        let (hour, minute, second) = (pair(11), pair(14), pair(17));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn instant(text: &str) -> (i64, u32) {
        let t: Timestamp = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        (t.unix_seconds(), t.subsec_nanos())
    }

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
    }

    #[test]
    fn offsets_other_than_z_shift_the_instant() {
        let utc = instant("2024-01-01T00:00:00Z");
        assert_eq!(instant("2024-01-01T05:30:00+05:30"), utc);
        assert_eq!(instant("2023-12-31T14:00:00-10:00"), utc);
        // RFC 3339's "-00:00" (offset unknown) names the same instant as Z.
        assert_eq!(instant("2024-01-01T00:00:00-00:00"), utc);
        assert_eq!(instant("2024-01-01T00:00:00+00:00"), utc);
        assert_eq!(instant("2024-01-01t00:00:00z"), utc);
        // An offset can carry the instant across a year boundary.
        assert_eq!(instant("2024-01-01T00:30:00+01:00").0, utc.0 - 1800);
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert_eq!(instant("2024-02-29T00:00:00Z").0, 1_709_164_800);
        assert_eq!(instant("2000-02-29T00:00:00Z").0, 951_782_400);
        assert_eq!(instant("1600-02-29T00:00:00Z").0, -11_670_998_400);
        for no_such_day in [
            "1900-02-29T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2100-02-29T00:00:00Z",
        ] {
            let err = no_such_day.parse::<Timestamp>().unwrap_err().to_string();
            assert!(err.contains("no such date"), "{no_such_day}: {err}");
        }
    }

    #[test]
    fn far_past_and_future_parse() {
        assert_eq!(instant("0001-01-01T00:00:00Z").0, -62_135_596_800);
        assert_eq!(instant("0000-01-01T00:00:00Z").0, -62_167_219_200);
        assert_eq!(instant("1969-12-31T23:59:59Z").0, -1);
        assert_eq!(
            instant("9999-12-31T23:59:59.999999999Z"),
            (253_402_300_799, 999_999_999)
        );
    }

    #[test]
    fn one_to_nine_fraction_digits_scale_to_nanoseconds() {
        let cases = [
            (".5", 500_000_000),
            (".50", 500_000_000),
            (".123", 123_000_000),
            (".691", 691_000_000),
            (".000001", 1_000),
            (".100000000", 100_000_000),
            (".000000001", 1),
            (".999999999", 999_999_999),
            (".000", 0),
        ];
        for (fraction, nanos) in cases {
            let text = format!("2020-09-14T12:53:23{fraction}Z");
            assert_eq!(instant(&text), (1_600_088_003, nanos), "{text}");
        }
        let err = "2020-09-14T12:53:23.1234567891Z".parse::<Timestamp>();
        assert!(err.is_err(), "ten digits are more than a nanosecond");
    }

    #[test]
    fn a_fraction_before_the_epoch_counts_forward_from_the_whole_second() {
        // 0.25 s before the epoch is second -1 plus 0.75 s.
        assert_eq!(instant("1969-12-31T23:59:59.75Z"), (-1, 750_000_000));
    }

    #[test]
    fn a_leap_second_counts_as_the_next_second() {
        assert_eq!(
            instant("2016-12-31T23:59:60Z"),
            instant("2017-01-01T00:00:00Z")
        );
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
    fn every_byte_at_every_fixed_position_gets_the_reason_of_the_first_rule_it_breaks() {
        let good = "2024-02-29T12:34:56Z";
        for position in 0..19 {
            for byte in 0..128u8 {
                let mut text = good.as_bytes().to_vec();
                text[position] = byte;
                let text = String::from_utf8(text).unwrap();
                let result = text.parse::<Timestamp>();
                let expected = match position {
                    4 | 7 if byte != b'-' => Some("expected YYYY-MM-DDTHH:MM:SS"),
                    13 | 16 if byte != b':' => Some("expected YYYY-MM-DDTHH:MM:SS"),
                    10 if !matches!(byte, b'T' | b't') => {
                        Some("expected 'T' between date and time")
                    }
                    p if DIGIT_POSITIONS.contains(&p) && !byte.is_ascii_digit() => {
                        Some("expected digits")
                    }
                    _ => None,
                };
                match (expected, result) {
                    (Some(reason), Err(err)) => assert_eq!(err.reason, reason, "{text:?}"),
                    (Some(reason), Ok(_)) => panic!("{text:?} parsed, expected {reason:?}"),
                    // A digit for a digit: a valid stamp, or a date or time that does not
                    // exist; the numbers read agree with Rust's own integer parsing.
                    (None, Ok(t)) => {
                        let n = |r: std::ops::Range<usize>| text[r].parse::<i64>().unwrap();
                        let days = days_from_civil(n(0..4), n(5..7), n(8..10));
                        let seconds = days * 86_400 + n(11..13) * 3600 + n(14..16) * 60 + n(17..19);
                        assert_eq!(t.unix_seconds(), seconds, "{text:?}");
                    }
                    (None, Err(err)) => assert!(
                        matches!(err.reason, "no such date" | "no such time of day"),
                        "{text:?}: {err}"
                    ),
                }
            }
        }
        // Several rules broken at once: separators first, then the 'T', then the digits.
        let reason = |text: &str| text.parse::<Timestamp>().unwrap_err().reason;
        assert_eq!(
            reason("2O24/02-29x12:34:56Z"),
            "expected YYYY-MM-DDTHH:MM:SS"
        );
        assert_eq!(
            reason("2O24-02-29x12:34:56Z"),
            "expected 'T' between date and time"
        );
        assert_eq!(reason("2O24-02-29T12:34:5_Z"), "expected digits");
        assert_eq!(reason("2024-02-30T12:34:5_Z"), "expected digits");
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
            "+10000-01-01T00:00:00Z",
            "-0001-01-01T00:00:00Z",
        ] {
            let err = bad.parse::<Timestamp>().unwrap_err();
            assert!(err.to_string().contains("invalid RFC 3339"), "{bad}: {err}");
        }
    }
}
