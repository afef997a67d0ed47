//! The API key never shows up in what the client prints: every error path is driven with a
//! distinctive key, and the `Display`, `Debug` and `source()` chain of each error (and the
//! `Debug` of every configuration value and handle) is searched for it. Secret fields of
//! the API's answers are hidden from `Debug` but stay readable and serialisable.

use std::error::Error as _;
use std::net::TcpListener;
use std::time::Duration;

use ngrok_api::types::{APIKey, APIKeyCreate, Credential, CredentialCreate};
use ngrok_api::{Client, Error, TransportErrorKind};
use ngrok_api_mock::MockServer;
use ngrok_api_tests::{http_response, RawServer};

const KEY: &str = "sk-DISTINCTIVE-9f3a7c";

/// Fails when `text` holds the key, or any 8 consecutive characters of it (a key cut in
/// two by a length limit is still a leak).
fn assert_no_key(what: &str, text: &str) {
    let secret = KEY.as_bytes();
    for window in secret.windows(8) {
        let piece = std::str::from_utf8(window).unwrap();
        assert!(
            !text.contains(piece),
            "{what} shows part of the key ({piece:?}): {text}"
        );
    }
}

/// Checks `Display`, `Debug` (plain and pretty) of `err` and of every error in its
/// `source()` chain.
fn assert_error_hides_key(what: &str, err: &Error) {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(err);
    let mut depth = 0;
    while let Some(e) = current {
        assert_no_key(what, &e.to_string());
        assert_no_key(what, &format!("{e:?}"));
        assert_no_key(what, &format!("{e:#?}"));
        current = e.source();
        depth += 1;
        assert!(depth < 10, "{what}: source chain too long");
    }
}

/// A client with the key pointed at `url`, without retries.
fn client_at(url: &str) -> Client {
    Client::builder()
        .api_key(KEY)
        .base_url(url)
        .max_retries(0)
        .build()
        .unwrap()
}

/// A server answering every request with `status` and a JSON `body`.
fn answering(status: u16, body: String) -> RawServer {
    RawServer::start(move |_| http_response(status, "application/json", &body))
}

#[test]
fn credential_echoing_auth_errors_do_not_show_the_key() {
    // ERR_NGROK_201, 202 and 206 echo the credential in `msg`; put it in `details` too.
    for (status, code) in [
        (401, "ERR_NGROK_201"),
        (401, "ERR_NGROK_202"),
        (400, "ERR_NGROK_206"),
    ] {
        let body = format!(
            r#"{{"error_code":"{code}","status_code":{status},
                "msg":"Your credential: `{KEY}`. Authorization Header: Bearer {KEY}",
                "details":{{"operation_id":"op_1","credential":"{KEY}",
                            "nested":{{"token":"{KEY}"}},"list":["{KEY}"]}}}}"#
        );
        let api = answering(status, body);
        let err = client_at(api.url())
            .reserved_domains()
            .get("rd_1")
            .unwrap_err();
        let Error::Api(api_error) = &err else {
            panic!("{code}: {err:?}")
        };
        assert_eq!(api_error.error_code.as_deref(), Some(code));
        assert!(api_error.msg.contains("[redacted]"), "{}", api_error.msg);
        assert_error_hides_key(code, &err);
    }
}

#[test]
fn the_emulators_202_and_206_do_not_show_the_key_through_the_client() {
    let server = MockServer::start();
    let wrong = server.client_builder().api_key(KEY).build().unwrap();
    let err = wrong.reserved_domains().get("rd_1").unwrap_err();
    assert_eq!(err.status_code(), Some(401));
    assert_error_hides_key("202", &err);

    // An authtoken used as the API key: the emulator echoes it, the client hides it.
    let authtoken = server
        .client()
        .credentials()
        .create(&CredentialCreate::default())
        .unwrap()
        .token
        .unwrap();
    let err = server
        .client_builder()
        .api_key(&authtoken)
        .build()
        .unwrap()
        .reserved_domains()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.error_code.as_deref(), Some("ERR_NGROK_206"));
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(!text.contains(&authtoken), "{text}");
    }
}

#[test]
fn api_errors_of_any_status_do_not_show_the_key() {
    for status in [400, 403, 404, 409, 422, 429, 500, 502, 503, 504] {
        let body = format!(
            r#"{{"error_code":"ERR_NGROK_999","status_code":{status},"msg":"key {KEY} refused",
                "details":{{"operation_id":"op_{status}","echo":"{KEY}"}}}}"#
        );
        let api = answering(status, body);
        let client = client_at(api.url());
        let err = client.ip_policies().delete("ipp_1").unwrap_err();
        assert!(matches!(err, Error::Api(_)), "{status}: {err:?}");
        assert_eq!(err.status_code(), Some(status));
        assert_error_hides_key(&format!("status {status}"), &err);
        // The same through a list.
        let err = client
            .ip_policies()
            .list()
            .iter()
            .next()
            .unwrap()
            .unwrap_err();
        assert_error_hides_key(&format!("list, status {status}"), &err);
    }
}

