//! The emulator's validation rules, each through raw HTTP: a request breaking the rule is
//! answered with the API's status and `ERR_NGROK_<code>`, its message names the field, and
//! nothing is stored or changed (the item or collection read before and after is the
//! same). The rules are the table in `ngrok-api-mock/src/validation/table.rs`, plus the
//! generic length rule and the query-string codes.

use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;
use serde_json::{json, Value};

use crate::support::{KEY_PEM, PEM, POLICY, SSH_KEY};

const JSON: (&str, &str) = ("content-type", "application/json");

/// Sends a JSON body (or none for `null`).
fn send(server: &MockServer, method: &str, path: &str, body: &Value) -> (u16, Value) {
    if body.is_null() {
        raw_request(server, method, path, &[], "")
    } else {
        raw_request(server, method, path, &[JSON], &body.to_string())
    }
}

/// What `GET path` answers, when it answers 200 (errors carry a random operation id).
fn snapshot(server: &MockServer, path: &str) -> Option<Value> {
    match raw_request(server, "GET", path, &[], "") {
        (200, body) => Some(body),
        _ => None,
    }
}

/// Makes an item, which must succeed; its id.
fn made(server: &MockServer, path: &str, body: Value) -> String {
    let (status, answer) = send(server, "POST", path, &body);
    assert_eq!(status, 201, "POST {path} {body}: {answer}");
    answer["id"].as_str().expect("an id").to_string()
}

/// Asserts that `method path body` is refused with `status` and `ERR_NGROK_<code>`, with a
/// message naming `field` (when not empty), and that `GET watch` answers the same before
/// and after.
#[track_caller]
fn refused(
    server: &MockServer,
    (method, path, body): (&str, &str, Value),
    watch: &str,
    (status, code): (u16, u32),
    field: &str,
) {
    let before = snapshot(server, watch);
    let (got, answer) = send(server, method, path, &body);
    assert_eq!(
        (got, answer["error_code"].as_str()),
        (status, Some(format!("ERR_NGROK_{code}").as_str())),
        "{method} {path} {body}: {answer}"
    );
    assert_eq!(answer["status_code"], status, "{answer}");
    let msg = answer["msg"].as_str().unwrap_or_default();
    assert!(
        field.is_empty() || msg.contains(&format!("`{field}`")),
        "the message names `{field}`: {msg}"
    );
    assert_eq!(
        snapshot(server, watch),
        before,
        "{method} {path} changed {watch}"
    );
}

fn post(path: &str, body: Value) -> (&str, &str, Value) {
    ("POST", path, body)
}

fn patch(path: &str, body: Value) -> (&'static str, &str, Value) {
    ("PATCH", path, body)
}

fn put(path: &str, body: Value) -> (&'static str, &str, Value) {
    ("PUT", path, body)
}

// ---------------------------------------------------------------------------------------
// Query strings
// ---------------------------------------------------------------------------------------

#[test]
fn a_limit_that_is_a_number_outside_1_to_100_is_233() {
    let server = MockServer::start();
    for limit in ["0", "101", "-1", "99999999999999999999"] {
        let (status, body) = raw_request(
            &server,
            "GET",
            &format!("/reserved_domains?limit={limit}"),
            &[],
            "",
        );
        assert_eq!(
            (status, body["error_code"].as_str()),
            (400, Some("ERR_NGROK_233")),
            "{limit}: {body}"
        );
    }
    assert_eq!(
        raw_request(&server, "GET", "/reserved_domains?limit=100", &[], "").0,
        200
    );
}

#[test]
fn a_limit_that_is_not_a_number_is_244() {
    let server = MockServer::start();
    for limit in ["abc", "", "1.5", "1e2"] {
        let (status, body) = raw_request(
            &server,
            "GET",
            &format!("/reserved_domains?limit={limit}"),
            &[],
            "",
        );
        assert_eq!(
            (status, body["error_code"].as_str()),
            (400, Some("ERR_NGROK_244")),
            "{limit}: {body}"
        );
    }
}

#[test]
fn a_repeated_query_parameter_is_232_and_a_malformed_query_stays_230() {
    let server = MockServer::start();
    for query in [
        "limit=1&limit=2",
        "before_id=rd_1&before_id=rd_2",
        "filter=a&filter=b",
    ] {
        let (status, body) = raw_request(
            &server,
            "GET",
            &format!("/reserved_domains?{query}"),
            &[],
            "",
        );
        assert_eq!(
            (status, body["error_code"].as_str()),
            (400, Some("ERR_NGROK_232")),
            "{query}: {body}"
        );
    }
    let (status, body) = raw_request(&server, "GET", "/reserved_domains?limit=%FF", &[], "");
    assert_eq!(
        (status, body["error_code"].as_str()),
        (400, Some("ERR_NGROK_230")),
        "{body}"
    );
}

// ---------------------------------------------------------------------------------------
// Required fields
// ---------------------------------------------------------------------------------------

#[test]
fn a_reserved_domain_needs_a_domain() {
    let server = MockServer::start();
    for body in [
        json!({}),
        json!({"domain": ""}),
        json!({"domain": "  ", "description": "x"}),
    ] {
        refused(
            &server,
            post("/reserved_domains", body),
            "/reserved_domains",
            (400, 215),
            "domain",
        );
    }
}

#[test]
fn an_ssh_credential_needs_a_public_key() {
    let server = MockServer::start();
    refused(
        &server,
        post("/ssh_credentials", json!({"description": "ci"})),
        "/ssh_credentials",
        (400, 611),
        "public_key",
    );
}

#[test]
fn a_tls_certificate_needs_a_certificate_and_a_key() {
    let server = MockServer::start();
    refused(
        &server,
        post("/tls_certificates", json!({"private_key_pem": KEY_PEM})),
        "/tls_certificates",
        (400, 1922),
        "certificate_pem",
    );
    refused(
        &server,
        post("/tls_certificates", json!({"certificate_pem": PEM})),
        "/tls_certificates",
        (400, 1901),
        "private_key_pem",
    );
}

#[test]
fn a_certificate_authority_needs_its_pem() {
    let server = MockServer::start();
    refused(
        &server,
        post("/certificate_authorities", json!({})),
        "/certificate_authorities",
        (400, 1919),
        "ca_pem",
    );
}

#[test]
fn vaults_and_secrets_need_their_names_values_and_vault() {
    let server = MockServer::start();
    refused(
        &server,
        post("/vaults", json!({"description": "x"})),
        "/vaults",
        (400, 23001),
        "name",
    );
    let vault = made(&server, "/vaults", json!({"name": "prod"}));
    let secret = |drop: &str| {
        let mut body = json!({"name": "db", "value": "s3cret", "vault_id": vault});
        body.as_object_mut().unwrap().remove(drop);
        body
    };
    refused(
        &server,
        post("/vault_secrets", secret("name")),
        "/vault_secrets",
        (400, 24001),
        "name",
    );
    refused(
        &server,
        post("/vault_secrets", secret("value")),
        "/vault_secrets",
        (400, 24003),
        "value",
    );
    refused(
        &server,
        post("/vault_secrets", secret("vault_id")),
        "/vault_secrets",
        (400, 24008),
        "vault_id",
    );
}

#[test]
fn an_update_may_not_clear_a_required_name() {
    let server = MockServer::start();
    let vault = made(&server, "/vaults", json!({"name": "prod"}));
    let path = format!("/vaults/{vault}");
    refused(
        &server,
        patch(&path, json!({"name": ""})),
        &path,
        (400, 23001),
        "name",
    );
    let secret = made(
        &server,
        "/vault_secrets",
        json!({"name": "db", "value": "v", "vault_id": vault}),
    );
    let path = format!("/vault_secrets/{secret}");
    refused(
        &server,
        patch(&path, json!({"name": ""})),
        &path,
        (400, 24001),
        "name",
    );
}

