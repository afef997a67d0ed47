use crate::types::{AgentIngress, AgentIngressCreate, AgentIngressList, AgentIngressUpdate};

/// Agent ingresses: domains of your own, delegated to ngrok, through which your agents connect to
/// ngrok instead of its default addresses.
///
/// After creating one, point the domain's NS records at its `ns_targets`; agents then connect
/// through the names in `region_domains`. ngrok can also obtain the TLS certificates for them
/// (`certificate_management_policy`). The domain itself cannot be changed afterwards.
#[crate::service(
    name = agent_ingresses,
    path = "/agent_ingresses",
    id_prefix = "agin",
    resource = AgentIngress,
    create(AgentIngressCreate),
    get,
    update(AgentIngressUpdate),
    delete,
    list(AgentIngressList, items = ingresses, filter),
)]
pub struct AgentIngresses;
