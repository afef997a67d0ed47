use crate::types::{TunnelSession, TunnelSessionList};

/// Tunnel sessions: the connections that running ngrok agents hold open to ngrok.
///
/// They are created by agents, not by this API; it can list and read them, and ask an
/// agent to restart, stop or update itself.
#[crate::service(
    name = tunnel_sessions,
    path = "/tunnel_sessions",
    id_prefix = "ts",
    resource = TunnelSession,
    list(TunnelSessionList, items = tunnel_sessions, filter),
    get,
    action(restart, POST "/{id}/restart"),
    action(stop, POST "/{id}/stop"),
    action(update, POST "/{id}/update"),
)]
pub struct TunnelSessions;
