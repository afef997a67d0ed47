//! Agent ingresses: domains of your own, delegated to ngrok, through which agents connect to ngrok,
//! with the management of their TLS certificates.

use crate::Timestamp;

/// An agent ingress: a domain of yours, delegated to ngrok by NS records, under which ngrok makes
/// regional addresses for your agents to connect to instead of its default ones.
#[crate::model(response)]
pub struct AgentIngress {
    /// The agent ingress's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this agent ingress.
    pub uri: String,
    /// A human-readable note on what the agent ingress is for; at most 255 bytes. Empty if none was
    /// given.
    pub description: String,
    /// Free-form data for your programs to attach to the agent ingress, such as a JSON document; at
    /// most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The domain of yours that the ingress is built on; the regional ingress domains are made
    /// under it.
    pub domain: String,
    /// The name servers that the domain's NS records must point at, which hands control of the
    /// domain to ngrok.
    pub ns_targets: Vec<String>,
    /// The regional ingress domains ngrok made under `domain`, for agents to connect to. More can
    /// appear as ngrok opens regions.
    pub region_domains: Vec<String>,
    /// The creation time of the agent ingress.
    pub created_at: Timestamp,
    /// How ngrok obtains TLS certificates for the ingress, or `None` if it does not manage them.
    pub certificate_management_policy: Option<AgentIngressCertPolicy>,
    /// How the automatic certificate management is going, or `None` if ngrok does not manage
    /// certificates for the ingress.
    pub certificate_management_status: Option<AgentIngressCertStatus>,
}

/// The fields to send when creating an agent ingress. `domain` must be set; after creation, point
/// the domain's NS records at the returned `ns_targets`.
#[crate::model(request)]
pub struct AgentIngressCreate {
    /// A human-readable note on what the agent ingress is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the agent ingress, such as a JSON document; at
    /// most 4096 bytes. Optional.
    pub metadata: String,
    /// A domain you own, for ngrok to make the regional ingress domains under. Required.
    pub domain: String,
    /// Have ngrok obtain and renew TLS certificates for the ingress with this policy; `None` leaves
    /// that off.
    pub certificate_management_policy: Option<AgentIngressCertPolicy>,
}

/// The fields to change on an agent ingress. `None` leaves a field unchanged; `Some(String::new())`
/// clears it. The domain cannot be changed.
#[crate::model(request)]
pub struct AgentIngressUpdate {
    /// The id of the agent ingress to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the agent ingress. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the agent ingress. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new policy for ngrok to obtain certificates with; `None` leaves it unchanged.
    pub certificate_management_policy: Option<AgentIngressCertPolicy>,
}

/// One page of agent ingresses. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct AgentIngressList {
    /// The agent ingresses on this page.
    pub ingresses: Vec<AgentIngress>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// How ngrok obtains TLS certificates for an agent ingress on its own: from which certificate
/// authority and with which kind of key.
#[crate::model(response)]
pub struct AgentIngressCertPolicy {
    /// The certificate authority to obtain certificates from. Only `letsencrypt` is accepted.
    pub authority: String,
    /// The kind of key the certificates are issued for: `rsa` (the default here, unlike for
    /// reserved domains) or `ecdsa`.
    pub private_key_type: String,
}

/// Where the automatic certificate management of an agent ingress stands: when the certificate is
/// renewed next and the job running, if any.
#[crate::model(response)]
pub struct AgentIngressCertStatus {
    /// When ngrok will next ask for a fresh certificate, or `None` if nothing is planned.
    pub renews_at: Option<Timestamp>,
    /// The job obtaining or renewing the certificate right now, or `None` if none is running.
    pub provisioning_job: Option<AgentIngressCertJob>,
}

/// A job that obtains or renews the certificate of an agent ingress, reported while it runs or
/// waits to be retried.
#[crate::model(response)]
pub struct AgentIngressCertJob {
    /// Why the job is failing, or `None` while it is not: `INTERNAL_ERROR` passes by itself, while
    /// `DNS_ERROR` needs you to fix the domain's DNS records.
    pub error_code: Option<String>,
    /// A human-readable account of the job's progress or error.
    pub msg: String,
    /// When the job started.
    pub started_at: Timestamp,
    /// When the job will be tried again after a failure, or `None` if no retry is planned.
    pub retries_at: Option<Timestamp>,
}
