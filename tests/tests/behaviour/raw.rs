//! Raw requests (`client.request(method, path)`): any path, through the same sending code
//! as declared operations, so the same guarantees hold: retries by method, redaction of the
//! key, the origin, paging rules.

use std::error::Error as _;

use ngrok_api::types::{IPPolicy, IPPolicyCreate};
use ngrok_api::{Client, Error, Method, TransportErrorKind};
use ngrok_api_mock::{Fault, MockServer};
use ngrok_api_tests::{ip_policy, retrying, seen};
use serde_json::{json, Value};

#[test]
fn the_root_resource_is_one_get_of_slash() {
    let server = MockServer::start();
    let result = server.client().request(Method::Get, "/").send_json();
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        (requests[0].method.as_str(), requests[0].path.as_str()),
        ("GET", "/")
    );
    assert!(requests[0].authorized);
    assert_eq!(requests[0].header("ngrok-version"), Some("2"));
    // The emulator does not serve the root resource (the API answers it with the links to
    // its collections): the raw call reports the emulator's 404 as any call would.
    match result {
        Ok(root) => assert!(root.is_object(), "{root}"),
        Err(err) => assert!(err.is_not_found(), "{err:?}"),
    }
}

#[test]
fn an_operation_runs_through_a_raw_call() {
    let server = MockServer::start();
    let client = server.client();
    let created: IPPolicy = client
        .request(Method::Post, "/ip_policies")
        .json(&json!({ "description": "raw" }))
        .send()
        .unwrap();
    assert_eq!(created.description, "raw");
    assert_eq!(client.ip_policies().get(&created.id).unwrap(), created);
    let post = &server.requests()[0];
    assert_eq!(post.header("content-type"), Some("application/json"));
    assert_eq!(post.body, br#"{"description":"raw"}"#);

    let updated = client
        .request(Method::Patch, "/ip_policies")
        .segment(&created.id)
        .json(&json!({ "description": "changed" }))
        .send_json()
        .unwrap();
    assert_eq!(updated["description"], "changed");

    let deleted = client
        .request(Method::Delete, "/ip_policies")
        .segment(&created.id)
        .send_json()
        .unwrap();
    assert_eq!(deleted, Value::Null, "204 has no body");
    let err = client
        .request(Method::Get, format!("/ip_policies/{}", created.id))
        .send_empty()
        .unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
}

#[test]
fn a_raw_list_follows_next_page_uri_across_pages() {
    let server = MockServer::start();
    let client = server.client();
    let mut ids: Vec<String> = (0..5)
        .map(|i| ip_policy(&client, &i.to_string()).id)
        .collect();
    ids.reverse(); // newest first
    server.clear_requests();
    let listed: Vec<String> = client
        .request(Method::Get, "/ip_policies")
        .query("limit", "2")
        .list("ip_policies")
        .map(|item| item.unwrap()["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, ids);
    assert_eq!(seen(&server, "GET"), 3, "pages of 2, 2 and 1");
}

#[test]
fn a_raw_list_that_fails_midway_says_where_to_resume() {
    let server = MockServer::start();
    let client = server.client();
    for i in 0..4 {
        ip_policy(&client, &i.to_string());
    }
    let mut items = client
        .request(Method::Get, "/ip_policies")
        .query("limit", "2")
        .list("ip_policies");
    let second = items.nth(1).unwrap().unwrap();
    server.inject(Fault::status(500).on("GET", "/ip_policies"));
    let err = items.next().unwrap().unwrap_err();
    let Error::ListInterrupted {
        operation,
        pages_read,
        before_id,
        ..
    } = &err
    else {
        panic!("expected ListInterrupted, got {err:?}")
    };
    assert_eq!((*operation, *pages_read), ("raw.list", 1));
    assert_eq!(before_id.as_deref(), second["id"].as_str());
    assert!(items.next().is_none(), "the iterator ends after an error");
}

#[test]
fn a_raw_list_refuses_a_next_page_on_another_origin_and_a_wrong_items_field() {
    let server = MockServer::start();
    let client = server.client();
    server.inject(Fault::raw(
        200,
        "application/json",
        r#"{"ip_policies":[{"id":"ipp_1"}],"next_page_uri":"http://evil.example/ip_policies"}"#,
    ));
    let results: Vec<_> = client
        .request(Method::Get, "/ip_policies")
        .list("ip_policies")
        .collect();
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    assert!(
        matches!(&results[1], Err(Error::UnsafeNextPage { .. })),
        "{:?}",
        results[1]
    );
    assert_eq!(server.requests().len(), 1, "nothing was sent elsewhere");

    let err = client
        .request(Method::Get, "/ip_policies")
        .list("ip_policy")
        .next()
        .unwrap()
        .unwrap_err();
    assert!(
        matches!(&err, Error::Decode(d) if d.message.contains("no `ip_policy` field")),
        "{err:?}"
    );
}

#[test]
fn a_path_off_the_base_url_is_refused_before_sending() {
    let server = MockServer::start();
    let client = server.client();
    for path in [
        "http://evil.example/ip_policies",
        "//evil.example/ip_policies",
        "/ip_policies/../api_keys",
        "/ip_policies?limit=1",
    ] {
        let err = client.request(Method::Get, path).send_json().unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{path}: {err:?}");
    }
    let err = client
        .request(Method::Post, "/ip_policies")
        .list("ip_policies")
        .next()
        .unwrap()
        .unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)), "{err:?}");
    assert!(server.requests().is_empty());
}

