use crate::types::{
    EndpointMutualTLS, EndpointMutualTLSMutate, HTTPSEdge, HTTPSEdgeCreate, HTTPSEdgeList,
    HTTPSEdgeRoute, HTTPSEdgeRouteCreate, HTTPSEdgeRouteUpdate, HTTPSEdgeUpdate, TCPEdge,
    TCPEdgeCreate, TCPEdgeList, TCPEdgeUpdate, TLSEdge, TLSEdgeCreate, TLSEdgeList, TLSEdgeUpdate,
};

/// HTTPS edges: public HTTPS entry points (hostports) whose traffic is routed, by path,
/// to backends. Reached as `client.edges().https()`.
#[crate::service(
    name = https,
    group = edges,
    path = "/edges/https",
    id_prefix = "edghts",
    resource = HTTPSEdge,
    create(HTTPSEdgeCreate),
    get,
    update(HTTPSEdgeUpdate),
    delete,
    list(HTTPSEdgeList, items = https_edges),
)]
pub struct HTTPSEdges;

/// The routes of an HTTPS edge: each matches request paths and carries its own modules
/// (backend, OAuth, headers, ...). Routes live under their edge, so every call names
/// the edge's id too. Reached as `client.edges().https_routes()`.
#[crate::service(
    name = https_routes,
    group = edges,
    path = "/edges/https/{edge_id}/routes",
    id_prefix = "edghtsrt",
    resource = HTTPSEdgeRoute,
    create(HTTPSEdgeRouteCreate),
    get,
    update(HTTPSEdgeRouteUpdate),
    delete,
)]
pub struct HTTPSEdgeRoutes;

/// The mutual TLS module of an HTTPS edge: when enabled, clients must present a
/// certificate signed by one of the listed certificate authorities. A singleton: set it
/// with `replace`, read it with `get`, remove it with `delete`. Reached as
/// `client.edge_modules().https_edge_mutual_tls()`.
#[crate::service(
    name = https_edge_mutual_tls,
    group = edge_modules,
    path = "/edges/https/{id}/mutual_tls",
    singleton,
    resource = EndpointMutualTLS,
    replace(EndpointMutualTLSMutate),
    get,
    delete,
)]
pub struct HTTPSEdgeMutualTLSModule;

/// TCP edges: entry points on reserved TCP addresses whose connections go to a backend, optionally
/// behind an IP restriction and a traffic policy. An update replaces each module it names whole; a
/// module is removed only through its own service under `client.edge_modules()`. Reached as
/// `client.edges().tcp()`.
#[crate::service(
    name = tcp,
    group = edges,
    path = "/edges/tcp",
    id_prefix = "edgtcp",
    resource = TCPEdge,
    create(TCPEdgeCreate),
    get,
    update(TCPEdgeUpdate),
    delete,
    list(TCPEdgeList, items = tcp_edges),
)]
pub struct TCPEdges;

/// TLS edges: entry points for TLS connections to your hostnames, which either terminate TLS at
/// ngrok or pass it through, and then hand the connection to a backend. Mutual TLS, IP restriction
/// and traffic policy modules are optional. An update replaces each module it names whole; a module
/// is removed only through its own service under `client.edge_modules()`. Reached as
/// `client.edges().tls()`.
#[crate::service(
    name = tls,
    group = edges,
    path = "/edges/tls",
    id_prefix = "edgtls",
    resource = TLSEdge,
    create(TLSEdgeCreate),
    get,
    update(TLSEdgeUpdate),
    delete,
    list(TLSEdgeList, items = tls_edges),
)]
pub struct TLSEdges;
