//! The fields a filter may name on a list: the client crate's table
//! ([`ngrok_api::filtering`]), which is what the API documents.
//!
//! A list the table leaves out (tunnels, edges, ... whose filter the guide does not
//! describe) takes the fields every documented list shares, `id`, `created_at`,
//! `description` and `metadata`, where its resource has them: every list in the guide allows
//! those that its resource has (only `service_users` lacks some, and its resource lacks them
//! too), so they are the one choice the documentation supports; anything more would be
//! invented, and a test that passes here must not fail on the API.

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
