//! Uniqueness: no other stored item of the service holds the value sent (among the items
//! with the same scope value, for a rule scoped like a secret's name per vault).

use serde_json::{Map, Value};

use crate::http::HttpResponse;

use super::table::Rule;
use super::{broken, Target};

pub(super) fn check(
    rule: &Rule,
    scope: Option<&str>,
    target: &Target<'_>,
    body: &Map<String, Value>,
    value: &Value,
) -> Result<(), HttpResponse> {
    let stored = target.stored();
    // The scope of an update is the item's own; of a create, the one sent.
    let scope_value = scope.and_then(|scope| match stored {
        Some(item) => stored_value(item, scope).cloned(),
        None => body.get(scope).cloned(),
    });
    let own_id = target.item.and_then(<[String]>::last);
    let taken = target.state.items(&target.name()).find(|item| {
        item.get("id").and_then(Value::as_str) != own_id.map(String::as_str)
            && same(stored_value(item, rule.field), value)
            && scope.is_none_or(|scope| stored_value(item, scope) == scope_value.as_ref())
    });
    match taken {
        Some(item) => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` must be unique{}, but {} already holds {value}.",
                rule.field,
                scope.map_or(String::new(), |s| format!(" per `{s}`")),
                item.get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("another item"),
            ),
        )),
        None => Ok(()),
    }
}

/// Compares case-insensitively: domain names and the like differ only in case are one.
fn same(stored: Option<&Value>, sent: &Value) -> bool {
    match (stored, sent) {
        (Some(Value::String(a)), Value::String(b)) => a.eq_ignore_ascii_case(b),
        (Some(a), b) => a == b,
        (None, _) => false,
    }
}

/// A stored item's value of a request field: the field itself, or for `x_id` the id of
/// the reference `x` the item holds instead.
fn stored_value<'v>(item: &'v Map<String, Value>, field: &str) -> Option<&'v Value> {
    item.get(field).filter(|v| !v.is_null()).or_else(|| {
        let stem = field.strip_suffix("_id")?;
        item.get(stem)?.get("id")
    })
}
