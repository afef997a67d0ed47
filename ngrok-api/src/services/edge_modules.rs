use crate::types::{
    EndpointBackend, EndpointBackendMutate, EndpointCircuitBreaker, EndpointCompression,
    EndpointIPPolicy, EndpointIPPolicyMutate, EndpointMutualTLS, EndpointMutualTLSMutate,
    EndpointOAuth, EndpointOIDC, EndpointRequestHeaders, EndpointResponseHeaders, EndpointSAML,
    EndpointSAMLMutate, EndpointTLSTermination, EndpointTLSTerminationAtEdge,
    EndpointTrafficPolicy, EndpointUserAgentFilter, EndpointWebhookValidation,
    EndpointWebsocketTCPConverter,
};

// Where the catalog's sources disagree, the `replace` calls below follow the Go client: the
// PUT body is the module object itself. The published spec names `...Replace` wrappers (the
// ids plus a `module` field) instead; ngrok's own clients never send those, so the live API
// is known to accept the bare module. The wrapper types exist in `types` for completeness.

/// The TLS termination module of an HTTPS edge: the oldest TLS version the edge accepts from
/// clients. A singleton stored in its edge, with no create or list: `replace` (PUT) sets it as a
/// whole, `get` reads it and `delete` removes it, each taking the edge's id. An HTTPS edge always
/// terminates TLS at ngrok, so `replace` takes an `EndpointTLSTerminationAtEdge` (no
/// `terminate_at`) and returns the full `EndpointTLSTermination`. Reached as
/// `client.edge_modules().https_edge_tls_termination()`.
#[crate::service(
    name = https_edge_tls_termination,
    group = edge_modules,
    path = "/edges/https/{id}/tls_termination",
    singleton,
    resource = EndpointTLSTermination,
    replace(EndpointTLSTerminationAtEdge),
    get,
    delete,
)]
pub struct HTTPSEdgeTLSTerminationModule;

/// The backend module of an HTTPS edge route: which backend serves the route's requests. A
/// singleton stored in its route, with no create or list: `replace` (PUT) sets it as a whole, `get`
/// reads it and `delete` removes it, each taking the edge's id and then the route's id. You name
/// the backend by id (`EndpointBackendMutate`) and get back a reference to it (`EndpointBackend`).
/// Reached as `client.edge_modules().https_edge_route_backend()`.
#[crate::service(
    name = https_edge_route_backend,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/backend",
    singleton,
    resource = EndpointBackend,
    replace(EndpointBackendMutate),
    get,
    delete,
)]
pub struct EdgeRouteBackendModule;

/// The IP restriction module of an HTTPS edge route: the IP policies that decide which source
/// addresses may reach the route. A singleton stored in its route, with no create or list:
/// `replace` (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the
/// edge's id and then the route's id. You name the policies by id and get back references to them.
/// Reached as `client.edge_modules().https_edge_route_ip_restriction()`.
#[crate::service(
    name = https_edge_route_ip_restriction,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/ip_restriction",
    singleton,
    resource = EndpointIPPolicy,
    replace(EndpointIPPolicyMutate),
    get,
    delete,
)]
pub struct EdgeRouteIPRestrictionModule;

/// The request headers module of an HTTPS edge route: headers added to or removed from requests
/// before they are forwarded. A singleton stored in its route, with no create or list: `replace`
/// (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the edge's id and
/// then the route's id. Reached as `client.edge_modules().https_edge_route_request_headers()`.
#[crate::service(
    name = https_edge_route_request_headers,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/request_headers",
    singleton,
    resource = EndpointRequestHeaders,
    replace(EndpointRequestHeaders),
    get,
    delete,
)]
pub struct EdgeRouteRequestHeadersModule;

