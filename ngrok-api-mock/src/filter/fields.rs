//! The fields a filter may name on a list: the client crate's table
//! ([`ngrok_api::filtering`]), which is what the API documents.
//!
//! Every list of `ngrok-api` that takes a filter is in that table (its unit test checks
//! it). A list it leaves out, that is a service declared in another crate and served with
//! `MockServerBuilder::service`, takes the fields every documented list shares, `id`,
//! `created_at`, `description` and `metadata`, where its resource has them: each list of the
//! guide allows those of the four that its resource has (`service_users` and
//! `tunnel_sessions` lack some, and so do their resources), so they are the one choice the
//! documentation supports; anything more would be invented, and a test that passes here
//! must not fail on the API.

use std::borrow::Cow;

use ngrok_api::filtering::{filterable_fields, SHARED};
use ngrok_api::meta::ServiceMeta;

/// The fields a filter may name on `service`'s list.
pub(super) fn allowed(service: &ServiceMeta) -> Cow<'static, [&'static str]> {
    match filterable_fields(&service.qualified_name()) {
        Some(fields) => Cow::Borrowed(fields),
        None => {
            let resource = (service.resource)();
            Cow::Owned(
                SHARED
                    .iter()
                    .copied()
                    .filter(|f| resource.field(f).is_some())
                    .collect(),
            )
        }
    }
}
