//! Update: change the fields a request sends, read as the API reads them (`null`, and
//! the zero value of a non-nullable field, leave a field unchanged: `schema.rs`);
//! nested `…Update` objects change only the fields they send, and a nested list (an
//! edge's `routes`) replaces the nested items.

use ngrok_api::meta::{FieldType, OperationMeta, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::errors;
use crate::http::HttpResponse;
use crate::relations::embedding::{render, take_embedded};
use crate::relations::references::to_resource;
use crate::schema::{drop_unchanged, strip_nullable};
use crate::store::State;
use crate::validation::{self, Target};

use super::insert::{compute_modules, replace_children};

pub(super) fn update(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    op: &OperationMeta,
    params: &[String],
    body: Map<String, Value>,
) -> HttpResponse {
    let name = service.qualified_name();
    let mut body = body;
    if let Some(schema) = op.request {
        drop_unchanged(&mut body, schema());
    }
    if let Err(response) = validate(catalog, state, service, op, params, &body) {
        return response;
    }
    let mut changes = to_resource(&body, (service.resource)(), catalog);
    compute_modules(catalog, service, params, &mut changes);
    // A nested `…Update` object (a Kubernetes operator's `deployment`) changes only the
    // fields it sends; other objects (an edge's modules) are replaced whole.
    let partial: Vec<&str> = op.request.map_or_else(Vec::new, |schema| {
        schema()
            .fields
            .iter()
            .filter(|f| match strip_nullable((f.ty)()) {
                FieldType::Object(schema) => schema().name.ends_with("Update"),
                _ => false,
            })
            .map(|f| f.json)
            .collect()
    });
    let nested = take_embedded(&catalog.relations, service, &mut changes);
    let path_names: Vec<&str> = ngrok_api::meta::path_params(service.path)
        .chain(service.key)
        .collect();
    let Some(entry) = state.entry_mut(&name, params) else {
        return errors::not_found();
    };
    for (key, value) in changes {
        if path_names.contains(&key.as_str()) {
            continue;
        }
        if partial.contains(&key.as_str()) {
            if let (Some(Value::Object(old)), Value::Object(new)) =
                (entry.value.get_mut(&key), &value)
            {
                old.extend(new.clone());
                continue;
            }
        }
        entry.value.insert(key, value);
    }
    if (service.resource)().field("updated_at").is_some() {
        let now = crate::determinism::now_timestamp().to_string();
        entry.value.insert("updated_at".into(), Value::String(now));
    }
    for (embed, items) in nested {
        if let Err(response) = replace_children(catalog, state, embed, params, items) {
            return response;
        }
    }
    match state.entry(&name, params) {
        Some(entry) => HttpResponse::json(200, &render(catalog, state, service, entry)),
        None => errors::not_found(),
    }
}

/// The update's validation (`validation/`), on the body without the fields that change
/// nothing; an unknown item is left to the 404 below.
fn validate(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    op: &OperationMeta,
    params: &[String],
    body: &Map<String, Value>,
) -> Result<(), HttpResponse> {
    if !state.contains(&service.qualified_name(), params) {
        return Err(errors::not_found());
    }
    let target = Target {
        services: &catalog.services,
        service,
        state,
        parent: &params[..params.len().saturating_sub(1)],
        item: Some(params),
    };
    let mut path_names: Vec<&str> = op.path_params().collect();
    path_names.push("id");
    validation::check_update(&target, &path_names, body)
}
