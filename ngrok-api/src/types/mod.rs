//! The request and response types of the API, named as the API names them.
//!
//! A resource type (`ReservedDomain`) is what the API returns; `...Create` holds the fields to send
//! when creating one, `...Update` the fields to change, and `...List` is one page of a list. Every
//! type implements [`Default`], so a request names only what it sets and ends with
//! `..Default::default()`. Fields that are `None`, empty or zero are left out of the JSON that is
//! sent; in an update, `None` leaves a field as it is while `Some(String::new())` clears it. Fields
//! that hold credentials are hidden from `Debug` output.

// These files are written by hand, one file per service or area, like `services/`. The coverage
// test (`cargo test -p ngrok-api-tests --test coverage`) compares them with `api/catalog.json`:
// for a schema or field the API grew, it prints the declaration to paste and the file and line
// where it goes; then write its docs. A new type also needs its line in `schemas()` below.

mod abuse_reports;
mod agent_ingresses;
mod ai_gateway_api_keys;
mod api_keys;
mod applications;
mod arguments;
mod backends;
mod certificate_authorities;
mod common;
mod credentials;
mod edge_module_replace;
mod edges;
mod edges_tcp_tls;
mod endpoint_modules;
mod endpoints;
mod event_destinations;
mod event_subscriptions;
mod ip_policies;
mod ip_restrictions;
mod kubernetes_operators;
mod reserved_addrs;
mod reserved_domains;
mod secrets;
mod ssh;
mod tls_certificates;
mod tunnel_sessions;
mod tunnels;
mod users;

pub use abuse_reports::*;
pub use agent_ingresses::*;
pub use ai_gateway_api_keys::*;
pub use api_keys::*;
pub use applications::*;
pub use arguments::*;
pub use backends::*;
pub use certificate_authorities::*;
pub use common::*;
pub use credentials::*;
pub use edge_module_replace::*;
pub use edges::*;
pub use edges_tcp_tls::*;
pub use endpoint_modules::*;
pub use endpoints::*;
pub use event_destinations::*;
pub use event_subscriptions::*;
pub use ip_policies::*;
pub use ip_restrictions::*;
pub use kubernetes_operators::*;
pub use reserved_addrs::*;
pub use reserved_domains::*;
pub use secrets::*;
pub use ssh::*;
pub use tls_certificates::*;
pub use tunnel_sessions::*;
pub use tunnels::*;
pub use users::*;

