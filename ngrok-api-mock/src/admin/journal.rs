//! `/__mock/journal`: the recorded requests (`GET`, oldest first, each with its operation
//! label and path ids, the `authorization` value already redacted; `?operation=<label>`
//! keeps one operation's) and forgetting them (`DELETE`).

use serde_json::{json, Map, Value};

use super::error;
use crate::http::{query_pairs, HttpRequest, HttpResponse};
use crate::recording::RecordedRequest;
use crate::shared::{lock, Shared};

pub(super) fn list(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let mut operation = None;
    for (name, value) in query_pairs(&request.query).unwrap_or_default() {
        match name.as_str() {
            "operation" => operation = Some(value),
            other => {
                return error(
                    400,
                    format!("unknown query parameter {other:?}; the journal takes: operation"),
                )
            }
        }
    }
    let requests: Vec<Value> = lock(&shared.requests)
        .iter()
        .filter(|r| operation.is_none() || r.operation == operation)
        .map(describe)
        .collect();
    HttpResponse::json(200, &json!({ "requests": requests }))
}

pub(super) fn clear(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    lock(&shared.requests).clear();
    HttpResponse::empty(204)
}

/// A recorded request as JSON: the body as JSON when it is, else as text (`null` if empty).
fn describe(request: &RecordedRequest) -> Value {
    let body = if request.body.is_empty() {
        Value::Null
    } else {
        request
            .body_json()
            .unwrap_or_else(|| Value::String(String::from_utf8_lossy(&request.body).into()))
    };
    let path_ids: Map<String, Value> = request
        .path_ids
        .iter()
        .map(|(name, value)| (name.clone(), Value::String(value.clone())))
        .collect();
    json!({
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "operation": request.operation,
        "path_ids": path_ids,
        "headers": request.headers,
        "authorized": request.authorized,
        "body": body,
    })
}
