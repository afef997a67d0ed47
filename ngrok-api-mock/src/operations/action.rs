//! Actions on one item (`restart`, `delete_certificate`, a tunnel session's `stop`):
//! answered with the item, or 204; `DELETE /{id}/<field>` removes that field; an action
//! the special-case table marks as deleting removes the item.

use ngrok_api::meta::{Method, OperationMeta, ServiceMeta};
use serde_json::Value;

use crate::catalog::Catalog;
use crate::errors;
use crate::http::HttpResponse;
use crate::store::State;

use super::delete::delete;
use super::item_params;

pub(super) fn action(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    op: &OperationMeta,
    params: &[String],
) -> HttpResponse {
    let name = service.qualified_name();
    let item_params = item_params(service, params);
    if catalog.special.action_deletes(&name, op.name) {
        return delete(catalog, state, service, item_params);
    }
    let Some(entry) = state.entry_mut(&name, item_params) else {
        return errors::not_found();
    };
    if op.method == Method::Delete {
        // `DELETE /{id}/certificate` removes the item's `certificate`.
        if let Some(field) = op.path.rsplit('/').next() {
            entry.value.remove(field);
        }
    }
    match op.response {
        Some(schema) => {
            let mut value = entry.value.clone();
            catalog.shapes.complete(schema(), &mut value);
            HttpResponse::json(200, &Value::Object(value))
        }
        None => HttpResponse::empty(204),
    }
}
