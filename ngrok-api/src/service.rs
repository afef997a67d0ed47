//! The [`Service`] trait the `#[service]` attribute implements on a service's handle.
//!
//! What a service's operations do at run time is generic and lives elsewhere: building a
//! request in `request.rs`, sending it in `transport.rs`, reading the answer in
//! `response.rs`, walking a list in `paging.rs`.

use crate::meta::ServiceMeta;
use crate::Client;

/// A service handle, declared with the [`service`](macro@crate::service) attribute.
pub trait Service: Sized {
    /// The description of the service and its operations.
    fn meta() -> &'static ServiceMeta;
    /// The handle, calling through `client`.
    fn from_client(client: Client) -> Self;
}
