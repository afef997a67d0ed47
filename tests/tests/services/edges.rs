//! Edges: HTTPS edges and their routes, TCP edges and TLS edges.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    edges_https: ["edges.https"],
    edges_https_routes: ["edges.https_routes"],
    edges_tcp: ["edges.tcp"],
    edges_tls: ["edges.tls"],
}

// ---------------------------------------------------------------------------------------
// edges.https
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

#[test]
fn https_edge_create_returns_the_edge_with_its_modules() {
    let server = MockServer::start();
    let ca = certificate_authority(&server.client());
    let created = server
        .client()
        .edges()
        .https()
        .create(&HTTPSEdgeCreate {
            description: "web".into(),
            hostports: vec!["app.example.com:443".into()],
            mutual_tls: Some(EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec![ca.id.clone()],
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("edghts_"), "{}", created.id);
    assert_eq!(
        created.uri,
        format!("{}/edges/https/{}", server.url(), created.id)
    );
    assert_recent(&created.created_at);
    assert_eq!(created.description, "web");
    assert_eq!(created.hostports, ["app.example.com:443"]);
    let mtls = created.mutual_tls.expect("mutual_tls module");
    assert_eq!(mtls.enabled, Some(true));
    let cas: Vec<&str> = mtls
        .certificate_authorities
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(cas, [ca.id.as_str()]);
    assert_eq!(created.tls_termination, None);
    let request = last_request(&server);
    assert_call(&request, "POST", "/edges/https");
    assert_eq!(
        body_json(&request),
        json!({
            "description": "web",
            "hostports": ["app.example.com:443"],
            "mutual_tls": {"enabled": true, "certificate_authority_ids": [ca.id]},
        })
    );
}

#[test]
fn https_edge_update_changes_only_the_given_fields() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .edges()
        .https()
        .create(&HTTPSEdgeCreate {
            description: "keep".into(),
            metadata: "drop".into(),
            hostports: vec!["a.example.com:443".into()],
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .edges()
        .https()
        .update(&HTTPSEdgeUpdate {
            id: created.id.clone(),
            metadata: Some(String::new()),
            hostports: vec!["b.example.com:443".into()],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.description, "keep");
    assert_eq!(updated.metadata, "");
    assert_eq!(updated.hostports, ["b.example.com:443"]);
    assert_eq!(updated.created_at, created.created_at);
    let request = last_request(&server);
    assert_call(&request, "PATCH", &format!("/edges/https/{}", created.id));
    assert_eq!(
        body_json(&request),
        json!({"metadata": "", "hostports": ["b.example.com:443"]})
    );
    assert_eq!(client.edges().https().get(&created.id).unwrap(), updated);
}

#[test]
fn https_edge_list_returns_every_edge_across_pages() {
    let server = MockServer::start();
    let client = server.client();
    let ids: Vec<String> = (0..3)
        .map(|i| https_edge(&client, &format!("e{i}.example.com")).id)
        .collect();
    let pages: Vec<_> = client
        .edges()
        .https()
        .list()
        .limit(2)
        .pages()
        .map(Result::unwrap)
        .collect();
    let sizes: Vec<usize> = pages.iter().map(|p| p.https_edges.len()).collect();
    assert_eq!(sizes, [2, 1]);
    let listed: Vec<&str> = pages
        .iter()
        .flat_map(|p| &p.https_edges)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(listed, [ids[2].as_str(), ids[1].as_str(), ids[0].as_str()]);
    assert_eq!(pages[1].https_edges[0].hostports, ["e0.example.com:443"]);
    assert_call(&last_request(&server), "GET", "/edges/https");
}

// ---------------------------------------------------------------------------------------
// edges.https_routes
// ---------------------------------------------------------------------------------------

fn edges_https_routes(server: &MockServer, client: &Client) {
    let edge = https_edge(client, "app.example.com");
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

#[test]
fn https_edge_route_create_is_nested_under_its_edge() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "routes.example.com");
    let group = tunnel_group(&client, "api");
    let route = client
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "path_prefix".into(),
            r#match: "/api".into(),
            description: "api".into(),
            backend: Some(EndpointBackendMutate {
                enabled: None,
                backend_id: group.id.clone(),
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap();
    assert!(route.id.starts_with("edghtsrt_"), "{}", route.id);
    assert_eq!(route.edge_id, edge.id);
    assert_eq!(
        route.uri,
        format!(
            "{}/edges/https/{}/routes/{}",
            server.url(),
            edge.id,
            route.id
        )
    );
    assert_recent(&route.created_at);
    assert_eq!(
        (route.match_type.as_str(), route.r#match.as_str()),
        ("path_prefix", "/api")
    );
    assert_eq!(route.description, "api");
    assert_eq!(route.backend.expect("backend module").backend.id, group.id);
    assert_eq!(route.oauth, None);
    let request = last_request(&server);
    assert_call(
        &request,
        "POST",
        &format!("/edges/https/{}/routes", edge.id),
    );
    assert_eq!(
        body_json(&request),
        json!({
            "match_type": "path_prefix",
            "match": "/api",
            "description": "api",
            "backend": {"backend_id": group.id},
        }),
        "edge_id goes in the path, not the body"
    );
}

#[test]
fn https_edge_route_create_under_a_missing_edge_is_not_found() {
    let server = MockServer::start();
    let result = server
        .client()
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: "edghts_missing".into(),
            match_type: "exact_path".into(),
            r#match: "/".into(),
            ..Default::default()
        });
    assert_not_found(result);
    assert_call(
        &last_request(&server),
        "POST",
        "/edges/https/edghts_missing/routes",
    );
}

#[test]
fn https_edge_route_get_needs_its_own_edge() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "one.example.com");
    let other = https_edge(&client, "two.example.com");
    let route = client
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "exact_path".into(),
            r#match: "/x".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        client
            .edges()
            .https_routes()
            .get(&edge.id, &route.id)
            .unwrap(),
        route
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/edges/https/{}/routes/{}", edge.id, route.id),
    );
    assert_no_body(&request);
    assert_not_found(client.edges().https_routes().get(&other.id, &route.id));
}

#[test]
fn https_edge_route_update_changes_only_the_given_fields() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "upd.example.com");
    let route = client
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "path_prefix".into(),
            r#match: "/old".into(),
            description: "stays".into(),
            metadata: "stays too".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .edges()
        .https_routes()
        .update(&HTTPSEdgeRouteUpdate {
            edge_id: edge.id.clone(),
            id: route.id.clone(),
            r#match: "/new".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.r#match, "/new");
    assert_eq!(updated.match_type, "path_prefix");
    assert_eq!(
        updated.description, "stays",
        "an empty plain string is not sent"
    );
    assert_eq!(updated.metadata, "stays too");
    assert_eq!(updated.edge_id, edge.id);
    let request = last_request(&server);
    assert_call(
        &request,
        "PATCH",
        &format!("/edges/https/{}/routes/{}", edge.id, route.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"match": "/new"}),
        "no edge_id, no id"
    );
    assert_eq!(
        client
            .edges()
            .https_routes()
            .get(&edge.id, &route.id)
            .unwrap(),
        updated
    );
}

