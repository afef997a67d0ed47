//! References between items: ids sent must have the prefix of the service they name and
//! name an item that exists; an item still referred to may not be deleted where the API
//! refuses it (an IP policy a restriction uses, a backend another backend uses, a vault
//! holding secrets).

use ngrok_api::meta::ServiceMeta;
use serde_json::Value;

use crate::http::HttpResponse;

use super::table::Rule;
use super::{broken, ids, Target};

pub(super) fn check_id_of(
    rule: &Rule,
    services: &[&str],
    target: &Target<'_>,
    value: &Value,
) -> Result<(), HttpResponse> {
    let prefixes: Vec<&str> = target
        .services
        .iter()
        .filter(|s| services.contains(&s.qualified_name().as_str()))
        .filter_map(|s: &&ServiceMeta| s.id_prefix)
        .collect();
    for id in ids(value) {
        let fits = prefixes.iter().any(|p| {
            id.strip_prefix(p)
                .and_then(|rest| rest.strip_prefix('_'))
                .is_some_and(|rest| !rest.is_empty())
        });
        if !fits {
            return Err(broken(
                rule,
                None,
                format!(
                    "The field `{}` holds `{id}`, which is not an id of {}.",
                    rule.field,
                    services.join(" or ")
                ),
            ));
        }
    }
    Ok(())
}

pub(super) fn check_exists(
    rule: &Rule,
    services: &[&str],
    target: &Target<'_>,
    value: &Value,
) -> Result<(), HttpResponse> {
    for id in ids(value) {
        let params = [id.to_string()];
        if !services.iter().any(|s| target.state.contains(s, &params)) {
            return Err(broken(
                rule,
                None,
                format!(
                    "The field `{}` names `{id}`, but no {} with that id exists.",
                    rule.field,
                    services.join(" or ")
                ),
            ));
        }
    }
    Ok(())
}

/// `rule.field` names the referring service; `field` its resource field holding the
/// reference.
pub(super) fn check_not_in_use(
    rule: &Rule,
    field: &str,
    target: &Target<'_>,
) -> Result<(), HttpResponse> {
    let Some(id) = target.item.and_then(<[String]>::last) else {
        return Ok(());
    };
    let users: Vec<&str> = target
        .state
        .items(rule.field)
        .filter(|item| item.get(field).is_some_and(|v| mentions(v, id)))
        .filter_map(|item| item.get("id").and_then(Value::as_str))
        .collect();
    if users.is_empty() {
        return Ok(());
    }
    Err(broken(
        rule,
        None,
        format!(
            "`{id}` cannot be deleted while items of {} refer to it: {}.",
            rule.field,
            users.join(", ")
        ),
    ))
}

/// Whether a stored value refers to `id`: is it, lists it, holds it as a map key, or is
/// a reference `{"id": …}` to it.
fn mentions(value: &Value, id: &str) -> bool {
    match value {
        Value::String(s) => s == id,
        Value::Array(items) => items.iter().any(|v| mentions(v, id)),
        Value::Object(map) => map.contains_key(id) || map.values().any(|v| mentions(v, id)),
        _ => false,
    }
}
