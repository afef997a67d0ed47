//! Required fields: present and not blank on create; not cleared (sent blank) on update.
//! A field of a module (`oidc.issuer`) is required only when its module is sent, and then
//! on update as on create, as a module sent is replaced whole.

use serde_json::{Map, Value};

use crate::http::HttpResponse;

use super::table::Rule;
use super::{broken, is_blank, lookup};

pub(super) fn check_create(rule: &Rule, body: &Map<String, Value>) -> Result<(), HttpResponse> {
    if let Some((module, _)) = rule.field.rsplit_once('.') {
        if lookup(body, module).is_none() {
            return Ok(());
        }
    }
    match lookup(body, rule.field) {
        Some(value) if !is_blank(value) => Ok(()),
        _ => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` is required and may not be empty.",
                rule.field
            ),
        )),
    }
}

pub(super) fn check_update(rule: &Rule, body: &Map<String, Value>) -> Result<(), HttpResponse> {
    if rule.field.contains('.') {
        return check_create(rule, body);
    }
    match body.get(rule.field) {
        Some(value) if !value.is_null() && is_blank(value) => Err(broken(
            rule,
            None,
            format!(
                "The field `{}` is required and may not be set empty.",
                rule.field
            ),
        )),
        _ => Ok(()),
    }
}
