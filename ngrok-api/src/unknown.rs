//! [`UnknownFields`]: the JSON fields of an object that its type does not declare.
//!
//! Only the container lives here. How decoding fills it (and notes where a decode
//! failed) is in `decode.rs`.

use std::fmt;

use serde_json::{Map, Value};

/// The fields of a JSON object that its Rust type does not declare, kept as they came.
///
/// The API adds fields without notice. Every type of [`crate::types`] (and every type
/// declared with the `#[ngrok_api::model]` attribute) carries an `unknown_fields` field of
/// this type: decoding a response puts every field the type does not know here instead of
/// dropping it, and serialising the value writes them back out, so a value read, changed
/// and sent on loses nothing. Fields put here by hand are sent like declared ones, which
/// lets a request use a field newer than this crate.
///
/// `Debug` shows only the names of the fields: an unknown field may hold a credential.
///
/// ```
/// use ngrok_api::types::Ref;
///
/// let json = r#"{"id":"ak_1","uri":"https://api.ngrok.com/api_keys/ak_1","colour":"red"}"#;
/// let reference: Ref = serde_json::from_str(json)?;
/// assert_eq!(reference.unknown_fields.get("colour"), Some(&serde_json::json!("red")));
/// assert_eq!(serde_json::to_string(&reference)?, json);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct UnknownFields(
    // Boxed and optional: almost every object has no unknown field, and a decoded page
    // holds several objects per item, so the empty case is one pointer that needs no
    // allocation and nothing to drop (measured in BENCHMARKS.md, "per list item").
    Option<Box<Map<String, Value>>>,
);

/// What [`UnknownFields::as_map`] lends when no field was kept.
static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);

impl PartialEq for UnknownFields {
    /// Equal when they hold the same fields: no map and an empty map are the same.
    fn eq(&self, other: &Self) -> bool {
        self.as_map() == other.as_map()
    }
}

impl UnknownFields {
    /// Whether no unknown field was kept.
    pub fn is_empty(&self) -> bool {
        self.as_map().is_empty()
    }

    /// How many unknown fields were kept.
    pub fn len(&self) -> usize {
        self.as_map().len()
    }

    /// The value of the unknown field `name`, if there is one.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.as_map().get(name)
    }

    /// Adds (or replaces) a field, returning the value it replaced.
    pub fn insert(&mut self, name: impl Into<String>, value: Value) -> Option<Value> {
        self.0
            .get_or_insert_with(Default::default)
            .insert(name.into(), value)
    }

    /// Removes a field, returning its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.0.as_mut()?.remove(name)
    }

    /// The fields in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.as_map().iter()
    }

    /// The fields as a JSON map.
    pub fn as_map(&self) -> &Map<String, Value> {
        self.0.as_deref().unwrap_or(&EMPTY)
    }

    /// The fields as a JSON map, to take apart.
    pub fn into_map(self) -> Map<String, Value> {
        self.0.map(|map| *map).unwrap_or_default()
    }
}

impl From<Map<String, Value>> for UnknownFields {
    fn from(map: Map<String, Value>) -> Self {
        UnknownFields(Some(Box::new(map)))
    }
}

impl fmt::Debug for UnknownFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.as_map().keys()).finish()
    }
}

impl serde::Serialize for UnknownFields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.as_map().serialize(serializer)
    }
}
