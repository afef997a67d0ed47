//! Seeding: putting an item in place as the API would hold it, for any service: top-level,
//! nested under its parents (an edge's routes), a singleton module on its parent (a
//! route's circuit breaker), and what the API itself never creates (tunnels, tunnel
//! sessions, agent endpoints). The emulator fills in what the API computes: the id,
//! `uri`, timestamps (from the server's clock), references' `uri`, secrets and the values
//! of the special-case table; the item is then read back like any other.
//!
//! Reached from [`MockServer::seed`](crate::MockServer::seed) (typed) and from
//! [`seed_json`] (the admin API's JSON).

use std::error::Error;
use std::fmt;

use ngrok_api::meta::{FieldType, Schema, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::http::HttpResponse;
use crate::operations;
use crate::relations::references::RefResolver;
use crate::schema::{check_object, strip_nullable, Invalid};
use crate::shared::{lock, Shared};
use crate::store::State;

/// Why [`MockServer::seed`](crate::MockServer::seed) refused an item: the message names
/// the service and what was wrong (a parent id missing or unknown, a field the resource
/// does not have, an id given, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedError {
    message: String,
}

impl SeedError {
    pub(crate) fn new(message: String) -> SeedError {
        SeedError { message }
    }

    /// What was wrong, in words.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot seed: {}", self.message)
    }
}

impl Error for SeedError {}

/// Seeds one item of the service named `service` (`"tunnels"`, `"edges.https_routes"`,
/// `"edge_modules.https_edge_route_circuit_breaker"`) under the parents with path ids
/// `parents`, from `fields` in the resource's JSON shape; the item as stored (secrets and
/// nested items included), or what was wrong. For the admin API.
pub(crate) fn seed_json(
    shared: &Shared,
    service: &str,
    parents: &[String],
    fields: Value,
) -> Result<Value, String> {
    let meta = shared
        .api
        .service(service)
        .ok_or_else(|| format!("no service named {service:?}"))?;
    seed(shared, meta, parents, fields).map(Value::Object)
}

/// Seeds one item of `service`; see [`seed_json`].
pub(crate) fn seed(
    shared: &Shared,
    service: &'static ServiceMeta,
    parents: &[String],
    fields: Value,
) -> Result<Map<String, Value>, String> {
    shared.sources.enter(|| {
        let mut state = lock(&shared.state);
        let item = seed_into(shared.api.catalog(), &mut state, service, parents, fields)?;
        // Seeded items are kept in the state file like created ones.
        shared.save_state(&state)?;
        Ok(item)
    })
}

fn seed_into(
    catalog: &Catalog,
    state: &mut State,
    service: &'static ServiceMeta,
    parents: &[String],
    fields: Value,
) -> Result<Map<String, Value>, String> {
    let name = service.qualified_name();
    let Value::Object(mut fields) = fields else {
        return Err(format!("{name}: the item must be a JSON object"));
    };
    let expected: Vec<&str> = ngrok_api::meta::path_params(service.path).collect();
    if parents.len() != expected.len() {
        return Err(format!(
            "{name} takes {} parent id(s) ({}), got {}",
            expected.len(),
            expected.join(", "),
            parents.len()
        ));
    }
    let schema = (service.resource)();
    check_object(&fields, schema, "").map_err(|invalid| match invalid {
        Invalid::UnknownField(path) => {
            format!("{name}: {path} is not a field of {}", schema.name)
        }
        Invalid::WrongType { path, expected } => format!("{name}: {path} must be {expected}"),
    })?;
    prune_unset(&mut fields, schema);
    if service.key == Some("id") && fields.contains_key("id") {
        return Err(format!(
            "{name}: the emulator assigns ids; leave id empty (a server started with \
             MockServerBuilder::seed makes the same ids every run)"
        ));
    }
    fill_reference_uris(&mut fields, schema, catalog);
    let parent = catalog.relations.parent_of(service);
    if let Some(parent) = parent {
        let parent_name = parent.service.qualified_name();
        if !state.contains(&parent_name, parents) {
            return Err(format!(
                "{name}: no {parent_name} item with path ids [{}] to seed it under",
                parents.join(", ")
            ));
        }
    }
    if service.is_singleton() {
        let (Some(parent), Some(field)) = (parent, parent.and_then(|p| p.field)) else {
            return Err(format!("{name}: a module with no parent item to live in"));
        };
        return Ok(set_module(
            catalog,
            state,
            service,
            parent.service,
            field,
            parents,
            fields,
        ));
    }
    let created = operations::insert(catalog, state, service, parents.to_vec(), fields)
        .map_err(|response| format!("{name}: {}", message_of(&response)))?;
    // What creating through the API does after storing (a credential's authtoken is
    // remembered by the gate), seeding does too.
    catalog.special.after_create(state, &name, &created);
    Ok(created)
}

