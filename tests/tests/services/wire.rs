//! The emulator on the wire, read as raw JSON rather than through the client (whose
//! types fill in defaults and never send such bodies): every declared field is written
//! on every answer, as the API writes it when unset; and updates are read as the API
//! reads them, where a zero value of a non-nullable field means "unchanged".

use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;
use serde_json::{json, Value};

const JSON: (&str, &str) = ("content-type", "application/json");

/// Sends `body` (or nothing for `null`) and returns the answer, which must succeed.
fn call(server: &MockServer, method: &str, path: &str, body: Value) -> Value {
    let (headers, text) = match body {
        Value::Null => (vec![], String::new()),
        body => (vec![JSON], body.to_string()),
    };
    let (status, answer) = raw_request(server, method, path, &headers, &text);
    assert!(
        (200..300).contains(&status),
        "{method} {path} answered {status}: {answer}"
    );
    answer
}

fn get(server: &MockServer, path: &str) -> Value {
    call(server, "GET", path, Value::Null)
}

/// Asserts `object` has exactly the `expected` value at each key.
fn assert_keys(object: &Value, expected: &[(&str, Value)]) {
    for (key, value) in expected {
        assert_eq!(object.get(*key), Some(value), "key {key:?} of {object:#}");
    }
}

const ROUTE_MODULES: [&str; 13] = [
    "backend",
    "ip_restriction",
    "circuit_breaker",
    "compression",
    "request_headers",
    "response_headers",
    "webhook_verification",
    "oauth",
    "saml",
    "oidc",
    "websocket_tcp_converter",
    "user_agent_filter",
    "traffic_policy",
];

#[test]
fn a_secret_is_written_on_create_and_null_on_every_later_answer() {
    let server = MockServer::start();
    let created = call(&server, "POST", "/api_keys", json!({"description": "ci"}));
    assert!(created["token"].as_str().is_some_and(|t| !t.is_empty()));
    let id = created["id"].as_str().unwrap();
    assert_keys(
        &created,
        &[("owner_id", Value::Null), ("metadata", json!(""))],
    );
    let read = get(&server, &format!("/api_keys/{id}"));
    assert_keys(
        &read,
        &[("token", Value::Null), ("description", json!("ci"))],
    );
    let updated = call(
        &server,
        "PATCH",
        &format!("/api_keys/{id}"),
        json!({"metadata": "m"}),
    );
    assert_keys(
        &updated,
        &[("token", Value::Null), ("metadata", json!("m"))],
    );
    let page = get(&server, "/api_keys");
    assert_keys(&page["keys"][0], &[("token", Value::Null)]);
    assert_keys(&page, &[("next_page_uri", Value::Null)]);
}

#[test]
fn unset_fields_are_written_null_when_nullable_else_as_zero_values() {
    let server = MockServer::start();
    let domain = call(
        &server,
        "POST",
        "/reserved_domains",
        json!({"domain": "shop.ngrok.app"}),
    );
    assert_keys(
        &domain,
        &[
            ("region", json!("")),
            ("description", json!("")),
            ("certificate", Value::Null),
            ("cname_target", Value::Null),
            ("certificate_management_status", Value::Null),
            ("acme_challenge_cname_target", Value::Null),
            ("resolves_to", json!([])),
            // Keys the API writes without declaring them (the emulator's one table).
            ("http_endpoint_configuration", Value::Null),
            ("https_endpoint_configuration", Value::Null),
            ("is_dev", json!(false)),
        ],
    );
    // A custom domain gets a CNAME target, which the API computes.
    let custom = call(
        &server,
        "POST",
        "/reserved_domains",
        json!({"domain": "app.example.com"}),
    );
    assert!(custom["cname_target"].is_string(), "{custom:#}");
    let credential = call(&server, "POST", "/credentials", json!({}));
    assert_keys(
        &credential,
        &[("acl", json!([])), ("owner_id", Value::Null)],
    );
    let bot = call(&server, "POST", "/bot_users", json!({"name": "ci"}));
    assert_keys(&bot, &[("active", json!(false))]);
}