#[test]
fn service_and_bot_users_need_a_name() {
    let server = MockServer::start();
    refused(
        &server,
        post("/service_users", json!({"active": true})),
        "/service_users",
        (400, 4109),
        "name",
    );
    refused(
        &server,
        post("/bot_users", json!({})),
        "/bot_users",
        (400, 4109),
        "name",
    );
}

#[test]
fn a_cloud_endpoint_needs_a_url_a_type_and_a_traffic_policy() {
    let server = MockServer::start();
    let full = json!({"url": "https://api.example.com", "type": "cloud", "traffic_policy": POLICY});
    for (field, code) in [("url", 18015), ("type", 18015), ("traffic_policy", 18011)] {
        let mut body = full.clone();
        body.as_object_mut().unwrap().remove(field);
        refused(
            &server,
            post("/endpoints", body),
            "/endpoints",
            (400, code),
            field,
        );
    }
}

#[test]
fn an_ip_policy_rule_needs_a_cidr_a_policy_and_an_action() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    let full = json!({"cidr": "10.0.0.0/8", "ip_policy_id": policy, "action": "allow"});
    for field in ["cidr", "ip_policy_id", "action"] {
        let mut body = full.clone();
        body.as_object_mut().unwrap().remove(field);
        refused(
            &server,
            post("/ip_policy_rules", body),
            "/ip_policy_rules",
            (400, 1405),
            field,
        );
    }
}

#[test]
fn an_ip_restriction_needs_a_type_and_policies() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    refused(
        &server,
        post("/ip_restrictions", json!({"ip_policy_ids": [policy]})),
        "/ip_restrictions",
        (400, 1803),
        "type",
    );
    refused(
        &server,
        post(
            "/ip_restrictions",
            json!({"type": "dashboard", "ip_policy_ids": []}),
        ),
        "/ip_restrictions",
        (400, 1804),
        "ip_policy_ids",
    );
}

#[test]
fn an_https_route_needs_a_match_and_a_match_type() {
    let server = MockServer::start();
    let edge = made(&server, "/edges/https", json!({}));
    let watch = format!("/edges/https/{edge}");
    refused(
        &server,
        post(
            &format!("/edges/https/{edge}/routes"),
            json!({"match_type": "path_prefix"}),
        ),
        &watch,
        (400, 7123),
        "match",
    );
    refused(
        &server,
        post(
            &format!("/edges/https/{edge}/routes"),
            json!({"match": "/"}),
        ),
        &watch,
        (400, 7130),
        "match_type",
    );
}

#[test]
fn agent_ingresses_abuse_reports_and_ssh_certificates_need_their_fields() {
    let server = MockServer::start();
    refused(
        &server,
        post("/agent_ingresses", json!({"description": "x"})),
        "/agent_ingresses",
        (400, 215),
        "domain",
    );
    refused(
        &server,
        post("/abuse_reports", json!({"metadata": "m"})),
        "/abuse_reports",
        (400, 215),
        "urls",
    );
    let ca = made(
        &server,
        "/ssh_certificate_authorities",
        json!({"private_key_type": "ed25519"}),
    );
    for path in ["/ssh_host_certificates", "/ssh_user_certificates"] {
        refused(
            &server,
            post(path, json!({"ssh_certificate_authority_id": ca})),
            path,
            (400, 1952),
            "public_key",
        );
        refused(
            &server,
            post(path, json!({"public_key": SSH_KEY})),
            path,
            (400, 215),
            "ssh_certificate_authority_id",
        );
    }
}

// ---------------------------------------------------------------------------------------
// Lengths
// ---------------------------------------------------------------------------------------

#[test]
fn descriptions_over_255_bytes_are_refused_with_each_services_code() {
    let server = MockServer::start();
    let long = "d".repeat(256);
    let cases = [
        (
            "/reserved_domains",
            json!({"domain": "app.example.com"}),
            420,
        ),
        ("/reserved_addrs", json!({}), 504),
        ("/api_keys", json!({}), 604),
        ("/credentials", json!({}), 604),
        ("/backends/static", json!({"address": "10.0.0.1:80"}), 6503),
        (
            "/endpoints",
            json!({"url": "https://a.example.com", "type": "cloud", "traffic_policy": POLICY}),
            18012,
        ),
        // No code of its own: the generic 215.
        ("/ip_policies", json!({}), 215),
        ("/vaults", json!({"name": "v"}), 215),
    ];
    for (path, mut body, code) in cases {
        body["description"] = json!(long);
        refused(
            &server,
            post(path, body.clone()),
            path,
            (400, code),
            "description",
        );
        // 255 bytes are fine.
        body["description"] = json!(&long[1..]);
        made(&server, path, body);
    }
}

/// Every service with length codes of its own, with a body its create accepts.
#[test]
fn every_service_answers_its_own_length_codes() {
    let server = MockServer::start();
    let ca = made(
        &server,
        "/ssh_certificate_authorities",
        json!({"private_key_type": "ed25519"}),
    );
    let ssh_cert = json!({"ssh_certificate_authority_id": ca, "public_key": SSH_KEY});
    let cases = [
        (
            "/tls_certificates",
            json!({"certificate_pem": PEM, "private_key_pem": KEY_PEM}),
            (1914, 1915),
        ),
        (
            "/certificate_authorities",
            json!({"ca_pem": PEM}),
            (1916, 1917),
        ),
        (
            "/ssh_certificate_authorities",
            json!({"private_key_type": "ed25519"}),
            (1937, 1938),
        ),
        ("/ssh_host_certificates", ssh_cert.clone(), (1945, 1946)),
        ("/ssh_user_certificates", ssh_cert, (1947, 1948)),
        (
            "/ssh_credentials",
            json!({"public_key": SSH_KEY}),
            (604, 605),
        ),
        ("/backends/failover", json!({}), (6503, 6504)),
        (
            "/backends/http_response",
            json!({"body": "ok"}),
            (6503, 6504),
        ),
        ("/backends/tunnel_group", json!({}), (6503, 6504)),
        ("/backends/weighted", json!({}), (6503, 6504)),
        (
            "/agent_ingresses",
            json!({"domain": "ingress.example.com"}),
            (6700, 6701),
        ),
        ("/edges/https", json!({}), (7073, 7074)),
        ("/edges/tcp", json!({}), (7073, 7074)),
        ("/edges/tls", json!({}), (7073, 7074)),
        ("/ai_gateway_api_keys", json!({}), (27004, 27005)),
        (
            "/event_destinations",
            json!({"format": "json", "target": {"datadog": {"api_key": "k"}}}),
            (215, 215),
        ),
    ];
    for (path, body, (description, metadata)) in cases {
        for (field, max, code) in [
            ("description", 255, description),
            ("metadata", 4096, metadata),
        ] {
            let mut long = body.clone();
            long[field] = json!("x".repeat(max + 1));
            refused(&server, post(path, long), path, (400, code), field);
        }
    }
}

#[test]
fn lengths_count_bytes_not_characters() {
    let server = MockServer::start();
    // 128 two-byte characters: 256 bytes.
    let body = json!({"description": "é".repeat(128)});
    refused(
        &server,
        post("/ip_policies", body),
        "/ip_policies",
        (400, 215),
        "description",
    );
}

