//! Get: one item, shown with its nested items (its kept shown form, copied).

use ngrok_api::meta::ServiceMeta;

use crate::catalog::Catalog;
use crate::errors;
use crate::http::HttpResponse;
use crate::relations::embedding::{shown, since};
use crate::store::State;

pub(super) fn get(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    params: &[String],
) -> HttpResponse {
    let found = state
        .collection(&catalog.name_of(service))
        .and_then(|c| c.get_shown(params));
    match found {
        Some((entry, kept)) => {
            let since = since(catalog, state, service);
            let body = match kept {
                Some(kept) if kept.is_current(since) => kept.json.to_vec(),
                _ => shown(catalog, state, service, entry, None, since)
                    .json
                    .to_vec(),
            };
            HttpResponse {
                status: 200,
                headers: vec![("content-type".into(), "application/json".into())],
                body,
            }
        }
        None => errors::not_found(),
    }
}
