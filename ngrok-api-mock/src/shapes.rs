//! The shape the API writes: every declared field of a resource on every answer, unset
//! ones included. An item is stored with only the fields that were set; [`Shapes::complete`]
//! adds each missing field as the API writes it when unset, at any depth (modules inside
//! a route, routes inside an edge, items of a page).
//!
//! What an unset field looks like follows from its declaration: `null` when the field is
//! nullable, otherwise the zero value of its kind (`""`, `0`, `false`, `[]`, `{}`, the
//! zero time, or the nested object with its own fields unset). The few fields the API
//! writes otherwise, and the keys it writes without declaring them, are rows of
//! `special_cases::UNSET_VALUES`.
//!
//! Rendering runs once per item of every list page, so the work is done up front: one
//! template per schema, made when the emulator starts, holds the unset value of every
//! field; completing an item copies the values of the fields it lacks and walks into
//! the nested objects it has.

use std::collections::HashMap;

use ngrok_api::meta::{FieldType, Schema, ServiceMeta};
use serde_json::{Map, Value};

use crate::special_cases::{Unset, UNSET_VALUES};

/// What Go's encoder writes for a zero `time.Time`, the API's value for a time never set.
const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// A schema's fields as written when unset, and where its nested objects are.
struct Template {
    /// Every key the API writes, with its value when unset.
    blank: Vec<(&'static str, Value)>,
    /// The same as one object, to start an item from (one clone of a map is cheaper
    /// than inserting its keys one by one).
    object: Map<String, Value>,
    /// Fields holding objects of another schema, to complete in turn.
    nested: Vec<(&'static str, Holds, usize)>,
}

/// How a field holds objects of a nested schema.
#[derive(Clone, Copy)]
enum Holds {
    One,
    List,
    Map,
}

/// The templates of every schema an emulator answers with, made once at start-up.
pub(crate) struct Shapes {
    templates: Vec<Template>,
    /// By the schema's address: schemas are `'static`, so each has one address for the
    /// life of the program, and hashing it is cheaper than hashing a name.
    index: HashMap<usize, usize>,
}

fn address(schema: &'static Schema) -> usize {
    schema as *const Schema as usize
}

impl Shapes {
    /// The templates of the resources and response bodies of `services`, and of every
    /// schema nested in them.
    pub(crate) fn new(services: &[&'static ServiceMeta]) -> Shapes {
        let mut shapes = Shapes {
            templates: Vec::new(),
            index: HashMap::new(),
        };
        for service in services {
            shapes.template_of((service.resource)());
            for op in service.operations {
                if let Some(response) = op.response {
                    shapes.template_of(response());
                }
            }
        }
        shapes
    }

    /// Adds to `value`, an object of `schema`, every field it lacks as the API writes it
    /// when unset, and does the same inside its nested objects.
    pub(crate) fn complete(&self, schema: &'static Schema, value: &mut Map<String, Value>) {
        if let Some(&at) = self.index.get(&address(schema)) {
            self.complete_at(at, value);
        }
    }

    fn complete_at(&self, at: usize, value: &mut Map<String, Value>) {
        let template = &self.templates[at];
        if value.len() < template.blank.len() {
            // Some keys are missing for sure: start from the blank object and move the
            // item's values in.
            let mut full = template.object.clone();
            for (key, field) in std::mem::take(value) {
                full.insert(key, field);
            }
            *value = full;
        } else {
            for (key, blank) in &template.blank {
                if !value.contains_key(*key) {
                    value.insert((*key).to_string(), blank.clone());
                }
            }
        }
        for &(key, holds, child) in &template.nested {
            match (holds, value.get_mut(key)) {
                (Holds::One, Some(Value::Object(object))) => self.complete_at(child, object),
                (Holds::List, Some(Value::Array(items))) => {
                    for item in items {
                        if let Value::Object(object) = item {
                            self.complete_at(child, object);
                        }
                    }
                }
                (Holds::Map, Some(Value::Object(entries))) => {
                    for entry in entries.values_mut() {
                        if let Value::Object(object) = entry {
                            self.complete_at(child, object);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The index of the template of `schema`, made (with those of its nested schemas)
    /// if it is new.
    fn template_of(&mut self, schema: &'static Schema) -> usize {
        if let Some(&at) = self.index.get(&address(schema)) {
            return at;
        }
        // Reserve the slot first: a schema may (through nullable fields) contain itself.
        let at = self.templates.len();
        self.templates.push(Template {
            blank: Vec::new(),
            object: Map::new(),
            nested: Vec::new(),
        });
        self.index.insert(address(schema), at);
        let mut template = Template {
            blank: Vec::new(),
            object: Map::new(),
            nested: Vec::new(),
        };
        for field in schema.fields {
            let ty = (field.ty)();
            if let Some((holds, inner)) = nested_schema(ty) {
                let child = self.template_of(inner);
                template.nested.push((field.json, holds, child));
            }
            let blank = match override_for(schema.name, field.json) {
                Some(Unset::Blank) => self.blank_of(crate::schema::strip_nullable(ty)),
                Some(unset) => unset.value(),
                None => self.blank_of(ty),
            };
            template.blank.push((field.json, blank));
        }
        for row in UNSET_VALUES.iter().filter(|row| row.schema == schema.name) {
            if schema.field(row.field).is_none() {
                template.blank.push((row.field, row.written.value()));
            }
        }
        template.object = template
            .blank
            .iter()
            .map(|(key, value)| ((*key).to_string(), value.clone()))
            .collect();
        self.templates[at] = template;
        at
    }

    /// What the API writes for an unset field of type `ty`.
    fn blank_of(&mut self, ty: FieldType) -> Value {
        match ty {
            FieldType::Nullable(_) | FieldType::Json => Value::Null,
            FieldType::String => Value::String(String::new()),
            FieldType::Timestamp => Value::String(ZERO_TIME.into()),
            FieldType::Bool => Value::Bool(false),
            FieldType::Integer | FieldType::Float => Value::from(0),
            FieldType::List(_) => Value::Array(Vec::new()),
            FieldType::Map(_) => Value::Object(Map::new()),
            FieldType::Object(schema) => {
                // A non-nullable object is written with its own fields unset.
                let at = self.template_of(schema());
                let mut object = Map::new();
                self.complete_at(at, &mut object);
                Value::Object(object)
            }
        }
    }
}

/// The schema of the objects a field holds, and how it holds them.
fn nested_schema(ty: FieldType) -> Option<(Holds, &'static Schema)> {
    let object = |ty: FieldType| match ty {
        FieldType::Object(schema) => Some(schema()),
        FieldType::Nullable(inner) => match inner() {
            FieldType::Object(schema) => Some(schema()),
            _ => None,
        },
        _ => None,
    };
    match crate::schema::strip_nullable(ty) {
        FieldType::Object(schema) => Some((Holds::One, schema())),
        FieldType::List(inner) => object(inner()).map(|s| (Holds::List, s)),
        FieldType::Map(inner) => object(inner()).map(|s| (Holds::Map, s)),
        _ => None,
    }
}

/// The row of the table for a declared field, if the API writes it otherwise.
fn override_for(schema: &str, field: &str) -> Option<Unset> {
    UNSET_VALUES
        .iter()
        .find(|row| row.schema == schema && row.field == field)
        .map(|row| row.written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn shapes() -> Shapes {
        let services: Vec<&'static ServiceMeta> =
            ngrok_api::registry().iter().map(|meta| meta()).collect();
        Shapes::new(&services)
    }

    fn schema_of(service: &str) -> &'static Schema {
        let meta = ngrok_api::registry()
            .iter()
            .map(|meta| meta())
            .find(|meta| meta.qualified_name() == service)
            .expect("service");
        (meta.resource)()
    }

    #[test]
    fn unset_fields_are_written_by_kind() {
        let shapes = shapes();
        let mut key = Map::new();
        key.insert("id".into(), json!("ak_1"));
        shapes.complete(schema_of("api_keys"), &mut key);
        assert_eq!(key["id"], "ak_1", "set fields are kept");
        assert_eq!(key["token"], Value::Null, "a nullable string is null");
        assert_eq!(key["description"], "", "a string is empty");
        let mut credential = Map::new();
        shapes.complete(schema_of("credentials"), &mut credential);
        assert_eq!(credential["acl"], json!([]), "a list is empty");
    }

    #[test]
    fn the_zero_time_is_a_timestamp_the_client_reads() {
        let zero: ngrok_api::Timestamp = ZERO_TIME.parse().expect("parses");
        assert_eq!(zero.to_string(), ZERO_TIME);
    }

    #[test]
    fn a_nullable_object_the_table_writes_blank_is_an_object_of_unset_fields() {
        let shapes = shapes();
        let mut operator = Map::new();
        shapes.complete(schema_of("kubernetes_operators"), &mut operator);
        assert_eq!(operator["binding"]["endpoint_selectors"], Value::Null);
        assert_eq!(operator["binding"]["cert"]["not_after"], ZERO_TIME);
    }

    #[test]
    fn nested_objects_are_completed_and_the_table_is_followed() {
        let shapes = shapes();
        let mut route = Map::new();
        route.insert("backend".into(), json!({"backend": {"id": "bkdfo_1"}}));
        shapes.complete(schema_of("edges.https_routes"), &mut route);
        assert_eq!(route["circuit_breaker"], Value::Null);
        assert_eq!(route["backend"]["enabled"], Value::Null);
        assert_eq!(route["backend"]["backend"]["uri"], "");
        assert_eq!(route["policy"], Value::Null, "a legacy key from the table");
        let mut edge = Map::new();
        shapes.complete(schema_of("edges.tcp"), &mut edge);
        assert_eq!(
            edge["hostports"],
            Value::Null,
            "the table's documented null"
        );
    }
}
