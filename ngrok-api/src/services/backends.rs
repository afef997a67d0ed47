use crate::types::{
    FailoverBackend, FailoverBackendCreate, FailoverBackendList, FailoverBackendUpdate,
    HTTPResponseBackend, HTTPResponseBackendCreate, HTTPResponseBackendList,
    HTTPResponseBackendUpdate, StaticBackend, StaticBackendCreate, StaticBackendList,
    StaticBackendUpdate, TunnelGroupBackend, TunnelGroupBackendCreate, TunnelGroupBackendList,
    TunnelGroupBackendUpdate, WeightedBackend, WeightedBackendCreate, WeightedBackendList,
    WeightedBackendUpdate,
};

/// Failover backends: ordered lists of other backends, where traffic goes to the first child that
/// can take it. Use one to keep a fallback (another tunnel group, a fixed HTTP response) behind a
/// primary backend. Reached as `client.backends().failover()`.
#[crate::service(
    name = failover,
    group = backends,
    path = "/backends/failover",
    id_prefix = "bkdfo",
    resource = FailoverBackend,
    create(FailoverBackendCreate),
    get,
    update(FailoverBackendUpdate),
    delete,
    list(FailoverBackendList, items = backends),
)]
pub struct FailoverBackends;

/// HTTP response backends: backends that answer every request themselves with a fixed status code,
/// headers and body, such as a maintenance page. Reached as `client.backends().http_response()`.
#[crate::service(
    name = http_response,
    group = backends,
    path = "/backends/http_response",
    id_prefix = "bkdhr",
    resource = HTTPResponseBackend,
    create(HTTPResponseBackendCreate),
    get,
    update(HTTPResponseBackendUpdate),
    delete,
    list(HTTPResponseBackendList, items = backends),
)]
pub struct HTTPResponseBackends;

/// Static backends: backends that forward traffic to one fixed network address, optionally over
/// TLS, without an agent in between. The API path is `/backends/static`, while the service is named
/// after the Go client's package. Reached as `client.backends().static_address()`.
#[crate::service(
    name = static_address,
    group = backends,
    path = "/backends/static",
    id_prefix = "bkdsb",
    resource = StaticBackend,
    create(StaticBackendCreate),
    get,
    update(StaticBackendUpdate),
    delete,
    list(StaticBackendList, items = backends),
)]
pub struct StaticBackends;

/// Tunnel group backends: backends served by whichever online tunnels carry matching labels, so
/// agents join or leave the group by starting or stopping labeled tunnels. The backend's `tunnels`
/// field shows the tunnels currently matched. Reached as `client.backends().tunnel_group()`.
#[crate::service(
    name = tunnel_group,
    group = backends,
    path = "/backends/tunnel_group",
    id_prefix = "bkdtg",
    resource = TunnelGroupBackend,
    create(TunnelGroupBackendCreate),
    get,
    update(TunnelGroupBackendUpdate),
    delete,
    list(TunnelGroupBackendList, items = backends),
)]
pub struct TunnelGroupBackends;

/// Weighted backends: backends that share traffic out among child backends by weight (0 to 10000
/// each), for example to send a small share to a new release. Reached as
/// `client.backends().weighted()`.
#[crate::service(
    name = weighted,
    group = backends,
    path = "/backends/weighted",
    id_prefix = "bkdwb",
    resource = WeightedBackend,
    create(WeightedBackendCreate),
    get,
    update(WeightedBackendUpdate),
    delete,
    list(WeightedBackendList, items = backends),
)]
pub struct WeightedBackends;
