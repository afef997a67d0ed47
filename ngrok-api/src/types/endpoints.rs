//! Endpoints: the URLs at which the account receives traffic, whether an agent started them, an
//! edge serves them or they were created as cloud endpoints through this API.

use super::Ref;
use crate::Timestamp;

/// An endpoint: a URL at which the account receives traffic. It is started by an agent
/// (`ephemeral`), served by an edge (`edge`) or created through this API (`cloud`), as `type` says;
/// `list` shows the endpoints online now.
#[crate::model(response)]
pub struct Endpoint {
    /// The endpoint's unique id, assigned by ngrok.
    pub id: String,
    /// The ngrok region the endpoint runs in, such as `us` or `eu`.
    pub region: String,
    /// The creation time of the endpoint.
    pub created_at: Timestamp,
    /// When the endpoint was last changed.
    pub updated_at: Timestamp,
    /// The URL of the host and port the endpoint serves.
    pub public_url: String,
    /// The protocol the endpoint serves: `http`, `https`, `tcp` or `tls`.
    pub proto: String,
    /// The scheme of the endpoint's URL, such as `https` or `tcp`.
    pub scheme: String,
    /// The host and port the endpoint serves, written `host:port`. Due to be deprecated; prefer
    /// `host` and `port`, or `url`.
    pub hostport: String,
    /// The host part of the endpoint's URL.
    pub host: String,
    /// The port the endpoint serves on.
    pub port: i64,
    /// What kind of endpoint it is: `ephemeral` (started by an agent's tunnel), `edge` (served
    /// through an edge) or `cloud` (created through this API).
    pub r#type: String,
    /// Free-form data attached by its owner. For an agent or edge endpoint, this is the metadata of
    /// its tunnel or edge. Empty if none was given.
    pub metadata: String,
    /// A human-readable note on the endpoint; for an agent endpoint, the one given to its tunnel.
    /// Empty if none was given.
    pub description: String,
    /// The reserved domain the endpoint serves on, or `None` if it uses none.
    pub domain: Option<Ref>,
    /// The reserved TCP address the endpoint serves on, or `None` if it uses none.
    pub tcp_addr: Option<Ref>,
    /// For an `ephemeral` endpoint, the tunnel that serves it; `None` for other kinds.
    pub tunnel: Option<Ref>,
    /// For an `edge` endpoint, the edge that serves it; `None` for other kinds.
    pub edge: Option<Ref>,
    /// For an endpoint started by an agent, the local address the agent sends its traffic to.
    pub upstream_url: String,
    /// The protocol the agent speaks when it passes traffic on to `upstream_url`.
    pub upstream_protocol: String,
    /// The endpoint's URL, such as `https://app.example.com`.
    pub url: String,
    /// The user or bot user that owns the endpoint, or `None` if the API names no owner.
    pub principal: Option<Ref>,
    /// The traffic policy document that acts on the endpoint's traffic, as text. Empty if there is
    /// none.
    pub traffic_policy: String,
    /// The endpoint's bindings, by name.
    pub bindings: Vec<String>,
    /// The session of the agent behind the endpoint, or `None` if no agent is involved.
    pub tunnel_session: Option<Ref>,
    /// The API URL of this endpoint.
    pub uri: String,
    /// A name its owner gave the endpoint; empty if none.
    pub name: String,
    /// Whether pooling is allowed: several endpoints serving the same URL and sharing its traffic.
    pub pooling_enabled: bool,
}

/// The fields to send when creating a cloud endpoint, the only kind this API creates. `url` and
/// `traffic_policy` must be set.
#[crate::model(request)]
pub struct EndpointCreate {
    /// The URL the endpoint is to serve, such as `https://app.example.com`. Required.
    pub url: String,
    /// The kind of endpoint to create. Only `cloud` is accepted, and empty (which is not sent)
    /// means `cloud` too, although the spec lists the field as required.
    pub r#type: String,
    /// The traffic policy document to apply to the endpoint's traffic, as text. Required.
    pub traffic_policy: String,
    /// A human-readable note on the endpoint; `None` leaves it out.
    pub description: Option<String>,
    /// Free-form data for your programs to attach to the endpoint, such as a JSON document; `None`
    /// leaves it out.
    pub metadata: Option<String>,
    /// The bindings to give the endpoint, by name; an empty list is not sent, leaving the choice to
    /// ngrok.
    pub bindings: Vec<String>,
    /// Whether to allow pooling (several endpoints serving the same URL and sharing its traffic);
    /// `None` leaves the choice to ngrok.
    pub pooling_enabled: Option<bool>,
}

/// The fields to change on a cloud endpoint. `None` leaves a field unchanged; `Some(String::new())`
/// clears it. An empty `bindings` list is not sent, so it leaves the bindings as they are.
#[crate::model(request)]
pub struct EndpointUpdate {
    /// The id of the endpoint to change. It goes into the request path.
    pub id: String,
    /// A new URL for the endpoint; `None` leaves it unchanged.
    pub url: Option<String>,
    /// A new traffic policy document, replacing the current one whole; `None` leaves it unchanged.
    pub traffic_policy: Option<String>,
    /// A new human-readable note on the endpoint. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub description: Option<String>,
    /// New machine-readable data for the endpoint. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new set of bindings, by name; an empty list is not sent and leaves them unchanged.
    pub bindings: Vec<String>,
    /// Allow (`Some(true)`) or forbid (`Some(false)`) pooling; `None` leaves it unchanged.
    pub pooling_enabled: Option<bool>,
}

/// One page of endpoints. `next_page_uri` leads to the following page; the list iterators follow it
/// for you.
#[crate::model(response)]
pub struct EndpointList {
    /// The endpoints on this page.
    pub endpoints: Vec<Endpoint>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// The query of the endpoint list call as the two sources describe it. The published spec adds
/// `ids` and `urls`, the Go client's struct `id`, `url` and `filter`; yet the Go client sends only
/// `before_id` and `limit`, and so does this crate's `list()` builder. The type exists only for
/// completeness.
#[crate::model(request)]
pub struct EndpointListArgs {
    /// List only the items older than the one with this id (lists run newest first); `None` starts
    /// at the newest.
    pub before_id: Option<String>,
    /// How many items a page may hold, as a decimal string from 1 to 100; `None` means the API's
    /// default of 100.
    pub limit: Option<String>,
    /// Go client only: ids of endpoints to list. The Go client's list call never sends it.
    pub id: Vec<String>,
    /// Go client only: URLs of endpoints to list. The Go client's list call never sends it.
    pub url: Vec<String>,
    /// Go client only: a CEL expression that endpoints must match. The Go client's list call never
    /// sends it.
    pub filter: Option<String>,
    /// Spec only: list just the endpoints with these ids.
    pub ids: Vec<String>,
    /// Spec only: list just the endpoints with these URLs.
    pub urls: Vec<String>,
}
