//! Typed seeding (`MockServer::seed`): items put in place as the API would hold them, for
//! what the API cannot create (tunnels, agent endpoints), nested items under their
//! parents, and singleton modules on their parent, with the API's computed fields filled
//! and read back through the client; and the clear refusal of a bad seed.

use ngrok_api::services::{
    Credentials, EdgeRouteCircuitBreakerModule, Endpoints, HTTPSEdgeRoutes,
    HTTPSEdgeTLSTerminationModule, HTTPSEdges, ReservedDomains, TunnelSessions, Tunnels,
};
use ngrok_api::types::{
    Credential, Endpoint, EndpointCircuitBreaker, EndpointTLSTermination, HTTPSEdge,
    HTTPSEdgeRoute, Ref, ReservedDomain, Tunnel, TunnelSession,
};
use ngrok_api_mock::MockServer;

fn seeded() -> MockServer {
    MockServer::builder().seed(11).start().unwrap()
}

#[test]
fn a_seeded_tunnel_is_listed_and_read_through_the_client() {
    let server = seeded();
    let session = server
        .seed::<TunnelSessions>(
            &[],
            &TunnelSession {
                region: "eu".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let tunnel = server
        .seed::<Tunnels>(
            &[],
            &Tunnel {
                public_url: "https://app.example.com".into(),
                proto: "https".into(),
                region: "eu".into(),
                forwards_to: "http://localhost:8080".into(),
                tunnel_session: Ref {
                    id: session.id.clone(),
                    ..Default::default()
                },
                ..Default::default()
            },
        )
        .unwrap();
    let client = server.client();
    let listed: Vec<Tunnel> = client
        .tunnels()
        .list()
        .iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0], tunnel);
    let got = client.tunnels().get(&tunnel.id).unwrap();
    assert!(got.id.starts_with("tn_"), "{}", got.id);
    assert_eq!(got.public_url, "https://app.example.com");
    assert_eq!(got.started_at.as_str(), "2025-01-01T00:00:00Z");
    assert_eq!(
        got.tunnel_session.uri,
        format!("{}/tunnel_sessions/{}", server.url(), session.id),
        "a reference's uri is filled from its id"
    );
    assert_eq!(
        client.tunnel_sessions().get(&session.id).unwrap().region,
        "eu"
    );
}

