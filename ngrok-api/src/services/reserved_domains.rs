use crate::types::{
    ReservedDomain, ReservedDomainCreate, ReservedDomainList, ReservedDomainUpdate,
};

/// Reserved domains: hostnames kept for the account, so endpoints can serve on them.
///
/// A domain is reserved once and then used by name when an agent starts an endpoint.
/// Custom domains (your own DNS names) need a CNAME pointing at the domain's
/// `cname_target`, and get their TLS certificate either uploaded
/// (`certificate_id`) or managed automatically (`certificate_management_policy`).
#[crate::service(
    name = reserved_domains,
    path = "/reserved_domains",
    id_prefix = "rd",
    resource = ReservedDomain,
    create(ReservedDomainCreate),
    get,
    update(ReservedDomainUpdate),
    delete,
    list(ReservedDomainList, items = reserved_domains, filter),
    action(delete_certificate_management_policy, DELETE "/{id}/certificate_management_policy"),
    action(delete_certificate, DELETE "/{id}/certificate"),
)]
pub struct ReservedDomains;
