//! What agents bring online: agent ingresses, Kubernetes operators, tunnel sessions and
//! their tunnels.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    agent_ingresses: ["agent_ingresses"],
    kubernetes_operators: ["kubernetes_operators"],
    tunnel_sessions: ["tunnel_sessions"],
    tunnels: ["tunnels"],
}

// ---------------------------------------------------------------------------------------
// agent_ingresses
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// kubernetes_operators
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// tunnel_sessions
// ---------------------------------------------------------------------------------------

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

/// Seeds three sessions (regions us, eu, ap, in that order) and returns their ids.
fn seed_sessions(server: &MockServer) -> Vec<String> {
    ["us", "eu", "ap"]
        .iter()
        .map(|region| {
            let stored = server
                .insert(
                    "tunnel_sessions",
                    json!({
                        "agent_version": "3.5.0",
                        "region": region,
                        "os": "linux",
                        "ip": "203.0.113.7",
                        "transport": "ngrok/v2",
                        "metadata": format!("host-{region}"),
                        "credential": {"id": "cr_1", "uri": "https://api.ngrok.com/credentials/cr_1"},
                    }),
                )
                .unwrap();
            stored["id"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn tunnel_session_get_returns_the_seeded_session() {
    let server = MockServer::start();
    let ids = seed_sessions(&server);
    let session = server.client().tunnel_sessions().get(&ids[1]).unwrap();
    assert!(session.id.starts_with("ts_"), "{}", session.id);
    assert_eq!(session.id, ids[1]);
    assert_eq!(
        session.uri,
        format!("{}/tunnel_sessions/{}", server.url(), ids[1])
    );
    assert_recent(&session.started_at);
    assert_eq!(session.region, "eu");
    assert_eq!(session.agent_version, "3.5.0");
    assert_eq!(session.transport, "ngrok/v2");
    assert_eq!(session.metadata, "host-eu");
    assert_eq!(session.credential.id, "cr_1");
    let request = last_request(&server);
    assert_call(&request, "GET", &format!("/tunnel_sessions/{}", ids[1]));
    assert_no_body(&request);
    assert_not_found(server.client().tunnel_sessions().get("ts_missing"));
}

#[test]
fn tunnel_session_list_pages_with_a_limit() {
    let server = MockServer::start();
    let ids = seed_sessions(&server);
    let client = server.client();
    let pages: Vec<_> = client
        .tunnel_sessions()
        .list()
        .limit(2)
        .pages()
        .map(Result::unwrap)
        .collect();
    let sizes: Vec<usize> = pages.iter().map(|p| p.tunnel_sessions.len()).collect();
    assert_eq!(sizes, [2, 1]);
    let listed: Vec<&str> = pages
        .iter()
        .flat_map(|p| &p.tunnel_sessions)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(listed, [ids[2].as_str(), ids[1].as_str(), ids[0].as_str()]);
    let requests = server.requests();
    assert_call(&requests[0], "GET", "/tunnel_sessions");
    assert_eq!(requests[0].query, "limit=2");
    let eu: Vec<String> = client
        .tunnel_sessions()
        .list()
        .filter(r#"obj.region == "eu""#)
        .iter()
        .map(|s| s.unwrap().id)
        .collect();
    assert_eq!(eu, [ids[1].clone()]);
}

#[test]
fn tunnel_session_actions_post_an_empty_object() {
    let server = MockServer::start();
    let ids = seed_sessions(&server);
    let sessions = server.client().tunnel_sessions();
    let id = &ids[0];
    server.clear_requests();
    assert_eq!(sessions.restart(id).unwrap(), ());
    assert_eq!(sessions.update(id).unwrap(), ());
    assert_eq!(sessions.stop(id).unwrap(), ());
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for (request, action) in requests.iter().zip(["restart", "update", "stop"]) {
        assert_call(request, "POST", &format!("/tunnel_sessions/{id}/{action}"));
        assert_eq!(request.header("content-type"), Some("application/json"));
        assert_eq!(body_json(request), json!({}), "{action} sends `{{}}`");
    }
    // Restart and update leave the session in place (checked in the test below on
    // another session); stop disconnects the agent, and its session goes.
    assert_not_found(sessions.get(id));
    assert_eq!(
        sessions.list().iter().count(),
        ids.len() - 1,
        "a stopped session is gone, the others stay"
    );
    sessions.restart(&ids[1]).unwrap();
    sessions.update(&ids[1]).unwrap();
    assert_eq!(sessions.get(&ids[1]).unwrap().id, ids[1], "still there");
}

#[test]
fn tunnel_session_actions_on_an_unknown_id_are_not_found() {
    let server = MockServer::start();
    seed_sessions(&server);
    let sessions = server.client().tunnel_sessions();
    assert_not_found(sessions.restart("ts_missing"));
    assert_not_found(sessions.stop("ts_missing"));
    assert_not_found(sessions.update("ts_missing"));
    assert_call(
        &last_request(&server),
        "POST",
        "/tunnel_sessions/ts_missing/update",
    );
}

// ---------------------------------------------------------------------------------------
// tunnels
// ---------------------------------------------------------------------------------------

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

/// Seeds `n` tunnels of one session and returns their ids, oldest first.
fn seed_tunnels(server: &MockServer, n: usize) -> Vec<String> {
    let session = server
        .insert("tunnel_sessions", json!({"region": "us"}))
        .unwrap();
    (0..n)
        .map(|i| {
            let stored = server
                .insert(
                    "tunnels",
                    json!({
                        "public_url": format!("https://t{i}.ngrok.app"),
                        "proto": "https",
                        "region": "us",
                        "forwards_to": format!("http://localhost:{}", 8000 + i),
                        "metadata": format!("tunnel {i}"),
                        "labels": {"app": "web"},
                        "tunnel_session": {"id": session["id"], "uri": session["uri"]},
                    }),
                )
                .unwrap();
            stored["id"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn tunnel_get_returns_the_seeded_tunnel() {
    let server = MockServer::start();
    let ids = seed_tunnels(&server, 2);
    let tunnel = server.client().tunnels().get(&ids[1]).unwrap();
    assert!(tunnel.id.starts_with("tn_"), "{}", tunnel.id);
    assert_eq!(tunnel.id, ids[1]);
    assert_eq!(tunnel.public_url, "https://t1.ngrok.app");
    assert_eq!(tunnel.proto, "https");
    assert_eq!(tunnel.forwards_to, "http://localhost:8001");
    assert_eq!(tunnel.labels.get("app").map(String::as_str), Some("web"));
    assert!(tunnel.tunnel_session.id.starts_with("ts_"));
    assert_eq!(
        tunnel.tunnel_session.uri,
        format!(
            "{}/tunnel_sessions/{}",
            server.url(),
            tunnel.tunnel_session.id
        )
    );
    assert_eq!(tunnel.endpoint, None);
    assert_recent(&tunnel.started_at);
    let request = last_request(&server);
    assert_call(&request, "GET", &format!("/tunnels/{}", ids[1]));
    assert_no_body(&request);
    assert_not_found(server.client().tunnels().get("tn_missing"));
}

#[test]
fn tunnel_list_walks_every_page_newest_first() {
    let server = MockServer::start();
    let mut ids = seed_tunnels(&server, 5);
    let seen: Vec<String> = server
        .client()
        .tunnels()
        .list()
        .limit(2)
        .iter()
        .map(|t| t.unwrap().id)
        .collect();
    ids.reverse();
    assert_eq!(seen, ids);
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "5 tunnels at 2 per page");
    assert!(requests
        .iter()
        .all(|r| r.method == "GET" && r.path == "/tunnels"));
    assert_eq!(requests[0].query, "limit=2");
    assert!(
        requests[1].query.contains(&format!("before_id={}", ids[1])),
        "{}",
        requests[1].query
    );
}

#[test]
fn tunnel_list_pages_report_their_uri_and_end() {
    let server = MockServer::start();
    seed_tunnels(&server, 3);
    let pages: Vec<_> = server
        .client()
        .tunnels()
        .list()
        .limit(2)
        .pages()
        .map(Result::unwrap)
        .collect();
    let sizes: Vec<usize> = pages.iter().map(|p| p.tunnels.len()).collect();
    assert_eq!(sizes, [2, 1]);
    assert!(pages[0]
        .uri
        .starts_with(&format!("{}/tunnels", server.url())));
    assert!(pages[0].next_page_uri.is_some());
    assert_eq!(pages[1].next_page_uri, None);
    assert_eq!(pages[1].tunnels[0].public_url, "https://t0.ngrok.app");
}