#[test]
fn an_edge_writes_its_routes_and_each_route_its_thirteen_modules_as_null() {
    let server = MockServer::start();
    let edge = call(&server, "POST", "/edges/https", json!({}));
    assert_keys(
        &edge,
        &[
            ("routes", json!([])),
            ("hostports", json!([])),
            ("mutual_tls", Value::Null),
            ("tls_termination", Value::Null),
        ],
    );
    let edge_id = edge["id"].as_str().unwrap();
    let route = call(
        &server,
        "POST",
        &format!("/edges/https/{edge_id}/routes"),
        json!({"match": "/", "match_type": "path_prefix"}),
    );
    for module in ROUTE_MODULES {
        assert_eq!(route[module], Value::Null, "{module} of {route:#}");
    }
    assert_keys(
        &route,
        &[("policy", Value::Null), ("description", json!(""))],
    );
    // The route inside its edge, in a get and in a list, has the same keys.
    let read = get(&server, &format!("/edges/https/{edge_id}"));
    let nested = &read["routes"][0];
    for module in ROUTE_MODULES {
        assert_eq!(nested[module], Value::Null, "{module} of {nested:#}");
    }
    let page = get(&server, "/edges/https");
    assert_eq!(page["https_edges"][0]["routes"][0]["policy"], Value::Null);
    // A TCP edge writes its empty hostports as null, as the API does.
    let tcp = call(&server, "POST", "/edges/tcp", json!({}));
    assert_keys(
        &tcp,
        &[
            ("hostports", Value::Null),
            ("backend", Value::Null),
            ("policy", Value::Null),
        ],
    );
}

#[test]
fn a_module_is_written_whole_with_its_computed_values_however_it_was_set() {
    let server = MockServer::start();
    // Set inside the edge's create.
    let edge = call(
        &server,
        "POST",
        "/edges/https",
        json!({"tls_termination": {"enabled": true}}),
    );
    assert_keys(
        &edge["tls_termination"],
        &[
            ("enabled", json!(true)),
            ("terminate_at", json!("edge")),
            ("min_version", Value::Null),
        ],
    );
    let edge_id = edge["id"].as_str().unwrap();
    // Set inside the edge's update.
    let other = call(&server, "POST", "/edges/https", json!({}));
    let other_id = other["id"].as_str().unwrap();
    let updated = call(
        &server,
        "PATCH",
        &format!("/edges/https/{other_id}"),
        json!({"tls_termination": {"min_version": "1.3"}}),
    );
    assert_keys(
        &updated["tls_termination"],
        &[("terminate_at", json!("edge")), ("enabled", Value::Null)],
    );
    // Set on its own, and read back.
    let put = call(
        &server,
        "PUT",
        &format!("/edges/https/{edge_id}/tls_termination"),
        json!({"enabled": false}),
    );
    assert_keys(
        &put,
        &[("terminate_at", json!("edge")), ("enabled", json!(false))],
    );
    // A module never set reads with every key, unset.
    let never = get(&server, &format!("/edges/https/{other_id}/mutual_tls"));
    assert_keys(
        &never,
        &[
            ("enabled", Value::Null),
            ("certificate_authorities", json!([])),
        ],
    );
}

#[test]
fn a_route_module_set_in_the_routes_create_gets_its_computed_values() {
    let server = MockServer::start();
    let edge = call(&server, "POST", "/edges/https", json!({}));
    let edge_id = edge["id"].as_str().unwrap();
    let route = call(
        &server,
        "POST",
        &format!("/edges/https/{edge_id}/routes"),
        json!({"match": "/", "match_type": "path_prefix",
            "saml": {"enabled": true, "idp_metadata": "<EntityDescriptor/>"}}),
    );
    let saml = &route["saml"];
    assert!(
        saml["metadata_url"].as_str().is_some_and(|u| !u.is_empty()),
        "{saml:#}"
    );
    assert_keys(saml, &[("allow_idp_initiated", json!(false))]);
}

