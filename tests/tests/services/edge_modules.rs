//! Edge modules: the singleton modules of HTTPS edges, HTTPS edge routes, TCP edges and TLS
//! edges.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_mutual_tls
// ---------------------------------------------------------------------------------------

fn https_edge_mutual_tls(server: &MockServer, client: &Client) {
    let edge = https_edge(client, "app.example.com");
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

#[test]
fn mutual_tls_replace_returns_the_module_with_certificate_authority_refs() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "mtls.example.com");
    let (ca_1, ca_2) = (
        certificate_authority(&client).id,
        certificate_authority(&client).id,
    );
    let module = client
        .edge_modules()
        .https_edge_mutual_tls()
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec![ca_1.clone(), ca_2.clone()],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(module.enabled, Some(true));
    let cas: Vec<&str> = module
        .certificate_authorities
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(cas, [&ca_1, &ca_2]);
    let request = last_request(&server);
    assert_call(
        &request,
        "PUT",
        &format!("/edges/https/{}/mutual_tls", edge.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"enabled": true, "certificate_authority_ids": [ca_1, ca_2]}),
        "the edge id goes in the path only"
    );
    let stored = client.edges().https().get(&edge.id).unwrap().mutual_tls;
    assert_eq!(stored, Some(module));
}

#[test]
fn mutual_tls_replace_replaces_the_whole_module() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "mtls2.example.com");
    let (ca_old, ca_new) = (
        certificate_authority(&client).id,
        certificate_authority(&client).id,
    );
    let mtls = client.edge_modules().https_edge_mutual_tls();
    mtls.replace(
        &edge.id,
        &EndpointMutualTLSMutate {
            enabled: Some(false),
            certificate_authority_ids: vec![ca_old],
            ..Default::default()
        },
    )
    .unwrap();
    let module = mtls
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: None,
                certificate_authority_ids: vec![ca_new.clone()],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(module.enabled, None, "the old `enabled` is not kept");
    let cas: Vec<&str> = module
        .certificate_authorities
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(cas, [&ca_new]);
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"certificate_authority_ids": [ca_new]}),
        "enabled None is left out"
    );
}

#[test]
fn mutual_tls_get_returns_the_stored_module() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "mtls3.example.com");
    let ca = certificate_authority(&client).id;
    let mtls = client.edge_modules().https_edge_mutual_tls();
    let replaced = mtls
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec![ca],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(mtls.get(&edge.id).unwrap(), replaced);
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/edges/https/{}/mutual_tls", edge.id),
    );
    assert_no_body(&request);
}

#[test]
fn mutual_tls_delete_removes_the_module_from_the_edge() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "mtls4.example.com");
    let ca = certificate_authority(&client).id;
    let mtls = client.edge_modules().https_edge_mutual_tls();
    mtls.replace(
        &edge.id,
        &EndpointMutualTLSMutate {
            enabled: Some(true),
            certificate_authority_ids: vec![ca],
            ..Default::default()
        },
    )
    .unwrap();
    assert!(client
        .edges()
        .https()
        .get(&edge.id)
        .unwrap()
        .mutual_tls
        .is_some());
    mtls.delete(&edge.id).unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!("/edges/https/{}/mutual_tls", edge.id),
    );
    assert_no_body(&request);
    let got = client.edges().https().get(&edge.id).unwrap();
    assert_eq!(got.mutual_tls, None);
    assert_eq!(got.hostports, edge.hostports, "the rest of the edge stays");
}

#[test]
fn mutual_tls_on_a_missing_edge_is_not_found() {
    let server = MockServer::start();
    let mtls = server.client().edge_modules().https_edge_mutual_tls();
    assert_not_found(mtls.replace("edghts_missing", &EndpointMutualTLSMutate::default()));
    assert_not_found(mtls.get("edghts_missing"));
    assert_not_found(mtls.delete("edghts_missing"));
}

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_tls_termination
// ---------------------------------------------------------------------------------------

fn https_edge_tls_termination(_: &MockServer, client: &Client) {
    let edge = https_edge(client, "app.example.com");
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
// edge_modules.https_edge_route_backend
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_ip_restriction
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_request_headers
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_response_headers
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_compression
// ---------------------------------------------------------------------------------------

route_module_test!(
    https_edge_route_compression,
    compression,
    EndpointCompression {
        enabled: Some(true),
        ..Default::default()
    }
);

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_circuit_breaker
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_webhook_verification
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_oauth
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_saml
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_oidc
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_websocket_tcp_converter
// ---------------------------------------------------------------------------------------

route_module_test!(
    https_edge_route_websocket_tcp_converter,
    websocket_tcp_converter,
    EndpointWebsocketTCPConverter {
        enabled: Some(true),
        ..Default::default()
    }
);

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_user_agent_filter
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.https_edge_route_traffic_policy
// ---------------------------------------------------------------------------------------

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
// edge_modules.tcp_edge_backend
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

// ---------------------------------------------------------------------------------------
// edge_modules.tcp_edge_ip_restriction
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.tcp_edge_traffic_policy
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.tls_edge_backend
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.tls_edge_ip_restriction
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.tls_edge_mutual_tls
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.tls_edge_tls_termination
// ---------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------
// edge_modules.tls_edge_traffic_policy
// ---------------------------------------------------------------------------------------

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
