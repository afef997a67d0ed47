//! Delete: one item, and the items nested in it.

use ngrok_api::meta::ServiceMeta;

use crate::catalog::Catalog;
use crate::errors;
use crate::http::HttpResponse;
use crate::relations::cascade::remove_nested;
use crate::store::State;
use crate::validation::{self, Target};

pub(super) fn delete(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    params: &[String],
) -> HttpResponse {
    let target = Target {
        services: &catalog.services,
        service,
        state,
        parent: &params[..params.len().saturating_sub(1)],
        item: Some(params),
    };
    if let Err(response) = validation::check_delete(&target) {
        return response;
    }
    if !state.remove(&service.qualified_name(), params) {
        return errors::not_found();
    }
    // Nested items go with their parent (an edge's routes, a subscription's sources).
    remove_nested(&catalog.relations, state, service, params);
    HttpResponse::empty(204)
}