#[test]
fn metadata_over_4096_bytes_is_refused_with_each_services_code() {
    let server = MockServer::start();
    let long = "m".repeat(4097);
    let cases = [
        (
            "/reserved_domains",
            json!({"domain": "app.example.com"}),
            421,
        ),
        ("/reserved_addrs", json!({}), 505),
        ("/ssh_credentials", json!({"public_key": SSH_KEY}), 605),
        (
            "/endpoints",
            json!({"url": "https://a.example.com", "type": "cloud", "traffic_policy": POLICY}),
            18013,
        ),
        ("/ip_policies", json!({}), 215),
    ];
    for (path, mut body, code) in cases {
        body["metadata"] = json!(long);
        refused(
            &server,
            post(path, body.clone()),
            path,
            (400, code),
            "metadata",
        );
        body["metadata"] = json!(&long[1..]);
        made(&server, path, body);
    }
}

#[test]
fn an_update_is_held_to_the_same_lengths() {
    let server = MockServer::start();
    let id = made(
        &server,
        "/reserved_domains",
        json!({"domain": "app.example.com"}),
    );
    let path = format!("/reserved_domains/{id}");
    refused(
        &server,
        patch(&path, json!({"description": "d".repeat(256)})),
        &path,
        (400, 420),
        "description",
    );
    let rule_policy = made(&server, "/ip_policies", json!({}));
    let rule = made(
        &server,
        "/ip_policy_rules",
        json!({"cidr": "10.0.0.0/8", "ip_policy_id": rule_policy, "action": "deny"}),
    );
    let path = format!("/ip_policy_rules/{rule}");
    refused(
        &server,
        patch(&path, json!({"description": "d".repeat(256)})),
        &path,
        (400, 1421),
        "description",
    );
}

// ---------------------------------------------------------------------------------------
// Uniqueness
// ---------------------------------------------------------------------------------------

#[test]
fn a_domain_is_reserved_once() {
    let server = MockServer::start();
    made(
        &server,
        "/reserved_domains",
        json!({"domain": "app.example.com"}),
    );
    for domain in ["app.example.com", "APP.example.com"] {
        refused(
            &server,
            post("/reserved_domains", json!({"domain": domain})),
            "/reserved_domains",
            (400, 413),
            "domain",
        );
    }
    made(
        &server,
        "/reserved_domains",
        json!({"domain": "other.example.com"}),
    );
}

#[test]
fn an_agent_ingress_domain_is_used_once() {
    let server = MockServer::start();
    made(
        &server,
        "/agent_ingresses",
        json!({"domain": "ingress.example.com"}),
    );
    refused(
        &server,
        post("/agent_ingresses", json!({"domain": "ingress.example.com"})),
        "/agent_ingresses",
        (400, 6706),
        "domain",
    );
}

#[test]
fn vault_names_are_unique_and_secret_names_unique_per_vault() {
    let server = MockServer::start();
    let prod = made(&server, "/vaults", json!({"name": "prod"}));
    refused(
        &server,
        post("/vaults", json!({"name": "prod"})),
        "/vaults",
        (400, 23004),
        "name",
    );
    let staging = made(&server, "/vaults", json!({"name": "staging"}));
    // Renaming a vault to a taken name is refused too.
    let path = format!("/vaults/{staging}");
    refused(
        &server,
        patch(&path, json!({"name": "prod"})),
        &path,
        (400, 23004),
        "name",
    );
    made(
        &server,
        "/vault_secrets",
        json!({"name": "db", "value": "v", "vault_id": prod}),
    );
    refused(
        &server,
        post(
            "/vault_secrets",
            json!({"name": "db", "value": "w", "vault_id": prod}),
        ),
        "/vault_secrets",
        (400, 24005),
        "name",
    );
    made(
        &server,
        "/vault_secrets",
        json!({"name": "db", "value": "w", "vault_id": staging}),
    );
}

#[test]
fn a_subscription_has_one_source_per_event_type() {
    let server = MockServer::start();
    let source = |t: &str| json!({"type": t});
    let twice =
        json!({"sources": [source("ip_policy_created.v0"), source("ip_policy_created.v0")]});
    refused(
        &server,
        post("/event_subscriptions", twice),
        "/event_subscriptions",
        (400, 5127),
        "sources",
    );
    let one = made(
        &server,
        "/event_subscriptions",
        json!({"sources": [source("ip_policy_created.v0")]}),
    );
    let other = made(
        &server,
        "/event_subscriptions",
        json!({"sources": [source("ip_policy_created.v0")]}),
    );
    let sources = format!("/event_subscriptions/{one}/sources");
    refused(
        &server,
        post(&sources, source("ip_policy_created.v0")),
        &sources,
        (400, 5127),
        "type",
    );
    // Another subscription's sources are its own.
    let (status, answer) = send(
        &server,
        "POST",
        &format!("/event_subscriptions/{other}/sources"),
        &source("api_key_created.v0"),
    );
    assert_eq!(status, 201, "{answer}");
}

#[test]
fn an_event_destination_has_a_format_and_one_kind_of_target() {
    let server = MockServer::start();
    let role = json!({"role": {"role_arn": "arn:aws:iam::123456789012:role/ngrok"}});
    let kinesis = json!({"kinesis": {"auth": role, "stream_arn": "arn:aws:kinesis:us-east-1:123456789012:stream/s"}});
    let body = |format: &str, target: Value| json!({"format": format, "target": target});
    let path = "/event_destinations";
    refused(
        &server,
        post(path, json!({"target": kinesis})),
        path,
        (400, 235),
        "format",
    );
    refused(
        &server,
        post(path, body("xml", kinesis.clone())),
        path,
        (400, 235),
        "format",
    );
    refused(
        &server,
        post(path, json!({"format": "json"})),
        path,
        (400, 5100),
        "target",
    );
    refused(
        &server,
        post(path, body("json", json!({"kinesis": null}))),
        path,
        (400, 236),
        "target",
    );
    let both = json!({"kinesis": kinesis["kinesis"], "datadog": {"api_key": "k"}});
    refused(
        &server,
        post(path, body("json", both)),
        path,
        (400, 5115),
        "target",
    );
    let no_auth =
        json!({"kinesis": {"auth": {}, "stream_arn": "arn:aws:kinesis:us-east-1:1:stream/s"}});
    refused(
        &server,
        post(path, body("json", no_auth)),
        path,
        (400, 5107),
        "target.kinesis.auth",
    );
    let creds = json!({"aws_access_key_id": "AKIA", "aws_secret_access_key": "s"});
    let two_auths = json!({"cloudwatch_logs": {"auth": {"role": role["role"], "creds": creds}, "log_group_arn": "arn:aws:logs:us-east-1:1:log-group:g"}});
    refused(
        &server,
        post(path, body("json", two_auths)),
        path,
        (400, 5116),
        "target.cloudwatch_logs.auth",
    );
    made(&server, path, body("json", kinesis));
}

#[test]
fn an_ssh_public_key_is_registered_once() {
    let server = MockServer::start();
    made(&server, "/ssh_credentials", json!({"public_key": SSH_KEY}));
    refused(
        &server,
        post("/ssh_credentials", json!({"public_key": SSH_KEY})),
        "/ssh_credentials",
        (400, 609),
        "public_key",
    );
}

#[test]
fn service_and_bot_user_names_are_unique() {
    let server = MockServer::start();
    made(&server, "/service_users", json!({"name": "deployer"}));
    refused(
        &server,
        post("/service_users", json!({"name": "deployer"})),
        "/service_users",
        (400, 4112),
        "name",
    );
    made(&server, "/bot_users", json!({"name": "ci"}));
    refused(
        &server,
        post("/bot_users", json!({"name": "ci"})),
        "/bot_users",
        (400, 4112),
        "name",
    );
}

