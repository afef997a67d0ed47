//! The admin API under `/__mock/`, through raw HTTP only, as a test suite in another
//! language would drive it: authentication, health, reset, faults, the rate limit, the
//! journal, expectations, and errors that name what was wrong.

use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;
use serde_json::{json, Value};

/// An admin request with the key and no `ngrok-version` (the admin API needs none).
fn admin(server: &MockServer, method: &str, path: &str, body: &Value) -> (u16, Value) {
    let headers = [("ngrok-version", ""), ("content-type", "application/json")];
    send(server, method, &format!("/__mock{path}"), &headers, body)
}

/// An API request, as any client sends it.
fn api(server: &MockServer, method: &str, path: &str, body: &Value) -> (u16, Value) {
    send(
        server,
        method,
        path,
        &[("content-type", "application/json")],
        body,
    )
}

/// `body` as JSON (nothing for `null`), sent with the key and `headers`.
fn send(
    server: &MockServer,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &Value,
) -> (u16, Value) {
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    raw_request(server, method, path, headers, &body)
}

fn msg(answer: &(u16, Value)) -> &str {
    answer.1["msg"].as_str().unwrap_or_default()
}

#[test]
fn health_answers_with_the_key_and_refuses_without_it() {
    let server = MockServer::start();
    let answer = admin(&server, "GET", "/health", &Value::Null);
    assert_eq!(answer, (200, json!({"status": "ok"})));
    let keyless = raw_request(
        &server,
        "GET",
        "/__mock/health",
        &[("authorization", "Bearer wrong")],
        "",
    );
    assert_eq!(keyless.0, 401);
    assert_eq!(keyless.1["error_code"], "ERR_NGROK_202");
}

#[test]
fn admin_requests_are_never_recorded_faulted_or_rate_limited() {
    let server = MockServer::builder()
        .rate_limit(1, std::time::Duration::from_secs(3600))
        .start()
        .unwrap();
    let fault = json!({"kind": "status", "status": 503, "times": 5});
    assert_eq!(admin(&server, "POST", "/faults", &fault).0, 201);
    for _ in 0..3 {
        assert_eq!(admin(&server, "GET", "/health", &Value::Null).0, 200);
    }
    assert!(server.requests().is_empty());
    assert_eq!(server.pending_faults(), 5);
}

#[test]
fn an_unknown_admin_path_or_method_names_the_routes() {
    let server = MockServer::start();
    let answer = admin(&server, "GET", "/nope", &Value::Null);
    assert_eq!(answer.0, 404);
    assert!(msg(&answer).contains("POST /__mock/reset"), "{}", answer.1);
    let answer = admin(&server, "PATCH", "/faults", &Value::Null);
    assert_eq!(answer.0, 405);
    assert!(msg(&answer).contains("GET, POST, DELETE"), "{}", answer.1);
}

#[test]
fn reset_forgets_everything_a_test_left() {
    let server = MockServer::start();
    let domain = json!({"domain": "app.example.com"});
    assert_eq!(api(&server, "POST", "/reserved_domains", &domain).0, 201);
    admin(
        &server,
        "POST",
        "/faults",
        &json!({"kind": "drop_connection"}),
    );
    let expectation = json!({"operation": "ip_policies.create", "times": 1});
    admin(&server, "POST", "/expectations", &expectation);
    assert_eq!(admin(&server, "POST", "/reset", &Value::Null).0, 204);
    assert_eq!(server.pending_faults(), 0);
    assert_eq!(
        admin(&server, "GET", "/journal", &Value::Null).1,
        json!({"requests": []})
    );
    assert_eq!(
        admin(&server, "GET", "/expectations/verify", &Value::Null).0,
        200
    );
    let list = api(&server, "GET", "/reserved_domains", &Value::Null);
    assert_eq!(list.1["reserved_domains"], json!([]));
}

