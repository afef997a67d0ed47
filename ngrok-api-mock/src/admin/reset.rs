//! `POST /__mock/reset`: the server as it started (see `MockServer::reset`).

use crate::http::{HttpRequest, HttpResponse};
use crate::shared::Shared;

pub(super) fn post(shared: &Shared, _: &HttpRequest) -> HttpResponse {
    shared.reset();
    HttpResponse::empty(204)
}
