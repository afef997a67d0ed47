//! Every service of the registry, each of its operations, against the emulator.
//!
//! One test per service: create, get, list, update, replace, delete and the service's
//! actions, each with its result checked, and `get` after every change. Read-only services
//! (tunnels, sessions, application users) are seeded with `MockServer::insert`.
//!
//! The `service_tests!` table at the end names, for each test, the services it covers; it
//! generates the `#[test]` functions (`service::<name>`), and each of them checks, from the
//! requests the emulator recorded, that every operation of those services was called. The
//! last test compares the table with `ngrok_api::registry()`, so a service added to the
//! registry without a test here fails it, and a test cannot claim a service it does not
//! exercise.

use std::collections::{BTreeMap, BTreeSet};

use ngrok_api::meta::ServiceMeta;
use ngrok_api::types::*;
use ngrok_api::{Client, Timestamp};
use ngrok_api_mock::MockServer;
use ngrok_api_tests::{assert_not_found, assert_recent};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

const PEM: &str =
    "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZm9v\n-----END CERTIFICATE-----\n";
const KEY_PEM: &str =
    "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
const SSH_KEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZvb2Jhcg ada@example.com";
const POLICY: &str = r#"{"on_http_request":[{"actions":[{"type":"deny"}]}]}"#;

/// Asserts `id` is `<prefix>_<something>`.
fn assert_id(id: &str, prefix: &str) {
    let rest = id.strip_prefix(prefix).and_then(|r| r.strip_prefix('_'));
    assert!(
        rest.is_some_and(|r| !r.is_empty()),
        "{id:?} does not start with {prefix}_"
    );
}

/// The API URL of an item: `<server>/<path>/<id>`.
fn uri(server: &MockServer, path: &str, id: &str) -> String {
    format!("{}{path}/{id}", server.url())
}

/// The reference the API gives for an item.
fn reference(server: &MockServer, path: &str, id: &str) -> Ref {
    Ref {
        id: id.into(),
        uri: uri(server, path, id),
        ..Default::default()
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}

fn map<V: Clone>(pairs: &[(&str, V)]) -> BTreeMap<String, V> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect()
}

/// Seeds an item the API cannot create and returns it as stored.
fn seed<T: DeserializeOwned>(server: &MockServer, service: &str, fields: Value) -> T {
    let stored = server
        .insert(service, fields)
        .unwrap_or_else(|err| panic!("seeding {service}: {err}"));
    serde_json::from_value(stored).unwrap_or_else(|err| panic!("decoding seeded {service}: {err}"))
}

fn service_meta(name: &str) -> &'static ServiceMeta {
    ngrok_api::registry()
        .iter()
        .map(|meta| meta())
        .find(|meta| meta.qualified_name() == name)
        .unwrap_or_else(|| panic!("no service {name} in the registry"))
}

/// Whether a request path (`/edges/https/edghts_1/routes`) fits a path template
/// (`/edges/https/{edge_id}/routes`).
fn path_fits(template: &str, path: &str) -> bool {
    let template: Vec<&str> = template.split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    template.len() == path.len()
        && template.iter().zip(&path).all(|(t, p)| {
            if t.starts_with('{') {
                !p.is_empty()
            } else {
                t == p
            }
        })
}

/// Asserts that the emulator received a call of every operation of every named service.
fn assert_every_operation_called(server: &MockServer, services: &[&str]) {
    let requests = server.requests();
    for name in services {
        for op in service_meta(name).operations {
            let called = requests
                .iter()
                .any(|r| r.method == op.method.as_str() && path_fits(op.path, &r.path));
            assert!(
                called,
                "{}: the test never sent {} {}",
                op.label, op.method, op.path
            );
        }
    }
}

/// Runs one service test against a fresh emulator, then checks it called every operation
/// of the services it covers.
fn run(services: &[&str], test: fn(&MockServer, &Client)) {
    let server = MockServer::start();
    let client = server.client();
    test(&server, &client);
    assert_every_operation_called(&server, services);
}

/// The cycle of a top-level collection with a paged list: create (id prefix, uri,
/// created_at), get (what create returned, or `read_as` it), list (holds it), update (its
/// id and created_at stay; get shows it), delete (then get is 404 and list leaves it out).
/// Returns what create and update returned, for the service's own checks.
macro_rules! lifecycle {
    (
        $server:expr, $handle:expr, $path:literal, $prefix:literal,
        create: $create:expr,
        update: |$id:ident| $update:expr
        $(, read_as: |$c:ident| $read:expr)? $(,)?
    ) => {{
        let server: &MockServer = $server;
        let handle = $handle;
        let created = handle
            .create(&$create)
            .unwrap_or_else(|err| panic!("create {}: {err}", $path));
        let id = created.id.clone();
        assert_id(&id, $prefix);
        assert_eq!(created.uri, uri(server, $path, &id));
        assert_recent(&created.created_at);
        let read = created.clone();
        $(let read = {
            let $c = read;
            $read
        };)?
        assert_eq!(handle.get(&id).unwrap(), read, "get returns the created item");
        let listed = handle
            .list()
            .limit(1)
            .iter()
            .collect::<ngrok_api::Result<Vec<_>>>()
            .unwrap();
        assert!(listed.contains(&read), "list holds the created item: {listed:?}");
        let updated = {
            let $id: String = id.clone();
            handle
                .update(&$update)
                .unwrap_or_else(|err| panic!("update {}: {err}", $path))
        };
        assert_eq!(updated.id, id);
        assert_eq!(updated.created_at, created.created_at);
        assert_eq!(handle.get(&id).unwrap(), updated, "get shows the update");
        handle.delete(&id).unwrap();
        assert_not_found(handle.get(&id));
        assert!(
            handle.list().iter().all(|item| item.unwrap().id != id),
            "a deleted item is not listed"
        );
        (created, updated)
    }};
}

/// The cycle of a singleton module: replace returns it, get reads it back, its parent
/// (`$parent`, evaluated after each step) holds it in `$field`, and delete removes it from
/// the parent. Returns what replace returned.
macro_rules! module_cycle {
    ($handle:expr, ($($arg:expr),+), $request:expr, $parent:expr => $field:ident) => {{
        let handle = $handle;
        let replaced = handle.replace($($arg,)+ &$request).unwrap();
        assert_eq!(handle.get($($arg),+).unwrap(), replaced, "get reads back the module");
        assert_eq!($parent.$field, Some(replaced.clone()), "the parent holds the module");
        handle.delete($($arg),+).unwrap();
        assert_eq!($parent.$field, None, "delete removes the module from its parent");
        replaced
    }};
}

fn bot_user(client: &Client) -> BotUser {
    client
        .bot_users()
        .create(&BotUserCreate {
            name: "owner-bot".into(),
            active: Some(true),
            ..Default::default()
        })
        .unwrap()
}

fn cloud_endpoint(client: &Client, url: &str) -> Endpoint {
    client
        .endpoints()
        .create(&EndpointCreate {
            url: url.into(),
            r#type: "cloud".into(),
            traffic_policy: POLICY.into(),
            ..Default::default()
        })
        .unwrap()
}

fn ip_policy(client: &Client, description: &str) -> IPPolicy {
    client
        .ip_policies()
        .create(&IPPolicyCreate {
            description: description.into(),
            ..Default::default()
        })
        .unwrap()
}

fn tunnel_group(client: &Client, app: &str) -> TunnelGroupBackend {
    client
        .backends()
        .tunnel_group()
        .create(&TunnelGroupBackendCreate {
            labels: map(&[("app", app.to_string())]),
            ..Default::default()
        })
        .unwrap()
}

fn http_response(client: &Client, status: i32) -> HTTPResponseBackend {
    client
        .backends()
        .http_response()
        .create(&HTTPResponseBackendCreate {
            body: format!("status {status}"),
            status_code: Some(status),
            ..Default::default()
        })
        .unwrap()
}

fn certificate_authority(client: &Client) -> CertificateAuthority {
    client
        .certificate_authorities()
        .create(&CertificateAuthorityCreate {
            ca_pem: PEM.into(),
            ..Default::default()
        })
        .unwrap()
}

fn ssh_certificate_authority(client: &Client) -> SSHCertificateAuthority {
    client
        .ssh_certificate_authorities()
        .create(&SSHCertificateAuthorityCreate {
            private_key_type: "ed25519".into(),
            ..Default::default()
        })
        .unwrap()
}

fn https_edge(client: &Client) -> HTTPSEdge {
    client
        .edges()
        .https()
        .create(&HTTPSEdgeCreate {
            hostports: strings(&["app.example.com:443"]),
            ..Default::default()
        })
        .unwrap()
}

/// An HTTPS edge with one route; returns their ids.
fn https_route(client: &Client) -> (String, String) {
    let edge = https_edge(client);
    let route = client
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "path_prefix".into(),
            r#match: "/".into(),
            ..Default::default()
        })
        .unwrap();
    (edge.id, route.id)
}

fn tcp_edge(client: &Client) -> TCPEdge {
    client
        .edges()
        .tcp()
        .create(&TCPEdgeCreate {
            hostports: strings(&["1.tcp.ngrok.io:20000"]),
            ..Default::default()
        })
        .unwrap()
}

fn tls_edge(client: &Client) -> TLSEdge {
    client
        .edges()
        .tls()
        .create(&TLSEdgeCreate {
            hostports: strings(&["tls.example.com:443"]),
            ..Default::default()
        })
        .unwrap()
}

fn seed_tunnel_session(server: &MockServer) -> TunnelSession {
    seed(
        server,
        "tunnel_sessions",
        json!({
            "agent_version": "3.10.0",
            "credential": {"id": "cr_1", "uri": format!("{}/credentials/cr_1", server.url())},
            "ip": "203.0.113.7",
            "metadata": "build host",
            "os": "linux",
            "region": "eu",
            "transport": "ngrok/v2",
        }),
    )
}