/// The response headers module of an HTTPS edge route: headers added to or removed from responses
/// before they reach the client. A singleton stored in its route, with no create or list: `replace`
/// (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the edge's id and
/// then the route's id. Reached as `client.edge_modules().https_edge_route_response_headers()`.
#[crate::service(
    name = https_edge_route_response_headers,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/response_headers",
    singleton,
    resource = EndpointResponseHeaders,
    replace(EndpointResponseHeaders),
    get,
    delete,
)]
pub struct EdgeRouteResponseHeadersModule;

/// The compression module of an HTTPS edge route: compresses responses for clients that accept it.
/// A singleton stored in its route, with no create or list: `replace` (PUT) sets it as a whole,
/// `get` reads it and `delete` removes it, each taking the edge's id and then the route's id.
/// Reached as `client.edge_modules().https_edge_route_compression()`.
#[crate::service(
    name = https_edge_route_compression,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/compression",
    singleton,
    resource = EndpointCompression,
    replace(EndpointCompression),
    get,
    delete,
)]
pub struct EdgeRouteCompressionModule;

/// The circuit breaker module of an HTTPS edge route: stops sending requests upstream for a while
/// when too many of them fail. A singleton stored in its route, with no create or list: `replace`
/// (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the edge's id and
/// then the route's id. Reached as `client.edge_modules().https_edge_route_circuit_breaker()`.
#[crate::service(
    name = https_edge_route_circuit_breaker,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/circuit_breaker",
    singleton,
    resource = EndpointCircuitBreaker,
    replace(EndpointCircuitBreaker),
    get,
    delete,
)]
pub struct EdgeRouteCircuitBreakerModule;

/// The webhook verification module of an HTTPS edge route: lets through only webhooks correctly
/// signed by the named provider. A singleton stored in its route, with no create or list: `replace`
/// (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the edge's id and
/// then the route's id. The module's `secret` is hidden from `Debug` output. Reached as
/// `client.edge_modules().https_edge_route_webhook_verification()`.
#[crate::service(
    name = https_edge_route_webhook_verification,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/webhook_verification",
    singleton,
    resource = EndpointWebhookValidation,
    replace(EndpointWebhookValidation),
    get,
    delete,
)]
pub struct EdgeRouteWebhookVerificationModule;

/// The OAuth module of an HTTPS edge route: visitors sign in with an OAuth identity provider
/// (GitHub, Google, Microsoft and others) before their requests go through. A singleton stored in
/// its route, with no create or list: `replace` (PUT) sets it as a whole, `get` reads it and
/// `delete` removes it, each taking the edge's id and then the route's id. Reached as
/// `client.edge_modules().https_edge_route_oauth()`.
#[crate::service(
    name = https_edge_route_oauth,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/oauth",
    singleton,
    resource = EndpointOAuth,
    replace(EndpointOAuth),
    get,
    delete,
)]
pub struct EdgeRouteOAuthModule;

/// The SAML module of an HTTPS edge route: visitors sign in with a SAML identity provider before
/// their requests go through. A singleton stored in its route, with no create or list: `replace`
/// (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the edge's id and
/// then the route's id. `replace` takes your settings (`EndpointSAMLMutate`); the `EndpointSAML` it
/// returns adds the service provider values ngrok assigns, which the identity provider needs.
/// Reached as `client.edge_modules().https_edge_route_saml()`.
#[crate::service(
    name = https_edge_route_saml,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/saml",
    singleton,
    resource = EndpointSAML,
    replace(EndpointSAMLMutate),
    get,
    delete,
)]
pub struct EdgeRouteSAMLModule;

/// The OpenID Connect module of an HTTPS edge route: visitors sign in with an OIDC provider of your
/// choosing before their requests go through. A singleton stored in its route, with no create or
/// list: `replace` (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking
/// the edge's id and then the route's id. Reached as
/// `client.edge_modules().https_edge_route_oidc()`.
#[crate::service(
    name = https_edge_route_oidc,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/oidc",
    singleton,
    resource = EndpointOIDC,
    replace(EndpointOIDC),
    get,
    delete,
)]
pub struct EdgeRouteOIDCModule;