#[test]
fn one_ip_restriction_per_type() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    made(
        &server,
        "/ip_restrictions",
        json!({"type": "api", "ip_policy_ids": [policy]}),
    );
    refused(
        &server,
        post(
            "/ip_restrictions",
            json!({"type": "api", "ip_policy_ids": [policy]}),
        ),
        "/ip_restrictions",
        (400, 1802),
        "type",
    );
}

#[test]
fn a_cidr_appears_once_per_policy() {
    let server = MockServer::start();
    let office = made(&server, "/ip_policies", json!({}));
    let home = made(&server, "/ip_policies", json!({}));
    let rule =
        |policy: &str, cidr: &str| json!({"cidr": cidr, "ip_policy_id": policy, "action": "allow"});
    made(&server, "/ip_policy_rules", rule(&office, "10.0.0.0/8"));
    refused(
        &server,
        post("/ip_policy_rules", rule(&office, "10.0.0.0/8")),
        "/ip_policy_rules",
        (400, 1408),
        "cidr",
    );
    made(&server, "/ip_policy_rules", rule(&home, "10.0.0.0/8"));
    let other = made(&server, "/ip_policy_rules", rule(&office, "192.168.0.0/16"));
    let path = format!("/ip_policy_rules/{other}");
    refused(
        &server,
        patch(&path, json!({"cidr": "10.0.0.0/8"})),
        &path,
        (400, 1408),
        "cidr",
    );
}

#[test]
fn a_cloud_endpoint_url_is_used_once_unless_pooled() {
    let server = MockServer::start();
    let body = |pool: bool| json!({"url": "https://api.example.com", "type": "cloud", "traffic_policy": POLICY, "pooling_enabled": pool});
    made(&server, "/endpoints", body(false));
    refused(
        &server,
        post("/endpoints", body(false)),
        "/endpoints",
        (400, 18009),
        "url",
    );
    made(&server, "/endpoints", body(true));
}

// ---------------------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------------------

#[test]
fn an_ip_policy_rule_names_an_existing_policy() {
    let server = MockServer::start();
    let body =
        |policy: &str| json!({"cidr": "10.0.0.0/8", "ip_policy_id": policy, "action": "allow"});
    refused(
        &server,
        post("/ip_policy_rules", body("ipp_2b3nOtThErE")),
        "/ip_policy_rules",
        (404, 1402),
        "ip_policy_id",
    );
    refused(
        &server,
        post("/ip_policy_rules", body("rd_2b3nOtThErE")),
        "/ip_policy_rules",
        (400, 1414),
        "ip_policy_id",
    );
}

#[test]
fn an_ip_restriction_names_existing_policies() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    let body = json!({"type": "dashboard", "ip_policy_ids": [policy, "ipp_2b3nOtThErE"]});
    refused(
        &server,
        post("/ip_restrictions", body),
        "/ip_restrictions",
        (400, 1801),
        "ip_policy_ids",
    );
}

#[test]
fn an_event_subscription_names_existing_destinations() {
    let server = MockServer::start();
    refused(
        &server,
        post(
            "/event_subscriptions",
            json!({"destination_ids": ["ed_2b3nOtThErE"]}),
        ),
        "/event_subscriptions",
        (404, 5103),
        "destination_ids",
    );
    refused(
        &server,
        post(
            "/event_subscriptions",
            json!({"destination_ids": ["nonsense"]}),
        ),
        "/event_subscriptions",
        (400, 223),
        "destination_ids",
    );
}

#[test]
fn a_reserved_domain_names_an_existing_certificate() {
    let server = MockServer::start();
    refused(
        &server,
        post(
            "/reserved_domains",
            json!({"domain": "a.example.com", "certificate_id": "cert_2b3nOtThErE"}),
        ),
        "/reserved_domains",
        (404, 1965),
        "certificate_id",
    );
    let id = made(
        &server,
        "/reserved_domains",
        json!({"domain": "a.example.com"}),
    );
    let path = format!("/reserved_domains/{id}");
    refused(
        &server,
        patch(&path, json!({"certificate_id": "cert_2b3nOtThErE"})),
        &path,
        (404, 1965),
        "certificate_id",
    );
    let cert = made(
        &server,
        "/tls_certificates",
        json!({"certificate_pem": PEM, "private_key_pem": KEY_PEM}),
    );
    let (status, answer) = send(&server, "PATCH", &path, &json!({"certificate_id": cert}));
    assert_eq!(
        (status, &answer["certificate"]["id"]),
        (200, &json!(cert)),
        "{answer}"
    );
}

#[test]
fn a_secret_names_an_existing_vault() {
    let server = MockServer::start();
    let body = |vault: &str| json!({"name": "db", "value": "v", "vault_id": vault});
    refused(
        &server,
        post("/vault_secrets", body("vault_2b3nOtThErE")),
        "/vault_secrets",
        (404, 24006),
        "vault_id",
    );
    refused(
        &server,
        post("/vault_secrets", body("ipp_2b3nOtThErE")),
        "/vault_secrets",
        (400, 24006),
        "vault_id",
    );
}

#[test]
fn ssh_certificates_name_an_existing_certificate_authority() {
    let server = MockServer::start();
    let body = json!({"ssh_certificate_authority_id": "sshca_2b3nOtThErE", "public_key": SSH_KEY});
    refused(
        &server,
        post("/ssh_host_certificates", body.clone()),
        "/ssh_host_certificates",
        (404, 1949),
        "ssh_certificate_authority_id",
    );
    refused(
        &server,
        post("/ssh_user_certificates", body),
        "/ssh_user_certificates",
        (404, 1951),
        "ssh_certificate_authority_id",
    );
}

#[test]
fn failover_and_weighted_backends_name_existing_backends() {
    let server = MockServer::start();
    let real = made(
        &server,
        "/backends/http_response",
        json!({"body": "ok", "status_code": 200}),
    );
    refused(
        &server,
        post(
            "/backends/failover",
            json!({"backends": [real, "bkdhr_2b3nOtThErE"]}),
        ),
        "/backends/failover",
        (400, 6501),
        "backends",
    );
    refused(
        &server,
        post(
            "/backends/failover",
            json!({"backends": ["ipp_2b3nOtThErE"]}),
        ),
        "/backends/failover",
        (400, 242),
        "backends",
    );
    refused(
        &server,
        post(
            "/backends/weighted",
            json!({"backends": {"bkdsb_2b3nOtThErE": 1}}),
        ),
        "/backends/weighted",
        (400, 6501),
        "backends",
    );
    made(
        &server,
        "/backends/weighted",
        json!({"backends": {real.clone(): 1}}),
    );
}