#[test]
fn https_edge_route_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "del.example.com");
    let route = client
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "exact_path".into(),
            r#match: "/gone".into(),
            ..Default::default()
        })
        .unwrap();
    client
        .edges()
        .https_routes()
        .delete(&edge.id, &route.id)
        .unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!("/edges/https/{}/routes/{}", edge.id, route.id),
    );
    assert_no_body(&request);
    assert_not_found(client.edges().https_routes().get(&edge.id, &route.id));
    assert!(
        client.edges().https().get(&edge.id).is_ok(),
        "the edge stays"
    );
}

#[test]
fn https_edge_routes_are_gone_with_their_edge() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "parent.example.com");
    let route = client
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "exact_path".into(),
            r#match: "/".into(),
            ..Default::default()
        })
        .unwrap();
    client.edges().https().delete(&edge.id).unwrap();
    assert_not_found(client.edges().https_routes().get(&edge.id, &route.id));
}

#[test]
fn https_edge_get_lists_its_routes() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "withroutes.example.com");
    let route = client
        .edges()
        .https_routes()
        .create(&HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "exact_path".into(),
            r#match: "/".into(),
            ..Default::default()
        })
        .unwrap();
    let got = client.edges().https().get(&edge.id).unwrap();
    let route_ids: Vec<&str> = got.routes.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(route_ids, [route.id.as_str()]);
}

// ---------------------------------------------------------------------------------------
// edges.tcp
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edges.tls
// ---------------------------------------------------------------------------------------

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