/// The description of every type in this module: field names, JSON types and which fields are
/// secret. The coverage test compares them with the API catalog.
// One line per type, kept by hand: a type left out is named by the coverage test.
pub fn schemas() -> &'static [crate::meta::SchemaFn] {
    &[
        <Ref as crate::Model>::schema,
        <Item as crate::Model>::schema,
        <APIKey as crate::Model>::schema,
        <APIKeyCreate as crate::Model>::schema,
        <APIKeyUpdate as crate::Model>::schema,
        <APIKeyList as crate::Model>::schema,
        <ReservedDomain as crate::Model>::schema,
        <ReservedDomainCreate as crate::Model>::schema,
        <ReservedDomainUpdate as crate::Model>::schema,
        <ReservedDomainList as crate::Model>::schema,
        <ReservedDomainCertPolicy as crate::Model>::schema,
        <ReservedDomainCertStatus as crate::Model>::schema,
        <ReservedDomainCertJob as crate::Model>::schema,
        <ReservedDomainResolvesToEntry as crate::Model>::schema,
        <IPPolicy as crate::Model>::schema,
        <IPPolicyCreate as crate::Model>::schema,
        <IPPolicyUpdate as crate::Model>::schema,
        <IPPolicyList as crate::Model>::schema,
        <IPPolicyRule as crate::Model>::schema,
        <IPPolicyRuleCreate as crate::Model>::schema,
        <IPPolicyRuleUpdate as crate::Model>::schema,
        <IPPolicyRuleList as crate::Model>::schema,
        <HTTPSEdge as crate::Model>::schema,
        <HTTPSEdgeCreate as crate::Model>::schema,
        <HTTPSEdgeUpdate as crate::Model>::schema,
        <HTTPSEdgeList as crate::Model>::schema,
        <HTTPSEdgeRoute as crate::Model>::schema,
        <HTTPSEdgeRouteCreate as crate::Model>::schema,
        <HTTPSEdgeRouteUpdate as crate::Model>::schema,
        <EndpointBackend as crate::Model>::schema,
        <EndpointBackendMutate as crate::Model>::schema,
        <EndpointCircuitBreaker as crate::Model>::schema,
        <EndpointCompression as crate::Model>::schema,
        <EndpointIPPolicy as crate::Model>::schema,
        <EndpointIPPolicyMutate as crate::Model>::schema,
        <EndpointMutualTLS as crate::Model>::schema,
        <EndpointMutualTLSMutate as crate::Model>::schema,
        <EndpointOAuth as crate::Model>::schema,
        <EndpointOAuthProvider as crate::Model>::schema,
        <EndpointOAuthAmazon as crate::Model>::schema,
        <EndpointOAuthFacebook as crate::Model>::schema,
        <EndpointOAuthGitHub as crate::Model>::schema,
        <EndpointOAuthGitLab as crate::Model>::schema,
        <EndpointOAuthGoogle as crate::Model>::schema,
        <EndpointOAuthLinkedIn as crate::Model>::schema,
        <EndpointOAuthMicrosoft as crate::Model>::schema,
        <EndpointOAuthTwitch as crate::Model>::schema,
        <EndpointOIDC as crate::Model>::schema,
        <EndpointRequestHeaders as crate::Model>::schema,
        <EndpointResponseHeaders as crate::Model>::schema,
        <EndpointSAML as crate::Model>::schema,
        <EndpointSAMLMutate as crate::Model>::schema,
        <EndpointTLSTermination as crate::Model>::schema,
        <EndpointTLSTerminationAtEdge as crate::Model>::schema,
        <EndpointTrafficPolicy as crate::Model>::schema,
        <EndpointUserAgentFilter as crate::Model>::schema,
        <EndpointWebhookValidation as crate::Model>::schema,
        <EndpointWebsocketTCPConverter as crate::Model>::schema,
        <TunnelSession as crate::Model>::schema,
        <TunnelSessionList as crate::Model>::schema,
        <TunnelSessionsUpdate as crate::Model>::schema,
        <EventSubscription as crate::Model>::schema,
        <EventSubscriptionCreate as crate::Model>::schema,
        <EventSubscriptionUpdate as crate::Model>::schema,
        <EventSubscriptionList as crate::Model>::schema,
        <EventSource as crate::Model>::schema,
        <EventSourceCreate as crate::Model>::schema,
        <EventSourceUpdate as crate::Model>::schema,
        <EventSourceReplace as crate::Model>::schema,
        <EventSourceList as crate::Model>::schema,
        <Tunnel as crate::Model>::schema,
        <TunnelList as crate::Model>::schema,
        <EventDestination as crate::Model>::schema,
        <EventDestinationCreate as crate::Model>::schema,
        <EventDestinationUpdate as crate::Model>::schema,
        <EventDestinationList as crate::Model>::schema,
        <EventTarget as crate::Model>::schema,
        <EventTargetFirehose as crate::Model>::schema,
        <EventTargetKinesis as crate::Model>::schema,
        <EventTargetCloudwatchLogs as crate::Model>::schema,
        <EventTargetDatadog as crate::Model>::schema,
        <EventTargetAzureLogsIngestion as crate::Model>::schema,
        <AWSAuth as crate::Model>::schema,
        <AWSRole as crate::Model>::schema,
        <AWSCredentials as crate::Model>::schema,
        <Secret as crate::Model>::schema,
        <SecretCreate as crate::Model>::schema,
        <SecretUpdate as crate::Model>::schema,
        <SecretList as crate::Model>::schema,
        <Vault as crate::Model>::schema,
        <VaultCreate as crate::Model>::schema,
        <VaultUpdate as crate::Model>::schema,
        <VaultList as crate::Model>::schema,
        <BotUser as crate::Model>::schema,
        <BotUserCreate as crate::Model>::schema,
        <BotUserUpdate as crate::Model>::schema,
        <BotUserList as crate::Model>::schema,
        <ServiceUser as crate::Model>::schema,
        <ServiceUserCreate as crate::Model>::schema,
        <ServiceUserUpdate as crate::Model>::schema,
        <ServiceUserList as crate::Model>::schema,
        <AIGatewayAPIKey as crate::Model>::schema,
        <AIGatewayAPIKeyCreate as crate::Model>::schema,
        <AIGatewayAPIKeyUpdate as crate::Model>::schema,
        <AIGatewayAPIKeyList as crate::Model>::schema,
        <KubernetesOperator as crate::Model>::schema,
        <KubernetesOperatorCreate as crate::Model>::schema,
        <KubernetesOperatorUpdate as crate::Model>::schema,
        <KubernetesOperatorList as crate::Model>::schema,
        <KubernetesOperatorDeployment as crate::Model>::schema,
        <KubernetesOperatorDeploymentUpdate as crate::Model>::schema,
        <KubernetesOperatorCert as crate::Model>::schema,
        <KubernetesOperatorBinding as crate::Model>::schema,
        <KubernetesOperatorBindingCreate as crate::Model>::schema,
        <KubernetesOperatorBindingUpdate as crate::Model>::schema,
        <FailoverBackend as crate::Model>::schema,
        <FailoverBackendCreate as crate::Model>::schema,
        <FailoverBackendUpdate as crate::Model>::schema,
        <FailoverBackendList as crate::Model>::schema,
        <HTTPResponseBackend as crate::Model>::schema,
        <HTTPResponseBackendCreate as crate::Model>::schema,
        <HTTPResponseBackendUpdate as crate::Model>::schema,
        <HTTPResponseBackendList as crate::Model>::schema,
        <StaticBackend as crate::Model>::schema,
        <StaticBackendTLS as crate::Model>::schema,
        <StaticBackendCreate as crate::Model>::schema,
        <StaticBackendUpdate as crate::Model>::schema,
        <StaticBackendList as crate::Model>::schema,
        <TunnelGroupBackend as crate::Model>::schema,
        <TunnelGroupBackendCreate as crate::Model>::schema,
        <TunnelGroupBackendUpdate as crate::Model>::schema,
        <TunnelGroupBackendList as crate::Model>::schema,
        <WeightedBackend as crate::Model>::schema,
        <WeightedBackendCreate as crate::Model>::schema,
        <WeightedBackendUpdate as crate::Model>::schema,
        <WeightedBackendList as crate::Model>::schema,
        <TCPEdge as crate::Model>::schema,
        <TCPEdgeCreate as crate::Model>::schema,
        <TCPEdgeUpdate as crate::Model>::schema,
        <TCPEdgeList as crate::Model>::schema,
        <TLSEdge as crate::Model>::schema,
        <TLSEdgeCreate as crate::Model>::schema,
        <TLSEdgeUpdate as crate::Model>::schema,
        <TLSEdgeList as crate::Model>::schema,
        <EdgeRouteItem as crate::Model>::schema,
        <EdgeBackendReplace as crate::Model>::schema,
        <EdgeIPRestrictionReplace as crate::Model>::schema,
        <EdgeMutualTLSReplace as crate::Model>::schema,
        <EdgeTLSTerminationReplace as crate::Model>::schema,
        <EdgeTLSTerminationAtEdgeReplace as crate::Model>::schema,
        <EdgeTrafficPolicyReplace as crate::Model>::schema,
        <EdgeRouteBackendReplace as crate::Model>::schema,
        <EdgeRouteIPRestrictionReplace as crate::Model>::schema,
        <EdgeRouteRequestHeadersReplace as crate::Model>::schema,
        <EdgeRouteResponseHeadersReplace as crate::Model>::schema,
        <EdgeRouteCompressionReplace as crate::Model>::schema,
        <EdgeRouteCircuitBreakerReplace as crate::Model>::schema,
        <EdgeRouteWebhookVerificationReplace as crate::Model>::schema,
        <EdgeRouteOAuthReplace as crate::Model>::schema,
        <EdgeRouteSAMLReplace as crate::Model>::schema,
        <EdgeRouteOIDCReplace as crate::Model>::schema,
        <EdgeRouteWebsocketTCPConverterReplace as crate::Model>::schema,
        <EdgeRouteUserAgentFilterReplace as crate::Model>::schema,
        <EdgeRouteTrafficPolicyReplace as crate::Model>::schema,
        <CertificateAuthority as crate::Model>::schema,
        <CertificateAuthorityCreate as crate::Model>::schema,
        <CertificateAuthorityUpdate as crate::Model>::schema,
        <CertificateAuthorityList as crate::Model>::schema,
        <TLSCertificate as crate::Model>::schema,
        <TLSCertificateCreate as crate::Model>::schema,
        <TLSCertificateUpdate as crate::Model>::schema,
        <TLSCertificateList as crate::Model>::schema,
        <TLSCertificateSANs as crate::Model>::schema,
        <SSHCertificateAuthority as crate::Model>::schema,
        <SSHCertificateAuthorityCreate as crate::Model>::schema,
        <SSHCertificateAuthorityUpdate as crate::Model>::schema,
        <SSHCertificateAuthorityList as crate::Model>::schema,
        <SSHCredential as crate::Model>::schema,
        <SSHCredentialCreate as crate::Model>::schema,
        <SSHCredentialUpdate as crate::Model>::schema,
        <SSHCredentialList as crate::Model>::schema,
        <SSHHostCertificate as crate::Model>::schema,
        <SSHHostCertificateCreate as crate::Model>::schema,
        <SSHHostCertificateUpdate as crate::Model>::schema,
        <SSHHostCertificateList as crate::Model>::schema,
        <SSHUserCertificate as crate::Model>::schema,
        <SSHUserCertificateCreate as crate::Model>::schema,
        <SSHUserCertificateUpdate as crate::Model>::schema,
        <SSHUserCertificateList as crate::Model>::schema,
        <Credential as crate::Model>::schema,
        <CredentialCreate as crate::Model>::schema,
        <CredentialUpdate as crate::Model>::schema,
        <CredentialList as crate::Model>::schema,
        <Endpoint as crate::Model>::schema,
        <EndpointCreate as crate::Model>::schema,
        <EndpointUpdate as crate::Model>::schema,
        <EndpointList as crate::Model>::schema,
        <EndpointListArgs as crate::Model>::schema,
        <AgentIngress as crate::Model>::schema,
        <AgentIngressCreate as crate::Model>::schema,
        <AgentIngressUpdate as crate::Model>::schema,
        <AgentIngressList as crate::Model>::schema,
        <AgentIngressCertPolicy as crate::Model>::schema,
        <AgentIngressCertStatus as crate::Model>::schema,
        <AgentIngressCertJob as crate::Model>::schema,
        <ReservedAddr as crate::Model>::schema,
        <ReservedAddrCreate as crate::Model>::schema,
        <ReservedAddrUpdate as crate::Model>::schema,
        <ReservedAddrList as crate::Model>::schema,
        <IPRestriction as crate::Model>::schema,
        <IPRestrictionCreate as crate::Model>::schema,
        <IPRestrictionUpdate as crate::Model>::schema,
        <IPRestrictionList as crate::Model>::schema,
        <AbuseReport as crate::Model>::schema,
        <AbuseReportCreate as crate::Model>::schema,
        <AbuseReportHostname as crate::Model>::schema,
        <ApplicationSession as crate::Model>::schema,
        <ApplicationSessionList as crate::Model>::schema,
        <BrowserSession as crate::Model>::schema,
        <UserAgent as crate::Model>::schema,
        <Location as crate::Model>::schema,
        <ApplicationUser as crate::Model>::schema,
        <ApplicationUserList as crate::Model>::schema,
        <IdentityProvider as crate::Model>::schema,
        <Empty as crate::Model>::schema,
        <Paging as crate::Model>::schema,
        <FilteredPaging as crate::Model>::schema,
        <ItemPaging as crate::Model>::schema,
        <EventSourceItem as crate::Model>::schema,
        <EventSourcePaging as crate::Model>::schema,
        <Error as crate::Model>::schema,
    ]
}
