//! Checking a request body against the operation's declared schema, field by field and
//! recursively (what the API answers for a mismatch is in `errors.rs`); and which fields
//! of an update leave the resource unchanged.

use ngrok_api::meta::{FieldType, Schema};
use serde_json::{Map, Value};

/// Why a body does not fit its schema.
#[derive(Debug)]
pub(crate) enum Invalid {
    /// A field the schema does not have, by its dotted path.
    UnknownField(String),
    /// A field whose value is not of the declared type.
    WrongType {
        /// The field's dotted path (`routes[0].match`).
        path: String,
        /// The declared type, as [`FieldType::describe`] writes it.
        expected: String,
    },
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
            return Err(Invalid::UnknownField(path));
        };
        check_value(value, (field.ty)(), &path)?;
    }
    Ok(())
}

fn check_value(value: &Value, ty: FieldType, path: &str) -> Result<(), Invalid> {
    let wrong = || Invalid::WrongType {
        path: path.to_string(),
        expected: ty.describe(),
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

/// The type inside a `Nullable`, or the type itself.
pub(crate) fn strip_nullable(ty: FieldType) -> FieldType {
    match ty {
        FieldType::Nullable(inner) => inner(),
        other => other,
    }
}

/// Removes from an update body the fields that leave the resource unchanged, as the API
/// reads them: `null`, and the zero value (`""`, `0`, `false`, `[]`, `{}`) of a field the
/// update type does not declare nullable, since the API cannot tell that from a field
/// not sent (a route's `match: ""` keeps the match). A nullable field sent as `""` or
/// `[]` is kept: that clears it. Nested update objects (`…Update`, changed field by
/// field) are read the same way; other nested objects are replaced whole, as sent.
pub(crate) fn drop_unchanged(body: &mut Map<String, Value>, schema: &Schema) {
    body.retain(|key, value| {
        let Some(field) = schema.field(key) else {
            return true;
        };
        let ty = (field.ty)();
        if value.is_null() || (!matches!(ty, FieldType::Nullable(_)) && is_zero(value)) {
            return false;
        }
        if let (FieldType::Object(nested), Value::Object(fields)) = (strip_nullable(ty), value) {
            let nested = nested();
            if nested.name.ends_with("Update") {
                drop_unchanged(fields, nested);
            }
        }
        true
    });
}

/// Whether `value` is the zero value of its JSON kind.
fn is_zero(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn route_update() -> &'static Schema {
        <ngrok_api::types::HTTPSEdgeRouteUpdate as ngrok_api::Model>::schema()
    }

    #[test]
    fn zero_values_of_non_nullable_update_fields_are_unchanged() {
        let mut body = json!({"match": "", "match_type": "path_prefix", "description": ""});
        let body = body.as_object_mut().unwrap();
        drop_unchanged(body, route_update());
        assert!(!body.contains_key("match"), "{body:?}");
        assert!(!body.contains_key("description"), "{body:?}");
        assert_eq!(body["match_type"], "path_prefix");
        let domain_update = <ngrok_api::types::ReservedDomainUpdate as ngrok_api::Model>::schema();
        let mut body = json!({"description": "", "resolves_to": []});
        let body = body.as_object_mut().unwrap();
        drop_unchanged(body, domain_update);
        assert_eq!(
            body["description"], "",
            "a nullable field sent as \"\" is cleared"
        );
        assert!(!body.contains_key("resolves_to"), "{body:?}");
    }

    #[test]
    fn null_is_unchanged_and_modules_are_kept_whole() {
        let mut body = json!({"description": null, "backend": {"enabled": false}});
        let body = body.as_object_mut().unwrap();
        drop_unchanged(body, route_update());
        assert!(!body.contains_key("description"));
        assert_eq!(body["backend"], json!({"enabled": false}));
    }
}
