//! Cascading deletes: nested items go with their parent (an edge's routes, a
//! subscription's sources), and replacing a parent's list replaces its nested items.

use ngrok_api::meta::ServiceMeta;

use crate::relations::Relations;
use crate::store::State;

/// Removes the items of `service` (and of the services nested in it) that live under
/// `prefix`.
pub(crate) fn remove_descendants(
    relations: &Relations,
    state: &mut State,
    service: &ServiceMeta,
    prefix: &[String],
) {
    state.remove_under(&service.qualified_name(), prefix);
    remove_nested(relations, state, service, prefix);
}

/// Removes the items of the services nested in `service` that live under `prefix`.
pub(crate) fn remove_nested(
    relations: &Relations,
    state: &mut State,
    service: &ServiceMeta,
    prefix: &[String],
) {
    let name = service.qualified_name();
    for child in relations.children_of(&name) {
        remove_descendants(relations, state, child, prefix);
    }
}
