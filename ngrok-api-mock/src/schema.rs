//! Checking a request body against the operation's declared schema, field by field and
//! recursively; what the API answers for a mismatch is in `errors.rs`.

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
