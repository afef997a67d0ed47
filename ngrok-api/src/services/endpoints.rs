use crate::types::{Endpoint, EndpointCreate, EndpointList, EndpointUpdate};

/// Endpoints: the URLs at which the account receives traffic, whether an agent started them, an
/// edge serves them or they were created here as cloud endpoints.
///
/// Only cloud endpoints can be created, updated and deleted through this API; the others come and
/// go with their agents and edges, and can only be listed and read. `list()` takes `limit` and
/// `before_id` but no `filter`, and the `ids` and `urls` query parameters of the published spec are
/// not offered, since the Go client sends none of them.
// The catalog's two sources disagree on this list: the published spec lists `ids` and `urls`
// query parameters, the newer Go client sends only `before_id` and `limit`. We follow the Go
// client: it is what ngrok ships and keeps working against the live API, while the spec gives
// no encoding for the two list-valued parameters.
#[crate::service(
    name = endpoints,
    path = "/endpoints",
    id_prefix = "ep",
    resource = Endpoint,
    create(EndpointCreate),
    get,
    update(EndpointUpdate),
    delete,
    list(EndpointList, items = endpoints),
)]
pub struct Endpoints;
