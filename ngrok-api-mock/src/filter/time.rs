//! The filter language's times: `timestamp("…")` literals (RFC 3339, or a date with a zone
//! such as `"2025-05-10Z"`), the durations of `.add` and `.subtract`, and reading an item's
//! time field.

use ngrok_api::Timestamp;

use super::ast::Instant;

/// The instant a timestamp literal names.
pub(super) fn literal(text: &str) -> Result<Instant, String> {
    let b = text.as_bytes();
    // A date and a zone, with no time of day: midnight in that zone.
    let full;
    let text = if b.len() >= 11
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!(b[10], b'Z' | b'z' | b'+' | b'-')
    {
        full = format!("{}T00:00:00{}", &text[..10], &text[10..]);
        &full
    } else {
        text
    };
    let t: Timestamp = text.parse().map_err(|e| format!("{e}"))?;
    Ok(instant(&t))
}

/// `t` as an [`Instant`].
pub(super) fn instant(t: &Timestamp) -> Instant {
    (t.unix_seconds(), t.subsec_nanos())
}

/// An item's field read as a time, if it is one.
pub(super) fn field(text: &str) -> Option<Instant> {
    text.parse::<Timestamp>().ok().map(|t| instant(&t))
}

/// A duration such as `"7d"`, `"24h"`, `"15m"`, `"30s"` or `"1h30m"`, in seconds.
pub(super) fn duration(text: &str) -> Result<i64, String> {
    let bad = || {
        format!(
            "{text:?} is not a duration; write a number and a unit, d, h, m or s, as in \"7d\" or \"1h30m\""
        )
    };
    let mut total: i64 = 0;
    let mut rest = text;
    if rest.is_empty() {
        return Err(bad());
    }
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let n: i64 = rest[..digits].parse().map_err(|_| bad())?;
        let unit = match rest.as_bytes().get(digits) {
            Some(b'd') => 86_400,
            Some(b'h') => 3_600,
            Some(b'm') => 60,
            Some(b's') => 1,
            _ => return Err(bad()),
        };
        total = n
            .checked_mul(unit)
            .and_then(|s| total.checked_add(s))
            .ok_or_else(bad)?;
        rest = &rest[digits + 1..];
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_date_is_midnight_in_its_zone() {
        assert_eq!(
            literal("2025-05-10Z").unwrap(),
            literal("2025-05-10T00:00:00Z").unwrap()
        );
        assert_eq!(
            literal("2025-05-10+02:00").unwrap().0,
            literal("2025-05-09T22:00:00Z").unwrap().0
        );
        assert!(literal("2025-05-10").is_err());
        assert!(literal("yesterday").is_err());
    }

    #[test]
    fn durations_add_up_their_parts() {
        assert_eq!(duration("7d"), Ok(7 * 86_400));
        assert_eq!(duration("1h30m"), Ok(5_400));
        assert_eq!(duration("15s"), Ok(15));
        for bad in ["", "7", "d", "7w", "-1h", "1.5h", "99999999999999999999d"] {
            assert!(duration(bad).is_err(), "{bad}");
        }
    }
}