#[test]
fn an_update_leaves_a_non_nullable_field_sent_as_its_zero_value_unchanged() {
    let server = MockServer::start();
    let edge = call(&server, "POST", "/edges/https", json!({}));
    let edge_id = edge["id"].as_str().unwrap();
    let route = call(
        &server,
        "POST",
        &format!("/edges/https/{edge_id}/routes"),
        json!({"match": "/api", "match_type": "path_prefix", "description": "api"}),
    );
    let path = format!(
        "/edges/https/{edge_id}/routes/{}",
        route["id"].as_str().unwrap()
    );
    // What a client that sends every field sends: `match` and `description` are not
    // nullable in a route update, so the API cannot tell `""` from "not sent".
    let updated = call(
        &server,
        "PATCH",
        &path,
        json!({"match": "", "description": "", "match_type": "path_prefix"}),
    );
    assert_keys(
        &updated,
        &[("match", json!("/api")), ("description", json!("api"))],
    );
    assert_keys(&get(&server, &path), &[("match", json!("/api"))]);
    // A value is still set.
    let changed = call(&server, "PATCH", &path, json!({"match": "/v2"}));
    assert_keys(&changed, &[("match", json!("/v2"))]);
}

#[test]
fn an_update_clears_a_nullable_field_sent_empty_and_keeps_one_sent_null_or_absent() {
    let server = MockServer::start();
    let domain = call(
        &server,
        "POST",
        "/reserved_domains",
        json!({"domain": "app.example.com", "description": "shop", "metadata": "m"}),
    );
    let path = format!("/reserved_domains/{}", domain["id"].as_str().unwrap());
    // `description` and `metadata` are nullable in a reserved domain update. (An update
    // that sends nothing else is refused as changing nothing: metadata goes along.)
    let kept = call(
        &server,
        "PATCH",
        &path,
        json!({"description": null, "metadata": "m"}),
    );
    assert_keys(
        &kept,
        &[("description", json!("shop")), ("metadata", json!("m"))],
    );
    let cleared = call(&server, "PATCH", &path, json!({"description": ""}));
    assert_keys(
        &cleared,
        &[("description", json!("")), ("metadata", json!("m"))],
    );
    assert_keys(&get(&server, &path), &[("description", json!(""))]);
    // A nullable bool sent as `false` is a value: it is set.
    let bot = call(
        &server,
        "POST",
        "/bot_users",
        json!({"name": "ci", "active": true}),
    );
    let bot_path = format!("/bot_users/{}", bot["id"].as_str().unwrap());
    let off = call(&server, "PATCH", &bot_path, json!({"active": false}));
    assert_keys(&off, &[("active", json!(false)), ("name", json!("ci"))]);
}

/// Every top-level service: an item seeded with no fields at all is read back (by get
/// and in its list) with every field its resource declares.
#[test]
fn every_service_writes_every_declared_field_of_an_item_that_has_none_set() {
    let server = MockServer::start();
    let mut checked = 0;
    for meta in ngrok_api::registry() {
        let service = meta();
        if service.is_singleton() || service.path.contains('{') {
            continue;
        }
        let seeded = server
            .insert(&service.qualified_name(), json!({}))
            .unwrap_or_else(|why| panic!("{}: {why}", service.qualified_name()));
        let id = seeded["id"].as_str().expect("an id");
        let schema = (service.resource)();
        let mut answers = vec![("insert", seeded.clone())];
        if service.operation("get").is_some() {
            answers.push(("get", get(&server, &format!("{}/{id}", service.path))));
        }
        if let Some(list) = service.operation("list").and_then(|op| op.list) {
            let page = get(&server, service.path);
            let item = page[list.items_field]
                .as_array()
                .and_then(|items| items.iter().find(|i| i["id"] == id))
                .cloned()
                .unwrap_or_else(|| panic!("{}: {id} not listed in {page}", service.path));
            answers.push(("list", item));
        }
        for (how, answer) in answers {
            for field in schema.fields {
                assert!(
                    answer.get(field.json).is_some(),
                    "{} ({how}) lacks {:?}: {answer:#}",
                    service.qualified_name(),
                    field.json
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 80, "answers checked: {checked}");
}
