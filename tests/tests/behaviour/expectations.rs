//! The emulator's test helpers in Rust: expectations verified by `verify` and on drop, the
//! typed journal (operation labels, path ids, bodies decoded into request types, keyless
//! requests kept without their body), `reset`, and faults narrowed to an operation or an
//! exact path.

use std::panic::{catch_unwind, AssertUnwindSafe};

use ngrok_api::types::{
    IPPolicyCreate, IPPolicyRuleCreate, ReservedDomainCreate, ReservedDomainUpdate,
};
use ngrok_api_mock::{Fault, MockServer};
use ngrok_api_tests::raw_request;
use serde_json::json;

fn domain(name: &str) -> ReservedDomainCreate {
    ReservedDomainCreate {
        domain: name.into(),
        ..Default::default()
    }
}

#[test]
fn created_exactly_once_is_one_line_and_verified() {
    let server = MockServer::start();
    server.expect("reserved_domains.create").unwrap().times(1);
    let client = server.client();
    client
        .reserved_domains()
        .create(&domain("app.example.com"))
        .unwrap();
    server.verify().unwrap();
    client
        .reserved_domains()
        .create(&domain("two.example.com"))
        .unwrap();
    let report = server.verify().unwrap_err().to_string();
    assert!(
        report.contains("reserved_domains.create called exactly 1; got 2 matching"),
        "{report}"
    );
    server.clear_expectations();
}

#[test]
fn counts_at_least_at_most_and_never() {
    let server = MockServer::start();
    server.expect("ip_policies.list").unwrap().at_least(2);
    server.expect("ip_policies.create").unwrap().at_most(1);
    server.expect("ip_policies.delete").unwrap().never();
    let client = server.client();
    client.ip_policies().list().iter().count();
    assert!(server.verify().is_err(), "one list is fewer than two");
    client.ip_policies().list().iter().count();
    client.ip_policies().list().iter().count();
    server.verify().unwrap();
    let policy = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap();
    server.verify().unwrap();
    client.ip_policies().delete(&policy.id).unwrap();
    let report = server.verify().unwrap_err().to_string();
    assert!(
        report.contains("ip_policies.delete called never; got 1 matching"),
        "{report}"
    );
    assert!(!report.contains("ip_policies.list called"), "met: {report}");
    server.clear_expectations();
}

#[test]
fn matchers_on_path_ids_query_and_body_narrow_what_counts() {
    let server = MockServer::start();
    let client = server.client();
    let kept = client
        .reserved_domains()
        .create(&domain("kept.example.com"))
        .unwrap();
    server
        .expect("reserved_domains.update")
        .unwrap()
        .path_id("id", &kept.id)
        .body(json!({"description": "new"}))
        .times(1);
    server
        .expect("reserved_domains.list")
        .unwrap()
        .query("limit", "5")
        .times(1);
    let update = |description: &str| ReservedDomainUpdate {
        id: kept.id.clone(),
        description: Some(description.into()),
        ..Default::default()
    };
    client.reserved_domains().update(&update("old")).unwrap();
    client.reserved_domains().list().limit(7).iter().count();
    let report = server.verify().unwrap_err().to_string();
    assert!(report.contains("/description is \"old\""), "{report}");
    assert!(report.contains("query limit is \"7\""), "{report}");
    client.reserved_domains().update(&update("new")).unwrap();
    client.reserved_domains().list().limit(5).iter().count();
    server.verify().unwrap();
}

#[test]
fn an_unknown_operation_is_an_error_naming_close_labels() {
    let server = MockServer::start();
    let err = server.expect("reserved_domain.create").unwrap_err();
    assert_eq!(err.name, "reserved_domain.create");
    assert_eq!(
        err.close.first().map(String::as_str),
        Some("reserved_domains.create")
    );
    let err = server
        .try_inject(Fault::status(500).on_operation("ip_polices.list"))
        .unwrap_err();
    assert!(err.to_string().contains("ip_policies.list"), "{err}");
    assert_eq!(server.pending_faults(), 0);
}

#[test]
fn dropping_a_server_with_an_unmet_expectation_panics_with_the_report() {
    let panicked = catch_unwind(AssertUnwindSafe(|| {
        let server = MockServer::start();
        server.expect("reserved_domains.create").unwrap().times(1);
        server.client().ip_policies().list().iter().count();
        let _ = server.client().reserved_domains().get("rd_1");
    }));
    let payload = panicked.expect_err("the drop panics");
    let report = payload
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(
        report.contains("reserved_domains.create called exactly 1; got 0 matching"),
        "{report}"
    );
    assert!(
        report.contains("ip_policies.list x1"),
        "what came: {report}"
    );
    assert!(
        report.contains("reserved_domains.get x1"),
        "what came: {report}"
    );
}

#[test]
fn a_met_expectation_lets_the_server_drop_quietly() {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let server = MockServer::start();
        server.expect("ip_policies.list").unwrap();
        server.client().ip_policies().list().iter().count();
    }));
    assert!(result.is_ok());
}

