//! The request bodies the published spec gives for the replace calls of edge modules (ids plus a
//! `module`), and the id pair of an HTTPS edge route. The client does not send them: like the
//! official Go client it puts the ids in the path and sends the module alone. They exist so that
//! every schema of the catalog has a type.

use super::{
    EndpointBackendMutate, EndpointCircuitBreaker, EndpointCompression, EndpointIPPolicyMutate,
    EndpointMutualTLSMutate, EndpointOAuth, EndpointOIDC, EndpointRequestHeaders,
    EndpointResponseHeaders, EndpointSAMLMutate, EndpointTLSTermination,
    EndpointTLSTerminationAtEdge, EndpointTrafficPolicy, EndpointUserAgentFilter,
    EndpointWebhookValidation, EndpointWebsocketTCPConverter,
};

/// The two ids that name a route of an HTTPS edge, which the official Go client takes to read or
/// delete a route or one of its modules. This crate takes them as two `&str` arguments instead
/// (edge first, then route), so the type is not used by any call; it exists so that every catalog
/// schema has a type.
#[crate::model(request)]
pub struct EdgeRouteItem {
    /// The id of the HTTPS edge the route belongs to.
    pub edge_id: String,
    /// The id of the route within that edge.
    pub id: String,
}

/// What the published spec names as the body for setting the backend module of a TCP or TLS edge:
/// the edge's id plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointBackendMutate`](super::EndpointBackendMutate) itself, with
/// `client.edge_modules().tcp_edge_backend().replace(..)` or
/// `client.edge_modules().tls_edge_backend().replace(..)`. The type exists so that every catalog
/// schema has one.
#[crate::model(request)]
pub struct EdgeBackendReplace {
    /// The id of the edge whose module is set; the path argument of the client's `replace` call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointBackendMutate,
}

/// What the published spec names as the body for setting the IP restriction module of a TCP or TLS
/// edge: the edge's id plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointIPPolicyMutate`](super::EndpointIPPolicyMutate) itself, with
/// `client.edge_modules().tcp_edge_ip_restriction().replace(..)` or
/// `client.edge_modules().tls_edge_ip_restriction().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeIPRestrictionReplace {
    /// The id of the edge whose module is set; the path argument of the client's `replace` call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointIPPolicyMutate,
}

/// What the published spec names as the body for setting the mutual TLS module of an HTTPS or TLS
/// edge: the edge's id plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointMutualTLSMutate`](super::EndpointMutualTLSMutate) itself, with
/// `client.edge_modules().https_edge_mutual_tls().replace(..)` or
/// `client.edge_modules().tls_edge_mutual_tls().replace(..)`. The type exists so that every catalog
/// schema has one.
#[crate::model(request)]
pub struct EdgeMutualTLSReplace {
    /// The id of the edge whose module is set; the path argument of the client's `replace` call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointMutualTLSMutate,
}

/// What the published spec names as the body for setting the TLS termination module of a TLS edge:
/// the edge's id plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointTLSTermination`](super::EndpointTLSTermination) itself, with
/// `client.edge_modules().tls_edge_tls_termination().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeTLSTerminationReplace {
    /// The id of the edge whose module is set; the path argument of the client's `replace` call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointTLSTermination,
}

/// What the published spec names as the body for setting the TLS termination module of an HTTPS
/// edge: the edge's id plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointTLSTerminationAtEdge`](super::EndpointTLSTerminationAtEdge) itself, with
/// `client.edge_modules().https_edge_tls_termination().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeTLSTerminationAtEdgeReplace {
    /// The id of the edge whose module is set; the path argument of the client's `replace` call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointTLSTerminationAtEdge,
}

/// What the published spec names as the body for setting the traffic policy module of a TCP or TLS
/// edge: the edge's id plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointTrafficPolicy`](super::EndpointTrafficPolicy) itself, with
/// `client.edge_modules().tcp_edge_traffic_policy().replace(..)` or
/// `client.edge_modules().tls_edge_traffic_policy().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeTrafficPolicyReplace {
    /// The id of the edge whose module is set; the path argument of the client's `replace` call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointTrafficPolicy,
}

/// What the published spec names as the body for setting the backend module of an HTTPS edge route:
/// the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointBackendMutate`](super::EndpointBackendMutate) itself, with
/// `client.edge_modules().https_edge_route_backend().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteBackendReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointBackendMutate,
}

