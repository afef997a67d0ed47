//! The Rust declaration a catalog schema or field calls for, written the way the files in
//! `ngrok-api/src/types/` write it, so that a coverage failure can print text to paste.
//!
//! The mapping from the catalog's type notation to Rust lives here and nowhere else:
//! `string` is `String` (or [`Timestamp`](ngrok_api::Timestamp) for a point in time),
//! `int64` is `i64` and so on, `list<T>` is `Vec<T>`, `map<string,T>` is `BTreeMap<String, T>`,
//! a nullable field is `Option<..>`, a schema is its own type (boxed when it would contain
//! itself by value). Which fields are points in time and which hold credentials is not in the
//! catalog; the two rules below decide it.

use serde_json::Value;

/// The doc the printed declarations carry; the doc test of the coverage binary fails while
/// any type or field still has it.
pub const DOC_PLACEHOLDER: &str = "TODO: doc";

/// String fields that hold an RFC 3339 point in time although their names do not end in
/// `_at`: certificate validity bounds and the activity times of application users.
const TIME_FIELD_NAMES: &[&str] = &[
    "not_before",
    "not_after",
    "valid_after",
    "valid_until",
    "last_active",
    "last_login",
];

/// Fields whose names end in `_at` but that are not points in time (`Schema.field`).
const NOT_TIME_FIELDS: &[&str] = &[
    // `edge` or `upstream`: where TLS is terminated.
    "EndpointTLSTermination.terminate_at",
];

/// Field names that hold a credential in whatever schema they appear.
const SECRET_FIELD_NAMES: &[&str] = &[
    "token",
    "secret",
    "client_secret",
    "private_key",
    "password",
    "private_key_pem",
    "api_key",
    "aws_secret_access_key",
];

/// Further fields that hold a credential (`Schema.field`): the value of a vault secret, which
/// the API never returns once stored.
const SECRET_FIELDS: &[&str] = &["SecretCreate.value", "SecretUpdate.value"];

/// Whether a field is a point in time, so that its Rust type is `Timestamp`. The catalog
/// types these as plain strings: the rule is a name ending in `_at` or one of
/// [`TIME_FIELD_NAMES`], minus [`NOT_TIME_FIELDS`].
pub fn is_time(schema: &str, field: &Value) -> bool {
    let json = text(field, "json");
    field["type"] == "string"
        && (json.ends_with("_at") || TIME_FIELD_NAMES.contains(&json))
        && !NOT_TIME_FIELDS.contains(&format!("{schema}.{json}").as_str())
}

/// Whether a field holds a credential, so that it is marked `#[secret]`.
pub fn is_secret(schema: &str, field: &Value) -> bool {
    let json = text(field, "json");
    SECRET_FIELD_NAMES.contains(&json)
        || SECRET_FIELDS.contains(&format!("{schema}.{json}").as_str())
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("catalog entry without {key}: {value}"))
}

/// `list<T>` as `("list", T)`, `map<string,T>` as `("map", T)`, anything else as `("", t)`.
fn split(catalog_type: &str) -> (&str, &str) {
    if let Some(inner) = catalog_type
        .strip_prefix("list<")
        .and_then(|t| t.strip_suffix('>'))
    {
        return ("list", inner);
    }
    if let Some(inner) = catalog_type
        .strip_prefix("map<string,")
        .and_then(|t| t.strip_suffix('>'))
    {
        return ("map", inner.trim());
    }
    ("", catalog_type)
}

fn scalar(catalog_type: &str) -> Option<&'static str> {
    Some(match catalog_type {
        "string" => "String",
        "bool" => "bool",
        "int32" => "i32",
        "int64" => "i64",
        "uint32" => "u32",
        "uint64" => "u64",
        "float64" => "f64",
        "json" => "serde_json::Value",
        _ => return None,
    })
}

fn inner_rust_type(catalog_type: &str) -> String {
    match split(catalog_type) {
        ("list", inner) => format!("Vec<{}>", inner_rust_type(inner)),
        ("map", inner) => format!("BTreeMap<String, {}>", inner_rust_type(inner)),
        (_, plain) => scalar(plain).map_or_else(|| plain.to_owned(), str::to_owned),
    }
}

