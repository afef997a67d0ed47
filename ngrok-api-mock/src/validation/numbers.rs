//! Numbers within bounds: a circuit breaker's durations above 0, its bucket count up to
//! 128 and its error threshold a fraction from 0 to 1.

use serde_json::Value;

use crate::http::HttpResponse;

use super::broken;
use super::table::Rule;

/// `value` (a number; anything else is the body check's concern) from `min` to `max`,
/// both included.
pub(super) fn check_range(
    rule: &Rule,
    min: f64,
    max: Option<f64>,
    value: &Value,
) -> Result<(), HttpResponse> {
    let Some(number) = value.as_f64() else {
        return Ok(());
    };
    if number >= min && max.is_none_or(|max| number <= max) {
        return Ok(());
    }
    let bounds = match max {
        Some(max) => format!("from {min} to {max}"),
        None => format!("at least {min}"),
    };
    Err(broken(
        rule,
        None,
        format!(
            "The field `{}` must be {bounds}; it is {value}.",
            rule.field
        ),
    ))
}
