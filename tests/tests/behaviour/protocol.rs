//! The emulator's protocol checks, made on raw HTTP requests as the real API makes them:
//! each bad request gets the API's status, `error_code` and error body shape.

use ngrok_api::types::{CredentialCreate, EventSourceReplace, EventSubscriptionCreate};
use ngrok_api::Error;
use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;
use serde_json::Value;

/// Asserts an answer is the API's error: the status, the code (`None` for the plain 404),
/// a non-empty `msg`, the status repeated in the body, and an operation id in `details`.
/// Returns the message.
fn assert_api_error(answer: &(u16, Value), status: u16, code: Option<&str>) -> String {
    let (got, body) = answer;
    assert_eq!(*got, status, "status of {body}");
    assert_eq!(body["status_code"], status, "status_code in {body}");
    assert_eq!(body["error_code"].as_str(), code, "error_code in {body}");
    let msg = body["msg"]
        .as_str()
        .unwrap_or_else(|| panic!("no msg in {body}"));
    assert!(!msg.trim().is_empty(), "empty msg in {body}");
    let operation_id = body["details"]["operation_id"].as_str();
    assert!(
        operation_id.is_some_and(|id| id.len() > 3 && id.starts_with("op_")),
        "no operation id in {body}"
    );
    msg.to_string()
}

fn get(server: &MockServer, path: &str) -> (u16, Value) {
    raw_request(server, "GET", path, &[], "")
}

const JSON: (&str, &str) = ("content-type", "application/json");

#[test]
fn a_request_without_authorization_is_401_err_ngrok_200() {
    let server = MockServer::start();
    let answer = raw_request(
        &server,
        "GET",
        "/reserved_domains",
        &[("authorization", "")],
        "",
    );
    assert_api_error(&answer, 401, Some("ERR_NGROK_200"));
}

#[test]
fn an_authorization_header_that_is_not_bearer_is_401_err_ngrok_201_echoing_it() {
    let server = MockServer::start();
    for header in [
        "Token abc-123-unusual",
        "Basic abc-123-unusual",
        "abc-123-unusual",
    ] {
        let answer = raw_request(
            &server,
            "GET",
            "/reserved_domains",
            &[("authorization", header)],
            "",
        );
        let msg = assert_api_error(&answer, 401, Some("ERR_NGROK_201"));
        assert!(msg.contains(header), "{msg}");
    }
}

#[test]
fn an_unknown_api_key_is_401_err_ngrok_202_echoing_it() {
    let server = MockServer::start();
    let answer = raw_request(
        &server,
        "GET",
        "/reserved_domains",
        &[("authorization", "Bearer not-the-key-4711")],
        "",
    );
    let msg = assert_api_error(&answer, 401, Some("ERR_NGROK_202"));
    assert!(msg.contains("not-the-key-4711"), "{msg}");
}

#[test]
fn an_authtoken_sent_as_the_api_key_is_400_err_ngrok_206_until_its_credential_is_deleted() {
    let server = MockServer::start();
    let client = server.client();
    let credential = client
        .credentials()
        .create(&CredentialCreate::default())
        .unwrap();
    let authtoken = credential.token.clone().expect("a token on create");
    let bearer = format!("Bearer {authtoken}");
    let answer = raw_request(
        &server,
        "GET",
        "/reserved_domains",
        &[("authorization", &bearer)],
        "",
    );
    let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_206"));
    assert!(
        msg.contains(&authtoken),
        "the API echoes the credential: {msg}"
    );

    // Through the client: an API error whose echo of the credential is redacted.
    let with_authtoken = server.client_builder().api_key(&authtoken).build().unwrap();
    let err = with_authtoken.reserved_domains().get("rd_1").unwrap_err();
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.error_code.as_deref(), Some("ERR_NGROK_206"));
    assert!(api.msg.contains("[redacted]"), "{}", api.msg);

    // A revoked authtoken is just an unknown key.
    client.credentials().delete(&credential.id).unwrap();
    let answer = raw_request(
        &server,
        "GET",
        "/reserved_domains",
        &[("authorization", &bearer)],
        "",
    );
    assert_api_error(&answer, 401, Some("ERR_NGROK_202"));
}

