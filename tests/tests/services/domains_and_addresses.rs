//! Names and addresses reserved on the account: reserved domains and reserved TCP
//! addresses.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    reserved_domains: ["reserved_domains"],
    reserved_addrs: ["reserved_addrs"],
}

// ---------------------------------------------------------------------------------------
// reserved_domains
// ---------------------------------------------------------------------------------------

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

fn create_domain(client: &Client, domain: &str, description: &str) -> ReservedDomain {
    client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: domain.into(),
            description: description.into(),
            ..Default::default()
        })
        .unwrap()
}

#[test]
fn reserved_domain_create_returns_the_new_domain_and_sends_only_set_fields() {
    let server = MockServer::start();
    let created = server
        .client()
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "app.example.com".into(),
            description: "the app".into(),
            metadata: r#"{"team":"web"}"#.into(),
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("rd_"), "{}", created.id);
    assert_eq!(
        created.uri,
        format!("{}/reserved_domains/{}", server.url(), created.id)
    );
    assert_recent(&created.created_at);
    assert_eq!(created.domain, "app.example.com");
    assert_eq!(created.description, "the app");
    assert_eq!(created.metadata, r#"{"team":"web"}"#);
    assert_eq!(created.certificate, None);
    assert_eq!(created.certificate_management_policy, None);

    let request = last_request(&server);
    assert_call(&request, "POST", "/reserved_domains");
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        body_json(&request),
        json!({"domain": "app.example.com", "description": "the app", "metadata": r#"{"team":"web"}"#}),
        "region, certificate_id, policy and resolves_to are zero and left out"
    );
}

#[test]
fn reserved_domain_update_changes_only_the_given_fields() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "upd.example.com".into(),
            description: "before".into(),
            metadata: "keep me".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .reserved_domains()
        .update(&ReservedDomainUpdate {
            id: created.id.clone(),
            description: Some("after".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.id, created.id);
    assert_eq!(updated.description, "after");
    assert_eq!(
        updated.metadata, "keep me",
        "metadata was not sent, so it stays"
    );
    assert_eq!(updated.domain, "upd.example.com");
    assert_eq!(updated.created_at, created.created_at);

    let request = last_request(&server);
    assert_call(
        &request,
        "PATCH",
        &format!("/reserved_domains/{}", created.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"description": "after"}),
        "the id goes in the path only; None fields are left out"
    );
    assert_eq!(client.reserved_domains().get(&created.id).unwrap(), updated);
}

#[test]
fn reserved_domain_update_with_an_empty_string_clears_the_field() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_domain(&client, "clear.example.com", "to be cleared");
    let updated = client
        .reserved_domains()
        .update(&ReservedDomainUpdate {
            id: created.id.clone(),
            description: Some(String::new()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.description, "");
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"description": ""})
    );
    assert_eq!(
        client
            .reserved_domains()
            .get(&created.id)
            .unwrap()
            .description,
        ""
    );
}

#[test]
fn reserved_domain_update_replaces_the_certificate_management_policy() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_domain(&client, "policy.example.com", "");
    let policy = ReservedDomainCertPolicy {
        authority: "letsencrypt".into(),
        private_key_type: "rsa".into(),
        ..Default::default()
    };
    let updated = client
        .reserved_domains()
        .update(&ReservedDomainUpdate {
            id: created.id.clone(),
            certificate_management_policy: Some(policy.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.certificate_management_policy, Some(policy));
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"certificate_management_policy": {"authority": "letsencrypt", "private_key_type": "rsa"}})
    );
}

#[test]
fn reserved_domain_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let keep = create_domain(&client, "keep.example.com", "");
    let gone = create_domain(&client, "gone.example.com", "");
    client.reserved_domains().delete(&gone.id).unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!("/reserved_domains/{}", gone.id),
    );
    assert_no_body(&request);
    assert_not_found(client.reserved_domains().get(&gone.id));
    assert_not_found(client.reserved_domains().delete(&gone.id));
    let left: Vec<String> = client
        .reserved_domains()
        .list()
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    assert_eq!(left, [keep.id]);
}

