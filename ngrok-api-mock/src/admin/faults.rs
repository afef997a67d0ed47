//! `/__mock/faults`: inject faults (`POST`, one JSON object per fault), list the pending
//! ones (`GET`) and remove them all (`DELETE`).
//!
//! A fault is `{"kind": …}` plus the kind's fields, and optionally who it applies to and
//! how often: `status` (`status`, optional `error_code`), `raw` (`status`, `content_type`,
//! `body`), `delay` (`millis`), `drop_connection`, `lose_response`, `truncated_body`,
//! `oversized_body` (`bytes`); `method` with `path` (a prefix, or the whole path with
//! `"exact": true`), `operation` (a label), `times` (default 1), `retry_after`.

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::{body, count, error, string};
use crate::expectations::UnknownOperation;
use crate::faults::{Fault, FaultKind};
use crate::http::{HttpRequest, HttpResponse};
use crate::shared::{lock, Shared};

const FIELDS: &[&str] = &[
    "kind",
    "status",
    "error_code",
    "content_type",
    "body",
    "millis",
    "bytes",
    "method",
    "path",
    "exact",
    "operation",
    "times",
    "retry_after",
];

const KINDS: &str =
    "status, raw, delay, drop_connection, lose_response, truncated_body, oversized_body";

pub(super) fn list(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    let faults = lock(&shared.faults);
    let described: Vec<Value> = faults.iter().map(describe).collect();
    HttpResponse::json(
        200,
        &json!({"faults": described, "pending": faults.pending()}),
    )
}

pub(super) fn add(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let fault = match body(request, FIELDS).and_then(|fields| parse(&fields)) {
        Ok(fault) => fault,
        Err(response) => return response,
    };
    if let Some(operation) = &fault.operation {
        if let Err(unknown) = UnknownOperation::check(operation, &shared.labels) {
            return error(400, unknown.to_string());
        }
    }
    let described = describe(&fault);
    lock(&shared.faults).push(fault);
    HttpResponse::json(201, &described)
}

pub(super) fn clear(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    lock(&shared.faults).clear();
    HttpResponse::empty(204)
}

/// The fault a JSON object describes.
fn parse(fields: &Map<String, Value>) -> Result<Fault, HttpResponse> {
    let status = || -> Result<u16, HttpResponse> {
        count(fields, "status")?
            .and_then(|s| u16::try_from(s).ok())
            .filter(|s| (100..=599).contains(s))
            .ok_or_else(|| error(400, "status must be an HTTP status between 100 and 599"))
    };
    let required = |name: &str| -> Result<u64, HttpResponse> {
        count(fields, name)?.ok_or_else(|| error(400, format!("this kind needs {name}")))
    };
    let Some(kind) = string(fields, "kind")? else {
        return Err(error(400, format!("kind is required, one of: {KINDS}")));
    };
    let mut fault = match kind {
        "status" => match string(fields, "error_code")? {
            Some(code) => Fault::api_error(status()?, code),
            None => Fault::status(status()?),
        },
        "raw" => Fault::raw(
            status()?,
            string(fields, "content_type")?.unwrap_or("text/plain"),
            string(fields, "body")?.unwrap_or_default(),
        ),
        "delay" => Fault::delay(Duration::from_millis(required("millis")?)),
        "drop_connection" => Fault::drop_connection(),
        "lose_response" => Fault::lose_response(),
        "truncated_body" => Fault::truncated_body(),
        "oversized_body" => {
            let bytes = usize::try_from(required("bytes")?)
                .map_err(|_| error(400, "bytes is too large"))?;
            Fault::oversized_body(bytes)
        }
        other => {
            return Err(error(
                400,
                format!("unknown kind {other:?}; the kinds are: {KINDS}"),
            ))
        }
    };
    let exact = match fields.get("exact") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(exact)) => *exact,
        Some(_) => return Err(error(400, "exact must be true or false")),
    };
    match (string(fields, "method")?, string(fields, "path")?) {
        (None, None) if exact => return Err(error(400, "exact needs a path")),
        (None, None) => {}
        (method, Some(path)) if exact => fault = fault.on_exact(method.unwrap_or("*"), path),
        (method, Some(path)) => fault = fault.on(method.unwrap_or("*"), path),
        (Some(method), None) => fault = fault.on(method, "/"),
    }
    if let Some(operation) = string(fields, "operation")? {
        fault = fault.on_operation(operation);
    }
    if let Some(times) = count(fields, "times")? {
        let times = usize::try_from(times).map_err(|_| error(400, "times is too large"))?;
        if times == 0 {
            return Err(error(400, "times must be at least 1"));
        }
        fault = fault.times(times);
    }
    if let Some(value) = string(fields, "retry_after")? {
        fault = fault.retry_after(value);
    }
    Ok(fault)
}

/// A fault in the JSON shape `POST` takes.
fn describe(fault: &Fault) -> Value {
    let mut out = match &fault.kind {
        FaultKind::Status(status, code) => {
            json!({"kind": "status", "status": status, "error_code": code})
        }
        FaultKind::Raw(status, content_type, body) => json!({
            "kind": "raw",
            "status": status,
            "content_type": content_type,
            "body": String::from_utf8_lossy(body),
        }),
        FaultKind::Delay(delay) => {
            json!({"kind": "delay", "millis": u64::try_from(delay.as_millis()).unwrap_or(u64::MAX)})
        }
        FaultKind::Drop => json!({"kind": "drop_connection"}),
        FaultKind::LoseResponse => json!({"kind": "lose_response"}),
        FaultKind::Truncate => json!({"kind": "truncated_body"}),
        FaultKind::Oversized(bytes) => json!({"kind": "oversized_body", "bytes": bytes}),
    };
    out["method"] = json!(fault.method);
    out["path"] = json!(fault.path_prefix);
    out["exact"] = json!(fault.exact);
    out["operation"] = json!(fault.operation);
    out["times"] = json!(fault.times);
    out["retry_after"] = json!(fault.retry_after);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_described_fault_parses_back_to_itself() {
        let faults = [
            Fault::status(503).on("GET", "/reserved_domains").times(2),
            Fault::api_error(429, "ERR_NGROK_226").retry_after("3"),
            Fault::raw(502, "text/html", "<html>").on_exact("*", "/ip_policies"),
            Fault::delay(Duration::from_millis(20)).on_operation("ip_policies.list"),
            Fault::drop_connection(),
            Fault::lose_response(),
            Fault::truncated_body(),
            Fault::oversized_body(1000),
        ];
        for fault in faults {
            let described = describe(&fault);
            let parsed = parse(&fields(described.clone()));
            assert_eq!(parsed.ok(), Some(fault), "{described}");
        }
    }

    #[test]
    fn a_bad_fault_is_refused_naming_the_problem() {
        let msg = |value: Value| {
            let response = parse(&fields(value)).unwrap_err();
            let body: Value = serde_json::from_slice(&response.body).unwrap();
            (response.status, body["msg"].as_str().unwrap().to_string())
        };
        let (status, text) = msg(json!({"kind": "boom"}));
        assert_eq!(status, 400);
        assert!(text.contains("drop_connection"), "{text}");
        assert!(msg(json!({"kind": "status"})).1.contains("status must be"));
        assert!(msg(json!({"kind": "delay"})).1.contains("millis"));
        assert!(msg(json!({"kind": "status", "status": 500, "times": 0}))
            .1
            .contains("times"));
    }
}