/// The WebSocket to TCP converter module of an HTTPS edge route: unwraps WebSocket connections into
/// plain TCP streams to your service. A singleton stored in its route, with no create or list:
/// `replace` (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the
/// edge's id and then the route's id. Reached as
/// `client.edge_modules().https_edge_route_websocket_tcp_converter()`.
#[crate::service(
    name = https_edge_route_websocket_tcp_converter,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/websocket_tcp_converter",
    singleton,
    resource = EndpointWebsocketTCPConverter,
    replace(EndpointWebsocketTCPConverter),
    get,
    delete,
)]
pub struct EdgeRouteWebsocketTCPConverterModule;

/// The user agent filter module of an HTTPS edge route: lets requests through or turns them away by
/// their `User-Agent` header. A singleton stored in its route, with no create or list: `replace`
/// (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the edge's id and
/// then the route's id. Reached as `client.edge_modules().https_edge_route_user_agent_filter()`.
#[crate::service(
    name = https_edge_route_user_agent_filter,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/user_agent_filter",
    singleton,
    resource = EndpointUserAgentFilter,
    replace(EndpointUserAgentFilter),
    get,
    delete,
)]
pub struct EdgeRouteUserAgentFilterModule;

/// The traffic policy module of an HTTPS edge route: a traffic policy document whose rules act on
/// the route's requests. A singleton stored in its route, with no create or list: `replace` (PUT)
/// sets it as a whole, `get` reads it and `delete` removes it, each taking the edge's id and then
/// the route's id. Reached as `client.edge_modules().https_edge_route_traffic_policy()`.
#[crate::service(
    name = https_edge_route_traffic_policy,
    group = edge_modules,
    path = "/edges/https/{edge_id}/routes/{id}/traffic_policy",
    singleton,
    resource = EndpointTrafficPolicy,
    replace(EndpointTrafficPolicy),
    get,
    delete,
)]
pub struct EdgeRouteTrafficPolicyModule;

/// The backend module of a TCP edge: which backend receives the edge's connections. A singleton
/// stored in its edge, with no create or list: `replace` (PUT) sets it as a whole, `get` reads it
/// and `delete` removes it, each taking the edge's id. You name the backend by id
/// (`EndpointBackendMutate`) and get back a reference to it (`EndpointBackend`). Reached as
/// `client.edge_modules().tcp_edge_backend()`.
#[crate::service(
    name = tcp_edge_backend,
    group = edge_modules,
    path = "/edges/tcp/{id}/backend",
    singleton,
    resource = EndpointBackend,
    replace(EndpointBackendMutate),
    get,
    delete,
)]
pub struct TCPEdgeBackendModule;

/// The IP restriction module of a TCP edge: the IP policies that decide which source addresses may
/// connect. A singleton stored in its edge, with no create or list: `replace` (PUT) sets it as a
/// whole, `get` reads it and `delete` removes it, each taking the edge's id. You name the policies
/// by id and get back references to them. Reached as
/// `client.edge_modules().tcp_edge_ip_restriction()`.
#[crate::service(
    name = tcp_edge_ip_restriction,
    group = edge_modules,
    path = "/edges/tcp/{id}/ip_restriction",
    singleton,
    resource = EndpointIPPolicy,
    replace(EndpointIPPolicyMutate),
    get,
    delete,
)]
pub struct TCPEdgeIPRestrictionModule;

/// The traffic policy module of a TCP edge: a traffic policy document whose rules act on the edge's
/// connections. A singleton stored in its edge, with no create or list: `replace` (PUT) sets it as
/// a whole, `get` reads it and `delete` removes it, each taking the edge's id. Reached as
/// `client.edge_modules().tcp_edge_traffic_policy()`.
#[crate::service(
    name = tcp_edge_traffic_policy,
    group = edge_modules,
    path = "/edges/tcp/{id}/traffic_policy",
    singleton,
    resource = EndpointTrafficPolicy,
    replace(EndpointTrafficPolicy),
    get,
    delete,
)]
pub struct TCPEdgeTrafficPolicyModule;

