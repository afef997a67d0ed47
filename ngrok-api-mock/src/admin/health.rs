//! `GET /__mock/health`: whether the emulator answers, for a container's health check or
//! a test suite waiting for the program to start.

use serde_json::json;

use crate::http::{HttpRequest, HttpResponse};
use crate::shared::Shared;

pub(super) fn get(_: &Shared, _: &HttpRequest) -> HttpResponse {
    HttpResponse::json(200, &json!({"status": "ok"}))
}
