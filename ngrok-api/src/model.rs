//! The [`Model`] trait the `#[model]` attribute implements, its [`Role`], and what the
//! fields of a model rely on: [`Describe`] (a field's JSON type), [`IsZero`] (left out of request bodies when
//! zero) and `Redacted` (how a `#[secret]` field shows in `Debug`).
//!
//! The `Service` trait is in `service.rs`; decoding a model is in `decode.rs`.

use std::collections::BTreeMap;
use std::fmt;

use crate::meta::{FieldType, Schema};
use crate::Timestamp;

/// A JSON object type of the API, declared with the [`model`](macro@crate::model) attribute.
pub trait Model {
    /// The description of the type's fields.
    fn schema() -> &'static Schema;

    /// What the type is used for, which decides how it serialises: `#[model(request)]` or
    /// `#[model(response)]`. [`Role::Request`] when not given.
    const ROLE: Role = Role::Request;
}

/// What a [`Model`] is used for, which decides how it serialises.
///
/// The API writes every field of what it returns (`null` for an unset one, `""`, `0`,
/// `false` and `[]` as they are), while a request should carry only what its sender set.
/// The types of [`crate::types`] take their role from what the API catalog says each schema
/// is used for: a schema that appears in any response, directly or nested, is a response
/// type; the rest (create, update and replace bodies, list arguments) are request types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Only ever sent (`#[model(request)]`, the default): serialising leaves out `None`
    /// and the zero values of other fields, so a request sends only what was set. `Some("")`
    /// is still sent, so an update can clear a field.
    Request,
    /// Returned by the API (`#[model(response)]`): serialising writes every declared
    /// field, `None` as `null` and zero values as they are, the way the API writes it, so a
    /// value read and written back out (to a cache, a log, a diff) keeps every key.
    Response,
}

/// A type that can be a field of a [`Model`]: it knows its JSON type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the type of a field of an API model",
    label = "not a JSON type the API uses",
    note = "use String, bool, i32, i64, u32, u64, f64, Timestamp, serde_json::Value, a #[model] type, or Option, Vec, BTreeMap<String, _> of those"
)]
pub trait Describe {
    /// The JSON type of values of this type.
    fn field_type() -> FieldType;
}

/// A value that request bodies leave out when it is its type's zero value.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the type of a field of an API model",
    label = "not a JSON type the API uses",
    note = "use String, bool, i32, i64, u32, u64, f64, Timestamp, serde_json::Value, a #[model] type, or Option, Vec, BTreeMap<String, _> of those"
)]
pub trait IsZero {
    /// Whether this is the zero value (`""`, `0`, `false`, empty, `None`).
    fn is_zero(&self) -> bool;
}

/// `serde(skip_serializing_if)` helper.
#[doc(hidden)]
pub fn is_zero<T: IsZero>(value: &T) -> bool {
    value.is_zero()
}

/// Shows `[redacted]` instead of a secret's value in `Debug` output.
///
/// A zero value (an absent secret) is shown as it is, so that `Debug` still tells
/// whether the secret was there.
#[doc(hidden)]
pub struct Redacted<'a, T>(pub &'a T);

impl<T: IsZero + fmt::Debug> fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_zero() {
            fmt::Debug::fmt(self.0, f)
        } else {
            f.write_str("[redacted]")
        }
    }
}

macro_rules! scalar {
    ($($ty:ty => $kind:ident, $zero:expr;)*) => {$(
        impl Describe for $ty {
            fn field_type() -> FieldType {
                FieldType::$kind
            }
        }
        impl IsZero for $ty {
            #[allow(clippy::float_cmp)]
            fn is_zero(&self) -> bool {
                *self == $zero
            }
        }
    )*};
}

scalar! {
    bool => Bool, false;
    i32 => Integer, 0;
    i64 => Integer, 0;
    u32 => Integer, 0;
    u64 => Integer, 0;
    f64 => Float, 0.0;
}

impl Describe for String {
    fn field_type() -> FieldType {
        FieldType::String
    }
}

impl IsZero for String {
    fn is_zero(&self) -> bool {
        self.is_empty()
    }
}

impl Describe for Timestamp {
    fn field_type() -> FieldType {
        FieldType::Timestamp
    }
}

impl IsZero for Timestamp {
    fn is_zero(&self) -> bool {
        self.unix_seconds() == 0 && self.subsec_nanos() == 0
    }
}

impl Describe for serde_json::Value {
    fn field_type() -> FieldType {
        FieldType::Json
    }
}

impl IsZero for serde_json::Value {
    fn is_zero(&self) -> bool {
        self.is_null()
    }
}

impl<T: Describe> Describe for Option<T> {
    fn field_type() -> FieldType {
        FieldType::Nullable(T::field_type)
    }
}

impl<T> IsZero for Option<T> {
    /// Only `None` is left out: `Some("")` is sent, so an update can clear a field.
    fn is_zero(&self) -> bool {
        self.is_none()
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn field_type() -> FieldType {
        FieldType::List(T::field_type)
    }
}

impl<T> IsZero for Vec<T> {
    fn is_zero(&self) -> bool {
        self.is_empty()
    }
}

impl<T: Describe> Describe for BTreeMap<String, T> {
    fn field_type() -> FieldType {
        FieldType::Map(T::field_type)
    }
}

impl<T> IsZero for BTreeMap<String, T> {
    fn is_zero(&self) -> bool {
        self.is_empty()
    }
}

impl<T: Describe> Describe for Box<T> {
    fn field_type() -> FieldType {
        T::field_type()
    }
}

impl<T: IsZero> IsZero for Box<T> {
    fn is_zero(&self) -> bool {
        (**self).is_zero()
    }
}

/// One type of [`crate::types`], as [`crate::types::models`] lists it: what a tool or a
/// test needs to treat every type alike without naming it.
#[non_exhaustive]
#[derive(Clone, Copy)]
pub struct ModelInfo {
    /// The type's description ([`Model::schema`]).
    pub schema: crate::meta::SchemaFn,
    /// How the type serialises ([`Model::ROLE`]).
    pub role: Role,
    /// Decodes a JSON value as this type and serialises the result back to JSON: the
    /// type's view of a document, for checks that compare what goes in with what comes out.
    pub reserialize: fn(serde_json::Value) -> Result<serde_json::Value, serde_json::Error>,
}

impl ModelInfo {
    /// The entry of the model `T`.
    pub fn of<T>() -> Self
    where
        T: Model + serde::de::DeserializeOwned + serde::Serialize,
    {
        ModelInfo {
            schema: T::schema,
            role: T::ROLE,
            reserialize: reserialize::<T>,
        }
    }
}

impl fmt::Debug for ModelInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ModelInfo")
            .field("name", &(self.schema)().name)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

fn reserialize<T>(value: serde_json::Value) -> Result<serde_json::Value, serde_json::Error>
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    serde_json::to_value(serde_json::from_value::<T>(value)?)
}
