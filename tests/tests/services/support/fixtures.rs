//! Inputs the service tests send (PEMs, an SSH key, a traffic policy) and the items they
//! create or seed before the call under test: one function per kind of item.

use std::collections::BTreeMap;

use ngrok_api::types::*;
use ngrok_api::Client;
use ngrok_api_mock::MockServer;
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

pub const PEM: &str =
    "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZm9v\n-----END CERTIFICATE-----\n";
pub const KEY_PEM: &str =
    "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
pub const SSH_KEY: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGZvb2Jhcg ada@example.com";
pub const POLICY: &str = r#"{"on_http_request":[{"actions":[{"type":"deny"}]}]}"#;

pub fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}

pub fn map<V: Clone>(pairs: &[(&str, V)]) -> BTreeMap<String, V> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect()
}

/// Seeds an item the API cannot create and returns it as stored.
pub fn seed<T: DeserializeOwned>(server: &MockServer, service: &str, fields: Value) -> T {
    let stored = server
        .insert(service, fields)
        .unwrap_or_else(|err| panic!("seeding {service}: {err}"));
    serde_json::from_value(stored).unwrap_or_else(|err| panic!("decoding seeded {service}: {err}"))
}

pub fn bot_user(client: &Client) -> BotUser {
    client
        .bot_users()
        .create(&BotUserCreate {
            name: "owner-bot".into(),
            active: Some(true),
            ..Default::default()
        })
        .unwrap()
}

pub fn cloud_endpoint(client: &Client, url: &str) -> Endpoint {
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

pub fn tunnel_group(client: &Client, app: &str) -> TunnelGroupBackend {
    client
        .backends()
        .tunnel_group()
        .create(&TunnelGroupBackendCreate {
            labels: map(&[("app", app.to_string())]),
            ..Default::default()
        })
        .unwrap()
}

pub fn http_response_backend(client: &Client, status: i32) -> HTTPResponseBackend {
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

pub fn tls_certificate(client: &Client) -> TLSCertificate {
    client
        .tls_certificates()
        .create(&TLSCertificateCreate {
            certificate_pem: PEM.into(),
            private_key_pem: KEY_PEM.into(),
            ..Default::default()
        })
        .unwrap()
}

/// An event destination (seeded: the tests that need one only refer to it).
pub fn event_destination(server: &MockServer) -> EventDestination {
    seed(server, "event_destinations", json!({"format": "json"}))
}

pub fn certificate_authority(client: &Client) -> CertificateAuthority {
    client
        .certificate_authorities()
        .create(&CertificateAuthorityCreate {
            ca_pem: PEM.into(),
            ..Default::default()
        })
        .unwrap()
}

pub fn ssh_certificate_authority(client: &Client) -> SSHCertificateAuthority {
    client
        .ssh_certificate_authorities()
        .create(&SSHCertificateAuthorityCreate {
            private_key_type: "ed25519".into(),
            ..Default::default()
        })
        .unwrap()
}

/// An HTTPS edge listening on `host`, port 443.
pub fn https_edge(client: &Client, host: &str) -> HTTPSEdge {
    client
        .edges()
        .https()
        .create(&HTTPSEdgeCreate {
            hostports: vec![format!("{host}:443")],
            ..Default::default()
        })
        .unwrap()
}

/// An HTTPS edge with one route; returns their ids.
pub fn https_route(client: &Client) -> (String, String) {
    let edge = https_edge(client, "app.example.com");
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

pub fn tcp_edge(client: &Client) -> TCPEdge {
    client
        .edges()
        .tcp()
        .create(&TCPEdgeCreate {
            hostports: strings(&["1.tcp.ngrok.io:20000"]),
            ..Default::default()
        })
        .unwrap()
}

pub fn tls_edge(client: &Client) -> TLSEdge {
    client
        .edges()
        .tls()
        .create(&TLSEdgeCreate {
            hostports: strings(&["tls.example.com:443"]),
            ..Default::default()
        })
        .unwrap()
}

pub fn seed_tunnel_session(server: &MockServer) -> TunnelSession {
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

pub fn seed_application_user(server: &MockServer) -> ApplicationUser {
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