#[test]
fn decode_errors_of_bodies_holding_the_key_do_not_show_it() {
    let page = format!("<html><body>Proxy error for Bearer {KEY}</body></html>");
    let cases: Vec<(u16, String)> = vec![
        (502, page.clone()),
        (200, page),
        (200, format!(r#"{{"id":"rd_1","domain":"{KEY}"#)),
        (404, format!(r#"{{"msg":"{KEY}"#)),
        (200, format!(r#"{{"id":"rd_1","created_at":"{KEY}"}}"#)),
        (200, format!(r#"{{"id":["{KEY}"],"domain":"{KEY}"}}"#)),
        (200, format!(r#"{{"id":"rd_1","resolves_to":"{KEY}"}}"#)),
        (500, format!(r#"{{"msg":["{KEY}"],"details":"{KEY}"}}"#)),
        (400, format!(r#"["{KEY}"]"#)),
        // The key across the end of the kept snippet.
        (502, format!("{}{KEY}", "x".repeat(248))),
        (200, format!("{}{KEY}", " ".repeat(250))),
    ];
    for (status, body) in cases {
        let api = RawServer::start(move |_| http_response(status, "text/html", &body));
        let err = client_at(api.url())
            .reserved_domains()
            .get("rd_1")
            .unwrap_err();
        assert!(matches!(err, Error::Decode(_)), "{status}: {err:?}");
        assert_eq!(err.status_code(), Some(status));
        assert_error_hides_key(&format!("decode {status}"), &err);
    }
}

#[test]
fn an_interrupted_list_does_not_show_the_key() {
    // Page one points at page two, which is a decode error or an API error echoing the
    // key; the server also put the key in the cursor.
    for second in [
        http_response(200, "application/json", &format!("{{\"x\":\"{KEY}\"")),
        http_response(
            500,
            "application/json",
            &format!(r#"{{"msg":"{KEY}","status_code":500}}"#),
        ),
    ] {
        let api = RawServer::start(move |line| {
            if line.contains("before_id") {
                second.clone()
            } else {
                let first = format!(
                    r#"{{"reserved_domains":[],"uri":"","next_page_uri":"/reserved_domains?before_id={KEY}"}}"#
                );
                http_response(200, "application/json", &first)
            }
        });
        let err = client_at(api.url())
            .reserved_domains()
            .list()
            .pages()
            .find_map(Result::err)
            .expect("an error on page two");
        assert!(
            matches!(err, Error::ListInterrupted { pages_read: 1, .. }),
            "{err:?}"
        );
        assert!(err.source().is_some());
        assert_error_hides_key("interrupted list", &err);
    }
}

#[test]
fn transport_errors_do_not_show_the_key() {
    // Refused: bind and drop a listener to find a port nobody listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let err = client_at(&format!("http://127.0.0.1:{port}"))
        .reserved_domains()
        .get("rd_1")
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect),
        "{err:?}"
    );
    assert_error_hides_key("refused", &err);

    // A server that accepts (the kernel queues the connection) and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_client = Client::builder()
        .api_key(KEY)
        .base_url(format!("http://{}", silent.local_addr().unwrap()))
        .max_retries(0)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = silent_client.reserved_domains().get("rd_1").unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Timeout),
        "{err:?}"
    );
    assert_error_hides_key("timeout", &err);
    // A POST that timed out: the outcome is unknown, and the message says so.
    let err = silent_client
        .api_keys()
        .create(&APIKeyCreate::default())
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.outcome_unknown()),
        "{err:?}"
    );
    assert_error_hides_key("timeout of a POST", &err);

    // A body larger than allowed, holding the key.
    let big = format!(r#"{{"id":"rd_1","domain":"{}{KEY}"}}"#, "a".repeat(4000));
    let api = answering(200, big);
    let err = Client::builder()
        .api_key(KEY)
        .base_url(api.url())
        .max_retries(0)
        .max_response_bytes(64)
        .build()
        .unwrap()
        .reserved_domains()
        .get("rd_1")
        .unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::BodyTooLarge),
        "{err:?}"
    );
    assert_error_hides_key("body too large", &err);

    // A connection closed in the middle of the body.
    let api = RawServer::start(|_| {
        format!("HTTP/1.1 200 OK\r\ncontent-length: 500\r\n\r\n{{\"msg\":\"{KEY}").into_bytes()
    });
    let err = client_at(api.url())
        .reserved_domains()
        .get("rd_1")
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_error_hides_key("cut body", &err);
}

#[test]
fn refused_next_page_uris_holding_the_key_do_not_show_it() {
    for next in [
        format!("https://evil.example/steal?key={KEY}"),
        format!("http://127.0.0.1:1/reserved_domains?before_id={KEY}"),
        format!("/reserved_domains?x={KEY} with spaces"),
        format!("ftp://{KEY}@example.com/"),
    ] {
        let page = serde_json::json!({
            "reserved_domains": [], "uri": "", "next_page_uri": next,
        })
        .to_string();
        let api = answering(200, page);
        let err = client_at(api.url())
            .reserved_domains()
            .list()
            .iter()
            .find_map(Result::err)
            .expect("the next page is refused");
        assert!(matches!(err, Error::UnsafeNextPage { .. }), "{err:?}");
        assert_error_hides_key(&format!("next page {next}"), &err);
        assert_eq!(api.hits(), 1, "the refused page was not requested");
    }
}

#[test]
fn a_key_that_cannot_be_sent_is_not_shown_in_config_errors() {
    for bad in [format!("{KEY}\n"), format!("\r\n{KEY}"), format!("{KEY} x")] {
        let err = Client::builder()
            .api_key(bad.clone())
            .base_url("http://127.0.0.1:1")
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::Config(_)), "{err:?}");
        assert_error_hides_key("build", &err);

        // `Client::new` never fails: every call reports the problem instead.
        let client = Client::new(bad);
        assert_no_key("Client::new", &format!("{client:?}"));
        let err = client.reserved_domains().get("rd_1").unwrap_err();
        assert!(matches!(err, Error::Config(_)), "{err:?}");
        assert_error_hides_key("call on Client::new", &err);
    }
}

#[test]
fn debug_of_clients_builders_handles_lists_and_the_emulator_hides_the_key() {
    let server = MockServer::builder().api_key(KEY).start().unwrap();
    let builder = server.client_builder();
    let client = server.client();
    let texts = [
        format!("{server:?}"),
        format!("{:?}", MockServer::builder().api_key(KEY)),
        format!("{builder:?}"),
        format!("{builder:#?}"),
        format!("{:?}", Client::builder().api_key(KEY)),
        format!("{client:?}"),
        format!("{client:#?}"),
        format!("{:?}", client.reserved_domains()),
        format!("{:?}", client.edges()),
        format!("{:?}", client.edges().https_routes()),
        format!("{:?}", client.edge_modules().https_edge_mutual_tls()),
        format!("{:?}", client.api_keys().list().limit(5)),
        format!("{:?}", client.api_keys().list().pages()),
        format!("{:?}", client.api_keys().list().iter()),
    ];
    for text in &texts {
        assert_no_key("Debug", text);
    }
    // The key is in use: the calls succeed, and the recorded requests hide it too.
    assert!(client.api_keys().list().iter().next().is_none());
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert!(requests[0].authorized);
    assert_no_key("recorded request", &format!("{:?}", requests[0]));
}

#[test]
fn secret_fields_are_hidden_from_debug_yet_readable_and_serialised() {
    let server = MockServer::start();
    let client = server.client();
    let key: APIKey = client
        .api_keys()
        .create(&APIKeyCreate {
            description: "ci".into(),
            ..Default::default()
        })
        .unwrap();
    let credential: Credential = client
        .credentials()
        .create(&CredentialCreate::default())
        .unwrap();
    for (what, token, debug, json) in [
        (
            "api key",
            key.token.clone(),
            format!("{key:?}{key:#?}"),
            serde_json::to_value(&key).unwrap(),
        ),
        (
            "credential",
            credential.token.clone(),
            format!("{credential:?}{credential:#?}"),
            serde_json::to_value(&credential).unwrap(),
        ),
    ] {
        let token = token.unwrap_or_else(|| panic!("{what}: a token on create"));
        assert!(token.len() >= 16, "{what}: {token}");
        assert!(
            !debug.contains(&token),
            "{what} Debug shows its token: {debug}"
        );
        assert!(
            debug.contains("token"),
            "{what}: the field is named: {debug}"
        );
        assert_eq!(json["token"], token.as_str(), "{what} serialises its token");
    }
    // The emulator's key works as a bearer token, so it is the real secret.
    assert!(server
        .client_builder()
        .api_key(key.token.clone().unwrap())
        .build()
        .is_ok());

    // A decoded answer holding the distinctive key, also in an unknown field.
    let api = answering(
        201,
        format!(
            r#"{{"id":"ak_1","uri":"u","token":"{KEY}","owner_id":"bot_1",
                "created_at":"2024-01-01T00:00:00Z","colour":"{KEY}"}}"#
        ),
    );
    let decoded = client_at(api.url())
        .api_keys()
        .create(&APIKeyCreate::default())
        .unwrap();
    assert_no_key("APIKey Debug", &format!("{decoded:?}{decoded:#?}"));
    assert_eq!(decoded.token.as_deref(), Some(KEY));
    let json = serde_json::to_value(&decoded).unwrap();
    assert_eq!(json["token"], KEY);
    assert_eq!(json["colour"], KEY, "unknown fields serialise as they came");
}