#[test]
fn a_route_is_seeded_under_its_edge() {
    let server = seeded();
    let edge = server
        .seed::<HTTPSEdges>(
            &[],
            &HTTPSEdge {
                description: "shop".into(),
                hostports: vec!["app.example.com:443".into()],
                ..Default::default()
            },
        )
        .unwrap();
    let route = server
        .seed::<HTTPSEdgeRoutes>(
            &[&edge.id],
            &HTTPSEdgeRoute {
                match_type: "path_prefix".into(),
                r#match: "/api".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(route.id.starts_with("edghtsrt_"), "{}", route.id);
    assert_eq!(
        route.edge_id, edge.id,
        "the parent's id is a field of the item"
    );
    assert_eq!(
        route.uri,
        format!(
            "{}/edges/https/{}/routes/{}",
            server.url(),
            edge.id,
            route.id
        )
    );
    let client = server.client();
    let got = client
        .edges()
        .https_routes()
        .get(&edge.id, &route.id)
        .unwrap();
    assert_eq!(got.r#match, "/api");
    let shown = client.edges().https().get(&edge.id).unwrap();
    assert_eq!(shown.routes, [got], "the edge shows its seeded route");
}

#[test]
fn modules_are_seeded_on_an_edge_and_on_a_route() {
    let server = seeded();
    let edge = server
        .seed::<HTTPSEdges>(&[], &HTTPSEdge::default())
        .unwrap();
    let route = server
        .seed::<HTTPSEdgeRoutes>(
            &[&edge.id],
            &HTTPSEdgeRoute {
                match_type: "exact_path".into(),
                r#match: "/".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let breaker = EndpointCircuitBreaker {
        enabled: Some(true),
        tripped_duration: 30,
        rolling_window: 60,
        num_buckets: 10,
        volume_threshold: 20,
        error_threshold_percentage: 0.5,
        ..Default::default()
    };
    let seeded = server
        .seed::<EdgeRouteCircuitBreakerModule>(&[&edge.id, &route.id], &breaker)
        .unwrap();
    assert_eq!(seeded, breaker);
    let client = server.client();
    let got = client
        .edge_modules()
        .https_edge_route_circuit_breaker()
        .get(&edge.id, &route.id)
        .unwrap();
    assert_eq!(got, breaker);
    // The TLS termination of an HTTPS edge is computed: it always terminates at the edge.
    let tls = server
        .seed::<HTTPSEdgeTLSTerminationModule>(
            &[&edge.id],
            &EndpointTLSTermination {
                min_version: Some("1.2".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(tls.terminate_at, "edge");
    let shown = client.edges().https().get(&edge.id).unwrap();
    assert_eq!(shown.tls_termination, Some(tls));
}

#[test]
fn computed_fields_are_filled() {
    let server = seeded();
    let endpoint = server
        .seed::<Endpoints>(
            &[],
            &Endpoint {
                r#type: "ephemeral".into(),
                url: "https://app.example.com".into(),
                upstream_url: "http://localhost:3000".into(),
                ..Default::default()
            },
        )
        .unwrap();
    assert!(endpoint.id.starts_with("ep_"), "{}", endpoint.id);
    assert_eq!(
        endpoint.uri,
        format!("{}/endpoints/{}", server.url(), endpoint.id)
    );
    assert_eq!(endpoint.created_at.as_str(), "2025-01-01T00:00:00Z");
    assert_eq!(endpoint.updated_at, endpoint.created_at);
    assert_eq!(
        (
            endpoint.scheme.as_str(),
            endpoint.host.as_str(),
            endpoint.port
        ),
        ("https", "app.example.com", 443)
    );
    assert_eq!(endpoint.hostport, "app.example.com:443");
    assert_eq!(endpoint.public_url, "https://app.example.com");
    assert_eq!(
        server.client().endpoints().get(&endpoint.id).unwrap(),
        endpoint
    );
    // A custom domain gets its CNAME target, as when created through the API.
    let domain = server
        .seed::<ReservedDomains>(
            &[],
            &ReservedDomain {
                domain: "shop.example.com".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let target = domain.cname_target.unwrap_or_default();
    assert!(target.ends_with(".cname.invalid"), "{target:?}");
}

#[test]
fn a_seeded_credential_is_a_credential_like_a_created_one() {
    let server = seeded();
    let credential = server
        .seed::<Credentials>(&[], &Credential::default())
        .unwrap();
    let authtoken = credential.token.expect("a secret is made and shown once");
    // The gate knows the authtoken, as for a credential created through the API.
    let with_authtoken = server.client_builder().api_key(&authtoken).build().unwrap();
    let err = with_authtoken.reserved_domains().get("rd_1").unwrap_err();
    assert_eq!(err.error_code(), Some("ERR_NGROK_206"), "{err:?}");
    let read = server.client().credentials().get(&credential.id).unwrap();
    assert_eq!(read.token, None, "the secret is not shown again");
}

#[test]
fn given_times_are_kept() {
    let server = MockServer::start();
    let started: ngrok_api::Timestamp = "2024-06-01T12:00:00Z".parse().unwrap();
    let tunnel = server
        .seed::<Tunnels>(
            &[],
            &Tunnel {
                started_at: started.clone(),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(tunnel.started_at, started);
}

#[test]
fn a_bad_seed_is_refused_with_a_clear_error() {
    let server = seeded();
    let route = HTTPSEdgeRoute {
        match_type: "path_prefix".into(),
        r#match: "/".into(),
        ..Default::default()
    };
    let message = |result: Result<HTTPSEdgeRoute, ngrok_api_mock::SeedError>| {
        result.unwrap_err().message().to_string()
    };
    assert_eq!(
        message(server.seed::<HTTPSEdgeRoutes>(&[], &route)),
        "edges.https_routes takes 1 parent id(s) (edge_id), got 0"
    );
    let orphan = message(server.seed::<HTTPSEdgeRoutes>(&["edghts_nope"], &route));
    assert!(
        orphan.contains("no edges.https item") && orphan.contains("edghts_nope"),
        "{orphan}"
    );
    let mut with_id = Tunnel {
        id: "tn_mine".into(),
        ..Default::default()
    };
    let err = server.seed::<Tunnels>(&[], &with_id).unwrap_err();
    assert!(err.message().contains("assigns ids"), "{err}");
    with_id.id.clear();
    with_id
        .unknown_fields
        .insert("colour", serde_json::json!("blue"));
    let err = server.seed::<Tunnels>(&[], &with_id).unwrap_err();
    assert!(
        err.to_string().contains("colour is not a field of Tunnel"),
        "{err}"
    );
    // Nothing refused was stored.
    assert_eq!(server.client().tunnels().list().iter().count(), 0);
}
