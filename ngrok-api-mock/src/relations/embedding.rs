//! Embedding: a parent shows its nested items in a list field (an HTTPS edge's `routes`)
//! although they are stored in their own collection; and a parent sent with such a list
//! has it taken out, to be stored there. Rendering also completes each item to the
//! API's full shape (`shapes.rs`), nested items included.
//!
//! The shown form of each item is kept in the store ([`Shown`]): [`refresh`] makes it
//! again for the items a write changed and for the items showing them, while the write
//! still holds the store, so that a read ([`shown`]) only copies it.

use std::collections::HashSet;

use ngrok_api::meta::ServiceMeta;
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::relations::{Embed, Relations};
use crate::store::{Entry, Shown, State};

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

/// The shown form of `entry`, an item of `service`: `kept` (what the store keeps for it)
/// when that is current, else made now. `since` is `state.changed` of the collections
/// the item shows ([`since`]), worked out once for all the items of a list.
pub(crate) fn shown(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    entry: &Entry,
    kept: Option<&Shown>,
    since: u64,
) -> Shown {
    match kept {
        Some(kept) if kept.is_current(since) => kept.clone(),
        _ => Shown::new(render(catalog, state, service, entry), state.version()),
    }
}

/// The latest change to the collections whose items an item of `service` shows: a
/// shown form made before it is out of date.
pub(crate) fn since(catalog: &Catalog, state: &State, service: &ServiceMeta) -> u64 {
    state.changed(
        catalog
            .shown_collections(service)
            .iter()
            .map(String::as_str),
    )
}

/// Makes again, and keeps, the shown forms of the items changed since the last refresh
/// and of the items that show them (an edge, when one of its routes changed). Called
/// with the store held, after every change, so that reads find them made.
pub(crate) fn refresh(catalog: &Catalog, state: &mut State) {
    let changed = state.take_changed();
    if changed.is_empty() {
        return;
    }
    let mut seen: HashSet<(String, Vec<String>)> = HashSet::new();
    let mut todo = changed;
    while let Some((name, params)) = todo.pop() {
        if !seen.insert((name.clone(), params.clone())) {
            continue;
        }
        // The parents whose list fields show this item.
        if let Some((_, parent_params)) = params.split_last() {
            for parent in catalog.shown_in(&name) {
                todo.push((parent.clone(), parent_params.to_vec()));
            }
        }
    }
    for (name, params) in seen {
        let Some(service) = catalog.service(&name) else {
            continue;
        };
        // Made again even if its stamps say current: a parent reached from a changed
        // child was not changed itself.
        let since = since(catalog, state, service);
        let Some((entry, _)) = state.collection(&name).and_then(|c| c.get_shown(&params)) else {
            continue;
        };
        let made = shown(catalog, state, service, entry, None, since);
        state.keep_shown(&name, &params, made);
    }
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
    let name = catalog.name_of(service);
    for embed in catalog.relations.embeds_of(&name) {
        let children: Vec<Value> = state
            .collection(&catalog.name_of(embed.child))
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
