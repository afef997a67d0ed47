//! Uniqueness: no other stored item of the service under the same parent holds the value
//! sent (among the items with the same scope value, for a rule scoped like a secret's name
//! per vault); no two objects of one list share a key (a subscription's sources); and no
//! two keys of an object differ only in case (the headers a headers module adds).

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
    let mut siblings = target
        .state
        .collection(&target.name())
        .into_iter()
        .flat_map(|collection| collection.entries())
        // Under the same parent, and not the item updated itself.
        .filter(|entry| entry.params.starts_with(target.parent))
        .filter(|entry| Some(entry.params.as_slice()) != target.item);
    let taken = siblings.find(|entry| {
        same(stored_value(&entry.value, rule.field), value)
            && scope.is_none_or(|scope| stored_value(&entry.value, scope) == scope_value.as_ref())
    });
    match taken {
        Some(entry) => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` must be unique{}, but {} already holds {value}.",
                rule.field,
                scope.map_or(String::new(), |s| format!(" per `{s}`")),
                entry.params.last().map_or("another item", String::as_str),
            ),
        )),
        None => Ok(()),
    }
}

pub(super) fn check_distinct(rule: &Rule, key: &str, value: &Value) -> Result<(), HttpResponse> {
    let mut seen = std::collections::HashSet::new();
    let repeated = value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| item.get(key))
        .find(|k| !seen.insert(k.to_string()));
    match repeated {
        Some(repeated) => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` has two items with the `{key}` {repeated}; each may appear once.",
                rule.field
            ),
        )),
        None => Ok(()),
    }
}

/// Compares strings case-insensitively: domain names that differ only in case are one.
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

/// No two keys of an object differ only in case (a headers module adding one header
/// twice).
pub(super) fn check_distinct_keys(rule: &Rule, value: &Value) -> Result<(), HttpResponse> {
    let mut seen = std::collections::HashMap::new();
    for key in value.as_object().into_iter().flat_map(Map::keys) {
        if let Some(first) = seen.insert(key.to_ascii_lowercase(), key) {
            return Err(broken(
                rule,
                None,
                format!(
                    "The field `{}` has `{first}` and `{key}`, one name differing only in case; each may appear once.",
                    rule.field
                ),
            ));
        }
    }
    Ok(())
}
