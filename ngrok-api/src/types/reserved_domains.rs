//! Reserved domains: hostnames held by the account, with their DNS targets and the management of
//! their TLS certificates.

use super::Ref;
use crate::Timestamp;

/// A reserved domain: a hostname the account holds so that its endpoints and edges can serve it,
/// with the DNS records it needs and its TLS certificate settings.
#[crate::model(response)]
pub struct ReservedDomain {
    /// The reserved domain's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this reserved domain.
    pub uri: String,
    /// The creation time of the reserved domain.
    pub created_at: Timestamp,
    /// A human-readable note on what the reserved domain is for; at most 255 bytes. Empty if none
    /// was given.
    pub description: String,
    /// Free-form data for your programs to attach to the reserved domain, such as a JSON document;
    /// at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The reserved hostname, such as `app.example.com`.
    pub domain: String,
    /// The region the domain was reserved in. Deprecated: domains are now served from all regions,
    /// and the field is usually empty.
    pub region: String,
    /// For a domain of your own, the host your DNS CNAME record for it must point at; `None` for a
    /// domain under one of ngrok's own domains (such as `*.ngrok.app`).
    pub cname_target: Option<String>,
    /// The TLS certificate served for this domain: one you uploaded or the latest one ngrok
    /// obtained. `None` if there is neither.
    pub certificate: Option<Ref>,
    /// How ngrok obtains certificates for this domain, or `None` if it does not manage them.
    pub certificate_management_policy: Option<ReservedDomainCertPolicy>,
    /// How the automatic certificate management is going, or `None` if ngrok does not manage
    /// certificates for this domain.
    pub certificate_management_status: Option<ReservedDomainCertStatus>,
    /// For a wildcard domain of your own, the host that a CNAME record for
    /// `_acme-challenge.<domain>` must point at so certificates can be issued; `None` for other
    /// domains.
    pub acme_challenge_cname_target: Option<String>,
    /// Where the domain's traffic is served: one entry per point of presence, or a single `global`
    /// entry. Newer than the published spec (Go client only).
    pub resolves_to: Vec<ReservedDomainResolvesToEntry>,
}

/// The fields to send when reserving a domain. For TLS, give either `certificate_id` (a certificate
/// you uploaded) or `certificate_management_policy` (ngrok obtains certificates itself), not both.
#[crate::model(request)]
pub struct ReservedDomainCreate {
    /// The hostname to reserve: a name under one of ngrok's own domains, or a domain of yours
    /// (which then needs the DNS record given in `cname_target`). Required.
    pub domain: String,
    /// Deprecated and best left empty: domains are now served from all regions.
    pub region: String,
    /// A human-readable note on what the reserved domain is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the reserved domain, such as a JSON document;
    /// at most 4096 bytes. Optional.
    pub metadata: String,
    /// The id of a TLS certificate you uploaded, to serve for this domain. Leave `None` when
    /// setting `certificate_management_policy`.
    pub certificate_id: Option<String>,
    /// Have ngrok obtain and renew certificates for this domain with this policy. Leave `None` when
    /// setting `certificate_id`.
    pub certificate_management_policy: Option<ReservedDomainCertPolicy>,
    /// Where the domain's traffic should be served; empty means the default. Newer than the
    /// published spec (Go client only).
    pub resolves_to: Vec<ReservedDomainResolvesToEntry>,
}

/// The fields to change on a reserved domain. `None` leaves a field unchanged;
/// `Some(String::new())` clears it. As on creation, `certificate_id` and
/// `certificate_management_policy` exclude each other.
#[crate::model(request)]
pub struct ReservedDomainUpdate {
    /// The id of the reserved domain to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the reserved domain. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the reserved domain. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// The id of an uploaded TLS certificate to serve for this domain instead. `None` leaves it
    /// unchanged. Excludes `certificate_management_policy`.
    pub certificate_id: Option<String>,
    /// A new policy for ngrok to obtain certificates with; `None` leaves it unchanged. Excludes
    /// `certificate_id`.
    pub certificate_management_policy: Option<ReservedDomainCertPolicy>,
    /// New places to serve the domain's traffic from; an empty list is not sent and leaves them
    /// unchanged. Newer than the published spec (Go client only).
    pub resolves_to: Vec<ReservedDomainResolvesToEntry>,
}

/// One page of reserved domains. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct ReservedDomainList {
    /// The reserved domains on this page.
    pub reserved_domains: Vec<ReservedDomain>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// How ngrok obtains TLS certificates for a reserved domain on its own: from which certificate
/// authority and with which kind of key.
#[crate::model(response)]
pub struct ReservedDomainCertPolicy {
    /// The certificate authority to obtain certificates from. Only `letsencrypt` is accepted.
    pub authority: String,
    /// The kind of key the certificates are issued for: `ecdsa` (the default) or `rsa`.
    pub private_key_type: String,
}

/// Where the automatic certificate management of a reserved domain stands: when the certificate is
/// renewed next and the job running, if any.
#[crate::model(response)]
pub struct ReservedDomainCertStatus {
    /// When ngrok will next ask for a fresh certificate, or `None` if nothing is planned.
    pub renews_at: Option<Timestamp>,
    /// The job obtaining or renewing the certificate right now, or `None` if none is running.
    pub provisioning_job: Option<ReservedDomainCertJob>,
}

/// A job that obtains or renews the certificate of a reserved domain, reported while it runs or
/// waits to be retried.
#[crate::model(response)]
pub struct ReservedDomainCertJob {
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

/// One place that serves a reserved domain's traffic: an ngrok point of presence, or all of them.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct ReservedDomainResolvesToEntry {
    /// The short code of an ngrok point of presence (such as `us` or `eu`), or `global` for all of
    /// them.
    pub value: String,
}
