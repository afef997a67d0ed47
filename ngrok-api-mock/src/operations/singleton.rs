//! Singleton modules (an edge's or route's `circuit_breaker`): stored as a field of the
//! parent item; get, replace (with computed values from the special-case table) and
//! delete. A replace is validated by its parent's rules for the module's field
//! (`validation::check_module`), as when the module is sent inside the parent.

use ngrok_api::meta::{OperationKind, OperationMeta, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::errors;
use crate::http::HttpResponse;
use crate::relations::references::to_resource;
use crate::store::State;
use crate::validation::{self, Target};

pub(super) fn singleton(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    op: &OperationMeta,
    params: &[String],
    body: Map<String, Value>,
) -> HttpResponse {
    let Some(parent) = catalog.relations.parent_of(service) else {
        return errors::not_found();
    };
    let Some(field) = parent.field else {
        return errors::not_found();
    };
    let module = match op.kind {
        OperationKind::Replace => {
            // An unknown parent is a 404 before anything about the body.
            if !state.contains(&parent.service.qualified_name(), params) {
                return errors::not_found();
            }
            let target = Target {
                services: &catalog.services,
                service: parent.service,
                state,
                parent: &params[..params.len().saturating_sub(1)],
                item: Some(params),
            };
            if let Err(response) = validation::check_module(&target, field, &body) {
                return response;
            }
            Some(to_resource(&body, (service.resource)(), catalog))
        }
        _ => None,
    };
    let Some(entry) = state.entry_mut(&parent.service.qualified_name(), params) else {
        return errors::not_found();
    };
    match op.kind {
        OperationKind::Replace => {
            let mut module = module.unwrap_or_default();
            if let Some(compute) = catalog.special.on_replace(&service.qualified_name()) {
                compute(params, &mut module);
            }
            entry
                .value
                .insert(field.into(), Value::Object(module.clone()));
            catalog.shapes.complete((service.resource)(), &mut module);
            HttpResponse::json(200, &Value::Object(module))
        }
        OperationKind::Delete => {
            entry.value.remove(field);
            HttpResponse::empty(204)
        }
        _ => {
            // A module never set reads as one with every field unset.
            let mut module = match entry.value.get(field) {
                Some(Value::Object(module)) => module.clone(),
                _ => Map::new(),
            };
            catalog.shapes.complete((service.resource)(), &mut module);
            HttpResponse::json(200, &Value::Object(module))
        }
    }
}