#[test]
fn reserved_domain_list_returns_every_domain_newest_first() {
    let server = MockServer::start();
    let client = server.client();
    let ids: Vec<String> = ["a", "b", "c"]
        .iter()
        .map(|n| create_domain(&client, &format!("{n}.example.com"), "").id)
        .collect();
    let pages: Vec<_> = client
        .reserved_domains()
        .list()
        .pages()
        .map(Result::unwrap)
        .collect();
    assert_eq!(pages.len(), 1);
    let listed: Vec<&str> = pages[0]
        .reserved_domains
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(listed, [ids[2].as_str(), ids[1].as_str(), ids[0].as_str()]);
    assert_eq!(pages[0].reserved_domains[2].domain, "a.example.com");
    assert_eq!(pages[0].uri, format!("{}/reserved_domains", server.url()));
    assert_eq!(pages[0].next_page_uri, None);
    let request = last_request(&server);
    assert_call(&request, "GET", "/reserved_domains");
    assert_eq!(request.query, "");
}

#[test]
fn reserved_domain_list_with_a_filter_returns_only_matching_domains() {
    let server = MockServer::start();
    let client = server.client();
    let p1 = create_domain(&client, "p1.example.com", "prod");
    create_domain(&client, "d1.example.com", "dev");
    let p2 = create_domain(&client, "p2.example.com", "prod");
    let listed: Vec<String> = client
        .reserved_domains()
        .list()
        .filter(r#"obj.description == "prod""#)
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    assert_eq!(listed, [p2.id, p1.id]);
    let request = last_request(&server);
    assert_call(&request, "GET", "/reserved_domains");
    assert!(request.query.starts_with("filter="), "{}", request.query);
}

#[test]
fn reserved_domain_created_with_a_certificate_id_holds_a_ref_to_it() {
    let server = MockServer::start();
    let tls = tls_certificate(&server.client());
    let created = server
        .client()
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "tls.example.com".into(),
            certificate_id: Some(tls.id.clone()),
            ..Default::default()
        })
        .unwrap();
    let cert = created.certificate.expect("certificate is a Ref");
    assert_eq!(cert.id, tls.id);
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"domain": "tls.example.com", "certificate_id": tls.id})
    );
}

#[test]
fn reserved_domain_delete_certificate_removes_only_the_certificate() {
    let server = MockServer::start();
    let client = server.client();
    let cert = tls_certificate(&client);
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "tls.example.com".into(),
            description: "with cert".into(),
            certificate_id: Some(cert.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert!(created.certificate.is_some());
    client
        .reserved_domains()
        .delete_certificate(&created.id)
        .unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!("/reserved_domains/{}/certificate", created.id),
    );
    assert_no_body(&request);
    let got = client.reserved_domains().get(&created.id).unwrap();
    assert_eq!(got.certificate, None);
    assert_eq!(got.description, "with cert");
    assert_eq!(got.domain, "tls.example.com");
}

#[test]
fn reserved_domain_delete_certificate_management_policy_removes_the_policy() {
    let server = MockServer::start();
    let client = server.client();
    let policy = ReservedDomainCertPolicy {
        authority: "letsencrypt".into(),
        private_key_type: "ecdsa".into(),
        ..Default::default()
    };
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "managed.example.com".into(),
            certificate_management_policy: Some(policy.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(created.certificate_management_policy, Some(policy.clone()));
    assert_eq!(
        client
            .reserved_domains()
            .get(&created.id)
            .unwrap()
            .certificate_management_policy,
        Some(policy)
    );
    client
        .reserved_domains()
        .delete_certificate_management_policy(&created.id)
        .unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!(
            "/reserved_domains/{}/certificate_management_policy",
            created.id
        ),
    );
    assert_no_body(&request);
    let got = client.reserved_domains().get(&created.id).unwrap();
    assert_eq!(got.certificate_management_policy, None);
    assert_eq!(got.domain, "managed.example.com");
}

#[test]
fn reserved_domain_actions_on_an_unknown_id_are_not_found() {
    let server = MockServer::start();
    let domains = server.client().reserved_domains();
    assert_not_found(domains.delete_certificate("rd_missing"));
    assert_not_found(domains.delete_certificate_management_policy("rd_missing"));
    assert_not_found(domains.update(&ReservedDomainUpdate {
        id: "rd_missing".into(),
        description: Some("x".into()),
        ..Default::default()
    }));
}

// ---------------------------------------------------------------------------------------
// reserved_addrs
// ---------------------------------------------------------------------------------------

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