#[test]
fn the_journal_knows_each_requests_operation_path_ids_and_typed_body() {
    let server = MockServer::start();
    let client = server.client();
    let policy = client
        .ip_policies()
        .create(&IPPolicyCreate {
            description: "office".into(),
            ..Default::default()
        })
        .unwrap();
    let rule = IPPolicyRuleCreate {
        cidr: "10.0.0.0/8".into(),
        ip_policy_id: policy.id.clone(),
        action: Some("allow".into()),
        ..Default::default()
    };
    let created = client.ip_policy_rules().create(&rule).unwrap();
    client.ip_policy_rules().get(&created.id).unwrap();
    let requests = server.requests();
    let operations: Vec<_> = requests.iter().map(|r| r.operation.as_deref()).collect();
    assert_eq!(
        operations,
        [
            Some("ip_policies.create"),
            Some("ip_policy_rules.create"),
            Some("ip_policy_rules.get")
        ]
    );
    let sent: IPPolicyRuleCreate = requests[1].body_as().unwrap();
    assert_eq!(sent.cidr, "10.0.0.0/8");
    assert_eq!(sent.ip_policy_id, policy.id);
    assert_eq!(requests[2].path_id("id"), Some(created.id.as_str()));
    assert_eq!(
        server.requests_to("ip_policies.create")[0]
            .body_as::<IPPolicyCreate>()
            .unwrap()
            .description,
        "office"
    );
    let unrouted = raw_request(&server, "GET", "/no_such_thing", &[], "");
    assert_eq!(unrouted.0, 404);
    let last = server.requests().pop().unwrap();
    assert_eq!((last.operation, last.path_ids), (None, vec![]));
}

#[test]
fn a_keyless_request_is_recorded_without_its_body_and_not_counted() {
    let server = MockServer::start();
    server.expect("reserved_domains.create").unwrap().never();
    let body = json!({"domain": "app.example.com"}).to_string();
    let answer = raw_request(
        &server,
        "POST",
        "/reserved_domains",
        &[
            ("authorization", "Bearer wrong"),
            ("content-type", "application/json"),
        ],
        &body,
    );
    assert_eq!(answer.0, 401);
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert!(!requests[0].authorized);
    assert!(requests[0].body.is_empty(), "{:?}", requests[0].body);
    assert_eq!(
        requests[0].operation.as_deref(),
        Some("reserved_domains.create")
    );
    server.verify().unwrap();
    // The report of an unmet expectation points at the keyless request.
    server.expect("reserved_domains.create").unwrap().times(1);
    let report = server.verify().unwrap_err().to_string();
    assert!(report.contains("No request with the key came"), "{report}");
    assert!(
        report.contains("1 requests came without the server's key"),
        "{report}"
    );
    server.clear_expectations();
}

#[test]
fn reset_forgets_items_faults_journal_expectations_and_the_rate_window() {
    let server = MockServer::builder()
        .rate_limit(2, std::time::Duration::from_secs(3600))
        .start()
        .unwrap();
    let client = server.client();
    client
        .reserved_domains()
        .create(&domain("app.example.com"))
        .unwrap();
    client.reserved_domains().list().iter().count();
    assert!(
        client
            .reserved_domains()
            .list()
            .iter()
            .next()
            .unwrap()
            .is_err(),
        "the third request in the window is refused"
    );
    server.inject(Fault::status(503));
    server.expect("ip_policies.create").unwrap().times(1);
    server.reset();
    assert_eq!(server.pending_faults(), 0);
    assert!(server.requests().is_empty());
    server.verify().unwrap();
    // Nothing of the old state is left, and the limit stays with a fresh window of two.
    assert_eq!(client.reserved_domains().list().iter().count(), 0);
    client
        .reserved_domains()
        .create(&domain("app.example.com"))
        .unwrap();
    assert!(client
        .reserved_domains()
        .list()
        .iter()
        .next()
        .unwrap()
        .is_err());
}

#[test]
fn a_fault_on_an_operation_spares_the_others() {
    let server = MockServer::start();
    server.inject(
        Fault::status(503)
            .on_operation("reserved_domains.create")
            .times(2),
    );
    let client = server.client();
    assert_eq!(client.reserved_domains().list().iter().count(), 0);
    let create = domain("app.example.com");
    assert_eq!(
        client
            .reserved_domains()
            .create(&create)
            .unwrap_err()
            .status_code(),
        Some(503)
    );
    assert!(client.reserved_domains().create(&create).is_err());
    client.reserved_domains().create(&create).unwrap();
    assert_eq!(server.pending_faults(), 0);
}

#[test]
fn a_fault_on_an_exact_path_spares_longer_paths() {
    let server = MockServer::start();
    server.inject(Fault::status(503).on_exact("GET", "/ip_policies").times(3));
    let client = server.client();
    assert!(client
        .ip_policies()
        .get("ipp_1")
        .unwrap_err()
        .is_not_found());
    assert_eq!(
        client
            .ip_policies()
            .list()
            .iter()
            .next()
            .unwrap()
            .unwrap_err()
            .status_code(),
        Some(503)
    );
    assert_eq!(server.pending_faults(), 2);
}

#[test]
fn the_journal_drops_the_oldest_requests_past_its_byte_cap() {
    let body = "x".repeat(9 * 1024 * 1024);
    // Past the default body cap (1 MiB), so the cap is raised for this test.
    let server = MockServer::builder()
        .max_body_bytes(body.len())
        .start()
        .unwrap();
    let sent = ngrok_api_mock::RECORDED_BYTES / body.len() + 2;
    for i in 0..sent {
        let path = format!("/ip_policies/ipp_{i}");
        // Not JSON, so answered at once (216); the journal keeps it all the same.
        let answer = raw_request(
            &server,
            "PATCH",
            &path,
            &[("content-type", "text/plain")],
            &body,
        );
        assert_eq!(answer.0, 400, "{}", answer.1);
    }
    let requests = server.requests();
    let kept: usize = requests.iter().map(|r| r.body.len()).sum();
    assert!(kept <= ngrok_api_mock::RECORDED_BYTES, "{kept} bytes kept");
    assert!(requests.len() < sent, "{} of {sent} kept", requests.len());
    let newest = requests.last().unwrap();
    assert_eq!(
        newest.path_id("id"),
        Some(format!("ipp_{}", sent - 1).as_str())
    );
    assert_eq!(newest.body.len(), body.len());
}
