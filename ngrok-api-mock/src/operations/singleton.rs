//! Singleton modules (an edge's or route's `circuit_breaker`): stored as a field of the
//! parent item; get, replace (with computed values from the special-case table) and
//! delete.

use ngrok_api::meta::{OperationKind, OperationMeta, ServiceMeta};
use serde_json::{json, Map, Value};

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
            let module = Value::Object(module);
            entry.value.insert(field.into(), module.clone());
            HttpResponse::json(200, &module)
        }
        OperationKind::Delete => {
            entry.value.remove(field);
            HttpResponse::empty(204)
        }
        _ => HttpResponse::json(200, entry.value.get(field).unwrap_or(&json!({}))),
    }
}
