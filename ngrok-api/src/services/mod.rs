//! The handles of the API's services, one per service.
//!
//! Reach a handle from a [`Client`]: `client.reserved_domains()` returns
//! [`ReservedDomains`], `client.edges().https_routes()` returns [`HTTPSEdgeRoutes`]. A
//! handle is a cheap clone of the client; its methods are the service's operations.

mod api_keys;
mod edges;
mod event_subscriptions;
mod ip_policies;
mod reserved_domains;
mod tunnel_sessions;
mod tunnels;

pub use api_keys::*;
pub use edges::*;
pub use event_subscriptions::*;
pub use ip_policies::*;
pub use reserved_domains::*;
pub use tunnel_sessions::*;
pub use tunnels::*;

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

services! {
    ungrouped {
        api_keys: APIKeys,
        event_sources: EventSources,
        event_subscriptions: EventSubscriptions,
        ip_policies: IPPolicies,
        ip_policy_rules: IPPolicyRules,
        reserved_domains: ReservedDomains,
        tunnel_sessions: TunnelSessions,
        tunnels: Tunnels,
    }
    group edges: Edges ("The edge services: HTTPS edges and their routes.") {
        https: HTTPSEdges,
        https_routes: HTTPSEdgeRoutes,
    }
    group edge_modules: EdgeModules ("The modules that configure an edge or a route, one singleton per module.") {
        https_edge_mutual_tls: HTTPSEdgeMutualTLSModule,
    }
}