/// What the published spec names as the body for setting the IP restriction module of an HTTPS edge
/// route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointIPPolicyMutate`](super::EndpointIPPolicyMutate) itself, with
/// `client.edge_modules().https_edge_route_ip_restriction().replace(..)`. The type exists so that
/// every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteIPRestrictionReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointIPPolicyMutate,
}

/// What the published spec names as the body for setting the request headers module of an HTTPS
/// edge route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointRequestHeaders`](super::EndpointRequestHeaders) itself, with
/// `client.edge_modules().https_edge_route_request_headers().replace(..)`. The type exists so that
/// every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteRequestHeadersReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointRequestHeaders,
}

/// What the published spec names as the body for setting the response headers module of an HTTPS
/// edge route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointResponseHeaders`](super::EndpointResponseHeaders) itself, with
/// `client.edge_modules().https_edge_route_response_headers().replace(..)`. The type exists so that
/// every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteResponseHeadersReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointResponseHeaders,
}

/// What the published spec names as the body for setting the compression module of an HTTPS edge
/// route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointCompression`](super::EndpointCompression) itself, with
/// `client.edge_modules().https_edge_route_compression().replace(..)`. The type exists so that
/// every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteCompressionReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointCompression,
}

/// What the published spec names as the body for setting the circuit breaker module of an HTTPS
/// edge route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointCircuitBreaker`](super::EndpointCircuitBreaker) itself, with
/// `client.edge_modules().https_edge_route_circuit_breaker().replace(..)`. The type exists so that
/// every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteCircuitBreakerReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointCircuitBreaker,
}

/// What the published spec names as the body for setting the webhook verification module of an
/// HTTPS edge route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointWebhookValidation`](super::EndpointWebhookValidation) itself, with
/// `client.edge_modules().https_edge_route_webhook_verification().replace(..)`. The type exists so
/// that every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteWebhookVerificationReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointWebhookValidation,
}

/// What the published spec names as the body for setting the OAuth module of an HTTPS edge route:
/// the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointOAuth`](super::EndpointOAuth) itself, with
/// `client.edge_modules().https_edge_route_oauth().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteOAuthReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointOAuth,
}

/// What the published spec names as the body for setting the SAML module of an HTTPS edge route:
/// the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointSAMLMutate`](super::EndpointSAMLMutate) itself, with
/// `client.edge_modules().https_edge_route_saml().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteSAMLReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointSAMLMutate,
}

/// What the published spec names as the body for setting the OpenID Connect module of an HTTPS edge
/// route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointOIDC`](super::EndpointOIDC) itself, with
/// `client.edge_modules().https_edge_route_oidc().replace(..)`. The type exists so that every
/// catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteOIDCReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointOIDC,
}

/// What the published spec names as the body for setting the WebSocket to TCP converter module of
/// an HTTPS edge route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointWebsocketTCPConverter`](super::EndpointWebsocketTCPConverter) itself, with
/// `client.edge_modules().https_edge_route_websocket_tcp_converter().replace(..)`. The type exists
/// so that every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteWebsocketTCPConverterReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointWebsocketTCPConverter,
}

/// What the published spec names as the body for setting the user agent filter module of an HTTPS
/// edge route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointUserAgentFilter`](super::EndpointUserAgentFilter) itself, with
/// `client.edge_modules().https_edge_route_user_agent_filter().replace(..)`. The type exists so
/// that every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteUserAgentFilterReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointUserAgentFilter,
}

/// What the published spec names as the body for setting the traffic policy module of an HTTPS edge
/// route: the edge and route ids plus the module.
///
/// Not used by any call. The official Go client and this crate put the ids in the path and send
/// only the [`EndpointTrafficPolicy`](super::EndpointTrafficPolicy) itself, with
/// `client.edge_modules().https_edge_route_traffic_policy().replace(..)`. The type exists so that
/// every catalog schema has one.
#[crate::model(request)]
pub struct EdgeRouteTrafficPolicyReplace {
    /// The id of the HTTPS edge the route belongs to; the first path argument of the client's
    /// `replace` call.
    pub edge_id: String,
    /// The id of the route whose module is set; the second path argument of the client's `replace`
    /// call.
    pub id: String,
    /// The module to put in place of the current one, as a whole. This alone is the body the client
    /// sends.
    pub module: EndpointTrafficPolicy,
}
