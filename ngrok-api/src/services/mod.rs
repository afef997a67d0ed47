//! The handles of the API's services, one per service.
//!
//! Reach a handle from a [`Client`]: `client.reserved_domains()` returns
//! [`ReservedDomains`], `client.edges().https_routes()` returns [`HTTPSEdgeRoutes`]. A
//! handle is a cheap clone of the client; its methods are the service's operations.
//!
//! Every service and operation of the API catalog (`api/catalog.json`) is declared here, and
//! `tests/tests/coverage.rs` checks them against it.

mod abuse_reports;
mod agent_ingresses;
mod ai_gateway_api_keys;
mod api_keys;
mod applications;
mod backends;
mod certificates;
mod credentials;
mod edge_modules;
mod edges;
mod endpoints;
mod event_subscriptions;
mod ip_policies;
mod kubernetes_operators;
mod reserved_addrs;
mod reserved_domains;
mod ssh;
mod tunnel_sessions;
mod tunnels;
mod users;
mod vaults;

pub use abuse_reports::*;
pub use agent_ingresses::*;
pub use ai_gateway_api_keys::*;
pub use api_keys::*;
pub use applications::*;
pub use backends::*;
pub use certificates::*;
pub use credentials::*;
pub use edge_modules::*;
pub use edges::*;
pub use endpoints::*;
pub use event_subscriptions::*;
pub use ip_policies::*;
pub use kubernetes_operators::*;
pub use reserved_addrs::*;
pub use reserved_domains::*;
pub use ssh::*;
pub use tunnel_sessions::*;
pub use tunnels::*;
pub use users::*;
pub use vaults::*;

use crate::meta::ServiceMeta;
use crate::{Client, Service};

/// Declares, from one list, the client's accessors, the group handles and the registry,
/// so that a service cannot be reachable without being registered or the other way round.
macro_rules! services {
    (
        ungrouped { $($name:ident: $handle:ident,)* }
        $(group $group:ident: $group_handle:ident ($group_doc:literal) { $($gname:ident: $ghandle:ident,)* })*
    ) => {
        impl Client {
            $(
                #[doc = concat!("The `", stringify!($name), "` service: see [`", stringify!($handle), "`].")]
                pub fn $name(&self) -> $handle {
                    self.service::<$handle>()
                }
            )*
            $(
                #[doc = concat!("The services of the `", stringify!($group), "` group: see [`", stringify!($group_handle), "`].")]
                pub fn $group(&self) -> $group_handle {
                    $group_handle { client: self.clone() }
                }
            )*
        }

        $(
            #[doc = $group_doc]
            #[derive(Clone, Debug)]
            pub struct $group_handle {
                client: Client,
            }

            impl $group_handle {
                $(
                    #[doc = concat!("The `", stringify!($group), ".", stringify!($gname), "` service: see [`", stringify!($ghandle), "`].")]
                    pub fn $gname(&self) -> $ghandle {
                        self.client.service::<$ghandle>()
                    }
                )*
            }
        )*

        /// Every service this crate declares, for the emulator and for coverage checks.
        ///
        /// The accessor of each is `client.<name>()`, or `client.<group>().<name>()` for a
        /// grouped one.
        pub fn registry() -> &'static [fn() -> &'static ServiceMeta] {
            &[
                $(<$handle as Service>::meta,)*
                $($(<$ghandle as Service>::meta,)*)*
            ]
        }
    };
}

// On the catalog's disagreements: 17 list calls take a `filter` query parameter in the Go
// client but not in the published spec. Their declarations say `filter`, following the Go
// client, which ngrok ships against the live API; the spec predates the parameter. Lists that
// neither source filters refuse `.filter(..)` before sending anything.
services! {
    ungrouped {
        abuse_reports: AbuseReports,
        agent_ingresses: AgentIngresses,
        ai_gateway_api_keys: AIGatewayAPIKeys,
        api_keys: APIKeys,
        application_sessions: ApplicationSessions,
        application_users: ApplicationUsers,
        bot_users: BotUsers,
        certificate_authorities: CertificateAuthorities,
        credentials: Credentials,
        endpoints: Endpoints,
        event_destinations: EventDestinations,
        event_sources: EventSources,
        event_subscriptions: EventSubscriptions,
        ip_policies: IPPolicies,
        ip_policy_rules: IPPolicyRules,
        ip_restrictions: IPRestrictions,
        kubernetes_operators: KubernetesOperators,
        reserved_addrs: ReservedAddrs,
        reserved_domains: ReservedDomains,
        secrets: Secrets,
        service_users: ServiceUsers,
        ssh_certificate_authorities: SSHCertificateAuthorities,
        ssh_credentials: SSHCredentials,
        ssh_host_certificates: SSHHostCertificates,
        ssh_user_certificates: SSHUserCertificates,
        tls_certificates: TLSCertificates,
        tunnel_sessions: TunnelSessions,
        tunnels: Tunnels,
        vaults: Vaults,
    }
    group backends: Backends ("The backend services: where edges send their traffic.") {
        failover: FailoverBackends,
        http_response: HTTPResponseBackends,
        static_address: StaticBackends,
        tunnel_group: TunnelGroupBackends,
        weighted: WeightedBackends,
    }
    group edges: Edges ("The edge services: HTTPS, TCP and TLS edges, and the routes of HTTPS edges.") {
        https: HTTPSEdges,
        https_routes: HTTPSEdgeRoutes,
        tcp: TCPEdges,
        tls: TLSEdges,
    }
    group edge_modules: EdgeModules ("The modules that configure an edge or a route, one singleton service per module.") {
        https_edge_mutual_tls: HTTPSEdgeMutualTLSModule,
        https_edge_tls_termination: HTTPSEdgeTLSTerminationModule,
        https_edge_route_backend: EdgeRouteBackendModule,
        https_edge_route_ip_restriction: EdgeRouteIPRestrictionModule,
        https_edge_route_request_headers: EdgeRouteRequestHeadersModule,
        https_edge_route_response_headers: EdgeRouteResponseHeadersModule,
        https_edge_route_compression: EdgeRouteCompressionModule,
        https_edge_route_circuit_breaker: EdgeRouteCircuitBreakerModule,
        https_edge_route_webhook_verification: EdgeRouteWebhookVerificationModule,
        https_edge_route_oauth: EdgeRouteOAuthModule,
        https_edge_route_saml: EdgeRouteSAMLModule,
        https_edge_route_oidc: EdgeRouteOIDCModule,
        https_edge_route_websocket_tcp_converter: EdgeRouteWebsocketTCPConverterModule,
        https_edge_route_user_agent_filter: EdgeRouteUserAgentFilterModule,
        https_edge_route_traffic_policy: EdgeRouteTrafficPolicyModule,
        tcp_edge_backend: TCPEdgeBackendModule,
        tcp_edge_ip_restriction: TCPEdgeIPRestrictionModule,
        tcp_edge_traffic_policy: TCPEdgeTrafficPolicyModule,
        tls_edge_backend: TLSEdgeBackendModule,
        tls_edge_ip_restriction: TLSEdgeIPRestrictionModule,
        tls_edge_mutual_tls: TLSEdgeMutualTLSModule,
        tls_edge_tls_termination: TLSEdgeTLSTerminationModule,
        tls_edge_traffic_policy: TLSEdgeTrafficPolicyModule,
    }
}
