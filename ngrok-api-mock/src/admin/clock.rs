//! `/__mock/clock`: the server's clock. `GET` reads it; `POST {"advance": "90s"}` moves it
//! forward (a whole number of `ms`, `s`, `m`, `h` or `d`), `POST {"set": "<RFC 3339>"}`
//! sets it (both: set, then advance). Both answer `{"now": "<RFC 3339>", "stopped": bool}`.

use serde_json::Value;

use super::error;
use crate::clock;
use crate::http::{HttpRequest, HttpResponse};
use crate::shared::Shared;

pub(super) fn get(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    answer(shared, &Value::Object(Default::default()))
}

pub(super) fn post(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    if request.body.iter().all(u8::is_ascii_whitespace) {
        return get(shared, request);
    }
    match serde_json::from_slice::<Value>(&request.body) {
        Ok(body) => answer(shared, &body),
        Err(err) => error(400, format!("the body is not JSON: {err}")),
    }
}

fn answer(shared: &Shared, body: &Value) -> HttpResponse {
    match clock::apply_json(&shared.sources.clock, body) {
        Ok(now) => HttpResponse::json(200, &now),
        Err(why) => error(400, why),
    }
}