/// The backend module of a TLS edge: which backend receives the edge's connections. A singleton
/// stored in its edge, with no create or list: `replace` (PUT) sets it as a whole, `get` reads it
/// and `delete` removes it, each taking the edge's id. You name the backend by id
/// (`EndpointBackendMutate`) and get back a reference to it (`EndpointBackend`). Reached as
/// `client.edge_modules().tls_edge_backend()`.
#[crate::service(
    name = tls_edge_backend,
    group = edge_modules,
    path = "/edges/tls/{id}/backend",
    singleton,
    resource = EndpointBackend,
    replace(EndpointBackendMutate),
    get,
    delete,
)]
pub struct TLSEdgeBackendModule;

/// The IP restriction module of a TLS edge: the IP policies that decide which source addresses may
/// connect. A singleton stored in its edge, with no create or list: `replace` (PUT) sets it as a
/// whole, `get` reads it and `delete` removes it, each taking the edge's id. You name the policies
/// by id and get back references to them. Reached as
/// `client.edge_modules().tls_edge_ip_restriction()`.
#[crate::service(
    name = tls_edge_ip_restriction,
    group = edge_modules,
    path = "/edges/tls/{id}/ip_restriction",
    singleton,
    resource = EndpointIPPolicy,
    replace(EndpointIPPolicyMutate),
    get,
    delete,
)]
pub struct TLSEdgeIPRestrictionModule;

/// The mutual TLS module of a TLS edge: clients must present a certificate issued by one of the
/// listed certificate authorities. A singleton stored in its edge, with no create or list:
/// `replace` (PUT) sets it as a whole, `get` reads it and `delete` removes it, each taking the
/// edge's id. You name the certificate authorities by id and get back references to them. Reached
/// as `client.edge_modules().tls_edge_mutual_tls()`.
#[crate::service(
    name = tls_edge_mutual_tls,
    group = edge_modules,
    path = "/edges/tls/{id}/mutual_tls",
    singleton,
    resource = EndpointMutualTLS,
    replace(EndpointMutualTLSMutate),
    get,
    delete,
)]
pub struct TLSEdgeMutualTLSModule;

/// The TLS termination module of a TLS edge: whether TLS ends at ngrok (`edge`) or is passed
/// through to your service (`upstream`), and the oldest TLS version accepted. A singleton stored in
/// its edge, with no create or list: `replace` (PUT) sets it as a whole, `get` reads it and
/// `delete` removes it, each taking the edge's id. With `upstream`, ngrok cannot see inside the
/// connections, which rules out most other modules, and `min_version` must be `None`. Reached as
/// `client.edge_modules().tls_edge_tls_termination()`.
#[crate::service(
    name = tls_edge_tls_termination,
    group = edge_modules,
    path = "/edges/tls/{id}/tls_termination",
    singleton,
    resource = EndpointTLSTermination,
    replace(EndpointTLSTermination),
    get,
    delete,
)]
pub struct TLSEdgeTLSTerminationModule;

/// The traffic policy module of a TLS edge: a traffic policy document whose rules act on the edge's
/// connections. A singleton stored in its edge, with no create or list: `replace` (PUT) sets it as
/// a whole, `get` reads it and `delete` removes it, each taking the edge's id. Reached as
/// `client.edge_modules().tls_edge_traffic_policy()`.
#[crate::service(
    name = tls_edge_traffic_policy,
    group = edge_modules,
    path = "/edges/tls/{id}/traffic_policy",
    singleton,
    resource = EndpointTrafficPolicy,
    replace(EndpointTrafficPolicy),
    get,
    delete,
)]
pub struct TLSEdgeTrafficPolicyModule;
