//! Rules on the fields of a request taken together: fields that may not be sent at once
//! (a reserved domain's `certificate_id` with its `certificate_management_policy`), or
//! while another holds a given word (a webhook secret for SNS), an object that must set
//! exactly one of its fields, one time that must follow another, and updates that change
//! nothing, which some services refuse.

use serde_json::{Map, Value};

use crate::http::HttpResponse;

use super::table::Rule;
use super::{broken, is_blank, lookup};

pub(super) fn check_excludes(
    rule: &Rule,
    other: &str,
    body: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    match lookup(body, other) {
        Some(value) if !is_blank(value) => Err(broken(
            rule,
            None,
            format!(
                "The fields `{}` and `{other}` may not be sent together; send one of them.",
                rule.field
            ),
        )),
        _ => Ok(()),
    }
}

/// Called for a field sent (not blank).
pub(super) fn check_excluded_when(
    rule: &Rule,
    other: &str,
    equals: &str,
    body: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    match lookup(body, other).and_then(Value::as_str) {
        Some(word) if word.eq_ignore_ascii_case(equals) => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` may not be sent while `{other}` is {word}.",
                rule.field
            ),
        )),
        _ => Ok(()),
    }
}

pub(super) fn check_one_member(rule: &Rule, none: u32, value: &Value) -> Result<(), HttpResponse> {
    let set: Vec<&String> = value
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, _)| k)
        .collect();
    match set.len() {
        1 => Ok(()),
        0 => Err(broken(
            rule,
            Some(none),
            format!(
                "The field `{}` must set one of its fields; it sets none.",
                rule.field
            ),
        )),
        _ => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` must set one of its fields, not several: {set:?}.",
                rule.field
            ),
        )),
    }
}

pub(super) fn check_after(
    rule: &Rule,
    other: &str,
    body: &Map<String, Value>,
    value: &Value,
) -> Result<(), HttpResponse> {
    let time = |v: &Value| v.as_str()?.parse::<ngrok_api::Timestamp>().ok();
    match (time(value), lookup(body, other).and_then(time)) {
        (Some(end), Some(start)) if end <= start => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` ({end}) must be later than `{other}` ({start}).",
                rule.field
            ),
        )),
        _ => Ok(()),
    }
}

/// `body` is the update with the unchanged fields dropped; `path_names` the item's path
/// placeholders, which a body may repeat without changing anything.
pub(super) fn check_not_empty(
    rule: &Rule,
    path_names: &[&str],
    body: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    if body.keys().any(|key| !path_names.contains(&key.as_str())) {
        return Ok(());
    }
    Err(broken(
        rule,
        None,
        format!(
            "The update of this {} item sets no field; send at least one field to change.",
            rule.service
        ),
    ))
}
