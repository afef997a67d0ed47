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
//! Services are declared with the [`service`](macro@service) and [`model`](macro@model)
//! attribute macros, which other crates can use too: a service declared elsewhere is
//! reached with [`Client::service`].
//! The `ngrok-api-mock` crate serves every declared service from an in-process emulator,
//! for tests that need no account and no network.
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
// docs.rs marks the items that need a crate feature (see `[package.metadata.docs.rs]`).
#![cfg_attr(docsrs, feature(doc_cfg))]

// The macros expand to `::ngrok_api::…` paths; this makes them resolve inside this crate too.
extern crate self as ngrok_api;

// Where things are (each file's `//!` says more):
// - client.rs: `Client` and `ClientBuilder`, the configuration; service.rs, model.rs: the
//   traits the macros implement; meta.rs: the declarations as data.
// - request.rs: building a request (path template, body) and the `call`/`list` entry points
//   the expansions use; paging.rs: list queries and pages; transport.rs: sending and the
//   retry loop (retry.rs: the policy); response.rs: status, decoding, API errors, redaction.
// - decode.rs: the readers generated `Deserialize` impls call; unknown.rs: `UnknownFields`;
//   origin.rs, percent.rs: URL pieces; private.rs: the re-exports expansions reach.
// - limiter.rs: the optional client-side rate limit; raw.rs: requests to any path.
// - capability.rs: the traits (`Get`, `Create`, ...) that make code generic over services.
mod agent;
pub mod capability;
mod client;
mod decode;
mod error;
pub mod filtering;
mod limiter;
pub mod meta;
mod model;
mod origin;
mod paging;
mod percent;
mod raw;
mod request;
mod response;
mod retry;
mod service;
pub mod services;
mod timestamp;
mod transport;
pub mod types;
mod unknown;

pub use capability::{Create, Delete, Get, ListItems, Replace, Resource, Update};
pub use client::{
    Client, ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_RETRY_BASE_DELAY, DEFAULT_TIMEOUT,
};
pub use error::{ApiError, DecodeError, Error, TransportError, TransportErrorKind};
pub use meta::Method;
pub use model::{Describe, IsZero, Model};
pub use model::{ModelInfo, Role};
pub use paging::{Items, List, Pages};
pub use raw::{RawList, RawRequest};
pub use service::Service;
pub use services::registry;
pub use timestamp::{Timestamp, TimestampError, TimestampRangeError};
pub use unknown::UnknownFields;
/// The HTTP client this crate sends with, for [`ClientBuilder::agent`]: an agent made with
/// this re-export is always of the version the client expects.
pub use ureq;

/// Declares a JSON object type of the API.
///
/// Adds the derives every API type has (`Clone`, `PartialEq`, `Default`, `Serialize`,
/// `Deserialize`), a `Debug` that hides fields marked `#[secret]`, and the description
/// the emulator and tests read ([`Model`]). Missing fields, and fields sent as `null`,
/// decode as their default (the API writes `null` for an empty list or map).
///
/// How it serialises depends on its role ([`Role`]), given as an option:
///
/// - `#[model(request)]`, the default, for a type that is only ever sent (a create,
///   update or replace body, list arguments): zero values (`""`, `0`, `false`, empty
///   lists and maps, `None`) are left out, so a request sends only what was set.
///   `Some("")` is still sent, so an update can clear a field.
/// - `#[model(response)]`, for a type the API returns (or that is nested in one): every
///   field is written, `None` as `null` and zero values as they are, the way the API
///   writes it, so a value read and written back out keeps every key.
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
///
/// #[ngrok_api::model(response)]
/// /// A widget as the API returns it.
/// pub struct WidgetRead {
///     /// Its id.
///     pub id: String,
///     /// Its size, if known.
///     pub size: Option<u32>,
///     /// Whether it is in use.
///     pub active: bool,
/// }
///
/// let w = WidgetRead { id: "w_1".into(), ..Default::default() };
/// assert_eq!(
///     serde_json::to_string(&w).unwrap(),
///     r#"{"id":"w_1","size":null,"active":false}"#
/// );
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
#[path = "private.rs"]
pub mod __private;
