//! Tunnel sessions: the connections of running ngrok agents, and the commands that can be sent to
//! those agents.

use super::Ref;
use crate::Timestamp;

/// A tunnel session: the connection of one running ngrok agent to ngrok, which carries that agent's
/// tunnels.
#[crate::model(response)]
pub struct TunnelSession {
    /// The version of the ngrok agent behind the session.
    pub agent_version: String,
    /// The tunnel credential or SSH credential the agent authenticated with.
    pub credential: Ref,
    /// The tunnel session's unique id, assigned by ngrok.
    pub id: String,
    /// The IP address the agent connected from.
    pub ip: String,
    /// The metadata set in the agent's configuration file, if any.
    pub metadata: String,
    /// The operating system of the machine the agent runs on.
    pub os: String,
    /// The ngrok region the agent connected to, such as `us` or `eu`.
    pub region: String,
    /// When the agent first connected for this session.
    pub started_at: Timestamp,
    /// The protocol the agent connected with: `ngrok/v2` for the ngrok agent or `ssh`.
    pub transport: String,
    /// The API URL of this tunnel session.
    pub uri: String,
}

/// One page of tunnel sessions. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct TunnelSessionList {
    /// The tunnel sessions on this page.
    pub tunnel_sessions: Vec<TunnelSession>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// The argument of the call that asks an agent to update itself to the newest release of its major
/// version. It holds only the session's id, which goes into the request path, so no body is sent.
/// (The plural in the name is the API's.)
#[crate::model(request)]
pub struct TunnelSessionsUpdate {
    /// The id of the tunnel session whose agent should update. It goes into the request path.
    pub id: String,
}