/// Whether `from` holds `to` by value (not through a `Vec` or a map), directly or through
/// other schemas: such a field needs a `Box`, or the type would have an infinite size.
fn holds_by_value(schemas: &Value, from: &str, to: &str, seen: &mut Vec<String>) -> bool {
    if from == to {
        return true;
    }
    if seen.iter().any(|s| s == from) {
        return false;
    }
    seen.push(from.to_owned());
    let fields = schemas[from]["fields"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    fields.iter().any(|f| {
        let ty = text(f, "type");
        split(ty).0.is_empty() && scalar(ty).is_none() && holds_by_value(schemas, ty, to, seen)
    })
}

/// The Rust type of a catalog field of `schema`, as the types files spell it.
pub fn rust_type(schemas: &Value, schema: &str, field: &Value) -> String {
    let catalog_type = text(field, "type");
    let ty = if is_time(schema, field) {
        "Timestamp".to_owned()
    } else {
        let plain = split(catalog_type).0.is_empty() && scalar(catalog_type).is_none();
        let ty = inner_rust_type(catalog_type);
        if plain && holds_by_value(schemas, catalog_type, schema, &mut Vec::new()) {
            format!("Box<{ty}>")
        } else {
            ty
        }
    };
    if field["nullable"].as_bool().unwrap_or(false) {
        format!("Option<{ty}>")
    } else {
        ty
    }
}

/// The catalog's facts about a field in words, for failure messages:
/// `"int64, nullable"`, `"string holding a point in time"`.
pub fn describe(schema: &str, field: &Value) -> String {
    let mut out = text(field, "type").to_owned();
    if is_time(schema, field) {
        out.push_str(" holding a point in time");
    }
    if field["nullable"].as_bool().unwrap_or(false) {
        out.push_str(", nullable");
    }
    if is_secret(schema, field) {
        out.push_str(", a credential");
    }
    out
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await", "dyn",
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized",
    "virtual", "yield", "try", "gen",
];

/// The field name for a JSON name (`r#type` for `type`), or `None` when no Rust identifier
/// can spell it.
pub fn rust_ident(json: &str) -> Option<String> {
    let mut chars = json.chars();
    let starts_well = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let valid = starts_well
        && json
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !["crate", "self", "super", "_"].contains(&json);
    if !valid {
        None
    } else if KEYWORDS.contains(&json) {
        Some(format!("r#{json}"))
    } else {
        Some(json.to_owned())
    }
}

/// The declaration line(s) of a field, indented for a struct body, without a doc:
/// `#[secret]` when it holds a credential, then `pub name: Type,`.
pub fn field_lines(schemas: &Value, schema: &str, field: &Value) -> String {
    let json = text(field, "json");
    let ty = rust_type(schemas, schema, field);
    let mut out = String::new();
    let Some(ident) = rust_ident(json) else {
        // `#[model]` takes the JSON name from the field name and has no rename option.
        return format!(
            "    // {json:?} cannot be a Rust field name, and #[model] takes the JSON name from\n    \
             // the field name: #[model] needs a rename option before it can hold this {ty}.\n"
        );
    };
    if is_secret(schema, field) {
        out.push_str("    #[secret]\n");
    }
    out.push_str(&format!("    pub {ident}: {ty},\n"));
    out
}

/// A field with a placeholder doc, ready to paste into its struct.
pub fn field_declaration(schemas: &Value, schema: &str, field: &Value) -> String {
    format!(
        "    /// {DOC_PLACEHOLDER}\n{}",
        field_lines(schemas, schema, field)
    )
}

/// A whole struct for a catalog schema, with placeholder docs, ready to paste; `role` is
/// `"request"` or `"response"` ([`crate::roles`]).
pub fn struct_declaration(schemas: &Value, name: &str, role: &str) -> String {
    let fields = schemas[name]["fields"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut out = format!("/// {DOC_PLACEHOLDER}\n#[crate::model({role})]\npub struct {name} {{");
    if fields.is_empty() {
        out.push_str("}\n");
        return out;
    }
    out.push('\n');
    for field in &fields {
        out.push_str(&field_declaration(schemas, name, field));
    }
    out.push_str("}\n");
    out
}

/// What the declarations of `fields` of `schema` name from outside a types file: whether
/// they use `Timestamp` or `BTreeMap`, and which schemas.
#[derive(Debug, Default, PartialEq)]
pub struct Needs {
    pub timestamp: bool,
    pub btree_map: bool,
    pub schemas: Vec<String>,
}

pub fn needs<'a>(schema: &str, fields: impl Iterator<Item = &'a Value>) -> Needs {
    let mut needs = Needs::default();
    for field in fields {
        if is_time(schema, field) {
            needs.timestamp = true;
            continue;
        }
        let mut ty = text(field, "type");
        loop {
            match split(ty) {
                ("map", inner) => {
                    needs.btree_map = true;
                    ty = inner;
                }
                ("list", inner) => ty = inner,
                _ => break,
            }
        }
        if scalar(ty).is_none() && !needs.schemas.iter().any(|s| s == ty) {
            needs.schemas.push(ty.to_owned());
        }
    }
    needs.schemas.sort();
    needs
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn catalog() -> Value {
        json!({
            "Widget": {"fields": [
                {"json": "id", "type": "string", "nullable": false},
                {"json": "created_at", "type": "string", "nullable": false},
                {"json": "not_after", "type": "string", "nullable": true},
                {"json": "terminate_at", "type": "string", "nullable": false},
                {"json": "token", "type": "string", "nullable": true},
                {"json": "type", "type": "int64", "nullable": false},
                {"json": "port", "type": "uint32", "nullable": true},
                {"json": "tags", "type": "list<string>", "nullable": false},
                {"json": "labels", "type": "map<string,string>", "nullable": true},
                {"json": "owner", "type": "Ref", "nullable": true},
                {"json": "parts", "type": "list<Widget>", "nullable": false},
                {"json": "parent", "type": "Widget", "nullable": true},
                {"json": "extra", "type": "json", "nullable": false},
            ]},
            "Ref": {"fields": [{"json": "id", "type": "string", "nullable": false}]},
            "Empty": {"fields": []},
            "Odd": {"fields": [{"json": "x-y", "type": "bool", "nullable": false}]},
            "EndpointTLSTermination": {"fields": [
                {"json": "terminate_at", "type": "string", "nullable": false},
            ]},
        })
    }

    #[test]
    fn a_struct_is_printed_as_the_types_files_write_it() {
        let want = "\
/// TODO: doc
#[crate::model(response)]
pub struct Widget {
    /// TODO: doc
    pub id: String,
    /// TODO: doc
    pub created_at: Timestamp,
    /// TODO: doc
    pub not_after: Option<Timestamp>,
    /// TODO: doc
    pub terminate_at: Timestamp,
    /// TODO: doc
    #[secret]
    pub token: Option<String>,
    /// TODO: doc
    pub r#type: i64,
    /// TODO: doc
    pub port: Option<u32>,
    /// TODO: doc
    pub tags: Vec<String>,
    /// TODO: doc
    pub labels: Option<BTreeMap<String, String>>,
    /// TODO: doc
    pub owner: Option<Ref>,
    /// TODO: doc
    pub parts: Vec<Widget>,
    /// TODO: doc
    pub parent: Option<Box<Widget>>,
    /// TODO: doc
    pub extra: serde_json::Value,
}
";
        assert_eq!(struct_declaration(&catalog(), "Widget", "response"), want);
    }

    #[test]
    fn a_struct_without_fields_is_empty_braces() {
        assert_eq!(
            struct_declaration(&catalog(), "Empty", "request"),
            "/// TODO: doc\n#[crate::model(request)]\npub struct Empty {}\n"
        );
    }

    #[test]
    fn terminate_at_of_tls_termination_is_not_a_time() {
        let schemas = catalog();
        let field = &schemas["EndpointTLSTermination"]["fields"][0];
        assert_eq!(
            rust_type(&schemas, "EndpointTLSTermination", field),
            "String"
        );
        assert_eq!(describe("EndpointTLSTermination", field), "string");
        let widget = &schemas["Widget"]["fields"];
        assert_eq!(
            describe("Widget", &widget[2]),
            "string holding a point in time, nullable"
        );
        assert_eq!(
            describe("Widget", &widget[4]),
            "string, nullable, a credential"
        );
    }

    #[test]
    fn a_json_name_that_is_no_rust_name_is_explained_not_mangled() {
        let schemas = catalog();
        let field = &schemas["Odd"]["fields"][0];
        let lines = field_lines(&schemas, "Odd", field);
        assert!(
            lines.starts_with("    // \"x-y\" cannot be a Rust field name"),
            "{lines}"
        );
        assert!(!lines.contains("pub "), "{lines}");
        assert_eq!(rust_ident("self"), None);
        assert_eq!(rust_ident("match").as_deref(), Some("r#match"));
        assert_eq!(
            rust_ident("ip_policy_ids").as_deref(),
            Some("ip_policy_ids")
        );
    }

    #[test]
    fn needs_names_timestamp_maps_and_other_schemas() {
        let schemas = catalog();
        let fields = schemas["Widget"]["fields"].as_array().unwrap().clone();
        let needs = needs("Widget", fields.iter());
        assert_eq!(
            needs,
            Needs {
                timestamp: true,
                btree_map: true,
                schemas: vec!["Ref".into(), "Widget".into()],
            }
        );
    }
}