fn seed_application_user(server: &MockServer) -> ApplicationUser {
    seed(
        server,
        "application_users",
        json!({
            "identity_provider": {"name": "Google", "url": "https://accounts.google.com"},
            "provider_user_id": "108",
            "username": "ada",
            "email": "ada@example.com",
            "name": "Ada Lovelace",
            "last_active": "2024-05-01T10:00:00Z",
            "last_login": "2024-05-01T09:00:00Z",
        }),
    )
}

// ---------------------------------------------------------------------------------------
// Ungrouped services
// ---------------------------------------------------------------------------------------

fn abuse_reports(server: &MockServer, client: &Client) {
    let reports = client.abuse_reports();
    let created = reports
        .create(&AbuseReportCreate {
            urls: strings(&["https://phish.example.ngrok.app/login"]),
            metadata: "ticket 42".into(),
            ..Default::default()
        })
        .unwrap();
    assert_id(&created.id, "abrp");
    assert_eq!(created.uri, uri(server, "/abuse_reports", &created.id));
    assert_recent(&created.created_at);
    assert_eq!(created.urls, ["https://phish.example.ngrok.app/login"]);
    assert_eq!(created.metadata, "ticket 42");
    assert_eq!(reports.get(&created.id).unwrap(), created);
    assert_not_found(reports.get("abrp_missing"));
}

fn agent_ingresses(server: &MockServer, client: &Client) {
    let policy = |key: &str| AgentIngressCertPolicy {
        authority: "letsencrypt".into(),
        private_key_type: key.into(),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.agent_ingresses(), "/agent_ingresses", "agin",
        create: AgentIngressCreate {
            domain: "connect.example.com".into(),
            description: "agents".into(),
            metadata: "m".into(),
            certificate_management_policy: Some(policy("rsa")),
            ..Default::default()
        },
        update: |id| AgentIngressUpdate {
            id,
            description: Some("agents, eu".into()),
            certificate_management_policy: Some(policy("ecdsa")),
            ..Default::default()
        },
    );
    assert_eq!(created.domain, "connect.example.com");
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("agents", "m")
    );
    assert_eq!(created.certificate_management_policy, Some(policy("rsa")));
    assert_eq!(updated.description, "agents, eu");
    assert_eq!(updated.metadata, "m", "not sent, so kept");
    assert_eq!(updated.domain, "connect.example.com");
    assert_eq!(updated.certificate_management_policy, Some(policy("ecdsa")));
}

fn ai_gateway_api_keys(server: &MockServer, client: &Client) {
    let first = cloud_endpoint(client, "https://ai.example.com");
    let second = cloud_endpoint(client, "https://ai2.example.com");
    let (created, updated) = lifecycle!(
        server, client.ai_gateway_api_keys(), "/ai_gateway_api_keys", "aigwak",
        create: AIGatewayAPIKeyCreate {
            description: "llm".into(),
            metadata: "m".into(),
            endpoint_id: first.id.clone(),
            ..Default::default()
        },
        update: |id| AIGatewayAPIKeyUpdate {
            id,
            description: Some("llm v2".into()),
            endpoint_id: Some(second.id.clone()),
            ..Default::default()
        },
        read_as: |c| AIGatewayAPIKey { token: String::new(), ..c },
    );
    assert!(!created.token.is_empty(), "create returns the token");
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("llm", "m")
    );
    assert_eq!(created.endpoint, reference(server, "/endpoints", &first.id));
    assert_recent(&created.updated_at);
    assert_eq!(updated.description, "llm v2");
    assert_eq!(updated.metadata, "m");
    assert_eq!(
        updated.endpoint,
        reference(server, "/endpoints", &second.id)
    );
    assert_eq!(updated.token, "", "only create returns the token");
    assert!(updated.updated_at >= created.updated_at);
}

fn api_keys(server: &MockServer, client: &Client) {
    let bot = bot_user(client);
    let (created, updated) = lifecycle!(
        server, client.api_keys(), "/api_keys", "ak",
        create: APIKeyCreate {
            description: "ci".into(),
            metadata: "m".into(),
            owner_id: Some(bot.id.clone()),
            ..Default::default()
        },
        update: |id| APIKeyUpdate { id, description: Some("ci v2".into()), ..Default::default() },
        read_as: |c| APIKey { token: None, ..c },
    );
    assert!(
        created.token.as_deref().is_some_and(|t| !t.is_empty()),
        "create returns the token"
    );
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("ci", "m")
    );
    assert_eq!(created.owner_id.as_deref(), Some(bot.id.as_str()));
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("ci v2", "m")
    );
    assert_eq!(updated.token, None, "only create returns the token");
}

fn application_sessions(server: &MockServer, client: &Client) {
    let user = seed_application_user(server);
    let seeded: ApplicationSession = seed(
        server,
        "application_sessions",
        json!({
            "public_url": "https://app.example.com",
            "browser_session": {
                "user_agent": {
                    "raw": "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Firefox/126.0",
                    "browser_name": "Firefox",
                    "browser_version": "126",
                    "device_type": "Desktop",
                    "os_name": "Linux",
                    "os_version": "6.8",
                },
                "ip_address": "203.0.113.9",
                "location": {
                    "country_code": "DE",
                    "latitude": 52.5,
                    "longitude": 13.4,
                    "lat_long_radius_km": 10,
                },
            },
            "application_user": {"id": user.id, "uri": user.uri},
            "last_active": "2024-05-01T10:00:00Z",
            "expires_at": "2024-05-08T10:00:00Z",
        }),
    );
    assert_id(&seeded.id, "appsess");
    assert_eq!(seeded.uri, uri(server, "/app/sessions", &seeded.id));
    let sessions = client.application_sessions();
    let got = sessions.get(&seeded.id).unwrap();
    assert_eq!(got, seeded);
    assert_eq!(got.browser_session.user_agent.browser_name, "Firefox");
    let location = got.browser_session.location.expect("a location");
    assert_eq!(location.lat_long_radius_km, Some(10));
    assert_eq!(
        got.application_user,
        Some(reference(server, "/app/users", &user.id))
    );
    let listed = sessions
        .list()
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>();
    assert_eq!(listed.unwrap(), std::slice::from_ref(&seeded));
    sessions.delete(&seeded.id).unwrap();
    assert_not_found(sessions.get(&seeded.id));
    assert_eq!(sessions.list().iter().count(), 0);
    assert!(
        client.application_users().get(&user.id).is_ok(),
        "the user stays"
    );
}

fn application_users(server: &MockServer, client: &Client) {
    let seeded = seed_application_user(server);
    assert_id(&seeded.id, "appusr");
    assert_eq!(seeded.uri, uri(server, "/app/users", &seeded.id));
    let users = client.application_users();
    let got = users.get(&seeded.id).unwrap();
    assert_eq!(got, seeded);
    assert_eq!(got.identity_provider.name, "Google");
    assert_eq!(got.email, "ada@example.com");
    let listed = users
        .list()
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>();
    assert_eq!(listed.unwrap(), std::slice::from_ref(&seeded));
    users.delete(&seeded.id).unwrap();
    assert_not_found(users.get(&seeded.id));
    assert_eq!(users.list().iter().count(), 0);
}

fn bot_users(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.bot_users(), "/bot_users", "bot",
        create: BotUserCreate {
            name: "deploy-bot".into(),
            active: Some(true),
            ..Default::default()
        },
        update: |id| BotUserUpdate {
            id,
            name: Some("deploy-bot-2".into()),
            active: Some(false),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.name.as_str(), created.active),
        ("deploy-bot", true)
    );
    assert_eq!(
        (updated.name.as_str(), updated.active),
        ("deploy-bot-2", false)
    );
}

fn certificate_authorities(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.certificate_authorities(), "/certificate_authorities", "ca",
        create: CertificateAuthorityCreate {
            description: "corp root".into(),
            metadata: "m".into(),
            ca_pem: PEM.into(),
            ..Default::default()
        },
        update: |id| CertificateAuthorityUpdate {
            id,
            description: Some("corp root 2024".into()),
            metadata: Some(String::new()),
            ..Default::default()
        },
    );
    assert_eq!(created.ca_pem, PEM);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("corp root", "m")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("corp root 2024", "")
    );
    assert_eq!(updated.ca_pem, PEM);
}

fn credentials(server: &MockServer, client: &Client) {
    let bot = bot_user(client);
    let (created, updated) = lifecycle!(
        server, client.credentials(), "/credentials", "cr",
        create: CredentialCreate {
            description: "laptop".into(),
            metadata: "m".into(),
            acl: strings(&["bind:*.example.com"]),
            owner_id: Some(bot.id.clone()),
            ..Default::default()
        },
        update: |id| CredentialUpdate {
            id,
            description: Some("old laptop".into()),
            acl: strings(&["bind:app.example.com", "bind:api.example.com"]),
            ..Default::default()
        },
        read_as: |c| Credential { token: None, ..c },
    );
    assert!(
        created.token.as_deref().is_some_and(|t| !t.is_empty()),
        "create returns the token"
    );
    assert_eq!(created.acl, ["bind:*.example.com"]);
    assert_eq!(created.owner_id.as_deref(), Some(bot.id.as_str()));
    assert_eq!(updated.description, "old laptop");
    assert_eq!(updated.metadata, "m");
    assert_eq!(
        updated.acl,
        ["bind:app.example.com", "bind:api.example.com"]
    );
    assert_eq!(updated.token, None, "only create returns the token");
}