#[test]
fn routes_and_edges_name_existing_backends_policies_and_authorities() {
    let server = MockServer::start();
    let edge = made(&server, "/edges/https", json!({}));
    let watch = format!("/edges/https/{edge}");
    let routes = format!("/edges/https/{edge}/routes");
    let route = |module: Value| {
        let mut body = json!({"match_type": "path_prefix", "match": "/"});
        body.as_object_mut()
            .unwrap()
            .extend(module.as_object().unwrap().clone());
        body
    };
    let cases = [
        (
            json!({"backend": {"backend_id": "bkdtg_2b3nOtThErE"}}),
            6501,
            "backend.backend_id",
        ),
        (
            json!({"ip_restriction": {"ip_policy_ids": ["ipp_2b3nOtThErE"]}}),
            7007,
            "ip_restriction.ip_policy_ids",
        ),
        (
            json!({"ip_restriction": {"ip_policy_ids": ["ca_2b3nOtThErE"]}}),
            229,
            "ip_restriction.ip_policy_ids",
        ),
    ];
    for (module, code, field) in cases {
        refused(
            &server,
            post(&routes, route(module)),
            &watch,
            (400, code),
            field,
        );
    }
    let mtls = |ca: &str| json!({"mutual_tls": {"certificate_authority_ids": [ca]}});
    refused(
        &server,
        post("/edges/https", mtls("ca_2b3nOtThErE")),
        "/edges/https",
        (400, 7072),
        "mutual_tls.certificate_authority_ids",
    );
    refused(
        &server,
        post("/edges/tls", mtls("ipp_2b3nOtThErE")),
        "/edges/tls",
        (400, 228),
        "mutual_tls.certificate_authority_ids",
    );
    refused(
        &server,
        post(
            "/edges/tcp",
            json!({"backend": {"backend_id": "bkdwb_2b3nOtThErE"}}),
        ),
        "/edges/tcp",
        (400, 6501),
        "backend.backend_id",
    );
}

// ---------------------------------------------------------------------------------------
// Deleting what is still referenced
// ---------------------------------------------------------------------------------------

#[test]
fn an_ip_policy_used_by_a_restriction_is_not_deleted() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    let restriction = made(
        &server,
        "/ip_restrictions",
        json!({"type": "api", "ip_policy_ids": [policy]}),
    );
    let path = format!("/ip_policies/{policy}");
    refused(
        &server,
        ("DELETE", &path, Value::Null),
        &path,
        (400, 1420),
        "",
    );
    assert_eq!(
        send(
            &server,
            "DELETE",
            &format!("/ip_restrictions/{restriction}"),
            &Value::Null
        )
        .0,
        204
    );
    assert_eq!(send(&server, "DELETE", &path, &Value::Null).0, 204);
}

#[test]
fn a_backend_used_by_another_backend_is_not_deleted() {
    let server = MockServer::start();
    let inner = made(
        &server,
        "/backends/static",
        json!({"address": "10.0.0.1:80"}),
    );
    let outer = made(
        &server,
        "/backends/weighted",
        json!({"backends": {inner.clone(): 1}}),
    );
    let path = format!("/backends/static/{inner}");
    refused(
        &server,
        ("DELETE", &path, Value::Null),
        &path,
        (400, 6502),
        "",
    );
    let failover = made(&server, "/backends/failover", json!({"backends": [outer]}));
    let outer_path = format!("/backends/weighted/{outer}");
    refused(
        &server,
        ("DELETE", &outer_path, Value::Null),
        &outer_path,
        (400, 6502),
        "",
    );
    assert_eq!(
        send(
            &server,
            "DELETE",
            &format!("/backends/failover/{failover}"),
            &Value::Null
        )
        .0,
        204
    );
    assert_eq!(send(&server, "DELETE", &outer_path, &Value::Null).0, 204);
    assert_eq!(send(&server, "DELETE", &path, &Value::Null).0, 204);
}

#[test]
fn a_vault_holding_secrets_is_not_deleted() {
    let server = MockServer::start();
    let vault = made(&server, "/vaults", json!({"name": "prod"}));
    let secret = made(
        &server,
        "/vault_secrets",
        json!({"name": "db", "value": "v", "vault_id": vault}),
    );
    let path = format!("/vaults/{vault}");
    refused(
        &server,
        ("DELETE", &path, Value::Null),
        &path,
        (400, 23003),
        "",
    );
    assert_eq!(
        send(
            &server,
            "DELETE",
            &format!("/vault_secrets/{secret}"),
            &Value::Null
        )
        .0,
        204
    );
    assert_eq!(send(&server, "DELETE", &path, &Value::Null).0, 204);
}

#[test]
fn an_event_destination_or_ssh_ca_in_use_is_not_deleted() {
    let server = MockServer::start();
    let destination = server
        .insert("event_destinations", json!({"format": "json"}))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    made(
        &server,
        "/event_subscriptions",
        json!({"destination_ids": [destination]}),
    );
    let path = format!("/event_destinations/{destination}");
    refused(
        &server,
        ("DELETE", &path, Value::Null),
        &path,
        (400, 5112),
        "",
    );
    let ca = made(
        &server,
        "/ssh_certificate_authorities",
        json!({"private_key_type": "ed25519"}),
    );
    made(
        &server,
        "/ssh_user_certificates",
        json!({"ssh_certificate_authority_id": ca, "public_key": SSH_KEY}),
    );
    let path = format!("/ssh_certificate_authorities/{ca}");
    refused(
        &server,
        ("DELETE", &path, Value::Null),
        &path,
        (400, 1964),
        "",
    );
}

// ---------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------

#[test]
fn a_rule_cidr_must_be_a_block_starting_at_its_first_address() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    let body = |cidr: &str| json!({"cidr": cidr, "ip_policy_id": policy, "action": "allow"});
    for (cidr, code) in [
        ("notacidr", 1406),
        ("10.0.0.0/33", 1406),
        ("10.0.0.1", 1413),
        ("10.0.0.1/8", 1409),
    ] {
        refused(
            &server,
            post("/ip_policy_rules", body(cidr)),
            "/ip_policy_rules",
            (400, code),
            "cidr",
        );
    }
    let rule = made(&server, "/ip_policy_rules", body("2001:db8::/32"));
    let path = format!("/ip_policy_rules/{rule}");
    refused(
        &server,
        patch(&path, json!({"cidr": "notacidr"})),
        &path,
        (400, 1406),
        "cidr",
    );
}

#[test]
fn a_cloud_endpoint_url_has_a_scheme_a_host_and_a_port() {
    let server = MockServer::start();
    let body = |url: &str| json!({"url": url, "type": "cloud", "traffic_policy": POLICY});
    for (url, code) in [
        ("api.example.com", 18022),
        ("ftp://api.example.com", 18022),
        ("https://", 18001),
        ("https://api.example.com:99999", 18003),
        ("tcp://1.tcp.ngrok.io", 18003),
    ] {
        refused(
            &server,
            post("/endpoints", body(url)),
            "/endpoints",
            (400, code),
            "url",
        );
    }
    made(&server, "/endpoints", body("tcp://1.tcp.ngrok.io:20000"));
}

#[test]
fn edge_hostports_are_host_and_port() {
    let server = MockServer::start();
    for path in ["/edges/https", "/edges/tcp", "/edges/tls"] {
        let body = json!({"hostports": ["app.example.com"]});
        refused(&server, post(path, body), path, (400, 7104), "hostports");
    }
}

#[test]
fn ssh_certificate_times_are_timestamps_in_order() {
    let server = MockServer::start();
    let ca = made(
        &server,
        "/ssh_certificate_authorities",
        json!({"private_key_type": "ed25519"}),
    );
    for (path, code) in [
        ("/ssh_host_certificates", 1963),
        ("/ssh_user_certificates", 1962),
    ] {
        let body = |after: &str, until: &str| json!({"ssh_certificate_authority_id": ca, "public_key": SSH_KEY, "valid_after": after, "valid_until": until});
        refused(
            &server,
            post(path, body("yesterday", "2030-01-01T00:00:00Z")),
            path,
            (400, 241),
            "valid_after",
        );
        refused(
            &server,
            post(path, body("2030-01-01T00:00:00Z", "2029-01-01T00:00:00Z")),
            path,
            (400, code),
            "valid_until",
        );
        made(
            &server,
            path,
            body("2029-01-01T00:00:00Z", "2030-01-01T00:00:00Z"),
        );
    }
}