/// Sets a singleton module in its parent's field, with the values the API computes for
/// it, and returns it in the API's full shape.
fn set_module(
    catalog: &Catalog,
    state: &mut State,
    module: &ServiceMeta,
    parent: &ServiceMeta,
    field: &str,
    params: &[String],
    mut value: Map<String, Value>,
) -> Map<String, Value> {
    if let Some(compute) = catalog.special.on_replace(&module.qualified_name()) {
        compute(params, &mut value);
    }
    if let Some(entry) = state.entry_mut(&parent.qualified_name(), params) {
        entry
            .value
            .insert(field.to_string(), Value::Object(value.clone()));
    }
    catalog.shapes.complete((module.resource)(), &mut value);
    value
}

/// Removes the fields left at their zero value (`""`, `null`, `[]`, `{}`, a reference with
/// no id, the epoch as a time), so that the emulator fills them as the API would: a typed
/// item written with `..Default::default()` sets only what it names. `false` and `0` are
/// kept: they read the same either way.
fn prune_unset(fields: &mut Map<String, Value>, schema: &Schema) {
    fields.retain(|key, value| {
        let ty = schema
            .field(key)
            .map(|f| strip_nullable((f.ty)()))
            .unwrap_or(FieldType::Json);
        if let (FieldType::Object(inner), Value::Object(object)) = (ty, &mut *value) {
            prune_unset(object, inner());
        }
        !is_unset(value, ty)
    });
}

fn is_unset(value: &Value, ty: FieldType) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => {
            text.is_empty()
                || (matches!(ty, FieldType::Timestamp)
                    && text
                        .parse::<ngrok_api::Timestamp>()
                        .is_ok_and(|t| t.unix_seconds() == 0 && t.subsec_nanos() == 0))
        }
        Value::Array(items) => items.is_empty(),
        Value::Object(object) => object.is_empty(),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// Gives each reference (`{id, uri}`, alone or in a list) that names an id but no `uri`
/// the URI of the item its id names, as the API writes references.
fn fill_reference_uris(fields: &mut Map<String, Value>, schema: &Schema, refs: &dyn RefResolver) {
    for (key, value) in fields.iter_mut() {
        if let Some(field) = schema.field(key) {
            fill_value(value, (field.ty)(), refs);
        }
    }
}

fn fill_value(value: &mut Value, ty: FieldType, refs: &dyn RefResolver) {
    match (strip_nullable(ty), value) {
        (FieldType::Object(schema), Value::Object(object)) => {
            let schema = schema();
            let is_reference = schema.field("id").is_some() && schema.field("uri").is_some();
            let id = object.get("id").and_then(Value::as_str).map(str::to_string);
            if let (true, Some(id), false) = (is_reference, id, object.contains_key("uri")) {
                object.insert("uri".into(), Value::String(refs.uri_of(&id)));
            }
            fill_reference_uris(object, schema, refs);
        }
        (FieldType::List(inner), Value::Array(items)) => {
            let inner = inner();
            for item in items {
                fill_value(item, inner, refs);
            }
        }
        _ => {}
    }
}

/// The `msg` of an error answer (or its body as text).
fn message_of(response: &HttpResponse) -> String {
    serde_json::from_slice::<Value>(&response.body)
        .ok()
        .and_then(|body| body.get("msg").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| String::from_utf8_lossy(&response.body).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MockServer;
    use serde_json::json;

    #[test]
    fn json_seeds_nested_items_and_names_what_is_wrong() {
        let server = MockServer::builder().seed(4).start().unwrap();
        let shared = server.shared();
        let edge = seed_json(shared, "edges.https", &[], json!({"description": "shop"})).unwrap();
        let edge_id = edge["id"].as_str().unwrap().to_string();
        let route = seed_json(
            shared,
            "edges.https_routes",
            std::slice::from_ref(&edge_id),
            json!({"match_type": "path_prefix", "match": "/api"}),
        )
        .unwrap();
        assert_eq!(route["edge_id"], edge_id.as_str());
        assert_eq!(route["created_at"], "2025-01-01T00:00:00Z");
        let module = seed_json(
            shared,
            "edge_modules.https_edge_route_saml",
            &[edge_id.clone(), route["id"].as_str().unwrap().to_string()],
            json!({"enabled": true}),
        )
        .unwrap();
        assert!(
            module["metadata_url"]
                .as_str()
                .unwrap()
                .starts_with("https://saml.invalid/"),
            "the module's computed values: {module}"
        );
        let err = seed_json(shared, "edges.nope", &[], json!({})).unwrap_err();
        assert_eq!(err, "no service named \"edges.nope\"");
        let err = seed_json(shared, "tunnels", &[], json!([1])).unwrap_err();
        assert_eq!(err, "tunnels: the item must be a JSON object");
        let err = seed_json(shared, "tunnels", &[], json!({"proto": 5})).unwrap_err();
        assert_eq!(err, "tunnels: proto must be string");
    }
}
