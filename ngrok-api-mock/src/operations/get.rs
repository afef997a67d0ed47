//! Get: one item, shown with its nested items.

use ngrok_api::meta::ServiceMeta;

use crate::catalog::Catalog;
use crate::errors;
use crate::http::HttpResponse;
use crate::relations::embedding::render;
use crate::store::State;

pub(super) fn get(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    params: &[String],
) -> HttpResponse {
    match state.entry(&service.qualified_name(), params) {
        Some(entry) => HttpResponse::json(200, &render(catalog, state, service, entry)),
        None => errors::not_found(),
    }
}
