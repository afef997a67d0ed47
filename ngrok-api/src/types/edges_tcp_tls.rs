//! TCP and TLS edges: entry points that take raw TCP connections or TLS connections on their
//! hostports and pass them to a backend. Their modules are the endpoint module types
//! (`Endpoint...`), which can also be set one at a time through `client.edge_modules()`.

use super::{
    EndpointBackend, EndpointBackendMutate, EndpointIPPolicy, EndpointIPPolicyMutate,
    EndpointMutualTLS, EndpointMutualTLSMutate, EndpointTLSTermination, EndpointTrafficPolicy,
};
use crate::Timestamp;

/// A TCP edge: takes TCP connections on its hostports and hands them to its backend, after the IP
/// restriction and traffic policy modules, if configured, have had their say.
#[crate::model(response)]
pub struct TCPEdge {
    /// The TCP edge's unique id, assigned by ngrok.
    pub id: String,
    /// A human-readable note on what the edge is for; at most 255 bytes. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the edge, such as a JSON document; at most
    /// 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The creation time of the TCP edge.
    pub created_at: Timestamp,
    /// The API URL of this TCP edge.
    pub uri: String,
    /// The `host:port` pairs the edge takes connections on: reserved TCP addresses, such as
    /// `1.tcp.ngrok.io:12345`.
    pub hostports: Vec<String>,
    /// The backend module, which picks the backend that serves the traffic; `None` when it is not
    /// configured.
    pub backend: Option<EndpointBackend>,
    /// The IP restriction module, which admits connections by source address; `None` when it is not
    /// configured.
    pub ip_restriction: Option<EndpointIPPolicy>,
    /// The traffic policy module, which applies a traffic policy document; `None` when it is not
    /// configured.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// The fields to send when creating a TCP edge. Modules left as `None` are not configured; each can
/// also be set later through its own service under `client.edge_modules()`.
#[crate::model(request)]
pub struct TCPEdgeCreate {
    /// A human-readable note on what the edge is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the edge, such as a JSON document; at most
    /// 4096 bytes. Optional.
    pub metadata: String,
    /// The `host:port` pairs the edge is to take connections on: reserved TCP addresses, such as
    /// `1.tcp.ngrok.io:12345`.
    pub hostports: Vec<String>,
    /// The backend module, which picks the backend that serves the traffic; `None` leaves it out.
    pub backend: Option<EndpointBackendMutate>,
    /// The IP restriction module, which admits connections by source address; `None` leaves it out.
    pub ip_restriction: Option<EndpointIPPolicyMutate>,
    /// The traffic policy module, which applies a traffic policy document; `None` leaves it out.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// The fields to change on a TCP edge. `None` leaves a field unchanged and `Some(String::new())`
/// clears the description or metadata; an empty `hostports` list is not sent. A module given here
/// replaces the edge's current one whole; removing a module takes that module's own delete call.
#[crate::model(request)]
pub struct TCPEdgeUpdate {
    /// The id of the TCP edge to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the TCP edge. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub description: Option<String>,
    /// New machine-readable data for the TCP edge. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new set of `host:port` pairs for the TCP edge; an empty list is not sent and leaves them
    /// unchanged.
    pub hostports: Vec<String>,
    /// The backend module, which picks the backend that serves the traffic. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub backend: Option<EndpointBackendMutate>,
    /// The IP restriction module, which admits connections by source address. When given, it
    /// replaces the current one whole; `None` leaves it unchanged.
    pub ip_restriction: Option<EndpointIPPolicyMutate>,
    /// The traffic policy module, which applies a traffic policy document. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// One page of TCP edges. `next_page_uri` leads to the following page; the list iterators follow it
/// for you.
#[crate::model(response)]
pub struct TCPEdgeList {
    /// The TCP edges on this page.
    pub tcp_edges: Vec<TCPEdge>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// A TLS edge: takes TLS connections for its hostports and hands them to its backend. It either
/// terminates TLS at ngrok or passes the encrypted stream through, and can require client
/// certificates, restrict source addresses and apply a traffic policy.
#[crate::model(response)]
pub struct TLSEdge {
    /// The TLS edge's unique id, assigned by ngrok.
    pub id: String,
    /// A human-readable note on what the edge is for; at most 255 bytes. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the edge, such as a JSON document; at most
    /// 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The creation time of the TLS edge.
    pub created_at: Timestamp,
    /// The API URL of this TLS edge.
    pub uri: String,
    /// The `host:port` pairs the edge takes TLS connections on, such as `app.example.com:443`.
    pub hostports: Vec<String>,
    /// The backend module, which picks the backend that serves the traffic; `None` when it is not
    /// configured.
    pub backend: Option<EndpointBackend>,
    /// The IP restriction module, which admits connections by source address; `None` when it is not
    /// configured.
    pub ip_restriction: Option<EndpointIPPolicy>,
    /// The mutual TLS module, which requires clients to present a trusted certificate; `None` when
    /// it is not configured.
    pub mutual_tls: Option<EndpointMutualTLS>,
    /// The TLS termination module, which says how TLS is terminated; `None` when it is not
    /// configured.
    pub tls_termination: Option<EndpointTLSTermination>,
    /// The traffic policy module, which applies a traffic policy document; `None` when it is not
    /// configured.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// The fields to send when creating a TLS edge. Modules left as `None` are not configured; each can
/// also be set later through its own service under `client.edge_modules()`.
#[crate::model(request)]
pub struct TLSEdgeCreate {
    /// A human-readable note on what the edge is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the edge, such as a JSON document; at most
    /// 4096 bytes. Optional.
    pub metadata: String,
    /// The `host:port` pairs the edge is to take TLS connections on, such as `app.example.com:443`.
    pub hostports: Vec<String>,
    /// The backend module, which picks the backend that serves the traffic; `None` leaves it out.
    pub backend: Option<EndpointBackendMutate>,
    /// The IP restriction module, which admits connections by source address; `None` leaves it out.
    pub ip_restriction: Option<EndpointIPPolicyMutate>,
    /// The mutual TLS module, which requires clients to present a trusted certificate; `None`
    /// leaves it out.
    pub mutual_tls: Option<EndpointMutualTLSMutate>,
    /// The TLS termination module, which says how TLS is terminated; `None` leaves it out.
    pub tls_termination: Option<EndpointTLSTermination>,
    /// The traffic policy module, which applies a traffic policy document; `None` leaves it out.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// The fields to change on a TLS edge. `None` leaves a field unchanged and `Some(String::new())`
/// clears the description or metadata; an empty `hostports` list is not sent. A module given here
/// replaces the edge's current one whole; removing a module takes that module's own delete call.
#[crate::model(request)]
pub struct TLSEdgeUpdate {
    /// The id of the TLS edge to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the TLS edge. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub description: Option<String>,
    /// New machine-readable data for the TLS edge. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new set of `host:port` pairs for the TLS edge; an empty list is not sent and leaves them
    /// unchanged.
    pub hostports: Vec<String>,
    /// The backend module, which picks the backend that serves the traffic. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub backend: Option<EndpointBackendMutate>,
    /// The IP restriction module, which admits connections by source address. When given, it
    /// replaces the current one whole; `None` leaves it unchanged.
    pub ip_restriction: Option<EndpointIPPolicyMutate>,
    /// The mutual TLS module, which requires clients to present a trusted certificate. When given,
    /// it replaces the current one whole; `None` leaves it unchanged.
    pub mutual_tls: Option<EndpointMutualTLSMutate>,
    /// The TLS termination module, which says how TLS is terminated. When given, it replaces the
    /// current one whole; `None` leaves it unchanged.
    pub tls_termination: Option<EndpointTLSTermination>,
    /// The traffic policy module, which applies a traffic policy document. When given, it replaces
    /// the current one whole; `None` leaves it unchanged.
    pub traffic_policy: Option<EndpointTrafficPolicy>,
}

/// One page of TLS edges. `next_page_uri` leads to the following page; the list iterators follow it
/// for you.
#[crate::model(response)]
pub struct TLSEdgeList {
    /// The TLS edges on this page.
    pub tls_edges: Vec<TLSEdge>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
