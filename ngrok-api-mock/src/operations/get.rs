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
            let shown = shown(catalog, state, service, entry, kept, since);
            HttpResponse {
                status: 200,
                headers: vec![("content-type".into(), "application/json".into())],
                body: shown.json.to_vec(),
            }
        }
        None => errors::not_found(),
    }
}
