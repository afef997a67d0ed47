//! Reserved addresses: TCP addresses (`host:port`) that the account holds so its TCP endpoints can
//! serve on them.

use crate::Timestamp;

/// A reserved address: a TCP `host:port` the account holds, so that its TCP endpoints can serve on
/// a fixed address.
#[crate::model(response)]
pub struct ReservedAddr {
    /// The reserved address's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this reserved address.
    pub uri: String,
    /// The creation time of the reserved address.
    pub created_at: Timestamp,
    /// A human-readable note on what the address is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the reserved address, such as a JSON document;
    /// at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The reserved address, as `host:port`. ngrok picks it on creation.
    pub addr: String,
    /// The ngrok region the address was reserved in: `us`, `eu`, `ap`, `au`, `jp`, `in` or `sa`.
    pub region: String,
}

/// The fields to send when reserving a TCP address. ngrok picks the address itself; every field is
/// optional.
#[crate::model(request)]
pub struct ReservedAddrCreate {
    /// A human-readable note on what the address is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the reserved address, such as a JSON document;
    /// at most 4096 bytes. Optional.
    pub metadata: String,
    /// The ngrok region to reserve the address in: `us`, `eu`, `ap`, `au`, `jp`, `in` or `sa`.
    /// Empty means `us`.
    pub region: String,
}

/// The fields to change on a reserved address. `None` leaves a field unchanged;
/// `Some(String::new())` clears it. The address and its region cannot be changed.
#[crate::model(request)]
pub struct ReservedAddrUpdate {
    /// The id of the reserved address to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the reserved address. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the reserved address. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
}

/// One page of reserved addresses. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct ReservedAddrList {
    /// The reserved addresses on this page.
    pub reserved_addrs: Vec<ReservedAddr>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
