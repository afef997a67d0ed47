use crate::types::{Endpoint, EndpointCreate, EndpointList, EndpointUpdate};

/// Endpoints: the URLs at which the account receives traffic, whether an agent started them, an
/// edge serves them or they were created here as cloud endpoints.
///
/// Only cloud endpoints can be created, updated and deleted through this API; the others come and
/// go with their agents and edges, and can only be listed and read. `list()` takes `limit`,
/// `before_id` and a `filter` expression (such as `obj.url == "https://app.example.com"`), which
/// replaces the deprecated `ids` and `urls` parameters of the published spec.
// The catalog's two sources disagree on this list: the published spec lists `ids` and `urls`
// query parameters, the Go client sends only `before_id` and `limit`. Neither is followed
// exactly. The official Rust client (ngrok-api 0.12) sends a `filter` CEL expression here and
// marks its id/url parameters deprecated in favour of it, so the live API takes `filter`;
// this list offers it (`obj.url == "https://..."` replaces `urls`), and not the deprecated
// `ids`/`urls`, whose list encoding the spec does not give.
#[crate::service(
    name = endpoints,
    path = "/endpoints",
    id_prefix = "ep",
    resource = Endpoint,
    create(EndpointCreate),
    get,
    update(EndpointUpdate),
    delete,
    list(EndpointList, items = endpoints, filter),
)]
pub struct Endpoints;
