//! Coverage: the declarations of this workspace against the API catalog.
//!
//! `api/catalog.json` is a facts-only description of every service, operation and schema of
//! the ngrok API (see `api/README.md`). These tests walk it and compare every entry with the
//! registry the macros generate ([`ngrok_api::registry`]) and with the described types
//! ([`ngrok_api::types::schemas`]). Removing a declaration, mistyping a path, a method, a
//! request or response type, or dropping a field makes one of them fail with a message that
//! names the entry.

use std::collections::{BTreeMap, BTreeSet};

use ngrok_api::meta::{FieldType, OperationMeta, Schema, ServiceMeta};
use serde_json::Value;

const CATALOG: &str = include_str!("../../api/catalog.json");

fn catalog() -> Value {
    serde_json::from_str(CATALOG).expect("api/catalog.json is valid JSON")
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("catalog entry without {key}: {value}"))
}

fn declared_services() -> BTreeMap<(Option<&'static str>, &'static str), &'static ServiceMeta> {
    ngrok_api::registry()
        .iter()
        .map(|meta| meta())
        .map(|m| ((m.group, m.name), m))
        .collect()
}

fn declared_schemas() -> BTreeMap<&'static str, &'static Schema> {
    ngrok_api::types::schemas()
        .iter()
        .map(|schema| schema())
        .map(|s| (s.name, s))
        .collect()
}

/// Lists that take `filter` although neither source of the catalog sends it there:
/// `endpoints.list`, where the official Rust client (ngrok-api 0.12) sends `filter` and
/// deprecates the spec's `ids`/`urls` in its favour (see `services/endpoints.rs`).
const FILTER_BEYOND_THE_CATALOG: &[&str] = &["endpoints.list"];

/// Compares one catalog operation with its declaration; returns the differences.
fn compare_operation(
    label: &str,
    want: &Value,
    got: &OperationMeta,
    schemas: &Value,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |what: &str, want: String, got: String| {
        if want != got {
            problems.push(format!(
                "{label}: {what} is {got:?}, the catalog says {want:?}"
            ));
        }
    };
    check(
        "method",
        text(want, "method").to_owned(),
        got.method.as_str().to_owned(),
    );
    check("path", text(want, "path").to_owned(), got.path.to_owned());
    let schema_name = |value: &Value| value.as_str().unwrap_or("(none)").to_owned();
    let declared = |schema: Option<ngrok_api::meta::SchemaFn>| {
        schema.map_or_else(|| "(none)".to_owned(), |s| s().name.to_owned())
    };
    // A request type whose only fields are path parameters sends `{}`: the declaration
    // takes the ids as arguments instead and sends the same empty object.
    let only_path_fields = want["request"].as_str().is_some_and(|request| {
        let fields = schemas[request]["fields"].as_array().cloned();
        let params = want["path_params"].as_array().cloned().unwrap_or_default();
        fields.is_some_and(|f| f.iter().all(|field| params.contains(&field["json"])))
    });
    if only_path_fields && got.request.is_none() {
        check(
            "method of a call sending {}",
            "POST".into(),
            got.method.as_str().into(),
        );
    } else {
        check(
            "request type",
            schema_name(&want["request"]),
            declared(got.request),
        );
    }
    check(
        "response type",
        schema_name(&want["response"]),
        declared(got.response),
    );
    check(
        "success status",
        want["success_status"].to_string(),
        got.success_status().to_string(),
    );
    let list_field = want["list_field"].as_str();
    match (list_field, &got.list) {
        (None, None) => {}
        (Some(field), Some(list)) => {
            check("list field", field.to_owned(), list.items_field.to_owned());
            check(
                "paging",
                want["paginated"].to_string(),
                list.paged.to_string(),
            );
            let filter = want["query_params"]
                .as_array()
                .is_some_and(|q| q.iter().any(|p| p == "filter"))
                || FILTER_BEYOND_THE_CATALOG.contains(&label);
            check(
                "filter parameter",
                filter.to_string(),
                list.filter.to_string(),
            );
        }
        (want, got) => check(
            "list shape",
            format!("list of {want:?}"),
            format!("list of {:?}", got.map(|l| l.items_field)),
        ),
    }
    problems
}

