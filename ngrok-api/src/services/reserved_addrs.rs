use crate::types::{ReservedAddr, ReservedAddrCreate, ReservedAddrList, ReservedAddrUpdate};

/// Reserved addresses: TCP addresses (`host:port`) held by the account, so that its TCP endpoints
/// can serve on a fixed address.
///
/// ngrok picks the address when you reserve one; you choose only the region, and afterwards only
/// the description and metadata can change.
#[crate::service(
    name = reserved_addrs,
    path = "/reserved_addrs",
    id_prefix = "ra",
    resource = ReservedAddr,
    create(ReservedAddrCreate),
    get,
    update(ReservedAddrUpdate),
    delete,
    list(ReservedAddrList, items = reserved_addrs, filter),
)]
pub struct ReservedAddrs;
