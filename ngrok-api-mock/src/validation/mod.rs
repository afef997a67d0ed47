//! Validation like the API's: what a create, update or delete must satisfy before the
//! store is touched, answered with the API's status and `ERR_NGROK_<code>` and a message
//! naming the field and what was wrong.
//!
//! Generic rules hold for every service alike (a `description` of at most 255 bytes and
//! a `metadata` of at most 4,096, `lengths.rs`); per-service rules are rows of the table
//! in `table.rs`, each checked by the file of its kind: `required.rs`, `unique.rs`,
//! `references.rs` (ids that must exist, deletes of items still referenced),
//! `combinations.rs` (fields that exclude each other, updates that change nothing),
//! `numbers.rs` (numbers within bounds) and `formats/`. The table is checked against the
//! registry at start-up ([`check_table`]).
//!
//! A module set on its own (`PUT …/routes/{id}/ip_restriction`) is held to the rows of its
//! edge or route for the field that holds it ([`check_module`]), so that it is refused
//! with the same codes as when it is sent inside the edge's or route's create or update.

mod combinations;
mod formats;
mod lengths;
mod numbers;
mod references;
mod required;
mod table;
mod unique;

use ngrok_api::meta::ServiceMeta;
use serde_json::{Map, Value};

use crate::errors;
use crate::http::HttpResponse;
use crate::store::State;

use table::{Check, Rule, RULES};

/// Checks the table of rules against the services an emulator serves; the error names
/// the first row that does not fit.
pub(crate) fn check_table(services: &[&'static ServiceMeta]) -> Result<(), String> {
    table::check(RULES, services)
}

/// What a request is checked against: the service, the stored items, and (for an update
/// or delete) the path ids of the item it works on.
pub(crate) struct Target<'a> {
    /// Every service served (for the id prefixes of referenced services).
    pub(crate) services: &'a [&'static ServiceMeta],
    pub(crate) service: &'a ServiceMeta,
    pub(crate) state: &'a State,
    /// The path ids of the parents of the item made, updated or deleted (empty for a
    /// top-level service): uniqueness holds among the items of one parent.
    pub(crate) parent: &'a [String],
    /// The path ids of the item updated or deleted; `None` on create.
    pub(crate) item: Option<&'a [String]>,
}

impl Target<'_> {
    fn name(&self) -> String {
        self.service.qualified_name()
    }

    /// The stored fields of the item updated or deleted.
    fn stored(&self) -> Option<&Map<String, Value>> {
        let params = self.item?;
        self.state
            .entry(&self.name(), params)
            .map(|entry| &entry.value)
    }

    fn rules(&self) -> impl Iterator<Item = &'static Rule> {
        let name = self.name();
        RULES.iter().filter(move |rule| rule.service == name)
    }
}

/// Checks the body of a create (as sent, before it is turned into the resource).
pub(crate) fn check_create(
    target: &Target<'_>,
    body: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    let rules: Vec<&Rule> = target.rules().collect();
    for rule in rules.iter().filter(|r| matches!(r.check, Check::Required)) {
        required::check_create(rule, body)?;
    }
    lengths::check(target, body)?;
    check_fields(target, &rules, body)
}

/// Checks the body of an update, once the fields that change nothing are dropped
/// (`schema::drop_unchanged`).
pub(crate) fn check_update(
    target: &Target<'_>,
    path_names: &[&str],
    body: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    let rules: Vec<&Rule> = target.rules().collect();
    for rule in &rules {
        match rule.check {
            Check::NotEmptyUpdate => combinations::check_not_empty(rule, path_names, body)?,
            Check::Required => required::check_update(rule, body)?,
            _ => {}
        }
    }
    lengths::check(target, body)?;
    check_fields(target, &rules, body)
}

/// Checks a module set on its own with `PUT` (a singleton replace): `target` is the edge
/// or route holding it, `field` its field there (`ip_restriction`). The rows of that
/// service for fields under `field` (`ip_restriction.ip_policy_ids`) are checked on the
/// module as if it were sent inside the edge's or route's create: the same codes, and
/// messages naming the field by the same dotted path.
pub(crate) fn check_module(
    target: &Target<'_>,
    field: &str,
    module: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    let prefix = format!("{field}.");
    let rules: Vec<&Rule> = target
        .rules()
        .filter(|rule| rule.field.starts_with(&prefix))
        .collect();
    let body: Map<String, Value> = [(field.to_string(), Value::Object(module.clone()))]
        .into_iter()
        .collect();
    for rule in rules.iter().filter(|r| matches!(r.check, Check::Required)) {
        required::check_create(rule, &body)?;
    }
    check_fields(target, &rules, &body)
}

