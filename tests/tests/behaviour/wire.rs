//! Wire fidelity of the types: they decode what the API sends (`null` for any field,
//! as its Go encoder writes nil lists, maps and pointers) and write back every key of it
//! (`api/wire-shapes.json`: the shapes of ngrok's documented example responses).
//!
//! Every check here walks the registry (`ngrok_api::types::models()`,
//! `ngrok_api::registry()`), so a type, field or operation added later is covered without
//! a line here.

use std::collections::BTreeMap;

use ngrok_api::meta::{FieldType, Schema};
use ngrok_api::ModelInfo;
use serde_json::{json, Map, Value};

/// The documented example exchanges (see `api/README.md`).
const WIRE_SHAPES: &str = include_str!("../../../api/wire-shapes.json");

/// `null` in any field of any type decodes, and decodes as the field's default: the value
/// is the one an object without the field decodes to.
#[test]
fn null_decodes_as_the_default_in_every_field_of_every_type() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for model in ngrok_api::types::models() {
        let schema: &Schema = (model.schema)();
        let empty = (model.reserialize)(json!({}))
            .unwrap_or_else(|e| panic!("{}: {{}} does not decode: {e}", schema.name));
        for field in schema.fields {
            let mut document = Map::new();
            document.insert(field.json.to_owned(), Value::Null);
            checked += 1;
            match (model.reserialize)(Value::Object(document)) {
                Ok(value) if value == empty => {}
                Ok(value) => failures.push(format!(
                    "{}.{}: null decodes to {value}, not the default {empty}",
                    schema.name, field.json
                )),
                Err(e) => failures.push(format!("{}.{}: {e}", schema.name, field.json)),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(ngrok_api::types::models().len(), 231);
    assert!(checked > 1000, "only {checked} fields checked");
    println!("null checked in {checked} fields of 231 types");
}

/// The cases the API is known to send (a TCP edge without hostports, an HTTP response
/// backend without headers), through the public types.
#[test]
fn documented_nulls_decode() {
    let edge: ngrok_api::types::TCPEdge =
        serde_json::from_value(json!({"id": "edgtcp_1", "hostports": null, "backend": null}))
            .unwrap();
    assert!(edge.hostports.is_empty());
    let backend: ngrok_api::types::HTTPResponseBackend =
        serde_json::from_value(json!({"id": "bkdhr_1", "headers": null, "status_code": null}))
            .unwrap();
    assert!(backend.headers.is_empty());
    assert_eq!(backend.status_code, 0);
}

/// Every documented response shape, as a document of that shape, decodes into the
/// operation's response type and serialises back with every key, each of the same JSON
/// kind (a list or map the API wrote as `null` may come back empty); keys the type does not
/// declare come back through `unknown_fields`.
#[test]
fn every_documented_response_round_trips_key_for_key() {
    let shapes: Value = serde_json::from_str(WIRE_SHAPES).expect("api/wire-shapes.json is JSON");
    let models: BTreeMap<&str, &ModelInfo> = ngrok_api::types::models()
        .iter()
        .map(|m| ((m.schema)().name, m))
        .collect();
    let mut responses = BTreeMap::new();
    for service in ngrok_api::registry().iter().map(|meta| meta()) {
        for op in service.operations {
            let name = format!("{}.{}", service.qualified_name(), op.name);
            responses.insert(name, op.response);
        }
    }
    let (mut checked, mut keys, mut problems) = (0, 0, Vec::new());
    let mut error_bodies = 0;
    for (name, exchange) in shapes["operations"].as_object().unwrap() {
        let Some(shape) = exchange.get("response_shape").filter(|s| !s.is_null()) else {
            continue;
        };
        let Some(response) = responses.get(name.as_str()) else {
            problems.push(format!("{name}: no such operation is declared"));
            continue;
        };
        // Three examples (tunnel_sessions.restart, stop, update) document the API's error
        // body, not a success: they are read as the error type the catalog names.
        let is_error_body = shape.get("status_code").is_some() && shape.get("msg").is_some();
        let schema = match response {
            Some(schema) => schema(),
            None if is_error_body => {
                error_bodies += 1;
                (models["Error"].schema)()
            }
            None => {
                problems.push(format!(
                    "{name}: documented with a body, declared without one"
                ));
                continue;
            }
        };
        let model = models[schema.name];
        // Once with set values, once with zero values (`""`, `0`, `false`), which a
        // response type must write back too.
        for zero in [false, true] {
            let document = build(shape, Some(FieldType::Object(model.schema)), zero);
            match (model.reserialize)(document) {
                Ok(back) => compare(&back, shape, name, &mut keys, &mut problems),
                Err(e) => problems.push(format!("{name} ({}): does not decode: {e}", schema.name)),
            }
        }
        checked += 1;
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    println!(
        "{checked} documented response shapes round-tripped ({error_bodies} of them error \
         bodies), {keys} keys compared"
    );
    assert_eq!(checked, 184, "every documented response shape");
    assert_eq!(error_bodies, 3);
    // Each key twice: once set, once zero.
    assert_eq!(
        keys,
        2 * 1754,
        "keys of api/wire-shapes.json's response shapes"
    );
}

/// A text the field reads as valid: RFC 3339 for a time, anything else for other strings.
fn string_for(ty: Option<FieldType>, zero: bool) -> Value {
    match ty.map(without_null) {
        Some(FieldType::Timestamp) => json!("2024-05-06T07:08:09Z"),
        _ if zero => json!(""),
        _ => json!("text"),
    }
}

/// The type under an `Option`.
fn without_null(ty: FieldType) -> FieldType {
    match ty {
        FieldType::Nullable(inner) => without_null(inner()),
        other => other,
    }
}

/// A value of the documented `shape`, one value per kind, valid for the declared type
/// `ty` when there is one (`None` for keys the type does not declare); with `zero`, the
/// zero value of each kind.
fn build(shape: &Value, ty: Option<FieldType>, zero: bool) -> Value {
    let ty = ty.map(without_null);
    match shape {
        Value::String(kind) => match kind.as_str() {
            "string" => string_for(ty, zero),
            "number" => json!(if zero { 0 } else { 7 }),
            "bool" => json!(!zero),
            "null" => Value::Null,
            other => panic!("unknown kind {other:?} in api/wire-shapes.json"),
        },
        Value::Array(items) => {
            let item = match ty {
                Some(FieldType::List(inner)) => Some(inner()),
                _ => None,
            };
            Value::Array(items.iter().map(|s| build(s, item, zero)).collect())
        }
        Value::Object(fields) => {
            let mut out = Map::new();
            for (key, shape) in fields {
                let field_ty = match ty {
                    Some(FieldType::Object(schema)) => schema().field(key).map(|f| (f.ty)()),
                    Some(FieldType::Map(value)) => Some(value()),
                    _ => None,
                };
                out.insert(key.clone(), build(shape, field_ty, zero));
            }
            Value::Object(out)
        }
        other => panic!("unexpected {other} in api/wire-shapes.json"),
    }
}

/// Compares what came back with the documented shape, key by key.
fn compare(got: &Value, shape: &Value, path: &str, keys: &mut usize, problems: &mut Vec<String>) {
    match (shape, got) {
        (Value::String(kind), _) => {
            let same = match (kind.as_str(), got) {
                ("string", Value::String(_)) | ("number", Value::Number(_)) => true,
                ("bool", Value::Bool(_)) => true,
                // The API writes null for an empty list or map.
                ("null", Value::Null) => true,
                ("null", Value::Array(a)) => a.is_empty(),
                ("null", Value::Object(o)) => o.is_empty(),
                _ => false,
            };
            if !same {
                problems.push(format!("{path}: documented as {kind}, comes back as {got}"));
            }
        }
        (Value::Array(items), Value::Array(back)) => {
            if items.len() != back.len() {
                problems.push(format!(
                    "{path}: {} item(s) documented, {} back",
                    items.len(),
                    back.len()
                ));
            }
            for (i, (shape, got)) in items.iter().zip(back).enumerate() {
                compare(got, shape, &format!("{path}[{i}]"), keys, problems);
            }
        }
        (Value::Object(fields), Value::Object(back)) => {
            for (key, shape) in fields {
                *keys += 1;
                let inner = format!("{path}.{key}");
                match back.get(key) {
                    Some(got) => compare(got, shape, &inner, keys, problems),
                    None => problems.push(format!("{inner}: lost")),
                }
            }
        }
        _ => problems.push(format!(
            "{path}: documented as {shape}, comes back as {got}"
        )),
    }
}
