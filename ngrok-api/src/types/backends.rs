//! Backends: the targets that edges and routes hand their traffic to. Tunnel group and static
//! backends lead to agents or to a fixed address, HTTP response backends answer by themselves, and
//! failover and weighted backends share traffic out among child backends.

use std::collections::BTreeMap;

use super::Ref;
use crate::Timestamp;

/// A failover backend: an ordered list of other backends. Traffic goes to the first one that can
/// take it, and to the next ones only when those before it cannot.
#[crate::model(response)]
pub struct FailoverBackend {
    /// The failover backend's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this failover backend.
    pub uri: String,
    /// The creation time of the failover backend.
    pub created_at: Timestamp,
    /// A human-readable note on what the failover backend is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the failover backend, such as a JSON document.
    /// Empty if none was given.
    pub metadata: String,
    /// The ids of the child backends, most preferred first: each one gets traffic only while those
    /// before it cannot take it.
    pub backends: Vec<String>,
}

/// The fields to send when creating a failover backend. `backends` lists the ids of the child
/// backends, most preferred first.
#[crate::model(request)]
pub struct FailoverBackendCreate {
    /// A human-readable note on what the failover backend is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the failover backend, such as a JSON document.
    /// Optional.
    pub metadata: String,
    /// The ids of the child backends, most preferred first.
    pub backends: Vec<String>,
}

/// The fields to change on a failover backend. `None` leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata. An empty `backends` list is not sent
/// and leaves the children unchanged.
#[crate::model(request)]
pub struct FailoverBackendUpdate {
    /// The id of the failover backend to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the failover backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the failover backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// The complete new list of child backend ids, most preferred first; an empty list is not sent
    /// and leaves the children unchanged.
    pub backends: Vec<String>,
}

/// One page of failover backends. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct FailoverBackendList {
    /// The failover backends on this page.
    pub backends: Vec<FailoverBackend>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// An HTTP response backend: answers every request it gets with the same status code, headers and
/// body, without forwarding anything to an agent or a server.
#[crate::model(response)]
pub struct HTTPResponseBackend {
    /// The HTTP response backend's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this HTTP response backend.
    pub uri: String,
    /// The creation time of the HTTP response backend.
    pub created_at: Timestamp,
    /// A human-readable note on what the HTTP response backend is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the HTTP response backend, such as a JSON
    /// document. Empty if none was given.
    pub metadata: String,
    /// The body of the fixed answer, as text. Empty for no body.
    pub body: String,
    /// The headers of the fixed answer, by name.
    pub headers: BTreeMap<String, String>,
    /// The HTTP status code of the fixed answer, such as `200` or `503`.
    pub status_code: i32,
}

/// The fields to send when creating an HTTP response backend: the status code, headers and body of
/// the fixed answer.
#[crate::model(request)]
pub struct HTTPResponseBackendCreate {
    /// A human-readable note on what the HTTP response backend is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the HTTP response backend, such as a JSON
    /// document. Optional.
    pub metadata: String,
    /// The body of the fixed answer, as text. Optional.
    pub body: String,
    /// The headers of the fixed answer, by name. Optional.
    pub headers: BTreeMap<String, String>,
    /// The HTTP status code of the fixed answer, such as `Some(200)` or `Some(503)`; `None` leaves
    /// it out of the request.
    pub status_code: Option<i32>,
}

/// The fields to change on an HTTP response backend. `None` leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata. An empty `headers` map is not sent and
/// leaves the headers unchanged.
#[crate::model(request)]
pub struct HTTPResponseBackendUpdate {
    /// The id of the HTTP response backend to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the HTTP response backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the HTTP response backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new body for the fixed answer. `None` leaves it unchanged; `Some(String::new())` clears
    /// it.
    pub body: Option<String>,
    /// New headers for the fixed answer, by name; an empty map is not sent and leaves the current
    /// ones unchanged, so an update cannot remove every header.
    pub headers: BTreeMap<String, String>,
    /// A new HTTP status code for the fixed answer; `None` leaves it unchanged.
    pub status_code: Option<i32>,
}

