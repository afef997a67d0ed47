//! Embedding: a parent shows its nested items in a list field (an HTTPS edge's `routes`)
//! although they are stored in their own collection; and a parent sent with such a list
//! has it taken out, to be stored there. Rendering also completes each item to the
//! API's full shape (`shapes.rs`), nested items included.

use ngrok_api::meta::ServiceMeta;
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::relations::{Embed, Relations};
use crate::store::{Entry, State};

/// The item as the API shows it: its stored fields plus the nested items it lists, with
/// every unset field written as the API writes it.
pub(crate) fn render(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    entry: &Entry,
) -> Value {
    let mut value = entry.value.clone();
    show(catalog, state, service, &entry.params, &mut value);
    Value::Object(value)
}

/// Turns the stored fields of an item of `service` (path ids `params`) into what the API
/// answers: its nested items embedded, every unset field written. Every answer carrying an
/// item of a collection (created, read, updated, listed) goes through here.
pub(crate) fn show(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    params: &[String],
    value: &mut Map<String, Value>,
) {
    embed_into(catalog, state, service, params, value);
    catalog.shapes.complete((service.resource)(), value);
}

/// Sets the list fields of `value`, an item of `service` with path ids `params`, to its
/// nested items as they are stored now (each shown as its own service shows it). With
/// none, the field is left out, for completing to write it as the API writes an empty
/// list there.
fn embed_into(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    params: &[String],
    value: &mut Map<String, Value>,
) {
    let name = service.qualified_name();
    for embed in catalog.relations.embeds_of(&name) {
        let children: Vec<Value> = state
            .collection(&embed.child.qualified_name())
            .map(|c| {
                c.entries()
                    .filter(|e| e.params.len() == params.len() + 1 && e.params.starts_with(params))
                    .map(|e| render(catalog, state, embed.child, e))
                    .collect()
            })
            .unwrap_or_default();
        if children.is_empty() {
            value.remove(embed.field);
        } else {
            value.insert(embed.field.into(), Value::Array(children));
        }
    }
}

/// Removes from `value` the lists that belong to nested services, to store them there.
pub(crate) fn take_embedded<'r>(
    relations: &'r Relations,
    service: &ServiceMeta,
    value: &mut Map<String, Value>,
) -> Vec<(&'r Embed, Vec<Value>)> {
    let name = service.qualified_name();
    relations
        .embeds_of(&name)
        .filter_map(|e| match value.remove(e.field) {
            Some(Value::Array(items)) => Some((e, items)),
            _ => None,
        })
        .collect()
}
