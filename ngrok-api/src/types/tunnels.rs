//! Tunnels: the tunnels that agents currently have online on the account.

use std::collections::BTreeMap;

use super::Ref;
use crate::Timestamp;

/// A tunnel that is online: started by an agent, and serving traffic either at a public URL or for
/// the backends that select it by its labels.
#[crate::model(response)]
pub struct Tunnel {
    /// The tunnel's unique id, assigned by ngrok.
    pub id: String,
    /// The URL at which the tunnel's endpoint is reached; empty for a tunnel without one, such as a
    /// backend tunnel.
    pub public_url: String,
    /// When the agent started the tunnel.
    pub started_at: Timestamp,
    /// The metadata set for the tunnel in the agent's configuration, if any.
    pub metadata: String,
    /// The tunnel's protocol: `http`, `https`, `tcp` or `tls`.
    pub proto: String,
    /// The ngrok region the tunnel runs in, such as `us` or `eu`.
    pub region: String,
    /// The tunnel session of the agent that started the tunnel.
    pub tunnel_session: Ref,
    /// The endpoint the tunnel serves, when an agent started the tunnel for one; `None` otherwise.
    pub endpoint: Option<Ref>,
    /// The labels by which tunnel group backends select this tunnel; empty unless it is a backend
    /// tunnel.
    pub labels: BTreeMap<String, String>,
    /// The tunnel group backends this tunnel serves.
    pub backends: Vec<Ref>,
    /// Where the agent sends the tunnel's traffic: a URL or a network address.
    pub forwards_to: String,
}

/// One page of online tunnels. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct TunnelList {
    /// The online tunnels on this page.
    pub tunnels: Vec<Tunnel>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