#[test]
fn a_rule_action_is_allow_or_deny() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    let body = json!({"cidr": "10.0.0.0/8", "ip_policy_id": policy, "action": "maybe"});
    refused(
        &server,
        post("/ip_policy_rules", body),
        "/ip_policy_rules",
        (400, 1422),
        "action",
    );
}

#[test]
fn a_reserved_domain_name_is_checked_label_by_label() {
    let server = MockServer::start();
    let cases = [
        ("my_app.example.com", 438),
        ("app!.example.com", 406),
        ("app.*.example.com", 402),
        ("a*.example.com", 403),
        ("app..example.com", 409),
        ("localhost", 448),
        ("-app.example.com", 407),
        ("app-.example.com", 408),
        ("ab--c.example.com", 410),
        ("api.ngrok.com", 404),
    ];
    for (domain, code) in cases {
        refused(
            &server,
            post("/reserved_domains", json!({"domain": domain})),
            "/reserved_domains",
            (400, code),
            "domain",
        );
    }
    let long_label = format!("{}.example.com", "a".repeat(64));
    refused(
        &server,
        post("/reserved_domains", json!({"domain": long_label})),
        "/reserved_domains",
        (400, 513),
        "domain",
    );
    let long_name = format!("{}example.com", "abc.".repeat(64));
    refused(
        &server,
        post("/reserved_domains", json!({"domain": long_name})),
        "/reserved_domains",
        (400, 514),
        "domain",
    );
    made(
        &server,
        "/reserved_domains",
        json!({"domain": "*.example.com"}),
    );
}

#[test]
fn an_agent_ingress_domain_is_a_dns_name() {
    let server = MockServer::start();
    refused(
        &server,
        post("/agent_ingresses", json!({"domain": "not a domain"})),
        "/agent_ingresses",
        (400, 6704),
        "domain",
    );
}

#[test]
fn certificates_and_keys_are_pem() {
    let server = MockServer::start();
    refused(
        &server,
        post(
            "/tls_certificates",
            json!({"certificate_pem": "nope", "private_key_pem": KEY_PEM}),
        ),
        "/tls_certificates",
        (400, 1900),
        "certificate_pem",
    );
    refused(
        &server,
        post(
            "/tls_certificates",
            json!({"certificate_pem": PEM, "private_key_pem": PEM}),
        ),
        "/tls_certificates",
        (400, 1903),
        "private_key_pem",
    );
    refused(
        &server,
        post(
            "/certificate_authorities",
            json!({"ca_pem": "-----BEGIN CERTIFICATE-----\nMIIB"}),
        ),
        "/certificate_authorities",
        (400, 1920),
        "ca_pem",
    );
}

#[test]
fn a_static_backend_address_is_host_and_port() {
    let server = MockServer::start();
    refused(
        &server,
        post("/backends/static", json!({"address": "10.0.0.1"})),
        "/backends/static",
        (400, 6505),
        "address",
    );
    refused(
        &server,
        post("/backends/static", json!({"address": ":80"})),
        "/backends/static",
        (400, 6507),
        "address",
    );
    refused(
        &server,
        post("/backends/static", json!({"address": "a:99999"})),
        "/backends/static",
        (400, 6505),
        "address",
    );
}

#[test]
fn vault_and_secret_names_keep_to_their_characters() {
    let server = MockServer::start();
    refused(
        &server,
        post("/vaults", json!({"name": "my vault"})),
        "/vaults",
        (400, 23000),
        "name",
    );
    let vault = made(&server, "/vaults", json!({"name": "prod/eu-1"}));
    refused(
        &server,
        post(
            "/vault_secrets",
            json!({"name": "db;pw", "value": "v", "vault_id": vault}),
        ),
        "/vault_secrets",
        (400, 24000),
        "name",
    );
}

#[test]
fn acl_entries_are_star_or_bind_rules() {
    let server = MockServer::start();
    refused(
        &server,
        post(
            "/credentials",
            json!({"acl": ["bind:app.example.com", "anything"]}),
        ),
        "/credentials",
        (400, 600),
        "acl",
    );
    refused(
        &server,
        post(
            "/ssh_credentials",
            json!({"public_key": SSH_KEY, "acl": ["bind:"]}),
        ),
        "/ssh_credentials",
        (400, 600),
        "acl",
    );
    made(
        &server,
        "/credentials",
        json!({"acl": ["*", "bind:*.example.com"]}),
    );
}

#[test]
fn restriction_types_and_route_match_types_are_known_words() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    refused(
        &server,
        post(
            "/ip_restrictions",
            json!({"type": "everything", "ip_policy_ids": [policy]}),
        ),
        "/ip_restrictions",
        (400, 1803),
        "type",
    );
    let edge = made(&server, "/edges/https", json!({}));
    let body = json!({"match_type": "regex", "match": "/"});
    refused(
        &server,
        post(&format!("/edges/https/{edge}/routes"), body),
        &format!("/edges/https/{edge}"),
        (400, 7130),
        "match_type",
    );
}

// ---------------------------------------------------------------------------------------
// Combinations and empty updates
// ---------------------------------------------------------------------------------------

#[test]
fn a_certificate_id_excludes_a_certificate_management_policy() {
    let server = MockServer::start();
    let cert = made(
        &server,
        "/tls_certificates",
        json!({"certificate_pem": PEM, "private_key_pem": KEY_PEM}),
    );
    let body = json!({
        "domain": "app.example.com",
        "certificate_id": cert,
        "certificate_management_policy": {"authority": "letsencrypt"},
    });
    refused(
        &server,
        post("/reserved_domains", body),
        "/reserved_domains",
        (400, 434),
        "certificate_id",
    );
}

#[test]
fn an_update_that_changes_nothing_is_refused_where_the_api_refuses_it() {
    let server = MockServer::start();
    let policy = made(&server, "/ip_policies", json!({}));
    let cases = [
        (
            "/reserved_domains",
            json!({"domain": "app.example.com"}),
            422,
        ),
        ("/reserved_addrs", json!({}), 506),
        ("/credentials", json!({}), 606),
        ("/api_keys", json!({}), 606),
        ("/ssh_credentials", json!({"public_key": SSH_KEY}), 606),
        ("/ip_policies", json!({}), 1400),
        (
            "/ip_policy_rules",
            json!({"cidr": "10.0.0.0/8", "ip_policy_id": policy, "action": "allow"}),
            1401,
        ),
        (
            "/endpoints",
            json!({"url": "https://a.example.com", "type": "cloud", "traffic_policy": POLICY}),
            18004,
        ),
    ];
    for (collection, create, code) in cases {
        let id = made(&server, collection, create);
        let path = format!("{collection}/{id}");
        for body in [json!({}), json!({"description": null}), json!({"id": id})] {
            refused(&server, patch(&path, body), &path, (400, code), "");
        }
        let (status, answer) = send(&server, "PATCH", &path, &json!({"metadata": "changed"}));
        assert_eq!(status, 200, "{path}: {answer}");
    }
}

