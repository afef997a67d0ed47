//! Create: a new item from the request body, answered with 201 and the item as created
//! (the only answer that shows its secrets).

use ngrok_api::meta::ServiceMeta;
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::http::HttpResponse;
use crate::relations::references::to_resource;
use crate::store::State;
use crate::validation::{self, Target};

use super::insert::insert;

pub(super) fn create(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    params: Vec<String>,
    body: Map<String, Value>,
) -> HttpResponse {
    let target = Target {
        services: &catalog.services,
        service,
        state,
        parent: &params,
        item: None,
    };
    if let Err(response) = validation::check_create(&target, &body) {
        return response;
    }
    let value = to_resource(&body, (service.resource)(), catalog);
    match insert(catalog, state, service, params, value) {
        Ok(created) => {
            catalog
                .special
                .after_create(state, &service.qualified_name(), &created);
            HttpResponse::json(201, &Value::Object(created))
        }
        Err(response) => response,
    }
}
