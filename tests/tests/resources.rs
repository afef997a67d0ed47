//! Every operation of every service, over real HTTP against the emulator: what comes back,
//! what is stored, and what the client sent.

use ngrok_api::types::{
    APIKeyCreate, APIKeyUpdate, EndpointBackendMutate, EndpointMutualTLSMutate, EventSourceCreate,
    EventSourceReplace, EventSourceUpdate, EventSubscriptionCreate, EventSubscriptionUpdate,
    HTTPSEdgeCreate, HTTPSEdgeRouteCreate, HTTPSEdgeRouteUpdate, HTTPSEdgeUpdate, IPPolicyCreate,
    IPPolicyRuleCreate, IPPolicyRuleUpdate, IPPolicyUpdate, ReservedDomainCertPolicy,
    ReservedDomainCreate, ReservedDomainUpdate,
};
use ngrok_api::Client;
use ngrok_api_mock::{MockServer, RecordedRequest};
use ngrok_api_tests::{assert_not_found, assert_recent};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// The last request the emulator received.
fn last_request(server: &MockServer) -> RecordedRequest {
    server.requests().pop().expect("at least one request")
}

/// The JSON body of a recorded request.
fn body_json(request: &RecordedRequest) -> Value {
    serde_json::from_slice(&request.body).unwrap_or_else(|err| {
        panic!(
            "{} {} has no JSON body ({err}): {:?}",
            request.method,
            request.path,
            String::from_utf8_lossy(&request.body)
        )
    })
}

/// Asserts method and path, and that no query string was sent.
fn assert_call(request: &RecordedRequest, method: &str, path: &str) {
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        (method, path),
        "unexpected request"
    );
}

/// Asserts a request carried no body at all (GET and DELETE).
fn assert_no_body(request: &RecordedRequest) {
    assert!(
        request.body.is_empty(),
        "{} {} sent a body: {:?}",
        request.method,
        request.path,
        String::from_utf8_lossy(&request.body)
    );
}

fn create_domain(
    client: &Client,
    domain: &str,
    description: &str,
) -> ngrok_api::types::ReservedDomain {
    client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: domain.into(),
            description: description.into(),
            ..Default::default()
        })
        .unwrap()
}

fn create_edge(client: &Client, host: &str) -> ngrok_api::types::HTTPSEdge {
    client
        .edges()
        .https()
        .create(&HTTPSEdgeCreate {
            hostports: vec![format!("{host}:443")],
            ..Default::default()
        })
        .unwrap()
}

fn create_subscription(client: &Client, description: &str) -> ngrok_api::types::EventSubscription {
    client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: description.into(),
            ..Default::default()
        })
        .unwrap()
}

// ---------------------------------------------------------------------------------------
// reserved_domains
// ---------------------------------------------------------------------------------------

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
fn reserved_domain_get_returns_what_create_returned() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_domain(&client, "get.example.com", "read me");
    let got = client.reserved_domains().get(&created.id).unwrap();
    assert_eq!(got, created);
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/reserved_domains/{}", created.id),
    );
    assert_no_body(&request);
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
    let created = server
        .client()
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "tls.example.com".into(),
            certificate_id: Some("cert_2abc".into()),
            ..Default::default()
        })
        .unwrap();
    let cert = created.certificate.expect("certificate is a Ref");
    assert_eq!(cert.id, "cert_2abc");
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"domain": "tls.example.com", "certificate_id": "cert_2abc"})
    );
}

#[test]
fn reserved_domain_delete_certificate_removes_only_the_certificate() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "tls.example.com".into(),
            description: "with cert".into(),
            certificate_id: Some("cert_2abc".into()),
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
// api_keys
// ---------------------------------------------------------------------------------------

#[test]
fn api_key_create_returns_the_token_once() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .api_keys()
        .create(&APIKeyCreate {
            description: "ci".into(),
            metadata: "m".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("ak_"), "{}", created.id);
    assert_eq!(
        created.uri,
        format!("{}/api_keys/{}", server.url(), created.id)
    );
    assert_recent(&created.created_at);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("ci", "m")
    );
    let token = created.token.as_deref().expect("create returns the token");
    assert!(!token.is_empty());
    let request = last_request(&server);
    assert_call(&request, "POST", "/api_keys");
    assert_eq!(
        body_json(&request),
        json!({"description": "ci", "metadata": "m"}),
        "owner_id None is left out"
    );

    let got = client.api_keys().get(&created.id).unwrap();
    assert_eq!(got.token, None, "later reads leave the token out");
    assert_eq!(got.id, created.id);
    assert_eq!(got.description, "ci");
    assert_eq!(got.created_at, created.created_at);
    let request = last_request(&server);
    assert_call(&request, "GET", &format!("/api_keys/{}", created.id));
    assert_no_body(&request);
}