/// One page of HTTP response backends. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
#[crate::model(response)]
pub struct HTTPResponseBackendList {
    /// The HTTP response backends on this page.
    pub backends: Vec<HTTPResponseBackend>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// A static backend: forwards traffic to one fixed network address, optionally over TLS, rather
/// than to an agent's tunnel.
#[crate::model(response)]
pub struct StaticBackend {
    /// The static backend's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this static backend.
    pub uri: String,
    /// The creation time of the static backend.
    pub created_at: Timestamp,
    /// A human-readable note on what the static backend is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the static backend, such as a JSON document.
    /// Empty if none was given.
    pub metadata: String,
    /// The network address, usually `host:port`, that traffic is forwarded to.
    pub address: String,
    /// Whether the connection to `address` uses TLS.
    pub tls: StaticBackendTLS,
}

/// The TLS settings of a static backend: whether the connection to its address uses TLS.
#[crate::model(response)]
pub struct StaticBackendTLS {
    /// Whether ngrok uses TLS on its connection to the backend's address.
    pub enabled: bool,
}

/// The fields to send when creating a static backend: the address to forward to and its TLS
/// setting.
#[crate::model(request)]
pub struct StaticBackendCreate {
    /// A human-readable note on what the static backend is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the static backend, such as a JSON document.
    /// Optional.
    pub metadata: String,
    /// The network address, usually `host:port`, to forward traffic to.
    pub address: String,
    /// Whether the connection to `address` uses TLS. Left at its default (`enabled: false`) it is
    /// not sent at all.
    pub tls: StaticBackendTLS,
}

/// The fields to change on a static backend. `None` leaves a field unchanged; `Some(String::new())`
/// clears the description or metadata. An empty `address` is not sent and leaves the address
/// unchanged; see `tls` for what an update can change there.
#[crate::model(request)]
pub struct StaticBackendUpdate {
    /// The id of the static backend to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the static backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the static backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new address to forward traffic to; empty leaves it unchanged.
    pub address: String,
    /// A new TLS setting. `enabled: true` is sent and switches TLS on; `enabled: false` is the zero
    /// value and is not sent, so it leaves the current setting as it is.
    pub tls: StaticBackendTLS,
}

/// One page of static backends. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct StaticBackendList {
    /// The static backends on this page.
    pub backends: Vec<StaticBackend>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// A tunnel group backend: serves its traffic through the online tunnels whose labels match its
/// own. Agents join the group by starting tunnels with those labels.
#[crate::model(response)]
pub struct TunnelGroupBackend {
    /// The tunnel group backend's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this tunnel group backend.
    pub uri: String,
    /// The creation time of the tunnel group backend.
    pub created_at: Timestamp,
    /// A human-readable note on what the tunnel group backend is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the tunnel group backend, such as a JSON
    /// document. Empty if none was given.
    pub metadata: String,
    /// The labels, name to value (such as `app` = `web`), that select the tunnels serving this
    /// backend: online tunnels started with matching labels (see [`Tunnel`](super::Tunnel)'s
    /// `labels`).
    pub labels: BTreeMap<String, String>,
    /// The online tunnels whose labels match, which serve this backend's traffic.
    pub tunnels: Vec<Ref>,
}

/// The fields to send when creating a tunnel group backend. `labels` decides which tunnels it
/// selects.
#[crate::model(request)]
pub struct TunnelGroupBackendCreate {
    /// A human-readable note on what the tunnel group backend is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the tunnel group backend, such as a JSON
    /// document. Optional.
    pub metadata: String,
    /// The labels, name to value (such as `app` = `web`), of the tunnels that are to serve this
    /// backend.
    pub labels: BTreeMap<String, String>,
}

/// The fields to change on a tunnel group backend. `None` leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata. An empty `labels` map is not sent and
/// leaves the labels unchanged.
#[crate::model(request)]
pub struct TunnelGroupBackendUpdate {
    /// The id of the tunnel group backend to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the tunnel group backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the tunnel group backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// New labels to select tunnels by; an empty map is not sent and leaves the current ones
    /// unchanged.
    pub labels: BTreeMap<String, String>,
}

/// One page of tunnel group backends. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
#[crate::model(response)]
pub struct TunnelGroupBackendList {
    /// The tunnel group backends on this page.
    pub backends: Vec<TunnelGroupBackend>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// A weighted backend: shares traffic out among child backends in proportion to the weight given to
/// each.
#[crate::model(response)]
pub struct WeightedBackend {
    /// The weighted backend's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this weighted backend.
    pub uri: String,
    /// The creation time of the weighted backend.
    pub created_at: Timestamp,
    /// A human-readable note on what the weighted backend is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the weighted backend, such as a JSON document.
    /// Empty if none was given.
    pub metadata: String,
    /// The child backends, by id, each with its weight from 0 to 10000. Children get traffic in
    /// proportion to their weights.
    pub backends: BTreeMap<String, i64>,
}

/// The fields to send when creating a weighted backend. `backends` maps each child backend's id to
/// its weight.
#[crate::model(request)]
pub struct WeightedBackendCreate {
    /// A human-readable note on what the weighted backend is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the weighted backend, such as a JSON document.
    /// Optional.
    pub metadata: String,
    /// The child backends, by id, each with its weight from 0 to 10000.
    pub backends: BTreeMap<String, i64>,
}

/// The fields to change on a weighted backend. `None` leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata. An empty `backends` map is not sent
/// and leaves the children unchanged.
#[crate::model(request)]
pub struct WeightedBackendUpdate {
    /// The id of the weighted backend to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the weighted backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the weighted backend. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// The complete new set of child backends and weights (0 to 10000); an empty map is not sent
    /// and leaves the children unchanged.
    pub backends: BTreeMap<String, i64>,
}

/// One page of weighted backends. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct WeightedBackendList {
    /// The weighted backends on this page.
    pub backends: Vec<WeightedBackend>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
