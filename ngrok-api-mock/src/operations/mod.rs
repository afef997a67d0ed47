//! What each kind of operation does to the store, one file per kind: create, get,
//! update, delete, list, actions, and singleton modules (get, replace, delete); `insert`
//! is the storing they share. A request reaches [`dispatch`] once the gate, the router
//! and the parent check have let it through.

mod action;
mod create;
mod delete;
mod get;
mod insert;
mod list;
mod singleton;
mod update;

use ngrok_api::meta::{OperationKind, OperationMeta, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::errors;
use crate::http::{HttpRequest, HttpResponse};
use crate::store::State;

pub(crate) use insert::insert;
pub(crate) use list::prepare as prepare_list;

/// A routed, checked request.
pub(crate) struct Call<'a> {
    pub(crate) service: &'static ServiceMeta,
    pub(crate) op: &'static OperationMeta,
    /// The path's placeholder values: parents' ids, then the item's key.
    pub(crate) params: Vec<String>,
    /// The body, already checked against the operation's schema.
    pub(crate) body: Map<String, Value>,
    /// The decoded query parameters, already checked.
    pub(crate) query: Vec<(String, String)>,
    pub(crate) request: &'a HttpRequest,
}

/// Answers a routed, checked request.
pub(crate) fn dispatch(catalog: &Catalog, state: &mut State, call: Call<'_>) -> HttpResponse {
    let Call {
        service,
        op,
        params,
        body,
        query,
        request,
    } = call;
    if service.is_singleton() {
        return singleton::singleton(catalog, state, service, op, &params, body);
    }
    match op.kind {
        OperationKind::Create => create::create(catalog, state, service, params, body),
        OperationKind::Get => get::get(catalog, state, service, &params),
        OperationKind::Update => update::update(catalog, state, service, op, &params, body),
        OperationKind::Delete => delete::delete(catalog, state, service, &params),
        OperationKind::List => list::list(catalog, state, service, op, &params, &query, request),
        OperationKind::Action if op.list.is_some() => {
            list::list_related(catalog, state, service, op, &params, &query, request)
        }
        OperationKind::Replace => errors::not_found(),
        OperationKind::Action => action::action(catalog, state, service, op, &params),
    }
}

/// The path ids naming the item an action works on (an action's path may go on past
/// the item: `/{id}/certificate`).
fn item_params<'p>(service: &ServiceMeta, params: &'p [String]) -> &'p [String] {
    let item_len = ngrok_api::meta::path_params(service.path).count() + 1;
    &params[..item_len.min(params.len())]
}