/// Checks a delete: refused while another item still refers to this one, where the API
/// refuses it.
pub(crate) fn check_delete(target: &Target<'_>) -> Result<(), HttpResponse> {
    for rule in target.rules() {
        if let Check::InUseBy(field) = rule.check {
            references::check_not_in_use(rule, field, target)?;
        }
    }
    Ok(())
}

/// The rules on values sent, create and update alike, in the table's order.
fn check_fields(
    target: &Target<'_>,
    rules: &[&Rule],
    body: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    for rule in rules {
        let Some(value) = lookup(body, rule.field) else {
            continue;
        };
        // A blank value is the required rule's concern, except where it is the fault.
        if is_blank(value) && !matches!(rule.check, Check::OneMember { .. }) {
            continue;
        }
        match rule.check {
            Check::Format(format) => check_format(rule, format, value)?,
            Check::Excludes(other) => combinations::check_excludes(rule, other, body)?,
            Check::ExcludedWhen { other, equals } => {
                combinations::check_excluded_when(rule, other, equals, body)?
            }
            Check::After(other) => combinations::check_after(rule, other, body, value)?,
            Check::IdOf(services) => references::check_id_of(rule, services, target, value)?,
            Check::Exists(services) => references::check_exists(rule, services, target, value)?,
            Check::Unique => unique::check(rule, None, target, body, value)?,
            Check::UniqueWithin(scope) => unique::check(rule, Some(scope), target, body, value)?,
            Check::Distinct(key) => unique::check_distinct(rule, key, value)?,
            Check::OneMember { none } => combinations::check_one_member(rule, none, value)?,
            Check::Range { min, max } => numbers::check_range(rule, min, max, value)?,
            Check::DistinctKeys => unique::check_distinct_keys(rule, value)?,
            Check::UniqueUnless(flag) => {
                if body.get(flag) != Some(&Value::Bool(true)) {
                    unique::check(rule, None, target, body, value)?;
                }
            }
            Check::Required | Check::NotEmptyUpdate | Check::InUseBy(_) => {}
        }
    }
    Ok(())
}

fn check_format(rule: &Rule, format: formats::Format, value: &Value) -> Result<(), HttpResponse> {
    // An object's format is its keys' (the header names of a headers module's `add`).
    let values: Vec<&str> = match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        Value::Object(map) => map.keys().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    for one in values {
        if let Err(bad) = format.check(one) {
            return Err(broken(
                rule,
                bad.code,
                format!(
                    "The field `{}` is not {}: {}.",
                    rule.field,
                    format.describe(),
                    bad.why
                ),
            ));
        }
    }
    Ok(())
}

/// The answer to a broken rule, with the rule's code unless `code` says otherwise.
fn broken(rule: &Rule, code: Option<u32>, msg: String) -> HttpResponse {
    errors::rule_broken(rule.status, code.unwrap_or(rule.code), msg)
}

/// The value at a dotted path of a body (`ip_restriction.ip_policy_ids`).
fn lookup<'v>(body: &'v Map<String, Value>, path: &str) -> Option<&'v Value> {
    let mut parts = path.split('.');
    let mut value = body.get(parts.next()?)?;
    for part in parts {
        value = value.get(part)?;
    }
    Some(value).filter(|v| !v.is_null())
}

/// Whether a value says nothing: `null`, `""`, `[]` or `{}` (or only whitespace).
fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
        _ => false,
    }
}

/// The ids a reference field holds: a string, the strings of a list, or a map's keys
/// (a weighted backend's `backends`).
fn ids(value: &Value) -> Vec<&str> {
    match value {
        Value::String(id) => vec![id.as_str()],
        Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
        Value::Object(map) => map.keys().map(String::as_str).collect(),
        _ => Vec::new(),
    }
}
