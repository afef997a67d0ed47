//! IP policies, their rules, and the IP restrictions that apply them.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    ip_policies: ["ip_policies"],
    ip_policy_rules: ["ip_policy_rules"],
    ip_restrictions: ["ip_restrictions"],
}

// ---------------------------------------------------------------------------------------
// ip_policies
// ---------------------------------------------------------------------------------------

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
fn ip_policy_list_returns_all_and_filters() {
    let server = MockServer::start();
    let client = server.client();
    let a = ip_policy(&client, "office");
    let b = ip_policy(&client, "vpn");
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

// ---------------------------------------------------------------------------------------
// ip_policy_rules
// ---------------------------------------------------------------------------------------

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

#[test]
fn ip_policy_rule_create_refers_to_its_policy() {
    let server = MockServer::start();
    let client = server.client();
    let policy = ip_policy(&client, "office");
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
fn ip_policy_rule_update_changes_only_the_given_fields() {
    let server = MockServer::start();
    let client = server.client();
    let policy = ip_policy(&client, "p");
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
    let policy = ip_policy(&client, "p");
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
    let office = ip_policy(&client, "office");
    let vpn = ip_policy(&client, "vpn");
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
// ip_restrictions
// ---------------------------------------------------------------------------------------

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
