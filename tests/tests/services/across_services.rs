//! Behaviour that spans services: values the emulator computes for items of several
//! services, and references from one service's item to another's.

use crate::support::*;

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
    let edge = https_edge(&client, "app.example.com");
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
fn refs_to_other_objects_always_carry_a_uri() {
    let server = MockServer::start();
    let client = server.client();
    let edge = https_edge(&client, "uri.example.com");
    let ca = certificate_authority(&client).id;
    let module = client
        .edge_modules()
        .https_edge_mutual_tls()
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec![ca.clone()],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        module.certificate_authorities[0].uri,
        format!("{}/certificate_authorities/{ca}", server.url())
    );
    let cert = tls_certificate(&client);
    let domain = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "c.example.com".into(),
            certificate_id: Some(cert.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        domain.certificate.unwrap().uri,
        format!("{}/tls_certificates/{}", server.url(), cert.id)
    );
}
