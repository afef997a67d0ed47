//! Checking request bodies against declared schemas, and turning a request object into
//! the resource object the API would store.

use ngrok_api::meta::{FieldType, Schema};
use serde_json::{Map, Value};

/// Why a body does not fit its schema: the error code and message the API would give.
#[derive(Debug)]
pub(crate) struct Invalid {
    pub(crate) code: &'static str,
    pub(crate) msg: String,
}

/// Checks every field of `object` (recursively) against `schema`.
pub(crate) fn check_object(
    object: &Map<String, Value>,
    schema: &Schema,
    at: &str,
) -> Result<(), Invalid> {
    for (key, value) in object {
        let path = if at.is_empty() {
            key.clone()
        } else {
            format!("{at}.{key}")
        };
        let Some(field) = schema.field(key) else {
            return Err(Invalid {
                code: "ERR_NGROK_214",
                msg: format!("The request has an unknown field `{path}`."),
            });
        };
        check_value(value, (field.ty)(), &path)?;
    }
    Ok(())
}

fn check_value(value: &Value, ty: FieldType, path: &str) -> Result<(), Invalid> {
    let wrong = || Invalid {
        code: "ERR_NGROK_215",
        msg: format!("The field `{path}` must be a {}.", ty.describe()),
    };
    // Clients leave out empty fields; a `null` means the same.
    if value.is_null() {
        return Ok(());
    }
    match ty {
        FieldType::Nullable(inner) => check_value(value, inner(), path),
        FieldType::String => value.is_string().then_some(()).ok_or_else(wrong),
        FieldType::Timestamp => value
            .as_str()
            .and_then(|s| s.parse::<ngrok_api::Timestamp>().ok())
            .map(drop)
            .ok_or_else(wrong),
        FieldType::Bool => value.is_boolean().then_some(()).ok_or_else(wrong),
        FieldType::Integer => (value.is_i64() || value.is_u64())
            .then_some(())
            .ok_or_else(wrong),
        FieldType::Float => value.is_number().then_some(()).ok_or_else(wrong),
        FieldType::Json => Ok(()),
        FieldType::List(inner) => {
            let items = value.as_array().ok_or_else(wrong)?;
            let inner = inner();
            items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| check_value(v, inner, &format!("{path}[{i}]")))
        }
        FieldType::Map(inner) => {
            let entries = value.as_object().ok_or_else(wrong)?;
            let inner = inner();
            entries
                .iter()
                .try_for_each(|(k, v)| check_value(v, inner, &format!("{path}.{k}")))
        }
        FieldType::Object(schema) => {
            check_object(value.as_object().ok_or_else(wrong)?, schema(), path)
        }
    }
}

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
