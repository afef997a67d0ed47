//! What the expansions of `#[model]` and `#[service]` reach, as
//! `::ngrok_api::__private::…`. Not part of the public API: no stability promise.
//!
//! This file only re-exports; each item lives in the file named after its job. A name here
//! may be renamed only together with the macro crate, which spells it out.

pub use crate::capability::path_args;
pub use crate::decode::de;
pub use crate::meta::{
    Field, FieldType, ListMeta, Method, OperationKind, OperationMeta, Schema, ServiceMeta,
};
pub use crate::model::{is_zero, Redacted};
pub use crate::request::{call, call_empty, empty_object, json_body, list, Body};
pub use serde;
