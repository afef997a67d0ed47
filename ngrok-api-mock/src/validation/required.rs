//! Required fields: present and not blank on create; not cleared (sent blank) on update.

use serde_json::{Map, Value};

use crate::http::HttpResponse;

use super::table::Rule;
use super::{broken, is_blank, lookup};

pub(super) fn check_create(rule: &Rule, body: &Map<String, Value>) -> Result<(), HttpResponse> {
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
