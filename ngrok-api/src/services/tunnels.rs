use crate::types::{Tunnel, TunnelList};

/// Tunnels: the endpoints that online agents are serving right now. Read-only; tunnels
/// come and go with the agents that start them.
#[crate::service(
    name = tunnels,
    path = "/tunnels",
    id_prefix = "tn",
    resource = Tunnel,
    list(TunnelList, items = tunnels),
    get,
)]
pub struct Tunnels;