#[test]
fn every_catalog_operation_is_declared_with_its_method_path_and_types() {
    let catalog = catalog();
    let declared = declared_services();
    let mut problems = Vec::new();
    let mut operations = 0;
    for service in catalog["services"].as_array().unwrap() {
        let name = text(service, "name");
        let group = service["group"].as_str();
        let qualified = group.map_or(name.to_owned(), |g| format!("{g}.{name}"));
        let Some(meta) = declared.get(&(group, name)) else {
            problems.push(format!("service {qualified} is not declared"));
            continue;
        };
        let ops = service["operations"].as_array().unwrap();
        for op in ops {
            operations += 1;
            let op_name = text(op, "name");
            let label = format!("{qualified}.{op_name}");
            match meta.operation(op_name) {
                Some(got) => {
                    problems.extend(compare_operation(&label, op, got, &catalog["schemas"]))
                }
                None => problems.push(format!("operation {label} is not declared")),
            }
        }
        let known: BTreeSet<&str> = ops.iter().map(|op| text(op, "name")).collect();
        for extra in meta.operations.iter().filter(|o| !known.contains(o.name)) {
            problems.push(format!(
                "{qualified}.{} is declared but not in the catalog",
                extra.name
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(operations, 252, "the catalog lists 252 operations");
}

#[test]
fn every_declared_service_is_in_the_catalog() {
    let catalog = catalog();
    let listed: BTreeSet<(Option<&str>, &str)> = catalog["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["group"].as_str(), text(s, "name")))
        .collect();
    let declared = declared_services();
    let extra: Vec<_> = declared.keys().filter(|k| !listed.contains(k)).collect();
    assert!(
        extra.is_empty(),
        "declared but not in the catalog: {extra:?}"
    );
    assert_eq!(declared.len(), 61, "61 services, each declared once");
    assert_eq!(
        ngrok_api::registry().len(),
        61,
        "no service is registered twice"
    );
}

/// Whether a declared field type matches the catalog's type notation.
fn same_type(catalog_type: &str, nullable: bool, got: FieldType) -> Result<(), String> {
    if nullable {
        return match got {
            FieldType::Nullable(inner) => same_type(catalog_type, false, inner()),
            other => Err(format!("{} is not nullable", other.describe())),
        };
    }
    let ok = if let Some(inner) = catalog_type.strip_prefix("list<") {
        let inner = inner.strip_suffix('>').unwrap();
        return match got {
            FieldType::List(item) => same_type(inner, false, item()),
            other => Err(format!("{} is not a list", other.describe())),
        };
    } else if let Some(inner) = catalog_type.strip_prefix("map<string,") {
        let inner = inner.strip_suffix('>').unwrap();
        return match got {
            FieldType::Map(value) => same_type(inner, false, value()),
            other => Err(format!("{} is not a map", other.describe())),
        };
    } else {
        match (catalog_type, got) {
            ("string", FieldType::String | FieldType::Timestamp) => true,
            ("bool", FieldType::Bool) => true,
            ("int32" | "int64" | "uint32" | "uint64", FieldType::Integer) => true,
            ("float64", FieldType::Float) => true,
            ("json", FieldType::Json) => true,
            (schema, FieldType::Object(s)) => s().name == schema,
            _ => false,
        }
    };
    if ok {
        Ok(())
    } else {
        Err(format!("{} is not {catalog_type}", got.describe()))
    }
}

#[test]
fn every_catalog_schema_is_a_type_with_every_field_and_its_json_type() {
    let catalog = catalog();
    let declared = declared_schemas();
    let mut problems = Vec::new();
    let schemas = catalog["schemas"].as_object().unwrap();
    for (name, schema) in schemas {
        let Some(got) = declared.get(name.as_str()) else {
            problems.push(format!("schema {name} has no type"));
            continue;
        };
        let fields = schema["fields"].as_array().unwrap();
        for field in fields {
            let json = text(field, "json");
            let Some(declared_field) = got.field(json) else {
                problems.push(format!("{name}.{json} is missing"));
                continue;
            };
            let nullable = field["nullable"].as_bool().unwrap_or(false);
            if let Err(why) = same_type(text(field, "type"), nullable, (declared_field.ty)()) {
                problems.push(format!("{name}.{json}: {why}"));
            }
        }
        if got.fields.len() != fields.len() {
            problems.push(format!(
                "{name} has {} fields, the catalog {}",
                got.fields.len(),
                fields.len()
            ));
        }
    }
    for name in declared.keys().filter(|n| !schemas.contains_key(**n)) {
        problems.push(format!("type {name} is not a catalog schema"));
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(declared.len(), 231);
}

#[test]
fn secret_fields_are_hidden_from_debug_output() {
    // Every field the types mark secret, and the credential fields the API returns, must be
    // marked: a change to the generator's secret tables cannot silently unmark one.
    let declared = declared_schemas();
    let must_be_secret = [
        "APIKey.token",
        "Credential.token",
        "AIGatewayAPIKey.token",
        "TLSCertificateCreate.private_key_pem",
        "SecretCreate.value",
        "SecretUpdate.value",
        "EventTargetDatadog.api_key",
        "AWSCredentials.aws_secret_access_key",
        "EndpointWebhookValidation.secret",
        "EndpointOAuthGoogle.client_secret",
    ];
    let missing: Vec<_> = must_be_secret
        .iter()
        .filter(|q| {
            let (schema, field) = q.split_once('.').unwrap();
            !declared[schema].field(field).is_some_and(|f| f.secret)
        })
        .collect();
    assert!(missing.is_empty(), "not marked secret: {missing:?}");
}
