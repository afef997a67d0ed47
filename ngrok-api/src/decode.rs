//! What the generated `Deserialize` impls call, and the path of the field a failed
//! decode stopped in.
//!
//! The readers in [`de`] note on this thread which field (and which list item) failed;
//! `response.rs` clears the path before decoding a body and reads it into
//! [`DecodeError::path`](crate::DecodeError::path) when decoding fails. The
//! [`UnknownFields`](crate::UnknownFields) container itself is in `unknown.rs`; turning a
//! body into a value or an error is in `response.rs`.

use std::cell::RefCell;

/// One step of the path to a failed field.
#[derive(Clone, Copy)]
enum Step {
    Field(&'static str),
    Index(usize),
}

thread_local! {
    /// The steps, innermost first, that a failed decode on this thread went through.
    static DECODE_PATH: RefCell<Vec<Step>> = const { RefCell::new(Vec::new()) };
}

fn note(step: Step) {
    DECODE_PATH.with(|path| {
        let mut path = path.borrow_mut();
        // Bounded: failures outside this crate's calls never clear it.
        if path.len() < MAX_PATH_DEPTH {
            path.push(step);
        }
    });
}

/// Records that decoding failed inside `field` (called from the generated `Deserialize`).
pub(crate) fn note_failed_field(field: &'static str) {
    note(Step::Field(field));
}

/// The deepest path kept; API objects nest a handful of levels.
const MAX_PATH_DEPTH: usize = 32;

/// Forgets any path left by an earlier failure on this thread.
pub(crate) fn reset_decode_path() {
    DECODE_PATH.with(|path| path.borrow_mut().clear());
}

/// The path (`"reserved_domains[3].certificate.id"`) of the field a failed decode on this
/// thread stopped in, outermost first; empty when it failed at the top.
pub(crate) fn take_decode_path() -> String {
    DECODE_PATH.with(|path| {
        let mut path = path.borrow_mut();
        let mut joined = String::new();
        for step in path.iter().rev() {
            match step {
                Step::Field(name) => {
                    if !joined.is_empty() {
                        joined.push('.');
                    }
                    joined.push_str(name);
                }
                Step::Index(i) => joined.push_str(&format!("[{i}]")),
            }
        }
        path.clear();
        joined
    })
}

/// What the generated `Deserialize` impls call.
pub mod de {
    use crate::UnknownFields;
    use serde::de::MapAccess;
    use std::borrow::Cow;

    /// A JSON object key, borrowed from the input when it can be.
    #[derive(Debug)]
    pub struct Key<'de>(pub Cow<'de, str>);

    impl<'de> serde::Deserialize<'de> for Key<'de> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> serde::de::Visitor<'de> for V {
                type Value = Key<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a field name")
                }
                fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Borrowed(v)))
                }
                fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Owned(v.to_owned())))
                }
                fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                    Ok(Key(Cow::Owned(v)))
                }
            }
            d.deserialize_str(V)
        }
    }

    /// The value of the field `name`, noting the field on failure.
    ///
    /// `null` reads as the field's default, whatever its kind: the API's Go encoder writes
    /// `null` for a nil list, map or pointer (a TCP edge's `"hostports": null`), so `null`
    /// and "absent" mean the same. Reading through `Option` costs one look at the value's
    /// first byte (serde_json's `deserialize_option`), not a second parse.
    pub fn field<'de, A: MapAccess<'de>, T: serde::Deserialize<'de> + Default>(
        map: &mut A,
        name: &'static str,
    ) -> Result<T, A::Error> {
        map.next_value::<Option<T>>()
            .map(Option::unwrap_or_default)
            .inspect_err(|_| super::note_failed_field(name))
    }

    /// The value of the `Option` field `name`, noting the field on failure. `Option`
    /// reads `null` as `None` by itself: no second look at the value is needed.
    pub fn option_field<'de, A: MapAccess<'de>, T: serde::Deserialize<'de>>(
        map: &mut A,
        name: &'static str,
    ) -> Result<Option<T>, A::Error> {
        map.next_value()
            .inspect_err(|_| super::note_failed_field(name))
    }

    /// The value of the list field `name`, noting the field, and the index of the item,
    /// on failure. `null` reads as an empty list, as in [`field`].
    pub fn list_field<'de, A: MapAccess<'de>, T: serde::Deserialize<'de>>(
        map: &mut A,
        name: &'static str,
    ) -> Result<Vec<T>, A::Error> {
        map.next_value::<Option<Indexed<T>>>()
            .map(|list| list.map_or_else(Vec::new, |list| list.0))
            .inspect_err(|_| super::note_failed_field(name))
    }

    /// A list whose decoding notes the index of an item that fails.
    struct Indexed<T>(Vec<T>);

    impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Indexed<T> {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V<T>(std::marker::PhantomData<T>);
            impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for V<T> {
                type Value = Indexed<T>;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("a JSON array")
                }
                fn visit_seq<S: serde::de::SeqAccess<'de>>(
                    self,
                    mut seq: S,
                ) -> Result<Indexed<T>, S::Error> {
                    // Never trust a length hint from input for an allocation.
                    let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(128));
                    loop {
                        match seq.next_element() {
                            Ok(Some(item)) => items.push(item),
                            Ok(None) => return Ok(Indexed(items)),
                            Err(e) => {
                                super::note(super::Step::Index(items.len()));
                                return Err(e);
                            }
                        }
                    }
                }
            }
            d.deserialize_seq(V(std::marker::PhantomData))
        }
    }

    /// Keeps the value of a field the type does not declare.
    pub fn unknown<'de, A: MapAccess<'de>>(
        map: &mut A,
        key: Key<'de>,
        into: &mut UnknownFields,
    ) -> Result<(), A::Error> {
        let value = map.next_value()?;
        into.insert(key.0.into_owned(), value);
        Ok(())
    }
}
