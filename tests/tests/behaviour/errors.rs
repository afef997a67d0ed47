//! How responses other than success become `Error` values.

use ngrok_api::types::ReservedDomainCreate;
use ngrok_api::{Client, Error, TransportErrorKind};
use ngrok_api_mock::MockServer;
use ngrok_api_tests::{http_response, raw_request, RawServer};

#[test]
fn a_wrong_key_is_a_401_api_error_that_does_not_show_the_key() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .api_key("wrong-key-123")
        .build()
        .unwrap();
    let err = client
        .reserved_domains()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}")
    };
    assert_eq!(api.status_code, 401);
    assert_eq!(api.error_code.as_deref(), Some("ERR_NGROK_202"));
    assert!(api.operation_id().is_some_and(|id| id.starts_with("op_")));
    // The emulator, like the API, echoes the credential; the client redacts it.
    assert!(api.msg.contains("[redacted]"), "{}", api.msg);
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(!text.contains("wrong-key-123"), "{text}");
    }
}

#[test]
fn an_unknown_id_is_a_404_that_is_not_found() {
    let server = MockServer::start();
    let err = server
        .client()
        .reserved_domains()
        .get("rd_doesnotexist")
        .unwrap_err();
    assert!(err.is_not_found());
    let Error::Api(api) = err else { panic!() };
    assert_eq!(api.status_code, 404);
    assert_eq!(api.error_code, None, "the API's 404 has no error code");
    assert_eq!(api.msg, "Resource not found");
}

#[test]
fn a_bad_body_is_a_400_naming_the_field() {
    let server = MockServer::start();
    let (status, body) = raw_request(
        &server,
        "POST",
        "/reserved_domains",
        &[("content-type", "application/json")],
        r#"{"domain":"a.example.com","colour":"blue"}"#,
    );
    assert_eq!(status, 400);
    assert_eq!(body["error_code"], "ERR_NGROK_214");
    assert!(body["msg"].as_str().unwrap().contains("colour"));
    let (status, body) = raw_request(
        &server,
        "POST",
        "/reserved_domains",
        &[("content-type", "application/json")],
        r#"{"domain": 42}"#,
    );
    assert_eq!(status, 400);
    assert_eq!(body["error_code"], "ERR_NGROK_215");
}

#[test]
fn a_400_from_the_api_maps_to_an_api_error_with_its_code() {
    let server = MockServer::start();
    let err = server
        .client()
        .reserved_domains()
        .list()
        .filter("this is not CEL")
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    let Error::Api(api) = err else { panic!() };
    assert_eq!(api.status_code, 400);
    assert_eq!(api.error_code.as_deref(), Some("invalid_cel_expression"));
}

#[test]
fn a_non_json_5xx_is_a_decode_error_with_status_and_snippet() {
    let page = format!("<html><body>{}</body></html>", "Bad gateway. ".repeat(100));
    let api = RawServer::start(move |_| http_response(502, "text/html", &page));
    let client = Client::builder()
        .api_key("k")
        .base_url(api.url())
        .build()
        .unwrap();
    let err = client.reserved_domains().get("rd_1").unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.status_code, 502);
    assert_eq!(decode.operation, "reserved_domains.get");
    assert!(decode.snippet.starts_with("<html><body>Bad gateway."));
    assert!(decode.snippet.len() <= ngrok_api::DecodeError::SNIPPET_LEN);
    assert_eq!(err.status_code(), Some(502));
    let line = err.to_string();
    assert!(!line.contains('\n'), "Display is one line: {line}");
}

#[test]
fn a_success_body_of_the_wrong_shape_is_a_decode_error() {
    let api = RawServer::start(|_| http_response(200, "application/json", r#"{"id": 7}"#));
    let client = Client::builder()
        .api_key("k")
        .base_url(api.url())
        .build()
        .unwrap();
    let err = client.api_keys().get("ak_1").unwrap_err();
    let Error::Decode(decode) = err else { panic!() };
    assert_eq!(decode.status_code, 200);
    assert!(
        decode.message.contains("invalid type"),
        "{}",
        decode.message
    );
}

#[test]
fn a_refused_connection_is_a_transport_error() {
    // Bind and drop a listener to find a port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = Client::builder()
        .api_key("k")
        .base_url(format!("http://127.0.0.1:{port}"))
        .build()
        .unwrap();
    let err = client.tunnels().get("tn_1").unwrap_err();
    let Error::Transport(t) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(t.kind, TransportErrorKind::Connect);
    assert_eq!(t.operation, "tunnels.get");
}

#[test]
fn empty_path_arguments_are_refused_before_sending() {
    let server = MockServer::start();
    let err = server.client().reserved_domains().get("").unwrap_err();
    assert!(matches!(err, Error::InvalidArgument(_)));
    assert!(
        err.to_string()
            .contains("reserved_domains.get: `id` must not be empty"),
        "{err}"
    );
    let err = server
        .client()
        .edges()
        .https_routes()
        .get("edghts_1", "")
        .unwrap_err();
    assert!(err.to_string().contains("`id` must not be empty"), "{err}");
    assert!(server.requests().is_empty());
}

#[test]
fn path_arguments_are_percent_encoded() {
    let server = MockServer::start();
    let err = server
        .client()
        .reserved_domains()
        .get("../api_keys")
        .unwrap_err();
    // It reached /reserved_domains/{id} as one segment, where it is not a valid id.
    let Error::Api(api) = err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (api.status_code, api.error_code.as_deref()),
        (400, Some("ERR_NGROK_223"))
    );
    assert_eq!(server.requests()[0].path, "/reserved_domains/..%2Fapi_keys");
}

#[test]
fn the_emulator_requires_the_version_header() {
    let server = MockServer::start();
    let (status, body) = raw_request(&server, "GET", "/api_keys", &[("ngrok-version", "")], "");
    assert_eq!(
        (status, body["error_code"].as_str()),
        (400, Some("ERR_NGROK_218"))
    );
    let (status, body) = raw_request(&server, "GET", "/api_keys", &[("ngrok-version", "1")], "");
    assert_eq!(
        (status, body["error_code"].as_str()),
        (400, Some("ERR_NGROK_217"))
    );
    let (status, body) = raw_request(&server, "GET", "/api_keys", &[("authorization", "")], "");
    assert_eq!(
        (status, body["error_code"].as_str()),
        (401, Some("ERR_NGROK_200"))
    );
    assert!(body["details"]["operation_id"]
        .as_str()
        .unwrap()
        .starts_with("op_"));
}

#[test]
fn a_create_after_an_error_still_works_on_the_same_client() {
    let server = MockServer::start();
    let client = server.client();
    assert!(client.reserved_domains().get("rd_nope").is_err());
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "ok.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("rd_"));
}