#[test]
fn a_body_on_get_or_delete_is_400_err_ngrok_211() {
    let server = MockServer::start();
    for method in ["GET", "DELETE"] {
        let answer = raw_request(&server, method, "/reserved_domains/rd_1", &[JSON], "{}");
        let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_211"));
        assert!(msg.contains(method), "{msg}");
    }
    let answer = raw_request(&server, "GET", "/reserved_domains", &[JSON], r#"{"a":1}"#);
    assert_api_error(&answer, 400, Some("ERR_NGROK_211"));
    // The gate makes the check, for every service's collection alike.
    let answer = raw_request(&server, "GET", "/api_keys", &[JSON], "{}");
    assert_api_error(&answer, 400, Some("ERR_NGROK_211"));
}

#[test]
fn an_unknown_body_field_is_400_err_ngrok_214_naming_it() {
    let server = MockServer::start();
    let answer = raw_request(
        &server,
        "POST",
        "/ip_policies",
        &[JSON],
        r#"{"description":"x","flavour":"vanilla"}"#,
    );
    let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_214"));
    assert!(msg.contains("flavour"), "{msg}");
}

#[test]
fn a_body_without_a_json_content_type_is_400_err_ngrok_216() {
    let server = MockServer::start();
    let body = r#"{"description":"x"}"#;
    let answer = raw_request(&server, "POST", "/ip_policies", &[], body);
    assert_api_error(&answer, 400, Some("ERR_NGROK_216"));
    let plain = ("content-type", "text/plain");
    let answer = raw_request(&server, "POST", "/ip_policies", &[plain], body);
    assert_api_error(&answer, 400, Some("ERR_NGROK_216"));
    assert!(server.client().ip_policies().list().iter().next().is_none());
    let answer = raw_request(&server, "POST", "/api_keys", &[], body);
    assert_api_error(&answer, 400, Some("ERR_NGROK_216"));
}

#[test]
fn an_unsupported_version_is_400_err_ngrok_217_and_a_missing_one_218() {
    let server = MockServer::start();
    for version in ["1", "3", "two"] {
        let answer = raw_request(
            &server,
            "GET",
            "/reserved_domains",
            &[("ngrok-version", version)],
            "",
        );
        let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_217"));
        assert!(msg.contains(version), "{msg}");
    }
    let answer = raw_request(
        &server,
        "GET",
        "/reserved_domains",
        &[("ngrok-version", "")],
        "",
    );
    assert_api_error(&answer, 400, Some("ERR_NGROK_218"));
}

#[test]
fn a_path_id_that_is_not_prefix_underscore_alphanumerics_is_400_err_ngrok_223() {
    let server = MockServer::start();
    for id in [
        "rd",
        "rd_",
        "_abc",
        "rd-abc",
        "rd_a-b",
        "rd_a_b",
        "rd_a.b",
        "rd_%C3%A9",
        "..%2Fapi_keys",
    ] {
        let answer = get(&server, &format!("/reserved_domains/{id}"));
        assert_api_error(&answer, 400, Some("ERR_NGROK_223"));
    }
    // Every method, actions, and the parent's id in a nested path.
    let answer = raw_request(&server, "PATCH", "/ip_policies/not-an-id", &[JSON], "{}");
    assert_api_error(&answer, 400, Some("ERR_NGROK_223"));
    let answer = raw_request(&server, "DELETE", "/ip_policies/not-an-id", &[], "");
    assert_api_error(&answer, 400, Some("ERR_NGROK_223"));
    let answer = raw_request(
        &server,
        "DELETE",
        "/reserved_domains/x/certificate",
        &[],
        "",
    );
    assert_api_error(&answer, 400, Some("ERR_NGROK_223"));
    let answer = get(&server, "/edges/https/bad-edge/routes/edghtsrt_1");
    assert_api_error(&answer, 400, Some("ERR_NGROK_223"));
    let answer = get(&server, "/edges/https/bad-edge/mutual_tls");
    assert_api_error(&answer, 400, Some("ERR_NGROK_223"));
}

#[test]
fn a_path_id_with_another_services_prefix_is_400_err_ngrok_227_naming_the_prefix() {
    let server = MockServer::start();
    let answer = get(&server, "/reserved_domains/ipp_2abcDEF123");
    let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_227"));
    assert!(
        msg.contains("ipp_2abcDEF123") && msg.contains("`rd`"),
        "{msg}"
    );
    let answer = raw_request(&server, "DELETE", "/ip_policies/rd_1", &[], "");
    let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_227"));
    assert!(msg.contains("`ipp`"), "{msg}");
    // The parent's id and the item's id are each checked against their own service.
    let answer = get(&server, "/edges/https/edghtsrt_1/routes/edghtsrt_1");
    let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_227"));
    assert!(msg.contains("`edghts`"), "{msg}");
    let answer = get(&server, "/edges/https/edghts_1/routes/edghts_1");
    let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_227"));
    assert!(msg.contains("`edghtsrt`"), "{msg}");
    let answer = get(&server, "/event_subscriptions/ed_1/sources/x");
    let msg = assert_api_error(&answer, 400, Some("ERR_NGROK_227"));
    assert!(msg.contains("`esb`"), "{msg}");
}

#[test]
fn a_well_formed_id_that_does_not_exist_is_still_the_plain_404() {
    let server = MockServer::start();
    for path in [
        "/reserved_domains/rd_doesnotexist",
        "/edges/https/edghts_1/routes/edghtsrt_1",
        "/edges/https/edghts_1/mutual_tls",
        "/event_subscriptions/esb_1/sources/ip_policy_created.v0",
    ] {
        assert_api_error(&get(&server, path), 404, None);
    }
}

#[test]
fn placeholders_without_an_id_prefix_keep_working() {
    let server = MockServer::start();
    let client = server.client();
    // Event sources are keyed by their type, which has no prefix and contains a dot.
    let subscription = client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            sources: vec![EventSourceReplace {
                r#type: "ip_policy_created.v0".into(),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    let (status, body) = get(
        &server,
        &format!(
            "/event_subscriptions/{}/sources/ip_policy_created.v0",
            subscription.id
        ),
    );
    assert_eq!(
        (status, body["type"].as_str()),
        (200, Some("ip_policy_created.v0"))
    );
    // A singleton module lives at its parent's id.
    let edge = client
        .edges()
        .https()
        .create(&ngrok_api::types::HTTPSEdgeCreate::default())
        .unwrap();
    let (status, _) = get(&server, &format!("/edges/https/{}/mutual_tls", edge.id));
    assert_eq!(status, 200);
    assert!(client
        .edge_modules()
        .https_edge_mutual_tls()
        .get(&edge.id)
        .is_ok());
}

#[test]
fn an_unknown_query_parameter_is_400_err_ngrok_231_naming_it() {
    let server = MockServer::start();
    let msg = assert_api_error(
        &get(&server, "/reserved_domains?limit=5&colour=blue"),
        400,
        Some("ERR_NGROK_231"),
    );
    assert!(msg.contains("colour"), "{msg}");
    // A get takes no query parameters at all.
    assert_api_error(
        &get(&server, "/reserved_domains/rd_1?limit=5"),
        400,
        Some("ERR_NGROK_231"),
    );
    assert_api_error(
        &get(&server, "/api_keys?colour=blue"),
        400,
        Some("ERR_NGROK_231"),
    );
    // `filter` is a parameter of the api_keys list, not of the tunnels list.
    assert_api_error(
        &get(&server, "/tunnels?filter=x"),
        400,
        Some("ERR_NGROK_231"),
    );
}

#[test]
fn authentication_is_checked_before_the_version_and_the_path() {
    let server = MockServer::start();
    let answer = raw_request(
        &server,
        "GET",
        "/reserved_domains/not-an-id",
        &[("authorization", "Bearer wrong"), ("ngrok-version", "9")],
        "",
    );
    assert_api_error(&answer, 401, Some("ERR_NGROK_202"));
    let answer = raw_request(
        &server,
        "GET",
        "/reserved_domains/not-an-id",
        &[("ngrok-version", "9")],
        "",
    );
    assert_api_error(&answer, 400, Some("ERR_NGROK_217"));
}

#[test]
fn unknown_paths_are_404_and_wrong_methods_405() {
    let server = MockServer::start();
    let (status, body) = raw_request(&server, "GET", "/no_such_service", &[], "");
    assert_eq!(
        (status, body["msg"].as_str()),
        (404, Some("Resource not found"))
    );
    let (status, _) = raw_request(&server, "PUT", "/api_keys/ak_1", &[], "");
    assert_eq!(status, 405);
}
