//! Storing new items: the id or key, path ids, URI, timestamps, computed values and
//! secrets of each, and the nested items sent inside a parent (an edge's `routes`),
//! which are stored in their own collection. Shared by create, update and
//! [`MockServer::insert`](crate::MockServer::insert).

use ngrok_api::meta::{FieldType, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::determinism;
use crate::errors;
use crate::http::HttpResponse;
use crate::ids::random_string;
use crate::relations::cascade::remove_descendants;
use crate::relations::embedding::{show, take_embedded};
use crate::relations::Embed;
use crate::schema::strip_nullable;
use crate::store::{Entry, State};

/// Stores a new item built from `value` (already in the resource's shape) under the
/// parents with path ids `params`, and returns it as created, secrets and nested items
/// included, in the API's full shape.
pub(crate) fn insert(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    params: Vec<String>,
    value: Map<String, Value>,
) -> Result<Map<String, Value>, HttpResponse> {
    let (params, mut created) = store_tree(catalog, state, service, params, value)?;
    show(catalog, state, service, &params, &mut created);
    Ok(created)
}

/// Stores an item and the nested items it carries; its path ids and fields as created
/// (without the nested items).
fn store_tree(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    params: Vec<String>,
    mut value: Map<String, Value>,
) -> Result<(Vec<String>, Map<String, Value>), HttpResponse> {
    let nested = take_embedded(&catalog.relations, service, &mut value);
    let (params, created) = store_one(catalog, state, service, params, value)?;
    for (embed, items) in nested {
        replace_children(catalog, state, embed, &params, items)?;
    }
    Ok((params, created))
}

/// Makes `items` the nested items of the parent at `parent_params`.
pub(super) fn replace_children(
    catalog: &Catalog,
    state: &mut State,
    embed: &Embed,
    parent_params: &[String],
    items: Vec<Value>,
) -> Result<(), HttpResponse> {
    remove_descendants(&catalog.relations, state, embed.child, parent_params);
    for item in items {
        if let Value::Object(fields) = item {
            store_tree(catalog, state, embed.child, parent_params.to_vec(), fields)?;
        }
    }
    Ok(())
}

fn store_one(
    catalog: &Catalog,
    state: &mut State,
    service: &ServiceMeta,
    mut params: Vec<String>,
    mut value: Map<String, Value>,
) -> Result<(Vec<String>, Map<String, Value>), HttpResponse> {
    let schema = (service.resource)();
    let name = service.qualified_name();
    let key = service.key.unwrap_or("id");
    let suffix = state.next_suffix();
    let key_value = if key == "id" {
        let id = format!("{}_{suffix}", service.id_prefix.unwrap_or("id"));
        value.insert("id".into(), Value::String(id.clone()));
        id
    } else {
        match value.get(key).and_then(Value::as_str) {
            Some(k) if !k.is_empty() => k.to_string(),
            _ => return Err(errors::field_required(key)),
        }
    };
    let collection_params: Vec<&str> = ngrok_api::meta::path_params(service.path).collect();
    for (name, v) in collection_params.iter().zip(&params) {
        if schema.field(name).is_some() {
            value.insert((*name).to_string(), Value::String(v.clone()));
        }
    }
    params.push(key_value);
    compute_modules(catalog, service, &params, &mut value);
    if let Some(compute) = catalog.special.on_create(&name) {
        compute(state, &catalog.base_url, &mut value);
    }
    if state.contains(&name, &params) {
        let key = params.last().map(String::as_str).unwrap_or_default();
        return Err(errors::already_exists(key));
    }
    if schema.field("uri").is_some() {
        value.insert(
            "uri".into(),
            Value::String(catalog.item_uri(service, &params)),
        );
    }
    // The server's clock: a seeded server's is stopped unless a test moves it.
    let now = determinism::now_timestamp().to_string();
    for stamp in ["created_at", "started_at", "updated_at"] {
        if schema.field(stamp).is_some() && !value.contains_key(stamp) {
            value.insert(stamp.into(), Value::String(now.clone()));
        }
    }
    let mut created = value.clone();
    for field in schema.fields.iter().filter(|f| f.secret) {
        if matches!(strip_nullable((field.ty)()), FieldType::String)
            && !created.contains_key(field.json)
        {
            created.insert(field.json.into(), Value::String(random_string(48)));
        }
        // The API returns a secret once, at creation.
        value.remove(field.json);
    }
    state.insert(
        &name,
        suffix,
        Entry {
            params: params.clone(),
            value,
        },
    );
    Ok((params, created))
}

/// Fills in the values the API computes for the modules set inside an item of `service`
/// (with path ids `params`), as it does for a module set on its own (`PUT`): a TLS
/// termination module sent in an edge's create or update gets its `terminate_at` too.
pub(super) fn compute_modules(
    catalog: &Catalog,
    service: &ServiceMeta,
    params: &[String],
    value: &mut Map<String, Value>,
) {
    for (field, module) in catalog.relations.modules_of(service) {
        if let (Some(compute), Some(Value::Object(fields))) =
            (catalog.special.on_replace(module), value.get_mut(field))
        {
            compute(params, fields);
        }
    }
}