#[test]
fn api_key_create_keeps_the_owner() {
    let server = MockServer::start();
    let created = server
        .client()
        .api_keys()
        .create(&APIKeyCreate {
            owner_id: Some("bot_2xyz".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(created.owner_id.as_deref(), Some("bot_2xyz"));
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"owner_id": "bot_2xyz"})
    );
}

#[test]
fn api_key_update_changes_only_the_given_fields_and_clears_with_empty() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .api_keys()
        .create(&APIKeyCreate {
            description: "old".into(),
            metadata: "meta".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .api_keys()
        .update(&APIKeyUpdate {
            id: created.id.clone(),
            description: Some("new".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.description, "new");
    assert_eq!(updated.metadata, "meta");
    assert_eq!(updated.token, None, "update does not reveal the token");
    let request = last_request(&server);
    assert_call(&request, "PATCH", &format!("/api_keys/{}", created.id));
    assert_eq!(body_json(&request), json!({"description": "new"}));

    let cleared = client
        .api_keys()
        .update(&APIKeyUpdate {
            id: created.id.clone(),
            metadata: Some(String::new()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(cleared.metadata, "");
    assert_eq!(cleared.description, "new");
    assert_eq!(body_json(&last_request(&server)), json!({"metadata": ""}));
}

#[test]
fn api_key_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let created = client.api_keys().create(&APIKeyCreate::default()).unwrap();
    client.api_keys().delete(&created.id).unwrap();
    let request = last_request(&server);
    assert_call(&request, "DELETE", &format!("/api_keys/{}", created.id));
    assert_no_body(&request);
    assert_not_found(client.api_keys().get(&created.id));
}

#[test]
fn api_key_list_returns_every_key_without_tokens() {
    let server = MockServer::start();
    let client = server.client();
    let ids: Vec<String> = (0..3)
        .map(|i| {
            client
                .api_keys()
                .create(&APIKeyCreate {
                    description: format!("key {i}"),
                    ..Default::default()
                })
                .unwrap()
                .id
        })
        .collect();
    let keys: Vec<_> = client
        .api_keys()
        .list()
        .limit(2)
        .iter()
        .map(Result::unwrap)
        .collect();
    let listed: Vec<&str> = keys.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(listed, [ids[2].as_str(), ids[1].as_str(), ids[0].as_str()]);
    assert!(
        keys.iter().all(|k| k.token.is_none()),
        "lists never carry tokens"
    );
    assert_eq!(keys[0].description, "key 2");
    let requests = server.requests();
    let lists: Vec<_> = requests.iter().filter(|r| r.method == "GET").collect();
    assert_eq!(lists.len(), 2, "two pages of at most 2");
    assert!(lists.iter().all(|r| r.path == "/api_keys"));
    assert_eq!(lists[0].query, "limit=2");
}

#[test]
fn api_key_list_with_a_filter_returns_only_matching_keys() {
    let server = MockServer::start();
    let client = server.client();
    let wanted = client
        .api_keys()
        .create(&APIKeyCreate {
            metadata: "deploy".into(),
            ..Default::default()
        })
        .unwrap();
    client.api_keys().create(&APIKeyCreate::default()).unwrap();
    let listed: Vec<String> = client
        .api_keys()
        .list()
        .filter(r#"obj.metadata == "deploy""#)
        .iter()
        .map(|k| k.unwrap().id)
        .collect();
    assert_eq!(listed, [wanted.id]);
}

// ---------------------------------------------------------------------------------------
// ip_policies and ip_policy_rules
// ---------------------------------------------------------------------------------------

fn create_policy(client: &Client, description: &str) -> ngrok_api::types::IPPolicy {
    client
        .ip_policies()
        .create(&IPPolicyCreate {
            description: description.into(),
            ..Default::default()
        })
        .unwrap()
}

#[test]
fn ip_policy_create_and_get_return_the_policy() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .ip_policies()
        .create(&IPPolicyCreate {
            description: "office".into(),
            metadata: "m".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("ipp_"), "{}", created.id);
    assert_eq!(
        created.uri,
        format!("{}/ip_policies/{}", server.url(), created.id)
    );
    assert_recent(&created.created_at);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("office", "m")
    );
    let request = last_request(&server);
    assert_call(&request, "POST", "/ip_policies");
    assert_eq!(
        body_json(&request),
        json!({"description": "office", "metadata": "m"})
    );

    assert_eq!(client.ip_policies().get(&created.id).unwrap(), created);
    assert_call(
        &last_request(&server),
        "GET",
        &format!("/ip_policies/{}", created.id),
    );
}

#[test]
fn ip_policy_create_with_nothing_sends_an_empty_object() {
    let server = MockServer::start();
    let created = server
        .client()
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap();
    assert_eq!(created.description, "");
    assert_eq!(body_json(&last_request(&server)), json!({}));
}

#[test]
fn ip_policy_update_changes_only_the_given_fields_and_clears_with_empty() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .ip_policies()
        .create(&IPPolicyCreate {
            description: "d".into(),
            metadata: "m".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .ip_policies()
        .update(&IPPolicyUpdate {
            id: created.id.clone(),
            metadata: Some("m2".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("d", "m2")
    );
    let request = last_request(&server);
    assert_call(&request, "PATCH", &format!("/ip_policies/{}", created.id));
    assert_eq!(body_json(&request), json!({"metadata": "m2"}));

    let cleared = client
        .ip_policies()
        .update(&IPPolicyUpdate {
            id: created.id.clone(),
            description: Some(String::new()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        (cleared.description.as_str(), cleared.metadata.as_str()),
        ("", "m2")
    );
    assert_eq!(client.ip_policies().get(&created.id).unwrap(), cleared);
}

#[test]
fn ip_policy_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_policy(&client, "tmp");
    client.ip_policies().delete(&created.id).unwrap();
    assert_call(
        &last_request(&server),
        "DELETE",
        &format!("/ip_policies/{}", created.id),
    );
    assert_not_found(client.ip_policies().get(&created.id));
}

#[test]
fn ip_policy_list_returns_all_and_filters() {
    let server = MockServer::start();
    let client = server.client();
    let a = create_policy(&client, "office");
    let b = create_policy(&client, "vpn");
    let all: Vec<String> = client
        .ip_policies()
        .list()
        .iter()
        .map(|p| p.unwrap().id)
        .collect();
    assert_eq!(all, [b.id.clone(), a.id.clone()]);
    assert_call(&last_request(&server), "GET", "/ip_policies");
    let vpn: Vec<_> = client
        .ip_policies()
        .list()
        .filter(r#"obj.description == "vpn""#)
        .iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(vpn, [b]);
}

#[test]
fn ip_policy_rule_create_refers_to_its_policy() {
    let server = MockServer::start();
    let client = server.client();
    let policy = create_policy(&client, "office");
    let rule = client
        .ip_policy_rules()
        .create(&IPPolicyRuleCreate {
            cidr: "192.0.2.0/24".into(),
            ip_policy_id: policy.id.clone(),
            action: Some("allow".into()),
            description: "lan".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(rule.id.starts_with("ipr_"), "{}", rule.id);
    assert_eq!(
        rule.uri,
        format!("{}/ip_policy_rules/{}", server.url(), rule.id)
    );
    assert_recent(&rule.created_at);
    assert_eq!(rule.cidr, "192.0.2.0/24");
    assert_eq!(rule.action, "allow");
    assert_eq!(rule.description, "lan");
    assert_eq!(rule.ip_policy.id, policy.id);
    assert!(
        rule.ip_policy
            .uri
            .ends_with(&format!("/ip_policies/{}", policy.id)),
        "{}",
        rule.ip_policy.uri
    );
    assert_eq!(rule.ip_policy.uri, policy.uri);
    let request = last_request(&server);
    assert_call(&request, "POST", "/ip_policy_rules");
    assert_eq!(
        body_json(&request),
        json!({"cidr": "192.0.2.0/24", "ip_policy_id": policy.id, "action": "allow", "description": "lan"})
    );
}

#[test]
fn ip_policy_rule_get_returns_what_create_returned() {
    let server = MockServer::start();
    let client = server.client();
    let policy = create_policy(&client, "p");
    let rule = client
        .ip_policy_rules()
        .create(&IPPolicyRuleCreate {
            cidr: "2001:db8::/32".into(),
            ip_policy_id: policy.id.clone(),
            action: Some("deny".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(client.ip_policy_rules().get(&rule.id).unwrap(), rule);
    let request = last_request(&server);
    assert_call(&request, "GET", &format!("/ip_policy_rules/{}", rule.id));
    assert_no_body(&request);
}

#[test]
fn ip_policy_rule_update_changes_only_the_given_fields() {
    let server = MockServer::start();
    let client = server.client();
    let policy = create_policy(&client, "p");
    let rule = client
        .ip_policy_rules()
        .create(&IPPolicyRuleCreate {
            cidr: "198.51.100.0/24".into(),
            ip_policy_id: policy.id.clone(),
            action: Some("allow".into()),
            description: "office".into(),
            metadata: "m".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .ip_policy_rules()
        .update(&IPPolicyRuleUpdate {
            id: rule.id.clone(),
            cidr: Some("198.51.100.7/32".into()),
            description: Some(String::new()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.cidr, "198.51.100.7/32");
    assert_eq!(updated.description, "", "Some(\"\") clears");
    assert_eq!(updated.metadata, "m", "None leaves it");
    assert_eq!(updated.action, "allow");
    assert_eq!(updated.ip_policy, rule.ip_policy);
    let request = last_request(&server);
    assert_call(&request, "PATCH", &format!("/ip_policy_rules/{}", rule.id));
    assert_eq!(
        body_json(&request),
        json!({"cidr": "198.51.100.7/32", "description": ""})
    );
    assert_eq!(client.ip_policy_rules().get(&rule.id).unwrap(), updated);
}

#[test]
fn ip_policy_rule_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let policy = create_policy(&client, "p");
    let rule = client
        .ip_policy_rules()
        .create(&IPPolicyRuleCreate {
            cidr: "203.0.113.0/24".into(),
            ip_policy_id: policy.id.clone(),
            action: Some("deny".into()),
            ..Default::default()
        })
        .unwrap();
    client.ip_policy_rules().delete(&rule.id).unwrap();
    assert_call(
        &last_request(&server),
        "DELETE",
        &format!("/ip_policy_rules/{}", rule.id),
    );
    assert_not_found(client.ip_policy_rules().get(&rule.id));
    assert!(
        client.ip_policies().get(&policy.id).is_ok(),
        "the policy stays"
    );
}

#[test]
fn ip_policy_rule_list_returns_all_and_filters_by_policy() {
    let server = MockServer::start();
    let client = server.client();
    let office = create_policy(&client, "office");
    let vpn = create_policy(&client, "vpn");
    let rule = |policy: &str, cidr: &str| {
        client
            .ip_policy_rules()
            .create(&IPPolicyRuleCreate {
                cidr: cidr.into(),
                ip_policy_id: policy.into(),
                action: Some("allow".into()),
                ..Default::default()
            })
            .unwrap()
            .id
    };
    let r1 = rule(&office.id, "192.0.2.1/32");
    let r2 = rule(&vpn.id, "192.0.2.2/32");
    let r3 = rule(&office.id, "192.0.2.3/32");
    let all: Vec<String> = client
        .ip_policy_rules()
        .list()
        .iter()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(all, [r3.clone(), r2, r1.clone()]);
    assert_call(&last_request(&server), "GET", "/ip_policy_rules");
    let of_office: Vec<String> = client
        .ip_policy_rules()
        .list()
        .filter(format!(r#"obj.ip_policy.id == "{}""#, office.id))
        .iter()
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(of_office, [r3, r1]);
}

// ---------------------------------------------------------------------------------------
// edges.https and edges.https_routes
// ---------------------------------------------------------------------------------------

#[test]
fn https_edge_create_returns_the_edge_with_its_modules() {
    let server = MockServer::start();
    let created = server
        .client()
        .edges()
        .https()
        .create(&HTTPSEdgeCreate {
            description: "web".into(),
            hostports: vec!["app.example.com:443".into()],
            mutual_tls: Some(EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec!["ca_1".into()],
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
    assert_eq!(cas, ["ca_1"]);
    assert_eq!(created.tls_termination, None);
    let request = last_request(&server);
    assert_call(&request, "POST", "/edges/https");
    assert_eq!(
        body_json(&request),
        json!({
            "description": "web",
            "hostports": ["app.example.com:443"],
            "mutual_tls": {"enabled": true, "certificate_authority_ids": ["ca_1"]},
        })
    );
}

#[test]
fn https_edge_get_returns_what_create_returned() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_edge(&client, "get.example.com");
    assert_eq!(client.edges().https().get(&created.id).unwrap(), created);
    let request = last_request(&server);
    assert_call(&request, "GET", &format!("/edges/https/{}", created.id));
    assert_no_body(&request);
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
fn https_edge_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_edge(&client, "del.example.com");
    client.edges().https().delete(&created.id).unwrap();
    let request = last_request(&server);
    assert_call(&request, "DELETE", &format!("/edges/https/{}", created.id));
    assert_no_body(&request);
    assert_not_found(client.edges().https().get(&created.id));
}

#[test]
fn https_edge_list_returns_every_edge_across_pages() {
    let server = MockServer::start();
    let client = server.client();
    let ids: Vec<String> = (0..3)
        .map(|i| create_edge(&client, &format!("e{i}.example.com")).id)
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

#[test]
fn https_edge_route_create_is_nested_under_its_edge() {
    let server = MockServer::start();
    let client = server.client();
    let edge = create_edge(&client, "routes.example.com");
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
                backend_id: "bkdtg_1".into(),
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
    assert_eq!(route.backend.expect("backend module").backend.id, "bkdtg_1");
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
            "backend": {"backend_id": "bkdtg_1"},
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
    let edge = create_edge(&client, "one.example.com");
    let other = create_edge(&client, "two.example.com");
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
    let edge = create_edge(&client, "upd.example.com");
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
    let edge = create_edge(&client, "del.example.com");
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
    let edge = create_edge(&client, "parent.example.com");
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
    let edge = create_edge(&client, "withroutes.example.com");
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
// edge_modules.https_edge_mutual_tls
// ---------------------------------------------------------------------------------------

#[test]
fn mutual_tls_replace_returns_the_module_with_certificate_authority_refs() {
    let server = MockServer::start();
    let client = server.client();
    let edge = create_edge(&client, "mtls.example.com");
    let module = client
        .edge_modules()
        .https_edge_mutual_tls()
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec!["ca_1".into(), "ca_2".into()],
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
    assert_eq!(cas, ["ca_1", "ca_2"]);
    let request = last_request(&server);
    assert_call(
        &request,
        "PUT",
        &format!("/edges/https/{}/mutual_tls", edge.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"enabled": true, "certificate_authority_ids": ["ca_1", "ca_2"]}),
        "the edge id goes in the path only"
    );
    let stored = client.edges().https().get(&edge.id).unwrap().mutual_tls;
    assert_eq!(stored, Some(module));
}

#[test]
fn mutual_tls_replace_replaces_the_whole_module() {
    let server = MockServer::start();
    let client = server.client();
    let edge = create_edge(&client, "mtls2.example.com");
    let mtls = client.edge_modules().https_edge_mutual_tls();
    mtls.replace(
        &edge.id,
        &EndpointMutualTLSMutate {
            enabled: Some(false),
            certificate_authority_ids: vec!["ca_old".into()],
            ..Default::default()
        },
    )
    .unwrap();
    let module = mtls
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: None,
                certificate_authority_ids: vec!["ca_new".into()],
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
    assert_eq!(cas, ["ca_new"]);
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"certificate_authority_ids": ["ca_new"]}),
        "enabled None is left out"
    );
}

#[test]
fn mutual_tls_get_returns_the_stored_module() {
    let server = MockServer::start();
    let client = server.client();
    let edge = create_edge(&client, "mtls3.example.com");
    let mtls = client.edge_modules().https_edge_mutual_tls();
    let replaced = mtls
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec!["ca_9".into()],
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
    let edge = create_edge(&client, "mtls4.example.com");
    let mtls = client.edge_modules().https_edge_mutual_tls();
    mtls.replace(
        &edge.id,
        &EndpointMutualTLSMutate {
            enabled: Some(true),
            certificate_authority_ids: vec!["ca_1".into()],
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

#[test]
fn refs_to_other_objects_always_carry_a_uri() {
    let server = MockServer::start();
    let client = server.client();
    let edge = create_edge(&client, "uri.example.com");
    let module = client
        .edge_modules()
        .https_edge_mutual_tls()
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: Some(true),
                certificate_authority_ids: vec!["ca_1".into()],
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        module.certificate_authorities[0].uri,
        format!("{}/certificate_authorities/ca_1", server.url())
    );
    let domain = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "c.example.com".into(),
            certificate_id: Some("cert_1".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        domain.certificate.unwrap().uri,
        format!("{}/tls_certificates/cert_1", server.url())
    );
}

// ---------------------------------------------------------------------------------------
// tunnel_sessions
// ---------------------------------------------------------------------------------------

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
// event_subscriptions and event_sources
// ---------------------------------------------------------------------------------------

#[test]
fn event_subscription_create_returns_sources_and_destination_refs() {
    let server = MockServer::start();
    let created = server
        .client()
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: "audit".into(),
            metadata: "m".into(),
            sources: vec![EventSourceReplace {
                r#type: "ip_policy_created.v0".into(),
                ..Default::default()
            }],
            destination_ids: vec!["ed_1".into(), "ed_2".into()],
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("esb_"), "{}", created.id);
    assert_eq!(
        created.uri,
        format!("{}/event_subscriptions/{}", server.url(), created.id)
    );
    assert_recent(&created.created_at);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("audit", "m")
    );
    let types: Vec<&str> = created.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["ip_policy_created.v0"]);
    let dests: Vec<&str> = created.destinations.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(dests, ["ed_1", "ed_2"]);
    let request = last_request(&server);
    assert_call(&request, "POST", "/event_subscriptions");
    assert_eq!(
        body_json(&request),
        json!({
            "description": "audit",
            "metadata": "m",
            "sources": [{"type": "ip_policy_created.v0"}],
            "destination_ids": ["ed_1", "ed_2"],
        })
    );
}

#[test]
fn event_subscription_get_returns_what_create_returned() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_subscription(&client, "read");
    assert_eq!(
        client.event_subscriptions().get(&created.id).unwrap(),
        created
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/event_subscriptions/{}", created.id),
    );
    assert_no_body(&request);
}

#[test]
fn event_subscription_update_changes_only_the_given_fields() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: "d".into(),
            metadata: "m".into(),
            destination_ids: vec!["ed_1".into()],
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .event_subscriptions()
        .update(&EventSubscriptionUpdate {
            id: created.id.clone(),
            metadata: Some(String::new()),
            sources: vec![EventSourceReplace {
                r#type: "api_key_created.v0".into(),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.description, "d");
    assert_eq!(updated.metadata, "", "Some(\"\") clears");
    let types: Vec<&str> = updated.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["api_key_created.v0"]);
    assert_eq!(
        updated.destinations, created.destinations,
        "empty list leaves them"
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "PATCH",
        &format!("/event_subscriptions/{}", created.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"metadata": "", "sources": [{"type": "api_key_created.v0"}]})
    );
    assert_eq!(
        client.event_subscriptions().get(&created.id).unwrap(),
        updated
    );
}

#[test]
fn event_subscription_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_subscription(&client, "tmp");
    client.event_subscriptions().delete(&created.id).unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!("/event_subscriptions/{}", created.id),
    );
    assert_no_body(&request);
    assert_not_found(client.event_subscriptions().get(&created.id));
    assert_not_found(client.event_sources().list(&created.id));
}

#[test]
fn event_subscription_list_returns_all_and_filters() {
    let server = MockServer::start();
    let client = server.client();
    let a = create_subscription(&client, "audit");
    let b = create_subscription(&client, "billing");
    let all: Vec<String> = client
        .event_subscriptions()
        .list()
        .limit(1)
        .iter()
        .map(|s| s.unwrap().id)
        .collect();
    assert_eq!(all, [b.id.clone(), a.id.clone()]);
    assert_call(&last_request(&server), "GET", "/event_subscriptions");
    let audit: Vec<_> = client
        .event_subscriptions()
        .list()
        .filter(r#"obj.description == "audit""#)
        .iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(audit, [a]);
}

#[test]
fn event_source_create_is_keyed_by_type_under_its_subscription() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    let source = client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_created.v0".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(source.r#type, "ip_policy_created.v0");
    assert_eq!(
        source.uri,
        format!(
            "{}/event_subscriptions/{}/sources/ip_policy_created.v0",
            server.url(),
            sub.id
        )
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "POST",
        &format!("/event_subscriptions/{}/sources", sub.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"type": "ip_policy_created.v0"}),
        "subscription_id goes in the path only"
    );
}

#[test]
fn event_source_create_under_a_missing_subscription_is_not_found() {
    let server = MockServer::start();
    assert_not_found(server.client().event_sources().create(&EventSourceCreate {
        subscription_id: "esb_missing".into(),
        r#type: "ip_policy_created.v0".into(),
        ..Default::default()
    }));
}

#[test]
fn event_source_get_takes_the_subscription_and_the_type() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    let other = create_subscription(&client, "other");
    let created = client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "api_key_created.v0".into(),
            ..Default::default()
        })
        .unwrap();
    let got = client
        .event_sources()
        .get(&sub.id, "api_key_created.v0")
        .unwrap();
    assert_eq!(got, created);
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/event_subscriptions/{}/sources/api_key_created.v0", sub.id),
    );
    assert_no_body(&request);
    assert_not_found(client.event_sources().get(&other.id, "api_key_created.v0"));
    assert_not_found(client.event_sources().get(&sub.id, "never_added.v0"));
}

#[test]
fn event_source_update_sends_an_empty_body_and_returns_the_source() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    let created = client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_updated.v0".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .event_sources()
        .update(&EventSourceUpdate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_updated.v0".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated, created);
    let request = last_request(&server);
    assert_call(
        &request,
        "PATCH",
        &format!(
            "/event_subscriptions/{}/sources/ip_policy_updated.v0",
            sub.id
        ),
    );
    assert_eq!(
        body_json(&request),
        json!({}),
        "both fields are path placeholders"
    );
    assert_not_found(client.event_sources().update(&EventSourceUpdate {
        subscription_id: sub.id.clone(),
        r#type: "never_added.v0".into(),
        ..Default::default()
    }));
}

#[test]
fn event_source_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_deleted.v0".into(),
            ..Default::default()
        })
        .unwrap();
    client
        .event_sources()
        .delete(&sub.id, "ip_policy_deleted.v0")
        .unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!(
            "/event_subscriptions/{}/sources/ip_policy_deleted.v0",
            sub.id
        ),
    );
    assert_no_body(&request);
    assert_not_found(client.event_sources().get(&sub.id, "ip_policy_deleted.v0"));
    assert!(
        client.event_subscriptions().get(&sub.id).is_ok(),
        "the subscription stays"
    );
}

#[test]
fn event_source_list_returns_every_source_of_that_subscription_only() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "mine");
    let other = create_subscription(&client, "other");
    let add = |sub_id: &str, ty: &str| {
        client
            .event_sources()
            .create(&EventSourceCreate {
                subscription_id: sub_id.into(),
                r#type: ty.into(),
                ..Default::default()
            })
            .unwrap()
    };
    let a = add(&sub.id, "a_created.v0");
    add(&other.id, "x_created.v0");
    let b = add(&sub.id, "b_created.v0");
    // The same type under another subscription is a different source.
    add(&other.id, "a_created.v0");
    let list = client.event_sources().list(&sub.id).unwrap();
    let mut types: Vec<&str> = list.sources.iter().map(|s| s.r#type.as_str()).collect();
    types.sort_unstable();
    assert_eq!(types, ["a_created.v0", "b_created.v0"]);
    assert!(list.sources.contains(&a) && list.sources.contains(&b));
    assert_eq!(
        list.uri,
        format!("{}/event_subscriptions/{}/sources", server.url(), sub.id)
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/event_subscriptions/{}/sources", sub.id),
    );
    assert_eq!(request.query, "", "an unpaged list sends no limit");
    assert_eq!(
        client
            .event_sources()
            .list(&other.id)
            .unwrap()
            .sources
            .len(),
        2
    );
}

#[test]
fn event_sources_of_a_new_subscription_are_listed() {
    let server = MockServer::start();
    let client = server.client();
    let sub = client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            sources: vec![EventSourceReplace {
                r#type: "ip_policy_created.v0".into(),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    let list = client.event_sources().list(&sub.id).unwrap();
    let types: Vec<&str> = list.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["ip_policy_created.v0"]);
    assert!(
        client
            .event_sources()
            .get(&sub.id, "ip_policy_created.v0")
            .is_ok(),
        "a source created with the subscription can be read on its own"
    );
}

#[test]
fn an_added_event_source_shows_in_its_subscription() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "api_key_created.v0".into(),
            ..Default::default()
        })
        .unwrap();
    let got = client.event_subscriptions().get(&sub.id).unwrap();
    let types: Vec<&str> = got.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["api_key_created.v0"]);
}

// ---------------------------------------------------------------------------------------
// tunnels
// ---------------------------------------------------------------------------------------

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