#[test]
fn a_raw_get_is_retried_on_503_and_a_raw_post_is_not() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::status(503).on("GET", "/ip_policies").times(2));
    let page = client
        .request(Method::Get, "/ip_policies")
        .send_json()
        .unwrap();
    assert_eq!(page["ip_policies"], json!([]));
    assert_eq!(seen(&server, "GET"), 3);

    server.inject(Fault::status(503).on("POST", "/ip_policies"));
    let err = client
        .request(Method::Post, "/ip_policies")
        .json(&IPPolicyCreate::default())
        .send_json()
        .unwrap_err();
    assert_eq!(err.status_code(), Some(503));
    assert!(
        err.is_retryable(),
        "503 is passing, though a POST is not resent"
    );
    assert_eq!(seen(&server, "POST"), 1);

    // A 429 is retried for a POST too: the API refused it before doing anything.
    server.inject(Fault::api_error(429, "ERR_NGROK_226").retry_after("0"));
    client
        .request(Method::Post, "/ip_policies")
        .json(&IPPolicyCreate::default())
        .send_empty()
        .unwrap();
    assert_eq!(seen(&server, "POST"), 3);
    assert_eq!(client.ip_policies().list().iter().count(), 1);
}

#[test]
fn the_key_never_shows_in_raw_errors() {
    let key = "raw-secret-key-123";
    let server = MockServer::builder().api_key(key).start().unwrap();
    let client = server.client();
    let echo = format!(
        r#"{{"error_code":"ERR_NGROK_999","status_code":400,"msg":"bad key {key}","details":{{"k":"{key}"}}}}"#
    );
    server.inject(Fault::raw(400, "application/json", echo.clone()));
    let api = client
        .request(Method::Get, "/ip_policies")
        .send_json()
        .unwrap_err();
    server.inject(Fault::raw(200, "application/json", format!("[{key}")));
    let decode = client
        .request(Method::Get, "/ip_policies")
        .send_json()
        .unwrap_err();
    server.inject(Fault::raw(
        200,
        "application/json",
        format!(r#"{{"ip_policies":[],"next_page_uri":"http://evil.example/{key}"}}"#),
    ));
    let unsafe_page = client
        .request(Method::Get, "/ip_policies")
        .list("ip_policies")
        .find_map(Result::err)
        .unwrap();
    for err in [&api, &decode, &unsafe_page] {
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains(key), "{shown}");
    }
    assert_eq!(api.error_code(), Some("ERR_NGROK_999"));
}

#[test]
fn a_transport_failure_keeps_its_io_error_as_source() {
    let key = "refused-secret-key";
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder()
        .api_key(key)
        .base_url(format!("http://127.0.0.1:{port}"))
        .max_retries(0)
        .build()
        .unwrap();
    let err = client.request(Method::Get, "/").send_json().unwrap_err();
    let Error::Transport(transport) = &err else {
        panic!("expected a transport error, got {err:?}")
    };
    assert_eq!(transport.kind, TransportErrorKind::Connect);
    assert!(err.is_retryable());
    // Through the chain: Error -> (transparent) TransportError's source -> io::Error.
    let mut chain = Vec::new();
    let mut cause = err.source();
    while let Some(c) = cause {
        chain.push(format!("{c} {c:?}"));
        if let Some(io) = c.downcast_ref::<std::io::Error>() {
            assert_eq!(io.kind(), std::io::ErrorKind::ConnectionRefused);
        }
        cause = c.source();
    }
    assert!(
        err.source()
            .and_then(|c| c.downcast_ref::<std::io::Error>())
            .is_some(),
        "no io::Error in {chain:?}"
    );
    for shown in chain.iter().chain([&format!("{err} {err:?}")]) {
        assert!(!shown.contains(key), "{shown}");
    }
}

#[test]
fn a_later_page_without_the_items_field_interrupts_the_list() {
    let server = MockServer::start();
    let client = server.client();
    for i in 0..3 {
        ip_policy(&client, &i.to_string());
    }
    let mut items = client
        .request(Method::Get, "/ip_policies")
        .query("limit", "2")
        .list("ip_policies");
    let second = items.nth(1).unwrap().unwrap();
    server.inject(Fault::raw(200, "application/json", r#"{"uri":"x"}"#));
    let err = items.next().unwrap().unwrap_err();
    let Error::ListInterrupted {
        pages_read,
        before_id,
        source,
        ..
    } = &err
    else {
        panic!("expected ListInterrupted, got {err:?}")
    };
    assert_eq!(*pages_read, 1);
    assert_eq!(before_id.as_deref(), second["id"].as_str());
    assert!(matches!(**source, Error::Decode(_)), "{source:?}");
    assert!(items.next().is_none());
}
