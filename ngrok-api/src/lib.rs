//! A synchronous client for the [ngrok HTTP API](https://ngrok.com/docs/api/) (version 2).
//!
//! Every service of the API is a handle reached from a [`Client`]: `client.reserved_domains()`,
//! `client.api_keys()`, `client.edges().https_routes()`, ... Each handle has the service's
//! operations as methods (`create`, `get`, `update`, `delete`, `list`, `replace` and the
//! service's own actions), taking and returning the types in [`types`].
//!
//! ```no_run
//! use ngrok_api::types::{ReservedDomainCreate, ReservedDomainUpdate};
//!
//! let client = ngrok_api::Client::from_env()?; // NGROK_API_KEY
//! let domain = client.reserved_domains().create(&ReservedDomainCreate {
//!     domain: "app.example.com".into(),
//!     ..Default::default()
//! })?;
//! client.reserved_domains().update(&ReservedDomainUpdate {
//!     id: domain.id.clone(),
//!     description: Some("production".into()),
//!     ..Default::default()
//! })?;
//! for d in client.reserved_domains().list().iter() {
//!     println!("{}", d?.domain);
//! }
//! client.reserved_domains().delete(&domain.id)?;
//! # Ok::<(), ngrok_api::Error>(())
//! ```
//!
//! Services are declared with the [`service`] and [`model`] attribute macros, which other
//! crates can use too: a service declared elsewhere is reached with [`Client::service`].
//! The `ngrok-api-mock` crate serves every declared service from an in-process emulator,
//! for tests that need no account and no network.
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

// The macros expand to `::ngrok_api::…` paths; this makes them resolve inside this crate too.
extern crate self as ngrok_api;

pub mod capability;
mod client;
mod error;
pub mod meta;
mod model;
mod paging;
mod retry;
pub mod services;
mod timestamp;
mod transport;
pub mod types;
mod unknown;
mod url;

pub use capability::{Create, Delete, Get, ListItems, Replace, Resource, Update};
pub use client::{
    Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_RETRY_BASE_DELAY, DEFAULT_TIMEOUT,
};
pub use error::{ApiError, DecodeError, Error, TransportError, TransportErrorKind};
pub use model::{Describe, IsZero, Model, Service};
pub use paging::{Items, List, Pages};
pub use services::registry;
pub use timestamp::{Timestamp, TimestampError};
pub use unknown::UnknownFields;

/// Declares a JSON object type of the API.
///
/// Adds the derives every API type has (`Clone`, `PartialEq`, `Default`, `Serialize`,
/// `Deserialize`), a `Debug` that hides fields marked `#[secret]`, and the description
/// the emulator and tests read ([`Model`]). Missing fields decode as their default; zero
/// values (`""`, `0`, `false`, empty lists and maps, `None`) are left out when
/// serialising, so a request sends only what was set.
///
/// It also adds one field, `pub unknown_fields: `[`UnknownFields`]: decoding puts every
/// JSON field the struct does not declare there, and serialising writes them back. Build
/// values with `..Default::default()` so that code keeps compiling as fields are added.
///
/// ```
/// #[ngrok_api::model]
/// /// A widget of the (imaginary) widgets API.
/// pub struct Widget {
///     /// Its id.
///     pub id: String,
///     /// Its size, if known.
///     pub size: Option<u32>,
///     /// The key to the widget, hidden from `Debug`.
///     #[secret]
///     pub token: Option<String>,
/// }
///
/// let w = Widget { id: "w_1".into(), token: Some("s3cr3t".into()), ..Default::default() };
/// assert!(!format!("{w:?}").contains("s3cr3t"));
/// assert_eq!(serde_json::to_string(&w).unwrap(), r#"{"id":"w_1","token":"s3cr3t"}"#);
/// ```
pub use ngrok_api_macros::model;

