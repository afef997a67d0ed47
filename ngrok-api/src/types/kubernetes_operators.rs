//! Kubernetes operators: ngrok operators deployed in clusters, with their enabled features, binding
//! settings and binding certificates. Newer than the published spec; only the Go client knows them.

use super::Ref;
use crate::Timestamp;

/// A Kubernetes operator registered with the account: an ngrok operator deployed in a cluster, the
/// features it has switched on, and the settings of its binding, if any.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct KubernetesOperator {
    /// The Kubernetes operator's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this Kubernetes operator.
    pub uri: String,
    /// The creation time of the Kubernetes operator.
    pub created_at: Timestamp,
    /// When the Kubernetes operator was last changed.
    pub updated_at: Timestamp,
    /// A human-readable note on what the Kubernetes operator is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the Kubernetes operator, such as a JSON
    /// document. Empty if none was given.
    pub metadata: String,
    /// A reference to the principal (identity) the operator is tied to.
    pub principal: Ref,
    /// The names of the operator's features that are switched on.
    pub enabled_features: Vec<String>,
    /// The ngrok region the operator is set up for.
    pub region: String,
    /// Where the operator is deployed: deployment, namespace, cluster and version.
    pub deployment: KubernetesOperatorDeployment,
    /// The operator's binding settings and certificate, or `None` when it has none.
    pub binding: Option<KubernetesOperatorBinding>,
}

/// The fields to send when registering a Kubernetes operator.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct KubernetesOperatorCreate {
    /// A human-readable note on what the Kubernetes operator is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the Kubernetes operator, such as a JSON
    /// document. Optional.
    pub metadata: String,
    /// The names of the operator's features to switch on.
    pub enabled_features: Vec<String>,
    /// The ngrok region to set the operator up for.
    pub region: String,
    /// Where the operator is deployed: deployment, namespace, cluster and version.
    pub deployment: KubernetesOperatorDeployment,
    /// Binding settings for the operator; `None` leaves them out.
    pub binding: Option<KubernetesOperatorBindingCreate>,
}

/// The fields to change on a Kubernetes operator. `None` (or an empty list) leaves a field
/// unchanged; `Some(String::new())` clears the description or metadata.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct KubernetesOperatorUpdate {
    /// The id of the Kubernetes operator to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the Kubernetes operator. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the Kubernetes operator. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// The complete new set of features to switch on, by name; an empty list is not sent and leaves
    /// them unchanged.
    pub enabled_features: Vec<String>,
    /// A new ngrok region for the operator; `None` leaves it unchanged.
    pub region: Option<String>,
    /// New binding settings for the operator; `None` leaves them unchanged.
    pub binding: Option<KubernetesOperatorBindingUpdate>,
    /// A new deployment name or version; `None` leaves the deployment details as they are.
    pub deployment: Option<KubernetesOperatorDeploymentUpdate>,
}

/// One page of Kubernetes operators. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct KubernetesOperatorList {
    /// The Kubernetes operators on this page.
    pub operators: Vec<KubernetesOperator>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// Where a Kubernetes operator is deployed: its deployment, namespace and cluster, and the
/// operator's version.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct KubernetesOperatorDeployment {
    /// The name of the operator's Kubernetes deployment.
    pub name: String,
    /// The Kubernetes namespace of the deployment.
    pub namespace: String,
    /// The version of the operator.
    pub version: String,
    /// The name of the cluster the operator runs in.
    pub cluster_name: String,
}

/// Changes to the deployment details of a Kubernetes operator. Only the deployment name and the
/// version can change; `None` leaves a field as it is.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct KubernetesOperatorDeploymentUpdate {
    /// A new name for the deployment; `None` leaves it unchanged.
    pub name: Option<String>,
    /// A new operator version; `None` leaves it unchanged.
    pub version: Option<String>,
}

/// The certificate of a Kubernetes operator's binding and the period it is valid in. The binding
/// settings sent on create and update carry a certificate signing request (`csr`) for it.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct KubernetesOperatorCert {
    /// The certificate itself, as text.
    pub cert: String,
    /// When the certificate becomes valid.
    pub not_before: Timestamp,
    /// When the certificate expires.
    pub not_after: Timestamp,
}

/// The binding settings of a Kubernetes operator: the selectors of the endpoints it binds, its
/// ingress endpoint and its certificate.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct KubernetesOperatorBinding {
    /// The selectors that pick the endpoints bound through the operator.
    pub endpoint_selectors: Vec<String>,
    /// The binding's certificate and its validity period.
    pub cert: KubernetesOperatorCert,
    /// The ingress endpoint of the binding.
    pub ingress_endpoint: String,
}

/// The binding settings to send when registering a Kubernetes operator.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct KubernetesOperatorBindingCreate {
    /// The selectors that pick the endpoints to bind through the operator.
    pub endpoint_selectors: Vec<String>,
    /// A certificate signing request (CSR) for the binding's certificate (see
    /// [`KubernetesOperatorCert`]).
    pub csr: String,
    /// The ingress endpoint for the binding; `None` leaves it out.
    pub ingress_endpoint: Option<String>,
}

/// Changes to the binding settings of a Kubernetes operator. `None` (or an empty list) leaves a
/// field unchanged.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct KubernetesOperatorBindingUpdate {
    /// The complete new set of endpoint selectors; an empty list is not sent and leaves them
    /// unchanged.
    pub endpoint_selectors: Vec<String>,
    /// A new certificate signing request for the binding; `None` leaves it unchanged.
    pub csr: Option<String>,
    /// A new ingress endpoint for the binding; `None` leaves it unchanged.
    pub ingress_endpoint: Option<String>,
}
