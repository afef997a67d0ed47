//! Singleton modules (an edge's or route's `circuit_breaker`): stored as a field of the
//! parent item; get, replace (with computed values from the special-case table) and
//! delete.

use ngrok_api::meta::{OperationKind, OperationMeta, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::errors;
use crate::http::HttpResponse;
use crate::relations::references::to_resource;
use crate::store::State;

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
        OperationKind::Replace => Some(to_resource(&body, (service.resource)(), catalog)),
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
