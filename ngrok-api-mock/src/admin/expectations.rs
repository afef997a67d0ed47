//! `/__mock/expectations`: set an expectation (`POST`), list them with their counts
//! (`GET`), verify them (`GET /__mock/expectations/verify`: 200, or 409 whose `msg` is the
//! report) and remove them (`DELETE`).
//!
//! An expectation is `{"operation": "<label>"}` with at most one count (`"times": n`,
//! `"at_least": n`, `"at_most": n` or `"never": true`; at least one request when none) and
//! optional matchers: `"path_ids": {"id": "rd_…"}`, `"query": {"limit": "5"}`, `"body":
//! {…}` (a JSON subset). Unlike `MockServer`, dropping nothing verifies them: call verify.

use serde_json::{json, Value};

use super::{body, count, error, pairs, string};
use crate::expectations::{Spec, UnknownOperation};
use crate::http::{HttpRequest, HttpResponse};
use crate::shared::{lock, Shared};

const FIELDS: &[&str] = &[
    "operation",
    "times",
    "at_least",
    "at_most",
    "never",
    "path_ids",
    "query",
    "body",
];

pub(super) fn list(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    let expectations = lock(&shared.expectations);
    let listed: Vec<Value> = expectations.specs.iter().map(describe).collect();
    HttpResponse::json(200, &json!({ "expectations": listed }))
}

pub(super) fn add(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let spec = match parse(shared, request) {
        Ok(spec) => spec,
        Err(response) => return response,
    };
    let described = describe(&spec);
    lock(&shared.expectations).add(spec);
    HttpResponse::json(201, &described)
}

pub(super) fn verify(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    let expectations = lock(&shared.expectations);
    match expectations.verify() {
        Ok(()) => HttpResponse::json(
            200,
            &json!({"met": true, "expectations": expectations.specs.len()}),
        ),
        Err(unmet) => error(409, unmet.to_string()),
    }
}

pub(super) fn clear(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    lock(&shared.expectations).clear();
    HttpResponse::empty(204)
}

fn parse(shared: &Shared, request: &HttpRequest) -> Result<Spec, HttpResponse> {
    let fields = body(request, FIELDS)?;
    let Some(operation) = string(&fields, "operation")? else {
        return Err(error(
            400,
            "operation is required: a label like reserved_domains.create",
        ));
    };
    UnknownOperation::check(operation, &shared.labels)
        .map_err(|unknown| error(400, unknown.to_string()))?;
    let mut spec = Spec::new(operation);
    let to_usize = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    let never = match fields.get("never") {
        None | Some(Value::Null | Value::Bool(false)) => false,
        Some(Value::Bool(true)) => true,
        Some(_) => return Err(error(400, "never must be true or false")),
    };
    let counts = [
        count(&fields, "times")?.map(|n| (to_usize(n), Some(to_usize(n)))),
        count(&fields, "at_least")?.map(|n| (to_usize(n), None)),
        count(&fields, "at_most")?.map(|n| (0, Some(to_usize(n)))),
        never.then_some((0, Some(0))),
    ];
    let mut given = counts.into_iter().flatten();
    if let Some((min, max)) = given.next() {
        (spec.min, spec.max) = (min, max);
    }
    if given.next().is_some() {
        return Err(error(
            400,
            "give at most one of times, at_least, at_most and never",
        ));
    }
    spec.path_ids = pairs(&fields, "path_ids")?;
    spec.query = pairs(&fields, "query")?;
    spec.body = fields.get("body").filter(|b| !b.is_null()).cloned();
    Ok(spec)
}

fn describe(spec: &Spec) -> Value {
    json!({
        "operation": spec.operation,
        "expected": spec.count(),
        "description": spec.describe(),
        "matched": spec.matched,
        "met": spec.is_met(),
    })
}