/// Declares a service of the API on a unit struct, which becomes the service's handle.
///
/// ```
/// # #[ngrok_api::model] /// A widget.
/// # pub struct Widget { /// Id.
/// #   pub id: String, /// Uri.
/// #   pub uri: String, /// Size.
/// #   pub size: u32 }
/// # #[ngrok_api::model] /// Create.
/// # pub struct WidgetCreate { /// Size.
/// #   pub size: u32 }
/// # #[ngrok_api::model] /// Update.
/// # pub struct WidgetUpdate { /// Id.
/// #   pub id: String, /// Size.
/// #   pub size: Option<u32> }
/// # #[ngrok_api::model] /// A page.
/// # pub struct WidgetList { /// Items.
/// #   pub widgets: Vec<Widget>, /// Uri.
/// #   pub uri: String, /// Next.
/// #   pub next_page_uri: Option<String> }
/// #[ngrok_api::service(
///     name = widgets,
///     path = "/widgets",
///     id_prefix = "wdg",
///     resource = Widget,
///     create(WidgetCreate),
///     get,
///     update(WidgetUpdate),
///     delete,
///     list(WidgetList, items = widgets, filter),
///     action(polish, POST "/{id}/polish"),
/// )]
/// /// The widgets on the account.
/// pub struct Widgets;
///
/// fn biggest(client: &ngrok_api::Client) -> ngrok_api::Result<u32> {
///     let widgets = client.service::<Widgets>();
///     let mut max = 0;
///     for w in widgets.list().iter() {
///         max = max.max(w?.size);
///     }
///     Ok(max)
/// }
/// ```
///
/// The keys:
///
/// | key | meaning |
/// |---|---|
/// | `name = ident` | the service's name (required) |
/// | `group = ident` | the group the service belongs to (`edges`, `edge_modules`, `backends`) |
/// | `path = "/…"` | the collection path (for a singleton, the module's path); `{name}` placeholders are filled from arguments |
/// | `key = ident` | the placeholder that names one item (default `id`) |
/// | `singleton` | the service is one module at `path`: `replace`, `get` and `delete` act on it |
/// | `id_prefix = "…"` | the prefix of the ids the API gives this resource |
/// | `resource = Type` | what `create`, `get`, `update` and `replace` return |
/// | `create(Type)`, `update(Type)`, `replace(Type)` | those operations, with their request type |
/// | `get`, `delete` | those operations |
/// | `list(Page, items = field [, filter] [, unpaged])` | the list operation and its page type |
/// | `action(name, METHOD "/path" [, request = T] [, response = T] [, list(Page, items = field)])` | any other call |
///
/// `create` and `update` (and actions with a `request`) read the path's placeholders from
/// the request's fields and leave them out of the body; the other operations take one
/// `&str` argument per placeholder, in path order.
pub use ngrok_api_macros::service;

/// The result of every fallible call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What the macros' expansions call. Not part of the public API: no stability promise.
#[doc(hidden)]
pub mod __private {
    pub use crate::meta::{
        Field, FieldType, ListMeta, Method, OperationKind, OperationMeta, Schema, ServiceMeta,
    };
    pub use crate::model::is_zero;
    pub use crate::transport::Body;
    pub use crate::unknown::de;
    pub use serde;

    use crate::{Client, Error, IsZero, List, Result};
    use serde::de::DeserializeOwned;
    use serde::Serialize;
    use std::fmt;

    /// Sends `op` and decodes its JSON answer.
    pub fn call<T: DeserializeOwned>(
        client: &Client,
        op: &'static OperationMeta,
        args: &[&str],
        body: Body,
    ) -> Result<T> {
        let request = client.build_request(op, args, "", body)?;
        client.execute(&request)
    }

    /// Sends `op`, whose answer has no body.
    pub fn call_empty(
        client: &Client,
        op: &'static OperationMeta,
        args: &[&str],
        body: Body,
    ) -> Result<()> {
        let request = client.build_request(op, args, "", body)?;
        client.execute_empty(&request)
    }

    /// A list of `op`.
    pub fn list<P: DeserializeOwned, I>(
        client: &Client,
        op: &'static OperationMeta,
        args: &[&str],
        next_page_uri: fn(&P) -> Option<&str>,
        into_items: fn(P) -> Vec<I>,
    ) -> List<P, I> {
        List::new(client.clone(), op, args, next_page_uri, into_items)
    }

    /// The JSON body of `request`, without the fields that went into the path.
    pub fn json_body<B: Serialize>(
        op: &'static OperationMeta,
        request: &B,
        path_fields: &[&str],
    ) -> Result<Body> {
        let fail = |err: serde_json::Error| {
            Error::InvalidArgument(format!(
                "{}: the request does not serialise: {err}",
                op.label
            ))
        };
        let bytes = if path_fields.is_empty() {
            serde_json::to_vec(request).map_err(fail)?
        } else {
            let mut value = serde_json::to_value(request).map_err(fail)?;
            if let serde_json::Value::Object(map) = &mut value {
                for field in path_fields {
                    map.remove(*field);
                }
            }
            serde_json::to_vec(&value).map_err(fail)?
        };
        Ok(Body::Json(bytes))
    }

    /// The `{}` body of actions that send nothing but must send JSON.
    pub fn empty_object() -> Body {
        Body::Json(b"{}".to_vec())
    }

    /// Shows `[redacted]` instead of a secret's value in `Debug` output.
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
}
