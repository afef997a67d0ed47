use crate::types::{
    Endpoint, EndpointList, KubernetesOperator, KubernetesOperatorCreate, KubernetesOperatorList,
    KubernetesOperatorUpdate,
};

/// Kubernetes operators: the ngrok operators that run in Kubernetes clusters, registered with the
/// account together with their deployment details, enabled features and binding settings.
///
/// Newer than the published spec: only the Go client knows this service, so these docs go no
/// further than its names and types. Besides the usual calls, `get_bound_endpoints` lists, page by
/// page, the endpoints bound through one operator. The list takes no `filter`.
#[crate::service(
    name = kubernetes_operators,
    path = "/kubernetes_operators",
    id_prefix = "k8sop",
    resource = KubernetesOperator,
    create(KubernetesOperatorCreate),
    get,
    update(KubernetesOperatorUpdate),
    delete,
    list(KubernetesOperatorList, items = operators),
    action(get_bound_endpoints, GET "/{id}/bound_endpoints", list(EndpointList, items = endpoints, item = Endpoint)),
)]
pub struct KubernetesOperators;
