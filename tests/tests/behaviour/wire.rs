//! Wire fidelity of the types: they decode what the API sends (`null` for any field,
//! as its Go encoder writes nil lists, maps and pointers).
//!
//! Every check here walks the registry (`ngrok_api::types::models()`), so a type or field
//! added later is covered without a line here.

use ngrok_api::meta::Schema;
use serde_json::{json, Map, Value};

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