#[test]
fn a_fault_injected_over_http_hits_its_operation_only() {
    let server = MockServer::start();
    let fault = json!({
        "kind": "status",
        "status": 429,
        "error_code": "ERR_NGROK_226",
        "operation": "reserved_domains.create",
        "retry_after": "7",
    });
    let answer = admin(&server, "POST", "/faults", &fault);
    assert_eq!(answer.0, 201, "{}", answer.1);
    assert_eq!(answer.1["operation"], "reserved_domains.create");
    let listed = admin(&server, "GET", "/faults", &Value::Null);
    assert_eq!(listed.1["pending"], 1);
    assert_eq!(listed.1["faults"][0]["error_code"], "ERR_NGROK_226");
    assert_eq!(
        api(&server, "GET", "/reserved_domains", &Value::Null).0,
        200
    );
    let domain = json!({"domain": "app.example.com"});
    let refused = api(&server, "POST", "/reserved_domains", &domain);
    assert_eq!(refused.0, 429);
    assert_eq!(refused.1["error_code"], "ERR_NGROK_226");
    assert_eq!(api(&server, "POST", "/reserved_domains", &domain).0, 201);
}

#[test]
fn faults_on_an_exact_path_and_their_removal() {
    let server = MockServer::start();
    let fault = json!({"kind": "raw", "status": 502, "content_type": "text/html",
        "body": "<html>bad gateway</html>", "method": "GET", "path": "/ip_policies",
        "exact": true, "times": 3});
    assert_eq!(admin(&server, "POST", "/faults", &fault).0, 201);
    assert_eq!(
        api(&server, "GET", "/ip_policies/ipp_1", &Value::Null).0,
        404
    );
    assert_eq!(server.pending_faults(), 3);
    assert_eq!(admin(&server, "DELETE", "/faults", &Value::Null).0, 204);
    assert_eq!(server.pending_faults(), 0);
    assert_eq!(api(&server, "GET", "/ip_policies", &Value::Null).0, 200);
}

#[test]
fn a_bad_fault_is_refused_naming_what_was_wrong() {
    let server = MockServer::start();
    let cases = [
        (json!({"status": 503}), "kind is required"),
        (json!({"kind": "explode"}), "unknown kind \"explode\""),
        (json!({"kind": "status", "status": 5000}), "status must be"),
        (json!({"kind": "delay"}), "millis"),
        (
            json!({"kind": "drop_connection", "tims": 2}),
            "unknown field \"tims\"",
        ),
        (
            json!({"kind": "drop_connection", "operation": "reserved_domain.create"}),
            "reserved_domains.create",
        ),
    ];
    for (fault, expected) in cases {
        let answer = admin(&server, "POST", "/faults", &fault);
        assert_eq!(answer.0, 400, "{fault}: {}", answer.1);
        assert!(msg(&answer).contains(expected), "{fault}: {}", answer.1);
    }
    let answer = raw_request(
        &server,
        "POST",
        "/__mock/faults",
        &[("ngrok-version", "")],
        "{not json",
    );
    assert_eq!(answer.0, 400);
    assert!(msg(&answer).contains("not JSON"), "{}", answer.1);
    assert_eq!(server.pending_faults(), 0);
}

#[test]
fn the_rate_limit_is_set_shown_and_cleared_at_run_time() {
    let server = MockServer::start();
    assert_eq!(
        admin(&server, "GET", "/rate_limit", &Value::Null).1,
        json!({"rate_limit": null})
    );
    let limit = json!({"max": 1, "window_seconds": 3600});
    let set = admin(&server, "PUT", "/rate_limit", &limit);
    assert_eq!(
        set,
        (
            200,
            json!({"rate_limit": {"max": 1, "window_seconds": 3600.0}})
        )
    );
    assert_eq!(api(&server, "GET", "/ip_policies", &Value::Null).0, 200);
    let refused = api(&server, "GET", "/ip_policies", &Value::Null);
    assert_eq!(refused.0, 429);
    assert_eq!(refused.1["error_code"], "ERR_NGROK_226");
    assert_eq!(admin(&server, "DELETE", "/rate_limit", &Value::Null).0, 204);
    assert_eq!(api(&server, "GET", "/ip_policies", &Value::Null).0, 200);
    let bad = admin(&server, "PUT", "/rate_limit", &json!({"max": 0}));
    assert_eq!(bad.0, 400);
    assert!(msg(&bad).contains("max"), "{}", bad.1);
}

