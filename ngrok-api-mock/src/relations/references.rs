//! References between items: a request's `x_id` becomes the resource's `x: {id, uri}`
//! (and `x_ids` a list of them), as the API stores it; and the test whether an item
//! refers to another (a secret's `vault`), for lists under an item.

use ngrok_api::meta::{FieldType, Schema};
use serde_json::{Map, Value};

/// Looks up the URI of an object by its id, through the registry's id prefixes.
pub(crate) trait RefResolver {
    fn uri_of(&self, id: &str) -> String;
}

/// The fields of a request object as the resource holds them. Same-named fields are
/// copied; `x_id` becomes the reference `x: {id, uri}` and `x_ids` the list of
/// references `xs` (or `xies` for `…y_ids`), as the API does.
pub(crate) fn to_resource(
    src: &Map<String, Value>,
    target: &Schema,
    refs: &dyn RefResolver,
) -> Map<String, Value> {
    let mut out = Map::new();
    for (key, value) in src {
        if value.is_null() {
            continue;
        }
        if let Some(field) = target.field(key) {
            out.insert(key.clone(), map_value(value, (field.ty)(), refs));
        } else if let Some(stem) = key.strip_suffix("_ids") {
            let plural = plural_candidates(stem)
                .into_iter()
                .find(|p| target.field(p).is_some());
            if let (Some(name), Some(ids)) = (plural, value.as_array()) {
                let list = ids
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|id| reference(id, refs))
                    .collect();
                out.insert(name, Value::Array(list));
            }
        } else if let Some(stem) = key.strip_suffix("_id") {
            if let (Some(_), Some(id)) = (target.field(stem), value.as_str()) {
                out.insert(stem.to_string(), reference(id, refs));
            }
        }
    }
    out
}

fn map_value(value: &Value, ty: FieldType, refs: &dyn RefResolver) -> Value {
    match (ty, value) {
        (FieldType::Nullable(inner), _) => map_value(value, inner(), refs),
        (FieldType::Object(schema), Value::Object(map)) => {
            Value::Object(to_resource(map, schema(), refs))
        }
        (FieldType::List(inner), Value::Array(items)) => {
            let inner = inner();
            Value::Array(items.iter().map(|v| map_value(v, inner, refs)).collect())
        }
        _ => value.clone(),
    }
}

fn plural_candidates(stem: &str) -> Vec<String> {
    let mut out = vec![format!("{stem}s"), format!("{stem}es")];
    if let Some(base) = stem.strip_suffix('y') {
        out.push(format!("{base}ies"));
    }
    out
}

fn reference(id: &str, refs: &dyn RefResolver) -> Value {
    let mut map = Map::new();
    map.insert("id".into(), Value::String(id.into()));
    map.insert("uri".into(), Value::String(refs.uri_of(id)));
    Value::Object(map)
}

/// Whether an item holds a reference (`{"id": …, "uri": …}`) to `id` in one of its fields.
pub(crate) fn refers_to(item: &Value, id: &str) -> bool {
    item.as_object().is_some_and(|fields| {
        fields
            .values()
            .any(|v| v.get("id").and_then(Value::as_str) == Some(id))
    })
}
