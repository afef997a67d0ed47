//! The argument types of the official Go client, kept for completeness (this crate's methods take
//! ids and paging settings directly), and the JSON body of API errors.

use std::collections::BTreeMap;

/// An object without fields, the Go client's argument for calls that need none. This crate's
/// methods take ids and paging settings directly, so the type exists only for completeness.
#[crate::model(request)]
pub struct Empty {}

/// The paging settings of the Go client's list calls: `before_id` and `limit`. This crate's
/// `list()` returns a builder with `limit` and `before_id` instead, so the type exists only for
/// completeness.
#[crate::model(request)]
pub struct Paging {
    /// List only the items older than the one with this id (lists run newest first); `None` starts
    /// at the newest.
    pub before_id: Option<String>,
    /// How many items a page may hold, as a decimal string from 1 to 100; `None` means the API's
    /// default of 100.
    pub limit: Option<String>,
}

/// The Go client's paging settings with a `filter` expression, for the lists that accept one. This
/// crate's `list()` builder has `limit`, `before_id` and `filter` instead, so the type exists only
/// for completeness.
#[crate::model(request)]
pub struct FilteredPaging {
    /// List only the items older than the one with this id (lists run newest first); `None` starts
    /// at the newest.
    pub before_id: Option<String>,
    /// How many items a page may hold, as a decimal string from 1 to 100; `None` means the API's
    /// default of 100.
    pub limit: Option<String>,
    /// A CEL expression that items must match to be listed, such as `obj.description == "prod"`;
    /// `None` lists every item.
    pub filter: Option<String>,
}

/// The Go client's argument for paged lists that belong to one object, such as the secrets of a
/// vault: the object's id and the paging settings. This crate's methods take ids and paging
/// settings directly, so the type exists only for completeness.
#[crate::model(request)]
pub struct ItemPaging {
    /// The id of the object whose items are listed. It goes into the request path.
    pub id: String,
    /// List only the items older than the one with this id (lists run newest first); `None` starts
    /// at the newest.
    pub before_id: Option<String>,
    /// How many items a page may hold, as a decimal string from 1 to 100; `None` means the API's
    /// default of 100.
    pub limit: Option<String>,
}

/// The Go client's argument naming one event source: its subscription and its event type, both of
/// which go into the request path. This crate's methods take ids and paging settings directly, so
/// the type exists only for completeness.
#[crate::model(request)]
pub struct EventSourceItem {
    /// The id of the event subscription the source belongs to. It goes into the request path.
    pub subscription_id: String,
    /// The event type that names the source within its subscription, such as
    /// `ip_policy_created.v0`. It goes into the request path.
    pub r#type: String,
}

/// The argument naming the event subscription whose sources are listed. That list is not paged,
/// despite the name, and the Go client takes the subscription id alone. This crate's methods take
/// ids and paging settings directly, so the type exists only for completeness.
#[crate::model(request)]
pub struct EventSourcePaging {
    /// The id of the event subscription whose sources are listed. It goes into the request path.
    pub subscription_id: String,
}

/// The JSON body the API returns with an error status. This crate decodes it into its own error
/// type, `ngrok_api::ApiError`, so you rarely meet this type.
#[crate::model(response)]
pub struct Error {
    /// The ngrok error code, such as `ERR_NGROK_218`; empty when the API sent none.
    pub error_code: String,
    /// The HTTP status code of the response.
    pub status_code: i32,
    /// The human-readable error message.
    pub msg: String,
    /// Further details by name; the API puts the `operation_id` of the failed call here, which
    /// ngrok support asks for.
    pub details: BTreeMap<String, String>,
}
