//! What the API answers with for an item: its id's shape, its URI, a reference to it.

use ngrok_api::types::Ref;
use ngrok_api_mock::MockServer;

/// Asserts `id` is `<prefix>_<something>`.
pub fn assert_id(id: &str, prefix: &str) {
    let rest = id.strip_prefix(prefix).and_then(|r| r.strip_prefix('_'));
    assert!(
        rest.is_some_and(|r| !r.is_empty()),
        "{id:?} does not start with {prefix}_"
    );
}

/// The API URL of an item: `<server>/<path>/<id>`.
pub fn uri(server: &MockServer, path: &str, id: &str) -> String {
    format!("{}{path}/{id}", server.url())
}

/// The reference the API gives for an item.
pub fn reference(server: &MockServer, path: &str, id: &str) -> Ref {
    Ref {
        id: id.into(),
        uri: uri(server, path, id),
        ..Default::default()
    }
}