#[test]
fn the_journal_shows_operations_path_ids_and_bodies_with_the_key_redacted() {
    let server = MockServer::start();
    let created = api(
        &server,
        "POST",
        "/ip_policies",
        &json!({"description": "office"}),
    );
    let id = created.1["id"].as_str().unwrap().to_string();
    api(&server, "GET", &format!("/ip_policies/{id}"), &Value::Null);
    let journal = admin(&server, "GET", "/journal", &Value::Null).1;
    let requests = journal["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 2, "{journal}");
    assert_eq!(requests[0]["operation"], "ip_policies.create");
    assert_eq!(requests[0]["body"], json!({"description": "office"}));
    assert_eq!(requests[1]["operation"], "ip_policies.get");
    assert_eq!(requests[1]["path_ids"], json!({ "id": id }));
    let text = journal.to_string();
    assert!(!text.contains(server.api_key()), "the key leaked: {text}");
    assert!(text.contains("Bearer [redacted]"), "{text}");
    let gets = admin(
        &server,
        "GET",
        "/journal?operation=ip_policies.get",
        &Value::Null,
    )
    .1;
    assert_eq!(gets["requests"].as_array().unwrap().len(), 1, "{gets}");
    assert_eq!(admin(&server, "DELETE", "/journal", &Value::Null).0, 204);
    assert!(server.requests().is_empty());
}

#[test]
fn expectations_are_set_verified_with_a_report_and_cleared() {
    let server = MockServer::start();
    let expectation = json!({
        "operation": "reserved_domains.create",
        "times": 1,
        "body": {"domain": "app.example.com"},
    });
    let set = admin(&server, "POST", "/expectations", &expectation);
    assert_eq!(set.0, 201, "{}", set.1);
    assert_eq!(set.1["expected"], "exactly 1");
    let other = json!({"domain": "other.example.com"});
    api(&server, "POST", "/reserved_domains", &other);
    let failed = admin(&server, "GET", "/expectations/verify", &Value::Null);
    assert_eq!(failed.0, 409);
    let report = msg(&failed);
    assert!(report.contains("got 0 matching"), "{report}");
    assert!(
        report.contains("near miss: POST /reserved_domains"),
        "{report}"
    );
    assert!(
        report.contains("/domain is \"other.example.com\""),
        "{report}"
    );
    api(
        &server,
        "POST",
        "/reserved_domains",
        &json!({"domain": "app.example.com"}),
    );
    let met = admin(&server, "GET", "/expectations/verify", &Value::Null);
    assert_eq!(met, (200, json!({"met": true, "expectations": 1})));
    let listed = admin(&server, "GET", "/expectations", &Value::Null).1;
    assert_eq!(listed["expectations"][0]["matched"], 1, "{listed}");
    assert_eq!(
        admin(&server, "DELETE", "/expectations", &Value::Null).0,
        204
    );
    let listed = admin(&server, "GET", "/expectations", &Value::Null).1;
    assert_eq!(listed, json!({"expectations": []}));
}

#[test]
fn a_bad_expectation_is_refused_naming_what_was_wrong() {
    let server = MockServer::start();
    let cases = [
        (json!({}), "operation is required"),
        (json!({"operation": "ip_policy.list"}), "ip_policies.list"),
        (
            json!({"operation": "ip_policies.list", "times": 1, "never": true}),
            "at most one of",
        ),
        (
            json!({"operation": "ip_policies.list", "path_ids": {"id": 3}}),
            "path_ids.id",
        ),
    ];
    for (expectation, expected) in cases {
        let answer = admin(&server, "POST", "/expectations", &expectation);
        assert_eq!(answer.0, 400, "{expectation}: {}", answer.1);
        assert!(
            msg(&answer).contains(expected),
            "{expectation}: {}",
            answer.1
        );
    }
}

#[test]
fn seeding_over_http_puts_a_read_only_item_and_a_nested_one_in_place() {
    let server = MockServer::builder().seed(3).start().unwrap();
    let tunnel = json!({"service": "tunnels", "item": {"public_url": "https://app.example.com", "proto": "https"}});
    let seeded = admin(&server, "POST", "/seed", &tunnel);
    assert_eq!(seeded.0, 201, "{}", seeded.1);
    let id = seeded.1["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("tn_"), "{id}");
    let listed = api(&server, "GET", "/tunnels", &Value::Null);
    assert_eq!(listed.0, 200);
    assert_eq!(listed.1["tunnels"][0]["id"], id.as_str());
    assert_eq!(
        listed.1["tunnels"][0]["public_url"],
        "https://app.example.com"
    );

    let edge = api(&server, "POST", "/edges/https", &json!({}));
    assert_eq!(edge.0, 201, "{}", edge.1);
    let edge_id = edge.1["id"].as_str().unwrap();
    let route = json!({"service": "edges.https_routes", "parents": [edge_id],
        "item": {"match_type": "path_prefix", "match": "/api"}});
    let seeded = admin(&server, "POST", "/seed", &route);
    assert_eq!(seeded.0, 201, "{}", seeded.1);
    let shown = api(
        &server,
        "GET",
        &format!("/edges/https/{edge_id}"),
        &Value::Null,
    );
    assert_eq!(shown.1["routes"][0]["match"], "/api", "{}", shown.1);
}

#[test]
fn seeding_over_http_names_what_was_wrong() {
    let server = MockServer::start();
    let unknown = admin(&server, "POST", "/seed", &json!({"service": "tunnelz"}));
    assert_eq!(unknown.0, 404);
    assert!(msg(&unknown).contains("tunnelz"), "{}", msg(&unknown));
    let no_service = admin(&server, "POST", "/seed", &json!({"item": {}}));
    assert_eq!(no_service.0, 400);
    assert!(msg(&no_service).contains("service"), "{}", msg(&no_service));
    let missing_parent = admin(
        &server,
        "POST",
        "/seed",
        &json!({"service": "edges.https_routes", "parents": [], "item": {}}),
    );
    assert_eq!(missing_parent.0, 400, "{}", missing_parent.1);
    let bad_parents = admin(
        &server,
        "POST",
        "/seed",
        &json!({"service": "tunnels", "parents": [1]}),
    );
    assert_eq!(bad_parents.0, 400);
    assert!(
        msg(&bad_parents).contains("parents"),
        "{}",
        msg(&bad_parents)
    );
}

#[test]
fn the_clock_is_read_moved_and_set_over_http_and_drives_created_at() {
    let server = MockServer::builder().seed(1).start().unwrap();
    let read = admin(&server, "GET", "/clock", &Value::Null);
    assert_eq!(
        read,
        (200, json!({"now": "2025-01-01T00:00:00Z", "stopped": true}))
    );
    let moved = admin(&server, "POST", "/clock", &json!({"advance": "90s"}));
    assert_eq!(moved.0, 200, "{}", moved.1);
    assert_eq!(moved.1["now"], "2025-01-01T00:01:30Z");
    let set = admin(
        &server,
        "POST",
        "/clock",
        &json!({"set": "2026-06-01T12:00:00Z"}),
    );
    assert_eq!(set.1["now"], "2026-06-01T12:00:00Z");
    let created = api(&server, "POST", "/ip_policies", &json!({}));
    assert_eq!(created.0, 201, "{}", created.1);
    let created_at = created.1["created_at"].as_str().unwrap();
    assert!(
        created_at.starts_with("2026-06-01T12:00:00"),
        "{created_at}"
    );
    let bad = admin(&server, "POST", "/clock", &json!({"advance": "soon"}));
    assert_eq!(bad.0, 400);
    assert!(msg(&bad).contains("soon"), "{}", msg(&bad));
}