fn endpoints(server: &MockServer, client: &Client) {
    let other_policy = r#"{"on_http_request":[]}"#;
    let (created, updated) = lifecycle!(
        server, client.endpoints(), "/endpoints", "ep",
        create: EndpointCreate {
            url: "https://api.example.com".into(),
            r#type: "cloud".into(),
            traffic_policy: POLICY.into(),
            description: Some("api".into()),
            metadata: Some("m".into()),
            bindings: strings(&["public"]),
            pooling_enabled: Some(true),
            ..Default::default()
        },
        update: |id| EndpointUpdate {
            id,
            url: Some("https://api2.example.com".into()),
            traffic_policy: Some(other_policy.into()),
            description: Some("api v2".into()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.url.as_str(), created.r#type.as_str()),
        ("https://api.example.com", "cloud")
    );
    assert_eq!(created.traffic_policy, POLICY);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("api", "m")
    );
    assert_eq!(created.bindings, ["public"]);
    assert!(created.pooling_enabled);
    assert_recent(&created.updated_at);
    // `filter` stands in for the spec's deprecated `urls` parameter.
    let other = client
        .endpoints()
        .create(&EndpointCreate {
            url: "https://other.example.com".into(),
            r#type: "cloud".into(),
            ..Default::default()
        })
        .unwrap();
    let by_url: Vec<String> = client
        .endpoints()
        .list()
        .filter(r#"obj.url == "https://other.example.com""#)
        .iter()
        .map(|e| e.unwrap().id)
        .collect();
    assert_eq!(by_url, std::slice::from_ref(&other.id));
    client.endpoints().delete(&other.id).unwrap();
    assert_eq!(updated.url, "https://api2.example.com");
    assert_eq!(updated.traffic_policy, other_policy);
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("api v2", "m")
    );
    assert_eq!(
        updated.bindings,
        ["public"],
        "an empty list is not sent, so kept"
    );
    assert!(updated.pooling_enabled);
}

fn event_destinations(server: &MockServer, client: &Client) {
    let kinesis = EventTarget {
        kinesis: Some(EventTargetKinesis {
            auth: AWSAuth {
                role: Some(AWSRole {
                    role_arn: "arn:aws:iam::123456789012:role/ngrok".into(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            stream_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/events".into(),
            ..Default::default()
        }),
        ..Default::default()
    };
    let datadog = EventTarget {
        datadog: Some(EventTargetDatadog {
            ddsite: Some("datadoghq.eu".into()),
            service: Some("ngrok".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.event_destinations(), "/event_destinations", "ed",
        create: EventDestinationCreate {
            description: "stream".into(),
            metadata: "m".into(),
            format: "json".into(),
            target: kinesis.clone(),
            ..Default::default()
        },
        update: |id| EventDestinationUpdate {
            id,
            description: Some("datadog".into()),
            target: Some(datadog.clone()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.description.as_str(), created.format.as_str()),
        ("stream", "json")
    );
    assert_eq!(created.target, kinesis);
    assert_eq!(updated.description, "datadog");
    assert_eq!(
        (updated.metadata.as_str(), updated.format.as_str()),
        ("m", "json")
    );
    assert_eq!(updated.target, datadog, "the target is replaced whole");
}

fn event_sources(server: &MockServer, client: &Client) {
    let sub = client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: "audit".into(),
            ..Default::default()
        })
        .unwrap();
    let sources = client.event_sources();
    let kind = "ip_policy_created.v0";
    let created = sources
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: kind.into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(created.r#type, kind);
    assert_eq!(
        created.uri,
        format!(
            "{}/event_subscriptions/{}/sources/{kind}",
            server.url(),
            sub.id
        )
    );
    assert_eq!(sources.get(&sub.id, kind).unwrap(), created);
    let list = sources.list(&sub.id).unwrap();
    assert_eq!(list.sources, std::slice::from_ref(&created));
    assert_eq!(
        list.uri,
        format!("{}/event_subscriptions/{}/sources", server.url(), sub.id)
    );
    let updated = sources
        .update(&EventSourceUpdate {
            subscription_id: sub.id.clone(),
            r#type: kind.into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated, created);
    assert_eq!(
        client.event_subscriptions().get(&sub.id).unwrap().sources,
        std::slice::from_ref(&created),
        "the subscription lists its source"
    );
    sources.delete(&sub.id, kind).unwrap();
    assert_not_found(sources.get(&sub.id, kind));
    assert!(sources.list(&sub.id).unwrap().sources.is_empty());
    assert!(client
        .event_subscriptions()
        .get(&sub.id)
        .unwrap()
        .sources
        .is_empty());
}

fn event_subscriptions(server: &MockServer, client: &Client) {
    let destination = client
        .event_destinations()
        .create(&EventDestinationCreate {
            format: "json".into(),
            ..Default::default()
        })
        .unwrap();
    let source = |kind: &str| EventSourceReplace {
        r#type: kind.into(),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.event_subscriptions(), "/event_subscriptions", "esb",
        create: EventSubscriptionCreate {
            description: "audit".into(),
            metadata: "m".into(),
            sources: vec![source("ip_policy_created.v0")],
            destination_ids: vec![destination.id.clone()],
            ..Default::default()
        },
        update: |id| EventSubscriptionUpdate {
            id,
            description: Some("audit v2".into()),
            sources: vec![source("api_key_created.v0"), source("api_key_deleted.v0")],
            ..Default::default()
        },
    );
    let kinds = |s: &EventSubscription| -> Vec<String> {
        let mut kinds: Vec<String> = s.sources.iter().map(|s| s.r#type.clone()).collect();
        kinds.sort();
        kinds
    };
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("audit", "m")
    );
    assert_eq!(kinds(&created), ["ip_policy_created.v0"]);
    assert_eq!(
        created.destinations,
        [reference(server, "/event_destinations", &destination.id)]
    );
    assert_eq!(updated.description, "audit v2");
    assert_eq!(
        kinds(&updated),
        ["api_key_created.v0", "api_key_deleted.v0"]
    );
    assert_eq!(
        updated.destinations, created.destinations,
        "not sent, so kept"
    );
}

fn ip_policies(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.ip_policies(), "/ip_policies", "ipp",
        create: IPPolicyCreate {
            description: "office".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| IPPolicyUpdate {
            id,
            description: Some("office v2".into()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("office", "m")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("office v2", "m")
    );
}

fn ip_policy_rules(server: &MockServer, client: &Client) {
    let policy = ip_policy(client, "office");
    let (created, updated) = lifecycle!(
        server, client.ip_policy_rules(), "/ip_policy_rules", "ipr",
        create: IPPolicyRuleCreate {
            cidr: "192.0.2.0/24".into(),
            ip_policy_id: policy.id.clone(),
            action: Some("allow".into()),
            description: "lan".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| IPPolicyRuleUpdate {
            id,
            cidr: Some("192.0.2.0/25".into()),
            description: Some("half the lan".into()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.cidr.as_str(), created.action.as_str()),
        ("192.0.2.0/24", "allow")
    );
    assert_eq!(
        created.ip_policy,
        reference(server, "/ip_policies", &policy.id)
    );
    assert_eq!(
        (updated.cidr.as_str(), updated.description.as_str()),
        ("192.0.2.0/25", "half the lan")
    );
    assert_eq!(
        (updated.action.as_str(), updated.metadata.as_str()),
        ("allow", "m")
    );
    assert_eq!(updated.ip_policy, created.ip_policy);
}

fn ip_restrictions(server: &MockServer, client: &Client) {
    let office = ip_policy(client, "office");
    let vpn = ip_policy(client, "vpn");
    let (created, updated) = lifecycle!(
        server, client.ip_restrictions(), "/ip_restrictions", "ipx",
        create: IPRestrictionCreate {
            description: "dashboard".into(),
            metadata: "m".into(),
            enforced: false,
            r#type: "dashboard".into(),
            ip_policy_ids: vec![office.id.clone()],
            ..Default::default()
        },
        update: |id| IPRestrictionUpdate {
            id,
            enforced: Some(true),
            ip_policy_ids: vec![office.id.clone(), vpn.id.clone()],
            ..Default::default()
        },
    );
    assert_eq!(
        (created.r#type.as_str(), created.enforced),
        ("dashboard", false)
    );
    assert_eq!(
        created.ip_policies,
        [reference(server, "/ip_policies", &office.id)]
    );
    assert!(updated.enforced);
    assert_eq!(updated.r#type, "dashboard");
    assert_eq!(updated.description, "dashboard");
    assert_eq!(
        updated.ip_policies,
        [
            reference(server, "/ip_policies", &office.id),
            reference(server, "/ip_policies", &vpn.id)
        ]
    );
}

fn kubernetes_operators(server: &MockServer, client: &Client) {
    let deployment = KubernetesOperatorDeployment {
        name: "ngrok-operator".into(),
        namespace: "ngrok".into(),
        version: "0.13.0".into(),
        cluster_name: "prod-eu".into(),
        ..Default::default()
    };
    let request = KubernetesOperatorCreate {
        description: "prod cluster".into(),
        metadata: "m".into(),
        enabled_features: strings(&["ingress", "bindings"]),
        region: "eu".into(),
        deployment: deployment.clone(),
        binding: Some(KubernetesOperatorBindingCreate {
            endpoint_selectors: strings(&["true"]),
            csr: "-----BEGIN CERTIFICATE REQUEST-----\n-----END CERTIFICATE REQUEST-----\n".into(),
            ingress_endpoint: Some("prod.k8s.example.com:443".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.kubernetes_operators(), "/kubernetes_operators", "k8sop",
        create: request.clone(),
        update: |id| KubernetesOperatorUpdate {
            id,
            description: Some("prod cluster, upgraded".into()),
            enabled_features: strings(&["ingress"]),
            deployment: Some(KubernetesOperatorDeploymentUpdate {
                version: Some("0.14.0".into()),
                ..Default::default()
            }),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.description.as_str(), created.region.as_str()),
        ("prod cluster", "eu")
    );
    assert_eq!(created.enabled_features, ["ingress", "bindings"]);
    assert_eq!(created.deployment, deployment);
    let binding = created.binding.as_ref().expect("a binding");
    assert_eq!(binding.endpoint_selectors, ["true"]);
    assert_eq!(binding.ingress_endpoint, "prod.k8s.example.com:443");
    assert_recent(&created.updated_at);
    assert_eq!(updated.description, "prod cluster, upgraded");
    assert_eq!(updated.enabled_features, ["ingress"]);
    assert_eq!(
        updated.deployment,
        KubernetesOperatorDeployment {
            version: "0.14.0".into(),
            ..deployment
        },
        "only the deployment's version was sent"
    );
    assert_eq!(updated.binding, created.binding, "not sent, so kept");

    // get_bound_endpoints: a paged list of endpoints under one operator.
    let operator = client.kubernetes_operators().create(&request).unwrap();
    cloud_endpoint(client, "https://not-bound.example.com");
    let pages = client
        .kubernetes_operators()
        .get_bound_endpoints(&operator.id)
        .pages()
        .collect::<ngrok_api::Result<Vec<_>>>()
        .unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(
        pages[0].uri,
        format!(
            "{}/kubernetes_operators/{}/bound_endpoints",
            server.url(),
            operator.id
        )
    );
    assert!(
        pages[0].endpoints.is_empty(),
        "no endpoint is bound through it: {:?}",
        pages[0]
    );
    assert_eq!(pages[0].next_page_uri, None);
    let missing = client
        .kubernetes_operators()
        .get_bound_endpoints("k8sop_missing");
    assert_not_found(missing.iter().collect::<ngrok_api::Result<Vec<_>>>());
}

fn reserved_addrs(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.reserved_addrs(), "/reserved_addrs", "ra",
        create: ReservedAddrCreate {
            description: "ssh".into(),
            metadata: "m".into(),
            region: "eu".into(),
            ..Default::default()
        },
        update: |id| ReservedAddrUpdate {
            id,
            description: Some("ssh, bastion".into()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.description.as_str(), created.region.as_str()),
        ("ssh", "eu")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("ssh, bastion", "m")
    );
    assert_eq!(updated.region, "eu");
}

fn reserved_domains(server: &MockServer, client: &Client) {
    let cert = client
        .tls_certificates()
        .create(&TLSCertificateCreate {
            certificate_pem: PEM.into(),
            private_key_pem: KEY_PEM.into(),
            ..Default::default()
        })
        .unwrap();
    let resolves_to = vec![ReservedDomainResolvesToEntry {
        value: "eu".into(),
        ..Default::default()
    }];
    let (created, updated) = lifecycle!(
        server, client.reserved_domains(), "/reserved_domains", "rd",
        create: ReservedDomainCreate {
            domain: "app.example.com".into(),
            region: "eu".into(),
            description: "app".into(),
            metadata: "m".into(),
            certificate_id: Some(cert.id.clone()),
            ..Default::default()
        },
        update: |id| ReservedDomainUpdate {
            id,
            description: Some("app, eu".into()),
            resolves_to: resolves_to.clone(),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.domain.as_str(), created.region.as_str()),
        ("app.example.com", "eu")
    );
    assert_eq!(
        created.certificate,
        Some(reference(server, "/tls_certificates", &cert.id))
    );
    assert_eq!(updated.description, "app, eu");
    assert_eq!(updated.resolves_to, resolves_to);
    assert_eq!(updated.certificate, created.certificate);

    // The actions: each removes one field of the domain and keeps the rest.
    let domains = client.reserved_domains();
    let domain = domains
        .create(&ReservedDomainCreate {
            domain: "tls.example.com".into(),
            description: "keep".into(),
            certificate_id: Some(cert.id.clone()),
            ..Default::default()
        })
        .unwrap();
    domains.delete_certificate(&domain.id).unwrap();
    let got = domains.get(&domain.id).unwrap();
    assert_eq!(got.certificate, None);
    assert_eq!(
        (got.domain.as_str(), got.description.as_str()),
        ("tls.example.com", "keep")
    );
    let policy = ReservedDomainCertPolicy {
        authority: "letsencrypt".into(),
        private_key_type: "ecdsa".into(),
        ..Default::default()
    };
    let with_policy = domains
        .update(&ReservedDomainUpdate {
            id: domain.id.clone(),
            certificate_management_policy: Some(policy.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(with_policy.certificate_management_policy, Some(policy));
    domains
        .delete_certificate_management_policy(&domain.id)
        .unwrap();
    let got = domains.get(&domain.id).unwrap();
    assert_eq!(got.certificate_management_policy, None);
    assert_eq!(got.description, "keep");
    assert_not_found(domains.delete_certificate("rd_missing"));
    assert_not_found(domains.delete_certificate_management_policy("rd_missing"));
}

fn secrets(server: &MockServer, client: &Client) {
    let vault = client
        .vaults()
        .create(&VaultCreate {
            name: "prod".into(),
            ..Default::default()
        })
        .unwrap();
    let (created, updated) = lifecycle!(
        server, client.secrets(), "/vault_secrets", "sec",
        create: SecretCreate {
            name: "DB_PASSWORD".into(),
            value: "hunter2".into(),
            description: "database".into(),
            metadata: "m".into(),
            vault_id: vault.id.clone(),
            ..Default::default()
        },
        update: |id| SecretUpdate {
            id,
            name: Some("DB_PASS".into()),
            value: Some("hunter3".into()),
            description: Some("database, rotated".into()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.name.as_str(), created.description.as_str()),
        ("DB_PASSWORD", "database")
    );
    assert_eq!(created.vault, reference(server, "/vaults", &vault.id));
    assert_recent(&created.updated_at);
    assert_eq!(
        (updated.name.as_str(), updated.description.as_str()),
        ("DB_PASS", "database, rotated")
    );
    assert_eq!(updated.metadata, "m");
    assert_eq!(updated.vault, created.vault);
    assert!(updated.updated_at >= created.updated_at);
}

fn service_users(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.service_users(), "/service_users", "svcu",
        create: ServiceUserCreate {
            name: "svc-deploy".into(),
            active: Some(true),
            ..Default::default()
        },
        update: |id| ServiceUserUpdate { id, active: Some(false), ..Default::default() },
    );
    assert_eq!(
        (created.name.as_str(), created.active),
        ("svc-deploy", true)
    );
    assert_eq!(
        (updated.name.as_str(), updated.active),
        ("svc-deploy", false)
    );
}

fn ssh_certificate_authorities(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.ssh_certificate_authorities(), "/ssh_certificate_authorities", "sshca",
        create: SSHCertificateAuthorityCreate {
            description: "hosts".into(),
            metadata: "m".into(),
            private_key_type: "ed25519".into(),
            ..Default::default()
        },
        update: |id| SSHCertificateAuthorityUpdate {
            id,
            description: Some("hosts, eu".into()),
            metadata: Some(String::new()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("hosts", "m")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("hosts, eu", "")
    );
}

fn ssh_credentials(server: &MockServer, client: &Client) {
    let bot = bot_user(client);
    let (created, updated) = lifecycle!(
        server, client.ssh_credentials(), "/ssh_credentials", "sshcr",
        create: SSHCredentialCreate {
            description: "ada".into(),
            metadata: "m".into(),
            acl: strings(&["bind:ssh.example.com"]),
            public_key: SSH_KEY.into(),
            owner_id: Some(bot.id.clone()),
            ..Default::default()
        },
        update: |id| SSHCredentialUpdate {
            id,
            acl: strings(&["bind:*.example.com"]),
            ..Default::default()
        },
    );
    assert_eq!(created.public_key, SSH_KEY);
    assert_eq!(created.acl, ["bind:ssh.example.com"]);
    assert_eq!(created.owner_id.as_deref(), Some(bot.id.as_str()));
    assert_eq!(updated.acl, ["bind:*.example.com"]);
    assert_eq!(
        (updated.description.as_str(), updated.public_key.as_str()),
        ("ada", SSH_KEY)
    );
}

fn ssh_host_certificates(server: &MockServer, client: &Client) {
    let ca = ssh_certificate_authority(client);
    let (after, until) = (
        Timestamp::from_unix(1_700_000_000),
        Timestamp::from_unix(1_800_000_000),
    );
    let (created, updated) = lifecycle!(
        server, client.ssh_host_certificates(), "/ssh_host_certificates", "sshhc",
        create: SSHHostCertificateCreate {
            ssh_certificate_authority_id: ca.id.clone(),
            public_key: SSH_KEY.into(),
            principals: strings(&["host.example.com"]),
            valid_after: after.clone(),
            valid_until: until.clone(),
            description: "bastion".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| SSHHostCertificateUpdate {
            id,
            description: Some("bastion 2".into()),
            ..Default::default()
        },
    );
    assert_eq!(created.ssh_certificate_authority_id, ca.id);
    assert_eq!(
        (created.public_key.as_str(), created.description.as_str()),
        (SSH_KEY, "bastion")
    );
    assert_eq!(created.principals, ["host.example.com"]);
    assert_eq!(
        (&created.valid_after, &created.valid_until),
        (&after, &until)
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("bastion 2", "m")
    );
    assert_eq!(updated.principals, created.principals);
}

fn ssh_user_certificates(server: &MockServer, client: &Client) {
    let ca = ssh_certificate_authority(client);
    let (after, until) = (
        Timestamp::from_unix(1_700_000_000),
        Timestamp::from_unix(1_700_086_400),
    );
    let (created, updated) = lifecycle!(
        server, client.ssh_user_certificates(), "/ssh_user_certificates", "sshuc",
        create: SSHUserCertificateCreate {
            ssh_certificate_authority_id: ca.id.clone(),
            public_key: SSH_KEY.into(),
            principals: strings(&["ada", "root"]),
            critical_options: map(&[("force-command", "uptime".to_string())]),
            extensions: map(&[("permit-pty", String::new())]),
            valid_after: after.clone(),
            valid_until: until.clone(),
            description: "ada".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| SSHUserCertificateUpdate {
            id,
            metadata: Some("rotated".into()),
            ..Default::default()
        },
    );
    assert_eq!(created.ssh_certificate_authority_id, ca.id);
    assert_eq!(created.principals, ["ada", "root"]);
    assert_eq!(
        created.critical_options,
        map(&[("force-command", "uptime".to_string())])
    );
    assert_eq!(created.extensions, map(&[("permit-pty", String::new())]));
    assert_eq!(
        (&created.valid_after, &created.valid_until),
        (&after, &until)
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("ada", "rotated")
    );
}

fn tls_certificates(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.tls_certificates(), "/tls_certificates", "cert",
        create: TLSCertificateCreate {
            description: "wildcard".into(),
            metadata: "m".into(),
            certificate_pem: PEM.into(),
            private_key_pem: KEY_PEM.into(),
            ..Default::default()
        },
        update: |id| TLSCertificateUpdate {
            id,
            description: Some("wildcard 2025".into()),
            ..Default::default()
        },
    );
    assert_eq!(created.certificate_pem, PEM);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("wildcard", "m")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("wildcard 2025", "m")
    );
    assert_eq!(updated.certificate_pem, PEM);
}

fn tunnel_sessions(server: &MockServer, client: &Client) {
    let seeded = seed_tunnel_session(server);
    assert_id(&seeded.id, "ts");
    assert_eq!(seeded.uri, uri(server, "/tunnel_sessions", &seeded.id));
    assert_recent(&seeded.started_at);
    let sessions = client.tunnel_sessions();
    let got = sessions.get(&seeded.id).unwrap();
    assert_eq!(got, seeded);
    assert_eq!(
        (got.region.as_str(), got.agent_version.as_str()),
        ("eu", "3.10.0")
    );
    assert_eq!(got.credential.id, "cr_1");
    let listed = sessions
        .list()
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>();
    assert_eq!(listed.unwrap(), std::slice::from_ref(&seeded));
    sessions.restart(&seeded.id).unwrap();
    sessions.update(&seeded.id).unwrap();
    assert_eq!(sessions.get(&seeded.id).unwrap(), seeded);
    sessions.stop(&seeded.id).unwrap();
    assert_not_found(sessions.get(&seeded.id));
    for result in [
        sessions.restart("ts_missing"),
        sessions.update("ts_missing"),
        sessions.stop("ts_missing"),
    ] {
        assert_not_found(result);
    }
}

fn tunnels(server: &MockServer, client: &Client) {
    let session = seed_tunnel_session(server);
    let backend = tunnel_group(client, "web");
    let seeded: Tunnel = seed(
        server,
        "tunnels",
        json!({
            "public_url": "https://web.ngrok.app",
            "proto": "https",
            "region": "eu",
            "metadata": "web 1",
            "forwards_to": "http://localhost:8080",
            "labels": {"app": "web"},
            "tunnel_session": {"id": session.id, "uri": session.uri},
            "backends": [{"id": backend.id, "uri": backend.uri}],
        }),
    );
    assert_id(&seeded.id, "tn");
    assert_recent(&seeded.started_at);
    let got = client.tunnels().get(&seeded.id).unwrap();
    assert_eq!(got, seeded);
    assert_eq!(
        got.tunnel_session,
        reference(server, "/tunnel_sessions", &session.id)
    );
    assert_eq!(
        got.backends,
        [reference(server, "/backends/tunnel_group", &backend.id)]
    );
    assert_eq!(got.labels, map(&[("app", "web".to_string())]));
    let listed = client
        .tunnels()
        .list()
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>();
    assert_eq!(listed.unwrap(), [seeded]);
    assert_not_found(client.tunnels().get("tn_missing"));
}

fn vaults(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.vaults(), "/vaults", "vault",
        create: VaultCreate {
            name: "prod".into(),
            description: "production".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| VaultUpdate { id, name: Some("production".into()), ..Default::default() },
    );
    assert_eq!(
        (created.name.as_str(), created.description.as_str()),
        ("prod", "production")
    );
    assert_recent(&created.updated_at);
    assert_eq!(
        (updated.name.as_str(), updated.metadata.as_str()),
        ("production", "m")
    );

    // get_secrets_by_vault lists the secrets of that vault, and only those.
    let vault = |name: &str| {
        client
            .vaults()
            .create(&VaultCreate {
                name: name.into(),
                ..Default::default()
            })
            .unwrap()
    };
    let (mine, other) = (vault("mine"), vault("other"));
    let secret = |vault: &Vault, name: &str| {
        client
            .secrets()
            .create(&SecretCreate {
                name: name.into(),
                value: "v".into(),
                vault_id: vault.id.clone(),
                ..Default::default()
            })
            .unwrap()
    };
    let first = secret(&mine, "A");
    secret(&other, "B");
    let second = secret(&mine, "C");
    let listed = client
        .vaults()
        .get_secrets_by_vault(&mine.id)
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>()
        .unwrap();
    assert_eq!(listed, [second, first], "the vault's secrets, newest first");
    let page = client
        .vaults()
        .get_secrets_by_vault(&other.id)
        .pages()
        .next();
    let page = page.expect("a page").unwrap();
    assert_eq!(
        page.uri,
        format!("{}/vaults/{}/secrets", server.url(), other.id)
    );
    let names: Vec<&str> = page.secrets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["B"]);
    let missing = client.vaults().get_secrets_by_vault("vault_missing");
    assert_not_found(missing.iter().collect::<ngrok_api::Result<Vec<_>>>());
}

// ---------------------------------------------------------------------------------------
// backends
// ---------------------------------------------------------------------------------------

fn backends_failover(server: &MockServer, client: &Client) {
    let (primary, fallback) = (http_response(client, 200), http_response(client, 503));
    let (created, updated) = lifecycle!(
        server, client.backends().failover(), "/backends/failover", "bkdfo",
        create: FailoverBackendCreate {
            description: "with fallback".into(),
            metadata: "m".into(),
            backends: vec![primary.id.clone(), fallback.id.clone()],
            ..Default::default()
        },
        update: |id| FailoverBackendUpdate {
            id,
            backends: vec![fallback.id.clone(), primary.id.clone()],
            ..Default::default()
        },
    );
    assert_eq!(created.backends, [primary.id.clone(), fallback.id.clone()]);
    assert_eq!(created.description, "with fallback");
    assert_eq!(updated.backends, [fallback.id, primary.id]);
    assert_eq!(updated.description, "with fallback");
}

fn backends_http_response(server: &MockServer, client: &Client) {
    let headers = map(&[("content-type", "text/plain".to_string())]);
    let (created, updated) = lifecycle!(
        server, client.backends().http_response(), "/backends/http_response", "bkdhr",
        create: HTTPResponseBackendCreate {
            description: "maintenance".into(),
            body: "back soon".into(),
            headers: headers.clone(),
            status_code: Some(503),
            ..Default::default()
        },
        update: |id| HTTPResponseBackendUpdate {
            id,
            body: Some("ok".into()),
            status_code: Some(200),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.body.as_str(), created.status_code),
        ("back soon", 503)
    );
    assert_eq!(created.headers, headers);
    assert_eq!((updated.body.as_str(), updated.status_code), ("ok", 200));
    assert_eq!(updated.headers, headers);
    assert_eq!(updated.description, "maintenance");
}

fn backends_static_address(server: &MockServer, client: &Client) {
    let tls = StaticBackendTLS {
        enabled: true,
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.backends().static_address(), "/backends/static", "bkdsb",
        create: StaticBackendCreate {
            description: "origin".into(),
            address: "10.0.0.1:443".into(),
            tls: tls.clone(),
            ..Default::default()
        },
        update: |id| StaticBackendUpdate {
            id,
            address: "10.0.0.2:8443".into(),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.address.as_str(), &created.tls),
        ("10.0.0.1:443", &tls)
    );
    assert_eq!(updated.address, "10.0.0.2:8443");
    assert_eq!(
        (updated.description.as_str(), &updated.tls),
        ("origin", &tls)
    );
}

fn backends_tunnel_group(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.backends().tunnel_group(), "/backends/tunnel_group", "bkdtg",
        create: TunnelGroupBackendCreate {
            description: "web agents".into(),
            labels: map(&[("app", "web".to_string()), ("env", "prod".to_string())]),
            ..Default::default()
        },
        update: |id| TunnelGroupBackendUpdate {
            id,
            labels: map(&[("app", "api".to_string())]),
            ..Default::default()
        },
    );
    assert_eq!(
        created.labels,
        map(&[("app", "web".to_string()), ("env", "prod".to_string())])
    );
    assert_eq!(created.description, "web agents");
    assert_eq!(
        updated.labels,
        map(&[("app", "api".to_string())]),
        "labels are replaced whole"
    );
    assert_eq!(updated.description, "web agents");
}

fn backends_weighted(server: &MockServer, client: &Client) {
    let (stable, canary) = (http_response(client, 200), http_response(client, 202));
    let weights = |a: i64, b: i64| map(&[(stable.id.as_str(), a), (canary.id.as_str(), b)]);
    let (created, updated) = lifecycle!(
        server, client.backends().weighted(), "/backends/weighted", "bkdwb",
        create: WeightedBackendCreate {
            description: "canary".into(),
            backends: weights(9_900, 100),
            ..Default::default()
        },
        update: |id| WeightedBackendUpdate {
            id,
            backends: weights(5_000, 5_000),
            ..Default::default()
        },
    );
    assert_eq!(created.backends, weights(9_900, 100));
    assert_eq!(updated.backends, weights(5_000, 5_000));
    assert_eq!(updated.description, "canary");
}

// ---------------------------------------------------------------------------------------
// edges
// ---------------------------------------------------------------------------------------

fn edges_https(server: &MockServer, client: &Client) {
    let ca = certificate_authority(client);
    let tls = EndpointTLSTerminationAtEdge {
        enabled: Some(true),
        min_version: Some("1.3".into()),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.edges().https(), "/edges/https", "edghts",
        create: HTTPSEdgeCreate {
            description: "web".into(),
            metadata: "m".into(),
            hostports: strings(&["app.example.com:443"]),
            mutual_tls: Some(EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec![ca.id.clone()],
                ..Default::default()
            }),
            tls_termination: Some(tls.clone()),
            ..Default::default()
        },
        update: |id| HTTPSEdgeUpdate {
            id,
            description: Some("web v2".into()),
            hostports: strings(&["app.example.com:443", "www.example.com:443"]),
            ..Default::default()
        },
    );
    assert_eq!(created.hostports, ["app.example.com:443"]);
    let mtls = created.mutual_tls.as_ref().expect("a mutual TLS module");
    assert_eq!(mtls.enabled, Some(true));
    assert_eq!(
        mtls.certificate_authorities,
        [reference(server, "/certificate_authorities", &ca.id)]
    );
    let termination = created
        .tls_termination
        .as_ref()
        .expect("a TLS termination module");
    assert_eq!(
        (termination.enabled, termination.min_version.as_deref()),
        (Some(true), Some("1.3"))
    );
    assert!(created.routes.is_empty());
    assert_eq!(updated.description, "web v2");
    assert_eq!(
        updated.hostports,
        ["app.example.com:443", "www.example.com:443"]
    );
    assert_eq!(updated.mutual_tls, created.mutual_tls, "not sent, so kept");
    assert_eq!(updated.tls_termination, created.tls_termination);
}

fn edges_https_routes(server: &MockServer, client: &Client) {
    let edge = https_edge(client);
    let backend = tunnel_group(client, "web");
    let routes = client.edges().https_routes();
    let created = routes
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "path_prefix".into(),
            r#match: "/api".into(),
            description: "api".into(),
            metadata: "m".into(),
            backend: Some(EndpointBackendMutate {
                backend_id: backend.id.clone(),
                ..Default::default()
            }),
            compression: Some(EndpointCompression {
                enabled: Some(true),
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap();
    assert_id(&created.id, "edghtsrt");
    assert_eq!(created.edge_id, edge.id);
    assert_eq!(
        created.uri,
        format!(
            "{}/edges/https/{}/routes/{}",
            server.url(),
            edge.id,
            created.id
        )
    );
    assert_recent(&created.created_at);
    assert_eq!(
        (created.match_type.as_str(), created.r#match.as_str()),
        ("path_prefix", "/api")
    );
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("api", "m")
    );
    let module = created.backend.as_ref().expect("a backend module");
    assert_eq!(
        module.backend,
        reference(server, "/backends/tunnel_group", &backend.id)
    );
    assert_eq!(
        created.compression.as_ref().and_then(|c| c.enabled),
        Some(true)
    );
    assert_eq!(routes.get(&edge.id, &created.id).unwrap(), created);
    let listed = client.edges().https().get(&edge.id).unwrap().routes;
    assert_eq!(
        listed,
        std::slice::from_ref(&created),
        "the edge lists its route"
    );

    let updated = routes
        .update(&HTTPSEdgeRouteUpdate {
            edge_id: edge.id.clone(),
            id: created.id.clone(),
            r#match: "/v2".into(),
            description: "api v2".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (updated.id.as_str(), updated.edge_id.as_str()),
        (created.id.as_str(), edge.id.as_str())
    );
    assert_eq!(
        (updated.match_type.as_str(), updated.r#match.as_str()),
        ("path_prefix", "/v2")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("api v2", "m")
    );
    assert_eq!(updated.backend, created.backend, "not sent, so kept");
    assert_eq!(updated.created_at, created.created_at);
    assert_eq!(routes.get(&edge.id, &created.id).unwrap(), updated);

    routes.delete(&edge.id, &created.id).unwrap();
    assert_not_found(routes.get(&edge.id, &created.id));
    assert!(client
        .edges()
        .https()
        .get(&edge.id)
        .unwrap()
        .routes
        .is_empty());
}

fn edges_tcp(server: &MockServer, client: &Client) {
    let (backend, other) = (tunnel_group(client, "ssh"), tunnel_group(client, "ssh2"));
    let policy = ip_policy(client, "office");
    let traffic = EndpointTrafficPolicy {
        enabled: Some(true),
        value: POLICY.into(),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.edges().tcp(), "/edges/tcp", "edgtcp",
        create: TCPEdgeCreate {
            description: "ssh".into(),
            hostports: strings(&["1.tcp.ngrok.io:20000"]),
            backend: Some(EndpointBackendMutate {
                backend_id: backend.id.clone(),
                ..Default::default()
            }),
            ip_restriction: Some(EndpointIPPolicyMutate {
                ip_policy_ids: vec![policy.id.clone()],
                ..Default::default()
            }),
            traffic_policy: Some(traffic.clone()),
            ..Default::default()
        },
        update: |id| TCPEdgeUpdate {
            id,
            metadata: Some("moved".into()),
            backend: Some(EndpointBackendMutate {
                enabled: Some(false),
                backend_id: other.id.clone(),
                ..Default::default()
            }),
            ..Default::default()
        },
    );
    assert_eq!(created.hostports, ["1.tcp.ngrok.io:20000"]);
    let module = created.backend.as_ref().expect("a backend module");
    assert_eq!(
        module.backend,
        reference(server, "/backends/tunnel_group", &backend.id)
    );
    let restriction = created
        .ip_restriction
        .as_ref()
        .expect("an IP restriction module");
    assert_eq!(
        restriction.ip_policies,
        [reference(server, "/ip_policies", &policy.id)]
    );
    assert_eq!(created.traffic_policy, Some(traffic));
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("ssh", "moved")
    );
    let module = updated.backend.as_ref().expect("a backend module");
    assert_eq!(module.enabled, Some(false));
    assert_eq!(
        module.backend,
        reference(server, "/backends/tunnel_group", &other.id)
    );
    assert_eq!(
        updated.ip_restriction, created.ip_restriction,
        "not sent, so kept"
    );
}

fn edges_tls(server: &MockServer, client: &Client) {
    let ca = certificate_authority(client);
    let backend = tunnel_group(client, "tls");
    let termination = EndpointTLSTermination {
        enabled: Some(true),
        terminate_at: "upstream".into(),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.edges().tls(), "/edges/tls", "edgtls",
        create: TLSEdgeCreate {
            description: "db".into(),
            hostports: strings(&["db.example.com:443"]),
            backend: Some(EndpointBackendMutate {
                backend_id: backend.id.clone(),
                ..Default::default()
            }),
            mutual_tls: Some(EndpointMutualTLSMutate {
                certificate_authority_ids: vec![ca.id.clone()],
                ..Default::default()
            }),
            tls_termination: Some(termination.clone()),
            ..Default::default()
        },
        update: |id| TLSEdgeUpdate {
            id,
            hostports: strings(&["db2.example.com:443"]),
            ..Default::default()
        },
    );
    assert_eq!(created.description, "db");
    assert_eq!(created.hostports, ["db.example.com:443"]);
    let module = created.backend.as_ref().expect("a backend module");
    assert_eq!(
        module.backend,
        reference(server, "/backends/tunnel_group", &backend.id)
    );
    let mtls = created.mutual_tls.as_ref().expect("a mutual TLS module");
    assert_eq!(
        mtls.certificate_authorities,
        [reference(server, "/certificate_authorities", &ca.id)]
    );
    assert_eq!(created.tls_termination, Some(termination));
    assert_eq!(updated.hostports, ["db2.example.com:443"]);
    assert_eq!(updated.description, "db");
    assert_eq!(updated.backend, created.backend, "not sent, so kept");
    assert_eq!(updated.tls_termination, created.tls_termination);
}

// ---------------------------------------------------------------------------------------
// edge_modules: modules of an HTTPS edge
// ---------------------------------------------------------------------------------------

fn https_edge_mutual_tls(server: &MockServer, client: &Client) {
    let edge = https_edge(client);
    let ca = certificate_authority(client);
    let module = module_cycle!(
        client.edge_modules().https_edge_mutual_tls(),
        (&edge.id),
        EndpointMutualTLSMutate {
            enabled: Some(true),
            certificate_authority_ids: vec![ca.id.clone()],
            ..Default::default()
        },
        client.edges().https().get(&edge.id).unwrap() => mutual_tls
    );
    assert_eq!(module.enabled, Some(true));
    assert_eq!(
        module.certificate_authorities,
        [reference(server, "/certificate_authorities", &ca.id)]
    );
}

fn https_edge_tls_termination(_: &MockServer, client: &Client) {
    let edge = https_edge(client);
    let module = module_cycle!(
        client.edge_modules().https_edge_tls_termination(),
        (&edge.id),
        EndpointTLSTerminationAtEdge {
            enabled: Some(true),
            min_version: Some("1.2".into()),
            ..Default::default()
        },
        client.edges().https().get(&edge.id).unwrap() => tls_termination
    );
    assert_eq!(
        (module.enabled, module.min_version.as_deref()),
        (Some(true), Some("1.2"))
    );
}

// ---------------------------------------------------------------------------------------
// edge_modules: modules of an HTTPS edge route
// ---------------------------------------------------------------------------------------

/// The cycle of a route module whose request type is its resource type: what replace
/// returns is what was sent.
macro_rules! route_module_test {
    ($name:ident, $field:ident, $request:expr) => {
        fn $name(_: &MockServer, client: &Client) {
            let (edge, route) = https_route(client);
            let sent = $request;
            let module = module_cycle!(
                client.edge_modules().$name(),
                (&edge, &route),
                sent,
                client.edges().https_routes().get(&edge, &route).unwrap() => $field
            );
            assert_eq!(module, sent);
        }
    };
}

fn https_edge_route_backend(server: &MockServer, client: &Client) {
    let (edge, route) = https_route(client);
    let backend = tunnel_group(client, "web");
    let module = module_cycle!(
        client.edge_modules().https_edge_route_backend(),
        (&edge, &route),
        EndpointBackendMutate {
            enabled: Some(true),
            backend_id: backend.id.clone(),
            ..Default::default()
        },
        client.edges().https_routes().get(&edge, &route).unwrap() => backend
    );
    assert_eq!(module.enabled, Some(true));
    assert_eq!(
        module.backend,
        reference(server, "/backends/tunnel_group", &backend.id)
    );
}

fn https_edge_route_ip_restriction(server: &MockServer, client: &Client) {
    let (edge, route) = https_route(client);
    let (office, vpn) = (ip_policy(client, "office"), ip_policy(client, "vpn"));
    let module = module_cycle!(
        client.edge_modules().https_edge_route_ip_restriction(),
        (&edge, &route),
        EndpointIPPolicyMutate {
            enabled: Some(true),
            ip_policy_ids: vec![office.id.clone(), vpn.id.clone()],
            ..Default::default()
        },
        client.edges().https_routes().get(&edge, &route).unwrap() => ip_restriction
    );
    assert_eq!(module.enabled, Some(true));
    assert_eq!(
        module.ip_policies,
        [
            reference(server, "/ip_policies", &office.id),
            reference(server, "/ip_policies", &vpn.id)
        ]
    );
}

route_module_test!(
    https_edge_route_request_headers,
    request_headers,
    EndpointRequestHeaders {
        enabled: Some(true),
        add: map(&[("x-team", "web".to_string())]),
        remove: strings(&["cookie"]),
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_response_headers,
    response_headers,
    EndpointResponseHeaders {
        enabled: Some(true),
        add: map(&[("strict-transport-security", "max-age=63072000".to_string())]),
        remove: strings(&["server"]),
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_compression,
    compression,
    EndpointCompression {
        enabled: Some(true),
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_circuit_breaker,
    circuit_breaker,
    EndpointCircuitBreaker {
        enabled: Some(true),
        tripped_duration: 30,
        rolling_window: 10,
        num_buckets: 10,
        volume_threshold: 20,
        error_threshold_percentage: 0.5,
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_webhook_verification,
    webhook_verification,
    EndpointWebhookValidation {
        enabled: Some(true),
        provider: "GITHUB".into(),
        secret: "whsec".into(),
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_oauth,
    oauth,
    EndpointOAuth {
        enabled: Some(true),
        provider: EndpointOAuthProvider {
            github: Some(EndpointOAuthGitHub {
                client_id: Some("gh-client".into()),
                client_secret: Some("gh-secret".into()),
                scopes: strings(&["read:org"]),
                organizations: strings(&["example"]),
                ..Default::default()
            }),
            ..Default::default()
        },
        cookie_prefix: "ngrok.".into(),
        inactivity_timeout: 3_600,
        maximum_duration: 86_400,
        auth_check_interval: 600,
        ..Default::default()
    }
);

fn https_edge_route_saml(_: &MockServer, client: &Client) {
    let (edge, route) = https_route(client);
    let module = module_cycle!(
        client.edge_modules().https_edge_route_saml(),
        (&edge, &route),
        EndpointSAMLMutate {
            enabled: Some(true),
            options_passthrough: true,
            cookie_prefix: "saml.".into(),
            inactivity_timeout: 1_800,
            maximum_duration: 43_200,
            idp_metadata: "<EntityDescriptor/>".into(),
            force_authn: true,
            allow_idp_initiated: Some(false),
            authorized_groups: strings(&["admins"]),
            nameid_format: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress".into(),
            ..Default::default()
        },
        client.edges().https_routes().get(&edge, &route).unwrap() => saml
    );
    assert_eq!(
        (
            module.enabled,
            module.options_passthrough,
            module.force_authn
        ),
        (Some(true), true, true)
    );
    assert_eq!(module.cookie_prefix, "saml.");
    assert_eq!(
        (module.inactivity_timeout, module.maximum_duration),
        (1_800, 43_200)
    );
    assert_eq!(module.idp_metadata, "<EntityDescriptor/>");
    assert_eq!(module.allow_idp_initiated, Some(false));
    assert_eq!(module.authorized_groups, ["admins"]);
    assert_eq!(
        module.nameid_format,
        "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
    );
}

route_module_test!(
    https_edge_route_oidc,
    oidc,
    EndpointOIDC {
        enabled: Some(true),
        cookie_prefix: "oidc.".into(),
        inactivity_timeout: 600,
        maximum_duration: 3_600,
        issuer: "https://accounts.example.com".into(),
        client_id: "client".into(),
        client_secret: "secret".into(),
        scopes: strings(&["openid", "email"]),
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_websocket_tcp_converter,
    websocket_tcp_converter,
    EndpointWebsocketTCPConverter {
        enabled: Some(true),
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_user_agent_filter,
    user_agent_filter,
    EndpointUserAgentFilter {
        enabled: Some(true),
        allow: strings(&["(?i)firefox"]),
        deny: strings(&["(?i)curl"]),
        ..Default::default()
    }
);

route_module_test!(
    https_edge_route_traffic_policy,
    traffic_policy,
    EndpointTrafficPolicy {
        enabled: Some(true),
        value: POLICY.into(),
        ..Default::default()
    }
);

// ---------------------------------------------------------------------------------------
// edge_modules: modules of TCP and TLS edges
// ---------------------------------------------------------------------------------------

fn tcp_edge_backend(server: &MockServer, client: &Client) {
    let edge = tcp_edge(client);
    let backend = tunnel_group(client, "ssh");
    let module = module_cycle!(
        client.edge_modules().tcp_edge_backend(),
        (&edge.id),
        EndpointBackendMutate { backend_id: backend.id.clone(), ..Default::default() },
        client.edges().tcp().get(&edge.id).unwrap() => backend
    );
    assert_eq!(
        module.backend,
        reference(server, "/backends/tunnel_group", &backend.id)
    );
}

fn tcp_edge_ip_restriction(server: &MockServer, client: &Client) {
    let edge = tcp_edge(client);
    let policy = ip_policy(client, "office");
    let module = module_cycle!(
        client.edge_modules().tcp_edge_ip_restriction(),
        (&edge.id),
        EndpointIPPolicyMutate {
            enabled: Some(false),
            ip_policy_ids: vec![policy.id.clone()],
            ..Default::default()
        },
        client.edges().tcp().get(&edge.id).unwrap() => ip_restriction
    );
    assert_eq!(module.enabled, Some(false));
    assert_eq!(
        module.ip_policies,
        [reference(server, "/ip_policies", &policy.id)]
    );
}

fn tcp_edge_traffic_policy(_: &MockServer, client: &Client) {
    let edge = tcp_edge(client);
    let sent = EndpointTrafficPolicy {
        enabled: Some(true),
        value: POLICY.into(),
        ..Default::default()
    };
    let module = module_cycle!(
        client.edge_modules().tcp_edge_traffic_policy(),
        (&edge.id),
        sent,
        client.edges().tcp().get(&edge.id).unwrap() => traffic_policy
    );
    assert_eq!(module, sent);
}

fn tls_edge_backend(server: &MockServer, client: &Client) {
    let edge = tls_edge(client);
    let backend = tunnel_group(client, "db");
    let module = module_cycle!(
        client.edge_modules().tls_edge_backend(),
        (&edge.id),
        EndpointBackendMutate { backend_id: backend.id.clone(), ..Default::default() },
        client.edges().tls().get(&edge.id).unwrap() => backend
    );
    assert_eq!(
        module.backend,
        reference(server, "/backends/tunnel_group", &backend.id)
    );
}

fn tls_edge_ip_restriction(server: &MockServer, client: &Client) {
    let edge = tls_edge(client);
    let policy = ip_policy(client, "office");
    let module = module_cycle!(
        client.edge_modules().tls_edge_ip_restriction(),
        (&edge.id),
        EndpointIPPolicyMutate { ip_policy_ids: vec![policy.id.clone()], ..Default::default() },
        client.edges().tls().get(&edge.id).unwrap() => ip_restriction
    );
    assert_eq!(
        module.ip_policies,
        [reference(server, "/ip_policies", &policy.id)]
    );
}

fn tls_edge_mutual_tls(server: &MockServer, client: &Client) {
    let edge = tls_edge(client);
    let ca = certificate_authority(client);
    let module = module_cycle!(
        client.edge_modules().tls_edge_mutual_tls(),
        (&edge.id),
        EndpointMutualTLSMutate {
            enabled: Some(true),
            certificate_authority_ids: vec![ca.id.clone()],
            ..Default::default()
        },
        client.edges().tls().get(&edge.id).unwrap() => mutual_tls
    );
    assert_eq!(module.enabled, Some(true));
    assert_eq!(
        module.certificate_authorities,
        [reference(server, "/certificate_authorities", &ca.id)]
    );
}

fn tls_edge_tls_termination(_: &MockServer, client: &Client) {
    let edge = tls_edge(client);
    let sent = EndpointTLSTermination {
        enabled: Some(true),
        terminate_at: "edge".into(),
        min_version: Some("1.3".into()),
        ..Default::default()
    };
    let module = module_cycle!(
        client.edge_modules().tls_edge_tls_termination(),
        (&edge.id),
        sent,
        client.edges().tls().get(&edge.id).unwrap() => tls_termination
    );
    assert_eq!(module, sent);
}

fn tls_edge_traffic_policy(_: &MockServer, client: &Client) {
    let edge = tls_edge(client);
    let sent = EndpointTrafficPolicy {
        enabled: Some(false),
        value: POLICY.into(),
        ..Default::default()
    };
    let module = module_cycle!(
        client.edge_modules().tls_edge_traffic_policy(),
        (&edge.id),
        sent,
        client.edges().tls().get(&edge.id).unwrap() => traffic_policy
    );
    assert_eq!(module, sent);
}

// ---------------------------------------------------------------------------------------
// The tests, and the check that every service has one
// ---------------------------------------------------------------------------------------

/// Generates one `#[test]` per entry (in `mod service`), which runs the function of that
/// name against a fresh emulator and then checks that it called every operation of the
/// listed services; and `TESTED`, the same table as data.
macro_rules! service_tests {
    ($($test:ident: [$($service:literal),+ $(,)?],)*) => {
        /// Each test of this file and the services whose every operation it calls.
        const TESTED: &[(&str, &[&str])] = &[$((stringify!($test), &[$($service),+]),)*];

        mod service {
            $(
                #[test]
                fn $test() {
                    super::run(&[$($service),+], super::$test);
                }
            )*
        }
    };
}

service_tests! {
    abuse_reports: ["abuse_reports"],
    agent_ingresses: ["agent_ingresses"],
    ai_gateway_api_keys: ["ai_gateway_api_keys"],
    api_keys: ["api_keys"],
    application_sessions: ["application_sessions"],
    application_users: ["application_users"],
    bot_users: ["bot_users"],
    certificate_authorities: ["certificate_authorities"],
    credentials: ["credentials"],
    endpoints: ["endpoints"],
    event_destinations: ["event_destinations"],
    event_sources: ["event_sources"],
    event_subscriptions: ["event_subscriptions"],
    ip_policies: ["ip_policies"],
    ip_policy_rules: ["ip_policy_rules"],
    ip_restrictions: ["ip_restrictions"],
    kubernetes_operators: ["kubernetes_operators"],
    reserved_addrs: ["reserved_addrs"],
    reserved_domains: ["reserved_domains"],
    secrets: ["secrets"],
    service_users: ["service_users"],
    ssh_certificate_authorities: ["ssh_certificate_authorities"],
    ssh_credentials: ["ssh_credentials"],
    ssh_host_certificates: ["ssh_host_certificates"],
    ssh_user_certificates: ["ssh_user_certificates"],
    tls_certificates: ["tls_certificates"],
    tunnel_sessions: ["tunnel_sessions"],
    tunnels: ["tunnels"],
    vaults: ["vaults"],
    backends_failover: ["backends.failover"],
    backends_http_response: ["backends.http_response"],
    backends_static_address: ["backends.static_address"],
    backends_tunnel_group: ["backends.tunnel_group"],
    backends_weighted: ["backends.weighted"],
    edges_https: ["edges.https"],
    edges_https_routes: ["edges.https_routes"],
    edges_tcp: ["edges.tcp"],
    edges_tls: ["edges.tls"],
    https_edge_mutual_tls: ["edge_modules.https_edge_mutual_tls"],
    https_edge_tls_termination: ["edge_modules.https_edge_tls_termination"],
    https_edge_route_backend: ["edge_modules.https_edge_route_backend"],
    https_edge_route_ip_restriction: ["edge_modules.https_edge_route_ip_restriction"],
    https_edge_route_request_headers: ["edge_modules.https_edge_route_request_headers"],
    https_edge_route_response_headers: ["edge_modules.https_edge_route_response_headers"],
    https_edge_route_compression: ["edge_modules.https_edge_route_compression"],
    https_edge_route_circuit_breaker: ["edge_modules.https_edge_route_circuit_breaker"],
    https_edge_route_webhook_verification: ["edge_modules.https_edge_route_webhook_verification"],
    https_edge_route_oauth: ["edge_modules.https_edge_route_oauth"],
    https_edge_route_saml: ["edge_modules.https_edge_route_saml"],
    https_edge_route_oidc: ["edge_modules.https_edge_route_oidc"],
    https_edge_route_websocket_tcp_converter: [
        "edge_modules.https_edge_route_websocket_tcp_converter",
    ],
    https_edge_route_user_agent_filter: ["edge_modules.https_edge_route_user_agent_filter"],
    https_edge_route_traffic_policy: ["edge_modules.https_edge_route_traffic_policy"],
    tcp_edge_backend: ["edge_modules.tcp_edge_backend"],
    tcp_edge_ip_restriction: ["edge_modules.tcp_edge_ip_restriction"],
    tcp_edge_traffic_policy: ["edge_modules.tcp_edge_traffic_policy"],
    tls_edge_backend: ["edge_modules.tls_edge_backend"],
    tls_edge_ip_restriction: ["edge_modules.tls_edge_ip_restriction"],
    tls_edge_mutual_tls: ["edge_modules.tls_edge_mutual_tls"],
    tls_edge_tls_termination: ["edge_modules.tls_edge_tls_termination"],
    tls_edge_traffic_policy: ["edge_modules.tls_edge_traffic_policy"],
}

#[test]
fn every_registry_service_has_a_test_here() {
    let registry: BTreeSet<String> = ngrok_api::registry()
        .iter()
        .map(|meta| meta().qualified_name())
        .collect();
    let mut tested = BTreeSet::new();
    for (test, services) in TESTED {
        for service in *services {
            assert!(
                registry.contains(*service),
                "service::{test} covers {service:?}, which is not in the registry"
            );
            assert!(
                tested.insert((*service).to_string()),
                "{service} is covered by two tests"
            );
        }
    }
    let untested: Vec<&String> = registry.difference(&tested).collect();
    assert!(
        untested.is_empty(),
        "services with no test in every_service.rs (add one to `service_tests!`): {untested:?}"
    );
}

/// Values the API assigns itself, which the emulator fills in (`ngrok-api-mock/src/computed.rs`).
#[test]
fn server_assigned_values_are_filled_in() {
    let server = MockServer::start();
    let client = server.client();
    let mut missing = Vec::new();
    let mut check = |what: &str, filled: bool| {
        if !filled {
            missing.push(what.to_string());
        }
    };
    let addr = client
        .reserved_addrs()
        .create(&ReservedAddrCreate {
            region: "eu".into(),
            ..Default::default()
        })
        .unwrap();
    check("reserved_addrs: addr", !addr.addr.is_empty());
    let ingress = client
        .agent_ingresses()
        .create(&AgentIngressCreate {
            domain: "connect.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    check(
        "agent_ingresses: ns_targets",
        !ingress.ns_targets.is_empty(),
    );
    check(
        "agent_ingresses: region_domains",
        !ingress.region_domains.is_empty(),
    );
    let ssh_ca = ssh_certificate_authority(&client);
    check(
        "ssh_certificate_authorities: public_key",
        !ssh_ca.public_key.is_empty(),
    );
    check(
        "ssh_certificate_authorities: key_type",
        ssh_ca.key_type == "ed25519",
    );
    let report = client
        .abuse_reports()
        .create(&AbuseReportCreate {
            urls: strings(&["https://phish.example.ngrok.app"]),
            ..Default::default()
        })
        .unwrap();
    check("abuse_reports: status", !report.status.is_empty());
    let edge = https_edge(&client);
    let termination = client
        .edge_modules()
        .https_edge_tls_termination()
        .replace(&edge.id, &EndpointTLSTerminationAtEdge::default())
        .unwrap();
    check(
        "https_edge_tls_termination: terminate_at",
        termination.terminate_at == "edge",
    );
    let (edge, route) = https_route(&client);
    let saml = client
        .edge_modules()
        .https_edge_route_saml()
        .replace(
            &edge,
            &route,
            &EndpointSAMLMutate {
                idp_metadata: "<EntityDescriptor/>".into(),
                ..Default::default()
            },
        )
        .unwrap();
    check(
        "https_edge_route_saml: entity_id",
        !saml.entity_id.is_empty(),
    );
    check(
        "https_edge_route_saml: metadata_url",
        !saml.metadata_url.is_empty(),
    );
    check(
        "https_edge_route_saml: assertion_consumer_service_url",
        !saml.assertion_consumer_service_url.is_empty(),
    );
    let vault = client
        .vaults()
        .create(&VaultCreate {
            name: "prod".into(),
            ..Default::default()
        })
        .unwrap();
    let secret = client
        .secrets()
        .create(&SecretCreate {
            name: "TOKEN".into(),
            value: "v".into(),
            vault_id: vault.id.clone(),
            ..Default::default()
        })
        .unwrap();
    check("secrets: vault_name", secret.vault_name == "prod");
    let session = seed_tunnel_session(&server);
    let tunnel: Tunnel = seed(
        &server,
        "tunnels",
        json!({
            "labels": {"app": "web"},
            "tunnel_session": {"id": session.id, "uri": session.uri},
        }),
    );
    let group = tunnel_group(&client, "web");
    check(
        "backends.tunnel_group: tunnels",
        group.tunnels.iter().any(|t| t.id == tunnel.id),
    );
    assert!(
        missing.is_empty(),
        "not filled in by the emulator: {missing:?}"
    );
}

#[test]
fn path_fits_matches_placeholders_only_against_non_empty_segments() {
    let template = "/edges/https/{edge_id}/routes/{id}/backend";
    assert!(path_fits(
        template,
        "/edges/https/edghts_1/routes/edghtsrt_2/backend"
    ));
    assert!(!path_fits(
        template,
        "/edges/https/edghts_1/routes//backend"
    ));
    assert!(!path_fits(
        template,
        "/edges/https/edghts_1/routes/edghtsrt_2/oauth"
    ));
    assert!(!path_fits("/vaults/{id}", "/vaults/vault_1/secrets"));
}
