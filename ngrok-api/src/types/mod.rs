//! The request and response types of the API, named as the API names them.
//!
//! A resource type (`ReservedDomain`) is what the API returns; `...Create` holds the fields to send
//! when creating one, `...Update` the fields to change, and `...List` is one page of a list. Every
//! type implements [`Default`], so a request names only what it sets and ends with
//! `..Default::default()`. Fields that hold credentials are hidden from `Debug` output.
//!
//! Each type is declared `#[model(request)]` or `#[model(response)]` (see [`crate::Role`]),
//! following what the API catalog says the schema is used for. Request types (creates, updates,
//! replacements, list arguments) leave out fields that are `None`, empty or zero, so a request
//! sends only what was set; in an update, `None` leaves a field as it is while
//! `Some(String::new())` clears it. Response types (everything the API returns, nested types
//! included) write every field, `None` as `null`, as the API writes them, so a value read and
//! written back out keeps every key. Decoding accepts `null` for any field, as its default.

// These files are written by hand, one file per service or area, like `services/`. The coverage
// test (`cargo test -p ngrok-api-tests --test coverage`) compares them with `api/catalog.json`:
// for a schema or field the API grew, it prints the declaration to paste and the file and line
// where it goes; then write its docs. A new type also needs its line in `models()` below.

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
// `#[inline]` here and on `models()`: the list names a decode-and-serialise function of all
// 231 types, and a non-inline function would compile every one of them into this library
// (about 17 s of release build), whether a program asks for the list or not. Inline, they
// are compiled only in the crate that calls it (the tests).
#[inline]
pub fn schemas() -> &'static [crate::meta::SchemaFn] {
    static SCHEMAS: std::sync::OnceLock<Vec<crate::meta::SchemaFn>> = std::sync::OnceLock::new();
    SCHEMAS.get_or_init(|| models().iter().map(|m| m.schema).collect())
}

