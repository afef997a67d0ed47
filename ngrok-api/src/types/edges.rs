//! HTTPS edges and their routes. The modules they are configured with are in the endpoint module
//! types (`Endpoint...`).

use super::{
    EndpointBackend, EndpointBackendMutate, EndpointCircuitBreaker, EndpointCompression,
    EndpointIPPolicy, EndpointIPPolicyMutate, EndpointMutualTLS, EndpointMutualTLSMutate,
    EndpointOAuth, EndpointOIDC, EndpointRequestHeaders, EndpointResponseHeaders, EndpointSAML,
    EndpointSAMLMutate, EndpointTLSTermination, EndpointTLSTerminationAtEdge,
    EndpointTrafficPolicy, EndpointUserAgentFilter, EndpointWebhookValidation,
    EndpointWebsocketTCPConverter,
};
use crate::Timestamp;

/// An HTTPS edge: the hostports it serves, its TLS settings, and the routes that share out its
/// requests.
#[crate::model(response)]
pub struct HTTPSEdge {
    /// The HTTPS edge's unique id, assigned by ngrok.
    pub id: String,
    /// A human-readable note on what the edge is for; at most 255 bytes. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the HTTPS edge, such as a JSON document; at
    /// most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The creation time of the HTTPS edge.
    pub created_at: Timestamp,
    /// The API URL of this HTTPS edge.
    pub uri: String,
    /// The `host:port` pairs the edge serves, such as `app.example.com:443`.
    pub hostports: Vec<String>,
    /// The mutual TLS module, which requires clients to present a trusted certificate; `None` when
    /// it is not configured.
    pub mutual_tls: Option<EndpointMutualTLS>,
    /// The TLS termination module, which says how TLS is terminated; `None` when it is not
    /// configured.
    pub tls_termination: Option<EndpointTLSTermination>,
    /// The edge's routes, each taking the requests it matches.
    pub routes: Vec<HTTPSEdgeRoute>,
}

/// The fields to send when creating an HTTPS edge. Routes are added afterwards, one at a time, with
/// [`HTTPSEdgeRouteCreate`].
#[crate::model(request)]
pub struct HTTPSEdgeCreate {
    /// A human-readable note on what the HTTPS edge is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the HTTPS edge, such as a JSON document; at
    /// most 4096 bytes. Optional.
    pub metadata: String,
    /// The `host:port` pairs the edge is to serve, such as `app.example.com:443`.
    pub hostports: Vec<String>,
    /// The mutual TLS module, which requires clients to present a trusted certificate; `None`
    /// leaves it out.
    pub mutual_tls: Option<EndpointMutualTLSMutate>,
    /// The TLS termination module, which says how TLS is terminated; `None` leaves it out.
    pub tls_termination: Option<EndpointTLSTerminationAtEdge>,
}

/// The fields to change on an HTTPS edge. `None` (or an empty list) leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata. A module given here replaces the
/// edge's current one whole; removing a module takes that module's own delete call.
#[crate::model(request)]
pub struct HTTPSEdgeUpdate {
    /// The id of the HTTPS edge to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the HTTPS edge. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the HTTPS edge. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new set of `host:port` pairs for the edge to serve; an empty list is not sent and leaves
    /// them unchanged.
    pub hostports: Vec<String>,
    /// The mutual TLS module, which requires clients to present a trusted certificate. When given,
    /// it replaces the current one whole; `None` leaves it unchanged.
    pub mutual_tls: Option<EndpointMutualTLSMutate>,
    /// The TLS termination module, which says how TLS is terminated. When given, it replaces the
    /// current one whole; `None` leaves it unchanged.
    pub tls_termination: Option<EndpointTLSTerminationAtEdge>,
}

