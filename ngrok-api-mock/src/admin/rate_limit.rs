//! `/__mock/rate_limit`: the account rate limit at run time. `PUT {"max": 120,
//! "window_seconds": 60}` sets it (with an empty window), `DELETE` turns it off, `GET` shows
//! it (`{"rate_limit": null}` when off).

use std::time::Duration;

use serde_json::{json, Value};

use super::{body, count, error};
use crate::faults::RateLimit;
use crate::http::{HttpRequest, HttpResponse};
use crate::shared::{lock, Shared};

pub(super) fn get(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    let limit = lock(&shared.rate_limit);
    HttpResponse::json(200, &json!({"rate_limit": limit.as_ref().map(describe)}))
}

pub(super) fn set(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let fields = match body(request, &["max", "window_seconds"]) {
        Ok(fields) => fields,
        Err(response) => return response,
    };
    let max = match count(&fields, "max") {
        Ok(Some(max)) if max > 0 => max,
        Ok(_) => return error(400, "max is required: a positive integer"),
        Err(response) => return response,
    };
    let window = match fields.get("window_seconds").and_then(Value::as_f64) {
        Some(seconds) if seconds > 0.0 && seconds <= 86_400.0 * 365.0 => {
            Duration::from_secs_f64(seconds)
        }
        _ => {
            return error(
                400,
                "window_seconds is required: a positive number of seconds, at most a year",
            )
        }
    };
    let limit = RateLimit::new(usize::try_from(max).unwrap_or(usize::MAX), window);
    let described = describe(&limit);
    *lock(&shared.rate_limit) = Some(limit);
    HttpResponse::json(200, &json!({"rate_limit": described}))
}

pub(super) fn clear(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    *lock(&shared.rate_limit) = None;
    HttpResponse::empty(204)
}

fn describe(limit: &RateLimit) -> Value {
    json!({"max": limit.max, "window_seconds": limit.window.as_secs_f64()})
}