#[test]
fn the_issues_examples_are_all_refused() {
    let server = MockServer::start();
    let (status, _) = send(&server, "POST", "/reserved_domains", &json!({}));
    assert_eq!(status, 400);
    made(
        &server,
        "/reserved_domains",
        json!({"domain": "twice.example.com"}),
    );
    assert_eq!(
        send(
            &server,
            "POST",
            "/reserved_domains",
            &json!({"domain": "twice.example.com"})
        )
        .0,
        400
    );
    let long = json!({"domain": "d.example.com", "description": "x".repeat(300)});
    assert_eq!(send(&server, "POST", "/reserved_domains", &long).0, 400);
    let meta = json!({"domain": "m.example.com", "metadata": "x".repeat(5000)});
    assert_eq!(send(&server, "POST", "/reserved_domains", &meta).0, 400);
    let rule = json!({"cidr": "notacidr", "ip_policy_id": "ipp_2b3nOtThErE", "action": "allow"});
    assert_eq!(send(&server, "POST", "/ip_policy_rules", &rule).0, 400);
    let (_, list) = send(&server, "GET", "/reserved_domains", &Value::Null);
    assert_eq!(
        list["reserved_domains"].as_array().map(Vec::len),
        Some(1),
        "{list}"
    );
}

// ---------------------------------------------------------------------------------------
// Modules: inside their edge or route, and set on their own with PUT
// ---------------------------------------------------------------------------------------

/// An HTTPS edge with one route: the edge's id and the route's path.
fn edge_with_route(server: &MockServer) -> (String, String) {
    let edge = made(server, "/edges/https", json!({}));
    let route = made(
        server,
        &format!("/edges/https/{edge}/routes"),
        json!({"match_type": "path_prefix", "match": "/"}),
    );
    let path = format!("/edges/https/{edge}/routes/{route}");
    (edge, path)
}

/// Asserts that `module` is refused with `code` (naming `field`) both when set on its own
/// with `PUT {route}/{name}` and when sent inside a route's create; the route and the
/// edge's routes stay as they were.
#[track_caller]
fn refused_in_routes(server: &MockServer, name: &str, module: Value, code: u32, field: &str) {
    let (edge, route) = edge_with_route(server);
    refused(
        server,
        put(&format!("{route}/{name}"), module.clone()),
        &route,
        (400, code),
        field,
    );
    let body = json!({"match_type": "path_prefix", "match": "/", name: module});
    refused(
        server,
        post(&format!("/edges/https/{edge}/routes"), body),
        &format!("/edges/https/{edge}"),
        (400, code),
        field,
    );
}

/// `PUT path module` is accepted.
#[track_caller]
fn accepted(server: &MockServer, path: &str, module: Value) {
    let (status, answer) = send(server, "PUT", path, &module);
    assert_eq!(status, 200, "PUT {path} {module}: {answer}");
}

#[test]
fn modules_set_on_their_own_name_existing_backends_policies_and_authorities() {
    let server = MockServer::start();
    let (https, route) = edge_with_route(&server);
    let tcp = format!("/edges/tcp/{}", made(&server, "/edges/tcp", json!({})));
    let tls = format!("/edges/tls/{}", made(&server, "/edges/tls", json!({})));
    let https = format!("/edges/https/{https}");
    let policies = |id: &str| json!({"ip_policy_ids": [id]});
    let backend = |id: &str| json!({"backend_id": id});
    let authorities = |id: &str| json!({"certificate_authority_ids": [id]});
    let cases = [
        (
            &route,
            "ip_restriction",
            policies("ipp_2b3nOtThErE"),
            7007,
            "ip_restriction.ip_policy_ids",
        ),
        (
            &route,
            "ip_restriction",
            policies("ca_2b3nOtThErE"),
            229,
            "ip_restriction.ip_policy_ids",
        ),
        (
            &tcp,
            "ip_restriction",
            policies("ipp_2b3nOtThErE"),
            7007,
            "ip_restriction.ip_policy_ids",
        ),
        (
            &tls,
            "ip_restriction",
            policies("ipp_2b3nOtThErE"),
            7007,
            "ip_restriction.ip_policy_ids",
        ),
        (
            &route,
            "backend",
            backend("bkdfo_2b3nOtThErE"),
            6501,
            "backend.backend_id",
        ),
        (
            &route,
            "backend",
            backend("ipp_2b3nOtThErE"),
            242,
            "backend.backend_id",
        ),
        (
            &tcp,
            "backend",
            backend("bkdsb_2b3nOtThErE"),
            6501,
            "backend.backend_id",
        ),
        (
            &tls,
            "backend",
            backend("bkdwb_2b3nOtThErE"),
            6501,
            "backend.backend_id",
        ),
        (
            &tls,
            "mutual_tls",
            authorities("ca_2b3nOtThErE"),
            7072,
            "mutual_tls.certificate_authority_ids",
        ),
        (
            &https,
            "mutual_tls",
            authorities("ca_2b3nOtThErE"),
            7072,
            "mutual_tls.certificate_authority_ids",
        ),
        (
            &https,
            "mutual_tls",
            authorities("ipp_2b3nOtThErE"),
            228,
            "mutual_tls.certificate_authority_ids",
        ),
    ];
    for (parent, name, module, code, field) in cases {
        let path = format!("{parent}/{name}");
        // The parent, which holds its modules, is unchanged.
        refused(&server, put(&path, module), parent, (400, code), field);
    }
    // The same modules naming what exists are set.
    let policy = made(&server, "/ip_policies", json!({}));
    let failover = made(&server, "/backends/failover", json!({}));
    let ca = made(&server, "/certificate_authorities", json!({"ca_pem": PEM}));
    for parent in [&route, &tcp, &tls] {
        accepted(
            &server,
            &format!("{parent}/ip_restriction"),
            policies(&policy),
        );
        accepted(&server, &format!("{parent}/backend"), backend(&failover));
    }
    for parent in [&https, &tls] {
        accepted(&server, &format!("{parent}/mutual_tls"), authorities(&ca));
    }
    // An unknown route stays a 404, whatever the body.
    let (status, _) = send(
        &server,
        "PUT",
        &format!("{https}/routes/edghtsrt_2b3nOtThErE/ip_restriction"),
        &policies("ipp_2b3nOtThErE"),
    );
    assert_eq!(status, 404);
}

#[test]
fn an_ip_restriction_module_names_at_least_one_policy() {
    let server = MockServer::start();
    for module in [json!({}), json!({"enabled": true, "ip_policy_ids": []})] {
        refused_in_routes(
            &server,
            "ip_restriction",
            module.clone(),
            7025,
            "ip_restriction.ip_policy_ids",
        );
        for kind in ["tcp", "tls"] {
            let edge = made(&server, &format!("/edges/{kind}"), json!({}));
            let path = format!("/edges/{kind}/{edge}");
            refused(
                &server,
                put(&format!("{path}/ip_restriction"), module.clone()),
                &path,
                (400, 7025),
                "ip_restriction.ip_policy_ids",
            );
            refused(
                &server,
                patch(&path, json!({"ip_restriction": module})),
                &path,
                (400, 7025),
                "ip_restriction.ip_policy_ids",
            );
        }
    }
}

#[test]
fn a_tls_edge_terminates_at_the_edge_the_agent_or_upstream() {
    let server = MockServer::start();
    let edge = made(&server, "/edges/tls", json!({}));
    let path = format!("/edges/tls/{edge}");
    let module = json!({"terminate_at": "nowhere"});
    refused(
        &server,
        put(&format!("{path}/tls_termination"), module.clone()),
        &path,
        (400, 224),
        "tls_termination.terminate_at",
    );
    refused(
        &server,
        post("/edges/tls", json!({"tls_termination": module})),
        "/edges/tls",
        (400, 224),
        "tls_termination.terminate_at",
    );
    for at in ["edge", "agent", "upstream"] {
        accepted(
            &server,
            &format!("{path}/tls_termination"),
            json!({"terminate_at": at}),
        );
    }
}