/// One page of HTTPS edges. `next_page_uri` leads to the following page; the list iterators follow
/// it for you.
#[crate::model(response)]
pub struct HTTPSEdgeList {
    /// The HTTPS edges on this page.
    pub https_edges: Vec<HTTPSEdge>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// A route of an HTTPS edge: which requests it takes and the modules that handle them.
#[crate::model(response)]
pub struct HTTPSEdgeRoute {
    /// The id of the HTTPS edge the route belongs to.
    pub edge_id: String,
    /// The route's unique id, assigned by ngrok.
    pub id: String,
    /// The creation time of the route.
    pub created_at: Timestamp,
    /// How `match` is compared with requests: `exact_path` or `path_prefix`.
    pub match_type: String,
    /// What the route selects: a path such as `/api`, a host such as `example.com`, or both
    /// (`example.com/api`).
    pub r#match: String,
    /// The API URL of this route.
    pub uri: String,
    /// A human-readable note on what the route is for; at most 255 bytes. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the route, such as a JSON document; at most
    /// 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The backend module, which picks the backend that serves the traffic; `None` when it is not
    /// configured.
    pub backend: Option<EndpointBackend>,
    /// The IP restriction module, which admits connections by source address; `None` when it is not
    /// configured.
    pub ip_restriction: Option<EndpointIPPolicy>,
    /// The circuit breaker module, which stops sending requests upstream while too many fail;
    /// `None` when it is not configured.
    pub circuit_breaker: Option<EndpointCircuitBreaker>,
    /// The compression module, which compresses responses; `None` when it is not configured.
    pub compression: Option<EndpointCompression>,
    /// The request headers module, which rewrites headers of requests; `None` when it is not
    /// configured.
    pub request_headers: Option<EndpointRequestHeaders>,
    /// The response headers module, which rewrites headers of responses; `None` when it is not
    /// configured.
    pub response_headers: Option<EndpointResponseHeaders>,
    /// The webhook verification module, which admits only correctly signed webhooks; `None` when it
    /// is not configured.
    pub webhook_verification: Option<EndpointWebhookValidation>,
    /// The OAuth module, which has visitors sign in with an OAuth provider; `None` when it is not
    /// configured.
    pub oauth: Option<EndpointOAuth>,
    /// The SAML module, which has visitors sign in with a SAML identity provider; `None` when it is
    /// not configured.
    pub saml: Option<EndpointSAML>,
    /// The OpenID Connect module, which has visitors sign in with an OIDC provider; `None` when it
    /// is not configured.
    pub oidc: Option<EndpointOIDC>,
    /// The WebSocket to TCP converter module, which unwraps WebSocket connections; `None` when it
    /// is not configured.
    pub websocket_tcp_converter: Option<EndpointWebsocketTCPConverter>,
    /// The user agent filter module, which admits requests by their `User-Agent` header; `None`
    /// when it is not configured.
    pub user_agent_filter: Option<EndpointUserAgentFilter>,
    /// The traffic policy module, which applies a traffic policy document; `None` when it is not
    /// configured.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// The fields to send when adding a route to an HTTPS edge. `match_type` and `match` must be set;
/// modules left as `None` are not configured.
#[crate::model(request)]
pub struct HTTPSEdgeRouteCreate {
    /// The id of the HTTPS edge to add the route to. It goes into the request path.
    pub edge_id: String,
    /// How `match` is compared with requests: `exact_path` or `path_prefix`. Required.
    pub match_type: String,
    /// What the route selects: a path such as `/api`, a host such as `example.com`, or both
    /// (`example.com/api`). Required.
    pub r#match: String,
    /// A human-readable note on what the route is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the route, such as a JSON document; at most
    /// 4096 bytes. Optional.
    pub metadata: String,
    /// The backend module, which picks the backend that serves the traffic; `None` leaves it out.
    pub backend: Option<EndpointBackendMutate>,
    /// The IP restriction module, which admits connections by source address; `None` leaves it out.
    pub ip_restriction: Option<EndpointIPPolicyMutate>,
    /// The circuit breaker module, which stops sending requests upstream while too many fail;
    /// `None` leaves it out.
    pub circuit_breaker: Option<EndpointCircuitBreaker>,
    /// The compression module, which compresses responses; `None` leaves it out.
    pub compression: Option<EndpointCompression>,
    /// The request headers module, which rewrites headers of requests; `None` leaves it out.
    pub request_headers: Option<EndpointRequestHeaders>,
    /// The response headers module, which rewrites headers of responses; `None` leaves it out.
    pub response_headers: Option<EndpointResponseHeaders>,
    /// The webhook verification module, which admits only correctly signed webhooks; `None` leaves
    /// it out.
    pub webhook_verification: Option<EndpointWebhookValidation>,
    /// The OAuth module, which has visitors sign in with an OAuth provider; `None` leaves it out.
    pub oauth: Option<EndpointOAuth>,
    /// The SAML module, which has visitors sign in with a SAML identity provider; `None` leaves it
    /// out.
    pub saml: Option<EndpointSAMLMutate>,
    /// The OpenID Connect module, which has visitors sign in with an OIDC provider; `None` leaves
    /// it out.
    pub oidc: Option<EndpointOIDC>,
    /// The WebSocket to TCP converter module, which unwraps WebSocket connections; `None` leaves it
    /// out.
    pub websocket_tcp_converter: Option<EndpointWebsocketTCPConverter>,
    /// The user agent filter module, which admits requests by their `User-Agent` header; `None`
    /// leaves it out.
    pub user_agent_filter: Option<EndpointUserAgentFilter>,
    /// The traffic policy module, which applies a traffic policy document; `None` leaves it out.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// The fields to change on a route of an HTTPS edge.
///
/// Unlike most updates, `match_type`, `match`, `description` and `metadata` are plain strings: an
/// empty one is not sent, so it cannot clear anything. A module given here replaces the route's
/// current one whole, and `None` leaves it as it is; removing a module takes that module's own
/// delete call.
#[crate::model(request)]
pub struct HTTPSEdgeRouteUpdate {
    /// The id of the HTTPS edge the route belongs to. It goes into the request path.
    pub edge_id: String,
    /// The id of the route to change. It goes into the request path.
    pub id: String,
    /// A new way to compare `match` with requests (`exact_path` or `path_prefix`); empty leaves it
    /// unchanged.
    pub match_type: String,
    /// A new selector for the route; empty leaves it unchanged.
    pub r#match: String,
    /// A new human-readable note on the route; empty leaves it unchanged.
    pub description: String,
    /// New machine-readable data for the route; empty leaves it unchanged.
    pub metadata: String,
    /// The backend module, which picks the backend that serves the traffic. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub backend: Option<EndpointBackendMutate>,
    /// The IP restriction module, which admits connections by source address. When given, it
    /// replaces the current one whole; `None` leaves it unchanged.
    pub ip_restriction: Option<EndpointIPPolicyMutate>,
    /// The circuit breaker module, which stops sending requests upstream while too many fail. When
    /// given, it replaces the current one whole; `None` leaves it unchanged.
    pub circuit_breaker: Option<EndpointCircuitBreaker>,
    /// The compression module, which compresses responses. When given, it replaces the current one
    /// whole; `None` leaves it unchanged.
    pub compression: Option<EndpointCompression>,
    /// The request headers module, which rewrites headers of requests. When given, it replaces the
    /// current one whole; `None` leaves it unchanged.
    pub request_headers: Option<EndpointRequestHeaders>,
    /// The response headers module, which rewrites headers of responses. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub response_headers: Option<EndpointResponseHeaders>,
    /// The webhook verification module, which admits only correctly signed webhooks. When given, it
    /// replaces the current one whole; `None` leaves it unchanged.
    pub webhook_verification: Option<EndpointWebhookValidation>,
    /// The OAuth module, which has visitors sign in with an OAuth provider. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub oauth: Option<EndpointOAuth>,
    /// The SAML module, which has visitors sign in with a SAML identity provider. When given, it
    /// replaces the current one whole; `None` leaves it unchanged.
    pub saml: Option<EndpointSAMLMutate>,
    /// The OpenID Connect module, which has visitors sign in with an OIDC provider. When given, it
    /// replaces the current one whole; `None` leaves it unchanged.
    pub oidc: Option<EndpointOIDC>,
    /// The WebSocket to TCP converter module, which unwraps WebSocket connections. When given, it
    /// replaces the current one whole; `None` leaves it unchanged.
    pub websocket_tcp_converter: Option<EndpointWebsocketTCPConverter>,
    /// The user agent filter module, which admits requests by their `User-Agent` header. When
    /// given, it replaces the current one whole; `None` leaves it unchanged.
    pub user_agent_filter: Option<EndpointUserAgentFilter>,
    /// The traffic policy module, which applies a traffic policy document. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}
