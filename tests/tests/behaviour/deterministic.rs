//! Deterministic mode (`MockServerBuilder::seed`) and the server's clock: two servers with
//! the same seed answer the same requests with the same bytes; the clock, moved by the
//! test with no sleep, drives `created_at`/`updated_at` and the rate limit.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, UNIX_EPOCH};

use ngrok_api::types::{ReservedDomainCreate, VaultCreate, VaultUpdate};
use ngrok_api_mock::MockServer;

/// Sends one request over a fresh connection and returns the whole answer (status line,
/// headers and body) as text, with the server's own address written `{base}`: the one
/// thing two servers cannot share.
fn exchange(server: &MockServer, method: &str, path: &str, body: &str) -> String {
    let request = format!(
        "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\
         authorization: Bearer {}\r\nngrok-version: 2\r\ncontent-type: application/json\r\n\
         content-length: {}\r\n\r\n{body}",
        server.api_key(),
        body.len()
    );
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer.replace(server.url(), "{base}")
}

/// The id in an answer's JSON body.
fn id_in(answer: &str) -> String {
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    json["id"].as_str().unwrap_or_default().to_string()
}

/// A session of requests that touches ids, secrets, computed values, timestamps, paging
/// and error answers (whose operation ids are random too); every answer, in order.
fn session(server: &MockServer) -> Vec<String> {
    let mut answers = Vec::new();
    let domain = exchange(
        server,
        "POST",
        "/reserved_domains",
        r#"{"domain":"app.example.com"}"#,
    );
    let domain_id = id_in(&domain);
    answers.push(domain);
    answers.push(exchange(
        server,
        "POST",
        "/credentials",
        r#"{"description":"agent"}"#,
    ));
    answers.push(exchange(
        server,
        "POST",
        "/api_keys",
        r#"{"description":"ci"}"#,
    ));
    answers.push(exchange(
        server,
        "PATCH",
        &format!("/reserved_domains/{domain_id}"),
        r#"{"description":"shop"}"#,
    ));
    answers.push(exchange(server, "GET", "/reserved_domains?limit=1", ""));
    answers.push(exchange(server, "GET", "/credentials", ""));
    answers.push(exchange(server, "GET", "/reserved_domains/rd_nope", ""));
    answers.push(exchange(server, "POST", "/ip_policies", r#"{"nope":1}"#));
    answers
}

#[test]
fn two_servers_with_the_same_seed_answer_the_same_bytes() {
    let first = MockServer::builder().seed(2024).start().unwrap();
    let second = MockServer::builder().seed(2024).start().unwrap();
    let (a, b) = (session(&first), session(&second));
    for (one, other) in a.iter().zip(&b) {
        assert_eq!(one, other);
    }
    assert_eq!(a.len(), b.len());
    assert!(a[0].starts_with("HTTP/1.1 201"), "{}", a[0]);
    assert!(a[0].contains("2025-01-01T00:00:00Z"), "{}", a[0]);
    // Another seed makes other ids.
    let third = MockServer::builder().seed(2025).start().unwrap();
    let c = session(&third);
    assert_ne!(id_in(&a[0]), id_in(&c[0]));
}

#[test]
fn without_a_seed_ids_differ_between_servers() {
    let (first, second) = (MockServer::start(), MockServer::start());
    let a = exchange(&first, "POST", "/ip_policies", "{}");
    let b = exchange(&second, "POST", "/ip_policies", "{}");
    assert_ne!(id_in(&a), id_in(&b));
}

#[test]
fn the_clock_drives_created_at_and_updated_at() {
    let server = MockServer::builder().seed(1).start().unwrap();
    let client = server.client();
    let clock = server.clock();
    let create = |domain: &str| {
        client
            .reserved_domains()
            .create(&ReservedDomainCreate {
                domain: domain.into(),
                ..Default::default()
            })
            .unwrap()
    };
    let first = create("a.example.com");
    let second = create("b.example.com");
    assert_eq!(first.created_at.as_str(), "2025-01-01T00:00:00Z");
    assert_eq!(
        second.created_at, first.created_at,
        "a stopped clock has not moved"
    );
    assert!(second.id > first.id, "ids still sort by creation");
    let vault = client
        .vaults()
        .create(&VaultCreate {
            name: "keys".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(vault.updated_at, vault.created_at);
    clock.advance(Duration::from_secs(3600));
    let updated = client
        .vaults()
        .update(&VaultUpdate {
            id: vault.id.clone(),
            description: Some("moved".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.created_at.as_str(), "2025-01-01T00:00:00Z");
    // The update's time is the clock's, read back the same.
    assert_eq!(updated.updated_at, clock.timestamp());
    assert_eq!(updated.updated_at.as_str(), "2025-01-01T01:00:00Z");
    clock.set(UNIX_EPOCH + Duration::from_secs(1_800_000_000));
    let third = create("c.example.com");
    assert_eq!(third.created_at.as_str(), "2027-01-15T08:00:00Z");
    let newest_first: Vec<String> = client
        .reserved_domains()
        .list()
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    assert_eq!(newest_first, [third.id, second.id, first.id]);
}

#[test]
fn the_rate_limit_window_passes_when_the_clock_is_advanced() {
    let window = Duration::from_secs(60);
    let server = MockServer::builder()
        .seed(3)
        .rate_limit(2, window)
        .start()
        .unwrap();
    let client = server.client();
    let list = || client.reserved_domains().list().iter().next().transpose();
    assert!(list().is_ok());
    server.clock().advance(Duration::from_secs(20));
    assert!(list().is_ok());
    let refused = exchange(&server, "GET", "/reserved_domains", "");
    assert!(refused.starts_with("HTTP/1.1 429"), "{refused}");
    // The first request leaves the window 40 s from now on the server's clock.
    assert!(
        refused.to_ascii_lowercase().contains("retry-after: 40\r\n"),
        "{refused}"
    );
    server.clock().advance(Duration::from_secs(39));
    assert!(list().unwrap_err().is_rate_limited(), "one second short");
    server.clock().advance(Duration::from_secs(1));
    assert!(list().is_ok(), "admitted once the window has passed");
}

#[test]
fn a_clock_step_gives_each_request_its_own_time() {
    let server = MockServer::builder()
        .seed(5)
        .clock_step(Duration::from_secs(1))
        .start()
        .unwrap();
    let client = server.client();
    let times: Vec<String> = ["a.example.com", "b.example.com"]
        .iter()
        .map(|domain| {
            client
                .reserved_domains()
                .create(&ReservedDomainCreate {
                    domain: (*domain).into(),
                    ..Default::default()
                })
                .unwrap()
                .created_at
                .to_string()
        })
        .collect();
    assert_eq!(times, ["2025-01-01T00:00:01Z", "2025-01-01T00:00:02Z"]);
}