#[test]
fn a_tls_termination_requires_a_known_tls_version() {
    let server = MockServer::start();
    for kind in ["https", "tls"] {
        let edge = made(&server, &format!("/edges/{kind}"), json!({}));
        let path = format!("/edges/{kind}/{edge}");
        for version in ["1.4", "TLS1.2", "1"] {
            let module = json!({"min_version": version});
            refused(
                &server,
                put(&format!("{path}/tls_termination"), module.clone()),
                &path,
                (400, 219),
                "tls_termination.min_version",
            );
            refused(
                &server,
                patch(&path, json!({"tls_termination": module})),
                &path,
                (400, 219),
                "tls_termination.min_version",
            );
        }
        for version in ["1.0", "1.1", "1.2", "1.3"] {
            let module = json!({"min_version": version});
            accepted(&server, &format!("{path}/tls_termination"), module);
        }
    }
}

#[test]
fn a_circuit_breaker_keeps_its_numbers_within_bounds() {
    let server = MockServer::start();
    let field = |name: &str| format!("circuit_breaker.{name}");
    let cases = [
        ("tripped_duration", json!(0), 7016),
        ("rolling_window", json!(0), 7017),
        ("num_buckets", json!(0), 7018),
        ("num_buckets", json!(129), 7018),
        ("error_threshold_percentage", json!(1.5), 7011),
        ("error_threshold_percentage", json!(-0.1), 7011),
    ];
    for (name, value, code) in cases {
        let module = json!({ name: value });
        refused_in_routes(&server, "circuit_breaker", module, code, &field(name));
    }
    // A route's update is held to the same bounds.
    let (_, route) = edge_with_route(&server);
    refused(
        &server,
        patch(&route, json!({"circuit_breaker": {"tripped_duration": 0}})),
        &route,
        (400, 7016),
        &field("tripped_duration"),
    );
    // The bounds themselves, and a breaker that sets none of the numbers, are accepted.
    accepted(
        &server,
        &format!("{route}/circuit_breaker"),
        json!({"tripped_duration": 1, "rolling_window": 1, "num_buckets": 128,
               "error_threshold_percentage": 1.0}),
    );
    accepted(
        &server,
        &format!("{route}/circuit_breaker"),
        json!({"num_buckets": 1, "error_threshold_percentage": 0.0}),
    );
    accepted(
        &server,
        &format!("{route}/circuit_breaker"),
        json!({"enabled": true}),
    );
}

#[test]
fn headers_added_have_http_names_each_once() {
    let server = MockServer::start();
    for name in ["request_headers", "response_headers"] {
        let field = format!("{name}.add");
        for bad in ["X Trace", "X-Trace:", "", "X-Tr\u{e4}ce", "X-(Trace)"] {
            let mut add = serde_json::Map::new();
            add.insert(bad.to_string(), json!("1"));
            let module = json!({ "add": add });
            refused_in_routes(&server, name, module, 7023, &field);
        }
        let twice = json!({"add": {"X-Trace": "1", "x-trace": "2"}});
        refused_in_routes(&server, name, twice, 7069, &field);
        let (_, route) = edge_with_route(&server);
        accepted(
            &server,
            &format!("{route}/{name}"),
            json!({"add": {"X-Trace": "1", "X-Other_'~!": "2"}, "remove": ["x-trace"]}),
        );
    }
}

#[test]
fn webhook_oauth_oidc_and_saml_modules_need_their_fields() {
    let server = MockServer::start();
    let webhook = "webhook_verification.provider";
    refused_in_routes(&server, "webhook_verification", json!({}), 7029, webhook);
    let unnamed = json!({"provider": "", "secret": "s"});
    refused_in_routes(&server, "webhook_verification", unnamed, 7029, webhook);
    let provider = "oauth.provider";
    refused_in_routes(&server, "oauth", json!({}), 7037, provider);
    refused_in_routes(&server, "oauth", json!({"provider": {}}), 7037, provider);
    let none_set = json!({"provider": {"github": null, "google": null}});
    refused_in_routes(&server, "oauth", none_set, 7037, provider);
    let two = json!({"provider": {"github": {}, "google": {}}});
    refused_in_routes(&server, "oauth", two, 7036, provider);
    refused_in_routes(&server, "oidc", json!({}), 7088, "oidc.issuer");
    let issuer = json!({"issuer": "https://id.example.com"});
    refused_in_routes(&server, "oidc", issuer, 7089, "oidc.client_id");
    let no_secret = json!({"issuer": "https://id.example.com", "client_id": "c"});
    refused_in_routes(&server, "oidc", no_secret, 7090, "oidc.client_secret");
    let no_metadata = json!({"enabled": true});
    refused_in_routes(&server, "saml", no_metadata, 7091, "saml.idp_metadata");
    let sns = json!({"provider": "SNS", "secret": "s"});
    refused_in_routes(
        &server,
        "webhook_verification",
        sns,
        7026,
        "webhook_verification.secret",
    );
    let cookie = "oauth.cookie_prefix";
    for prefix in ["my-app", "a_b.", "a b"] {
        let module = json!({"provider": {"github": {}}, "cookie_prefix": prefix});
        refused_in_routes(&server, "oauth", module, 7042, cookie);
    }
    // Complete modules are set.
    let (_, route) = edge_with_route(&server);
    let modules = [
        (
            "webhook_verification",
            json!({"provider": "GITHUB", "secret": "s"}),
        ),
        ("webhook_verification", json!({"provider": "SNS"})),
        ("oauth", json!({"provider": {"github": {}}})),
        (
            "oauth",
            json!({"provider": {"github": {}}, "cookie_prefix": "App.2"}),
        ),
        (
            "oidc",
            json!({"issuer": "https://id.example.com", "client_id": "c", "client_secret": "s"}),
        ),
    ];
    for (name, module) in modules {
        accepted(&server, &format!("{route}/{name}"), module);
    }
}

// ---------------------------------------------------------------------------------------
// The table and these tests
// ---------------------------------------------------------------------------------------

/// Every code of the emulator's rule table (and of its length codes) is asserted by a test
/// above, so that a row added to the table without a test fails here.
#[test]
fn every_code_of_the_rule_table_has_a_test_here() {
    const TABLE: &str = include_str!("../../../ngrok-api-mock/src/validation/table.rs");
    const TESTS: &str = include_str!("rules.rs");
    let numbers = |line: &str| -> Vec<u32> {
        line.split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse().ok())
            .collect()
    };
    let mut codes = Vec::new();
    for line in TABLE.lines().map(str::trim) {
        if line.starts_with("rule(\"") {
            // `rule("service", "field", Check, status, code),`
            codes.extend(numbers(line).last().copied());
        } else if line.starts_with("(\"") && line.ends_with("),") {
            // A length-codes row: `("service", description, metadata),`
            codes.extend(numbers(line).into_iter().rev().take(2));
        }
    }
    assert!(codes.len() > 100, "the table was read: {codes:?}");
    let tested = |code: &u32| {
        TESTS.match_indices(&code.to_string()).any(|(at, n)| {
            let before = TESTS[..at].chars().next_back();
            let after = TESTS[at + n.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_ascii_alphanumeric())
        })
    };
    let untested: Vec<&u32> = codes.iter().filter(|code| !tested(code)).collect();
    assert!(
        untested.is_empty(),
        "codes of validation/table.rs no test here asserts: {untested:?}"
    );
}