/// Every type in this module, with what a tool or test needs to handle it without naming it
/// (its description, and a decode-and-serialise function). The same types as [`schemas`].
#[inline]
pub fn models() -> &'static [crate::ModelInfo] {
    static MODELS: std::sync::OnceLock<Vec<crate::ModelInfo>> = std::sync::OnceLock::new();
    MODELS.get_or_init(|| {
        // One line per type, kept by hand: a type left out is named by the coverage test.
        vec![
            crate::ModelInfo::of::<Ref>(),
            crate::ModelInfo::of::<Item>(),
            crate::ModelInfo::of::<APIKey>(),
            crate::ModelInfo::of::<APIKeyCreate>(),
            crate::ModelInfo::of::<APIKeyUpdate>(),
            crate::ModelInfo::of::<APIKeyList>(),
            crate::ModelInfo::of::<ReservedDomain>(),
            crate::ModelInfo::of::<ReservedDomainCreate>(),
            crate::ModelInfo::of::<ReservedDomainUpdate>(),
            crate::ModelInfo::of::<ReservedDomainList>(),
            crate::ModelInfo::of::<ReservedDomainCertPolicy>(),
            crate::ModelInfo::of::<ReservedDomainCertStatus>(),
            crate::ModelInfo::of::<ReservedDomainCertJob>(),
            crate::ModelInfo::of::<ReservedDomainResolvesToEntry>(),
            crate::ModelInfo::of::<IPPolicy>(),
            crate::ModelInfo::of::<IPPolicyCreate>(),
            crate::ModelInfo::of::<IPPolicyUpdate>(),
            crate::ModelInfo::of::<IPPolicyList>(),
            crate::ModelInfo::of::<IPPolicyRule>(),
            crate::ModelInfo::of::<IPPolicyRuleCreate>(),
            crate::ModelInfo::of::<IPPolicyRuleUpdate>(),
            crate::ModelInfo::of::<IPPolicyRuleList>(),
            crate::ModelInfo::of::<HTTPSEdge>(),
            crate::ModelInfo::of::<HTTPSEdgeCreate>(),
            crate::ModelInfo::of::<HTTPSEdgeUpdate>(),
            crate::ModelInfo::of::<HTTPSEdgeList>(),
            crate::ModelInfo::of::<HTTPSEdgeRoute>(),
            crate::ModelInfo::of::<HTTPSEdgeRouteCreate>(),
            crate::ModelInfo::of::<HTTPSEdgeRouteUpdate>(),
            crate::ModelInfo::of::<EndpointBackend>(),
            crate::ModelInfo::of::<EndpointBackendMutate>(),
            crate::ModelInfo::of::<EndpointCircuitBreaker>(),
            crate::ModelInfo::of::<EndpointCompression>(),
            crate::ModelInfo::of::<EndpointIPPolicy>(),
            crate::ModelInfo::of::<EndpointIPPolicyMutate>(),
            crate::ModelInfo::of::<EndpointMutualTLS>(),
            crate::ModelInfo::of::<EndpointMutualTLSMutate>(),
            crate::ModelInfo::of::<EndpointOAuth>(),
            crate::ModelInfo::of::<EndpointOAuthProvider>(),
            crate::ModelInfo::of::<EndpointOAuthAmazon>(),
            crate::ModelInfo::of::<EndpointOAuthFacebook>(),
            crate::ModelInfo::of::<EndpointOAuthGitHub>(),
            crate::ModelInfo::of::<EndpointOAuthGitLab>(),
            crate::ModelInfo::of::<EndpointOAuthGoogle>(),
            crate::ModelInfo::of::<EndpointOAuthLinkedIn>(),
            crate::ModelInfo::of::<EndpointOAuthMicrosoft>(),
            crate::ModelInfo::of::<EndpointOAuthTwitch>(),
            crate::ModelInfo::of::<EndpointOIDC>(),
            crate::ModelInfo::of::<EndpointRequestHeaders>(),
            crate::ModelInfo::of::<EndpointResponseHeaders>(),
            crate::ModelInfo::of::<EndpointSAML>(),
            crate::ModelInfo::of::<EndpointSAMLMutate>(),
            crate::ModelInfo::of::<EndpointTLSTermination>(),
            crate::ModelInfo::of::<EndpointTLSTerminationAtEdge>(),
            crate::ModelInfo::of::<EndpointTrafficPolicy>(),
            crate::ModelInfo::of::<EndpointUserAgentFilter>(),
            crate::ModelInfo::of::<EndpointWebhookValidation>(),
            crate::ModelInfo::of::<EndpointWebsocketTCPConverter>(),
            crate::ModelInfo::of::<TunnelSession>(),
            crate::ModelInfo::of::<TunnelSessionList>(),
            crate::ModelInfo::of::<TunnelSessionsUpdate>(),
            crate::ModelInfo::of::<EventSubscription>(),
            crate::ModelInfo::of::<EventSubscriptionCreate>(),
            crate::ModelInfo::of::<EventSubscriptionUpdate>(),
            crate::ModelInfo::of::<EventSubscriptionList>(),
            crate::ModelInfo::of::<EventSource>(),
            crate::ModelInfo::of::<EventSourceCreate>(),
            crate::ModelInfo::of::<EventSourceUpdate>(),
            crate::ModelInfo::of::<EventSourceReplace>(),
            crate::ModelInfo::of::<EventSourceList>(),
            crate::ModelInfo::of::<Tunnel>(),
            crate::ModelInfo::of::<TunnelList>(),
            crate::ModelInfo::of::<EventDestination>(),
            crate::ModelInfo::of::<EventDestinationCreate>(),
            crate::ModelInfo::of::<EventDestinationUpdate>(),
            crate::ModelInfo::of::<EventDestinationList>(),
            crate::ModelInfo::of::<EventTarget>(),
            crate::ModelInfo::of::<EventTargetFirehose>(),
            crate::ModelInfo::of::<EventTargetKinesis>(),
            crate::ModelInfo::of::<EventTargetCloudwatchLogs>(),
            crate::ModelInfo::of::<EventTargetDatadog>(),
            crate::ModelInfo::of::<EventTargetAzureLogsIngestion>(),
            crate::ModelInfo::of::<AWSAuth>(),
            crate::ModelInfo::of::<AWSRole>(),
            crate::ModelInfo::of::<AWSCredentials>(),
            crate::ModelInfo::of::<Secret>(),
            crate::ModelInfo::of::<SecretCreate>(),
            crate::ModelInfo::of::<SecretUpdate>(),
            crate::ModelInfo::of::<SecretList>(),
            crate::ModelInfo::of::<Vault>(),
            crate::ModelInfo::of::<VaultCreate>(),
            crate::ModelInfo::of::<VaultUpdate>(),
            crate::ModelInfo::of::<VaultList>(),
            crate::ModelInfo::of::<BotUser>(),
            crate::ModelInfo::of::<BotUserCreate>(),
            crate::ModelInfo::of::<BotUserUpdate>(),
            crate::ModelInfo::of::<BotUserList>(),
            crate::ModelInfo::of::<ServiceUser>(),
            crate::ModelInfo::of::<ServiceUserCreate>(),
            crate::ModelInfo::of::<ServiceUserUpdate>(),
            crate::ModelInfo::of::<ServiceUserList>(),
            crate::ModelInfo::of::<AIGatewayAPIKey>(),
            crate::ModelInfo::of::<AIGatewayAPIKeyCreate>(),
            crate::ModelInfo::of::<AIGatewayAPIKeyUpdate>(),
            crate::ModelInfo::of::<AIGatewayAPIKeyList>(),
            crate::ModelInfo::of::<KubernetesOperator>(),
            crate::ModelInfo::of::<KubernetesOperatorCreate>(),
            crate::ModelInfo::of::<KubernetesOperatorUpdate>(),
            crate::ModelInfo::of::<KubernetesOperatorList>(),
            crate::ModelInfo::of::<KubernetesOperatorDeployment>(),
            crate::ModelInfo::of::<KubernetesOperatorDeploymentUpdate>(),
            crate::ModelInfo::of::<KubernetesOperatorCert>(),
            crate::ModelInfo::of::<KubernetesOperatorBinding>(),
            crate::ModelInfo::of::<KubernetesOperatorBindingCreate>(),
            crate::ModelInfo::of::<KubernetesOperatorBindingUpdate>(),
            crate::ModelInfo::of::<FailoverBackend>(),
            crate::ModelInfo::of::<FailoverBackendCreate>(),
            crate::ModelInfo::of::<FailoverBackendUpdate>(),
            crate::ModelInfo::of::<FailoverBackendList>(),
            crate::ModelInfo::of::<HTTPResponseBackend>(),
            crate::ModelInfo::of::<HTTPResponseBackendCreate>(),
            crate::ModelInfo::of::<HTTPResponseBackendUpdate>(),
            crate::ModelInfo::of::<HTTPResponseBackendList>(),
            crate::ModelInfo::of::<StaticBackend>(),
            crate::ModelInfo::of::<StaticBackendTLS>(),
            crate::ModelInfo::of::<StaticBackendCreate>(),
            crate::ModelInfo::of::<StaticBackendUpdate>(),
            crate::ModelInfo::of::<StaticBackendList>(),
            crate::ModelInfo::of::<TunnelGroupBackend>(),
            crate::ModelInfo::of::<TunnelGroupBackendCreate>(),
            crate::ModelInfo::of::<TunnelGroupBackendUpdate>(),
            crate::ModelInfo::of::<TunnelGroupBackendList>(),
            crate::ModelInfo::of::<WeightedBackend>(),
            crate::ModelInfo::of::<WeightedBackendCreate>(),
            crate::ModelInfo::of::<WeightedBackendUpdate>(),
            crate::ModelInfo::of::<WeightedBackendList>(),
            crate::ModelInfo::of::<TCPEdge>(),
            crate::ModelInfo::of::<TCPEdgeCreate>(),
            crate::ModelInfo::of::<TCPEdgeUpdate>(),
            crate::ModelInfo::of::<TCPEdgeList>(),
            crate::ModelInfo::of::<TLSEdge>(),
            crate::ModelInfo::of::<TLSEdgeCreate>(),
            crate::ModelInfo::of::<TLSEdgeUpdate>(),
            crate::ModelInfo::of::<TLSEdgeList>(),
            crate::ModelInfo::of::<EdgeRouteItem>(),
            crate::ModelInfo::of::<EdgeBackendReplace>(),
            crate::ModelInfo::of::<EdgeIPRestrictionReplace>(),
            crate::ModelInfo::of::<EdgeMutualTLSReplace>(),
            crate::ModelInfo::of::<EdgeTLSTerminationReplace>(),
            crate::ModelInfo::of::<EdgeTLSTerminationAtEdgeReplace>(),
            crate::ModelInfo::of::<EdgeTrafficPolicyReplace>(),
            crate::ModelInfo::of::<EdgeRouteBackendReplace>(),
            crate::ModelInfo::of::<EdgeRouteIPRestrictionReplace>(),
            crate::ModelInfo::of::<EdgeRouteRequestHeadersReplace>(),
            crate::ModelInfo::of::<EdgeRouteResponseHeadersReplace>(),
            crate::ModelInfo::of::<EdgeRouteCompressionReplace>(),
            crate::ModelInfo::of::<EdgeRouteCircuitBreakerReplace>(),
            crate::ModelInfo::of::<EdgeRouteWebhookVerificationReplace>(),
            crate::ModelInfo::of::<EdgeRouteOAuthReplace>(),
            crate::ModelInfo::of::<EdgeRouteSAMLReplace>(),
            crate::ModelInfo::of::<EdgeRouteOIDCReplace>(),
            crate::ModelInfo::of::<EdgeRouteWebsocketTCPConverterReplace>(),
            crate::ModelInfo::of::<EdgeRouteUserAgentFilterReplace>(),
            crate::ModelInfo::of::<EdgeRouteTrafficPolicyReplace>(),
            crate::ModelInfo::of::<CertificateAuthority>(),
            crate::ModelInfo::of::<CertificateAuthorityCreate>(),
            crate::ModelInfo::of::<CertificateAuthorityUpdate>(),
            crate::ModelInfo::of::<CertificateAuthorityList>(),
            crate::ModelInfo::of::<TLSCertificate>(),
            crate::ModelInfo::of::<TLSCertificateCreate>(),
            crate::ModelInfo::of::<TLSCertificateUpdate>(),
            crate::ModelInfo::of::<TLSCertificateList>(),
            crate::ModelInfo::of::<TLSCertificateSANs>(),
            crate::ModelInfo::of::<SSHCertificateAuthority>(),
            crate::ModelInfo::of::<SSHCertificateAuthorityCreate>(),
            crate::ModelInfo::of::<SSHCertificateAuthorityUpdate>(),
            crate::ModelInfo::of::<SSHCertificateAuthorityList>(),
            crate::ModelInfo::of::<SSHCredential>(),
            crate::ModelInfo::of::<SSHCredentialCreate>(),
            crate::ModelInfo::of::<SSHCredentialUpdate>(),
            crate::ModelInfo::of::<SSHCredentialList>(),
            crate::ModelInfo::of::<SSHHostCertificate>(),
            crate::ModelInfo::of::<SSHHostCertificateCreate>(),
            crate::ModelInfo::of::<SSHHostCertificateUpdate>(),
            crate::ModelInfo::of::<SSHHostCertificateList>(),
            crate::ModelInfo::of::<SSHUserCertificate>(),
            crate::ModelInfo::of::<SSHUserCertificateCreate>(),
            crate::ModelInfo::of::<SSHUserCertificateUpdate>(),
            crate::ModelInfo::of::<SSHUserCertificateList>(),
            crate::ModelInfo::of::<Credential>(),
            crate::ModelInfo::of::<CredentialCreate>(),
            crate::ModelInfo::of::<CredentialUpdate>(),
            crate::ModelInfo::of::<CredentialList>(),
            crate::ModelInfo::of::<Endpoint>(),
            crate::ModelInfo::of::<EndpointCreate>(),
            crate::ModelInfo::of::<EndpointUpdate>(),
            crate::ModelInfo::of::<EndpointList>(),
            crate::ModelInfo::of::<EndpointListArgs>(),
            crate::ModelInfo::of::<AgentIngress>(),
            crate::ModelInfo::of::<AgentIngressCreate>(),
            crate::ModelInfo::of::<AgentIngressUpdate>(),
            crate::ModelInfo::of::<AgentIngressList>(),
            crate::ModelInfo::of::<AgentIngressCertPolicy>(),
            crate::ModelInfo::of::<AgentIngressCertStatus>(),
            crate::ModelInfo::of::<AgentIngressCertJob>(),
            crate::ModelInfo::of::<ReservedAddr>(),
            crate::ModelInfo::of::<ReservedAddrCreate>(),
            crate::ModelInfo::of::<ReservedAddrUpdate>(),
            crate::ModelInfo::of::<ReservedAddrList>(),
            crate::ModelInfo::of::<IPRestriction>(),
            crate::ModelInfo::of::<IPRestrictionCreate>(),
            crate::ModelInfo::of::<IPRestrictionUpdate>(),
            crate::ModelInfo::of::<IPRestrictionList>(),
            crate::ModelInfo::of::<AbuseReport>(),
            crate::ModelInfo::of::<AbuseReportCreate>(),
            crate::ModelInfo::of::<AbuseReportHostname>(),
            crate::ModelInfo::of::<ApplicationSession>(),
            crate::ModelInfo::of::<ApplicationSessionList>(),
            crate::ModelInfo::of::<BrowserSession>(),
            crate::ModelInfo::of::<UserAgent>(),
            crate::ModelInfo::of::<Location>(),
            crate::ModelInfo::of::<ApplicationUser>(),
            crate::ModelInfo::of::<ApplicationUserList>(),
            crate::ModelInfo::of::<IdentityProvider>(),
            crate::ModelInfo::of::<Empty>(),
            crate::ModelInfo::of::<Paging>(),
            crate::ModelInfo::of::<FilteredPaging>(),
            crate::ModelInfo::of::<ItemPaging>(),
            crate::ModelInfo::of::<EventSourceItem>(),
            crate::ModelInfo::of::<EventSourcePaging>(),
            crate::ModelInfo::of::<Error>(),
        ]
    })
}
