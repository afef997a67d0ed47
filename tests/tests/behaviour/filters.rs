//! The `filter` of list calls against the emulator: every example of the API's filtering
//! guide selects the items it describes (and leaves out those it does not), every refusal
//! the guide implies is a 400 `invalid_cel_expression`, hostile filters (a parenthesis
//! bomb, a huge expression) are a 400 and the server keeps answering, and random filters
//! never panic and take steps linear in their length.

use ngrok_api::{Error, Timestamp};
use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Value};

/// Seeds one item of `service` with `fields` and returns its id.
fn seed(server: &MockServer, service: &str, fields: Value) -> String {
    let item = server
        .insert(service, fields)
        .unwrap_or_else(|e| panic!("{service}: {e}"));
    item["id"].as_str().unwrap().to_string()
}

fn at(seconds_from_now: i64) -> String {
    Timestamp::from_unix(Timestamp::now().unix_seconds() + seconds_from_now).to_string()
}

/// The ids a typed list with `filter` returns, in the list's order (newest first).
macro_rules! filtered {
    ($server:expr, $list:ident, $filter:expr) => {
        $server
            .client()
            .$list()
            .list()
            .filter($filter)
            .iter()
            .map(|item| item.unwrap_or_else(|e| panic!("{}: {e}", $filter)).id)
            .collect::<Vec<String>>()
    };
}

/// The API error a typed list with `filter` gets.
macro_rules! refused {
    ($server:expr, $list:ident, $filter:expr) => {
        match $server
            .client()
            .$list()
            .list()
            .filter($filter)
            .iter()
            .next()
        {
            Some(Err(Error::Api(api))) => api,
            other => panic!("{} was not refused: {other:?}", $filter),
        }
    };
}

#[test]
fn type_examples_select_endpoints_by_type() {
    let server = MockServer::start();
    let cloud = seed(
        &server,
        "endpoints",
        json!({"type": "cloud", "url": "https://a.example.com"}),
    );
    let agent = seed(
        &server,
        "endpoints",
        json!({"type": "agent", "url": "https://b.example.com"}),
    );
    seed(
        &server,
        "endpoints",
        json!({"type": "edge", "url": "https://c.example.com"}),
    );
    for filter in [
        r#"obj.type == "cloud" || obj.type == "agent""#,
        r#"obj.type in ["agent", "cloud"]"#,
    ] {
        assert_eq!(
            filtered!(server, endpoints, filter),
            [agent.as_str(), cloud.as_str()],
            "{filter}"
        );
    }
}

#[test]
fn binding_example_looks_inside_the_list_field() {
    let server = MockServer::start();
    let public = seed(&server, "endpoints", json!({"bindings": ["public"]}));
    let internal = seed(&server, "endpoints", json!({"bindings": ["internal", "x"]}));
    seed(&server, "endpoints", json!({"bindings": ["kubernetes"]}));
    seed(&server, "endpoints", json!({}));
    assert_eq!(
        filtered!(
            server,
            endpoints,
            r#""public" in obj.bindings || "internal" in obj.bindings"#
        ),
        [internal.as_str(), public.as_str()]
    );
}

#[test]
fn a_timestamp_with_an_offset_compares_by_instant() {
    let server = MockServer::start();
    // 09:23:45-07:00 is 16:23:45Z: one second before it matches, the instant itself not.
    let before = seed(
        &server,
        "reserved_domains",
        json!({"domain": "a.example.com", "created_at": "2025-10-31T16:23:44Z"}),
    );
    seed(
        &server,
        "reserved_domains",
        json!({"domain": "b.example.com", "created_at": "2025-10-31T16:23:45Z"}),
    );
    assert_eq!(
        filtered!(
            server,
            reserved_domains,
            r#"obj.created_at < timestamp("2025-10-31T09:23:45-07:00")"#
        ),
        [before.as_str()]
    );
}

#[test]
fn time_now_examples_move_with_the_clock() {
    let server = MockServer::start();
    let recent = seed(
        &server,
        "reserved_domains",
        json!({"domain": "new.example.com"}),
    );
    seed(
        &server,
        "reserved_domains",
        json!({"domain": "old.example.com", "created_at": at(-8 * 86_400)}),
    );
    assert_eq!(
        filtered!(
            server,
            reserved_domains,
            r#"obj.created_at >= timestamp(time.now).subtract("7d")"#
        ),
        [recent.as_str()]
    );
    let soon = seed(
        &server,
        "certificate_authorities",
        json!({"not_after": at(3_600)}),
    );
    seed(
        &server,
        "certificate_authorities",
        json!({"not_after": at(2 * 86_400)}),
    );
    assert_eq!(
        filtered!(
            server,
            certificate_authorities,
            r#"obj.not_after <= timestamp(time.now).add("24h")"#
        ),
        [soon.as_str()]
    );
}

/// On a deterministic server `time.now` is the server's clock, not the wall clock: moving
/// the clock moves what "the last 7 days" selects, with no sleep.
#[test]
fn time_now_reads_the_deterministic_clock() {
    let server = MockServer::builder().seed(11).start().unwrap();
    let client = server.client();
    let created = client
        .ip_policies()
        .create(&ngrok_api::types::IPPolicyCreate::default())
        .unwrap();
    let recent = "obj.created_at >= timestamp(time.now).subtract(\"7d\")";
    assert_eq!(
        filtered!(server, ip_policies, recent),
        vec![created.id.clone()]
    );
    server
        .clock()
        .advance(std::time::Duration::from_secs(8 * 24 * 3600));
    assert_eq!(filtered!(server, ip_policies, recent), Vec::<String>::new());
    let older = "obj.created_at < timestamp(time.now).subtract(\"7d\")";
    assert_eq!(filtered!(server, ip_policies, older), vec![created.id]);
}

#[test]
fn acl_example_treats_an_empty_list_as_null() {
    let server = MockServer::start();
    let open = seed(
        &server,
        "credentials",
        json!({"owner_id": "usr_x", "acl": []}),
    );
    seed(
        &server,
        "credentials",
        json!({"owner_id": "usr_x", "acl": ["bind:a.example.com"]}),
    );
    seed(
        &server,
        "credentials",
        json!({"owner_id": "usr_y", "acl": []}),
    );
    assert_eq!(
        filtered!(
            server,
            credentials,
            r#"obj.owner_id == "usr_x" && (obj.acl == null || obj.acl == "")"#
        ),
        [open.as_str()]
    );
}

#[test]
fn the_long_example_mixes_in_dates_and_contains() {
    let server = MockServer::start();
    let listed = seed(&server, "reserved_domains", json!({"domain": "foo.com"}));
    let cowbell = seed(
        &server,
        "reserved_domains",
        json!({"domain": "a.example.com", "created_at": "2025-05-09T23:59:59Z", "description": "more cowbell"}),
    );
    seed(
        &server,
        "reserved_domains",
        json!({"domain": "b.example.com", "created_at": "2025-05-10T00:00:00Z", "description": "more cowbell"}),
    );
    seed(
        &server,
        "reserved_domains",
        json!({"domain": "c.example.com", "created_at": "2025-05-01T00:00:00Z", "description": "bell"}),
    );
    assert_eq!(
        filtered!(
            server,
            reserved_domains,
            r#"obj.domain in ["foo.com","bar.com"] || (obj.created_at < timestamp("2025-05-10Z") && obj.description.contains("cowbell"))"#
        ),
        [cowbell.as_str(), listed.as_str()]
    );
}

#[test]
fn string_methods_of_the_guide_work_on_text_fields() {
    let server = MockServer::start();
    let api = seed(
        &server,
        "reserved_domains",
        json!({"domain": "myapi.ngrok.app"}),
    );
    seed(
        &server,
        "reserved_domains",
        json!({"domain": "web.ngrok.app"}),
    );
    assert_eq!(
        filtered!(
            server,
            reserved_domains,
            r#"obj.domain.startsWith("myapi.ngrok")"#
        ),
        [api.as_str()]
    );
    let policy = seed(&server, "ip_policies", json!({}));
    let ten = seed(
        &server,
        "ip_policy_rules",
        json!({"cidr": "10.0.0.0/8", "ip_policy": {"id": policy}}),
    );
    seed(
        &server,
        "ip_policy_rules",
        json!({"cidr": "192.168.0.0/16", "ip_policy": {"id": policy}}),
    );
    assert_eq!(
        filtered!(server, ip_policy_rules, r#"obj.cidr.contains("10.0.")"#),
        [ten.as_str()]
    );
    assert_eq!(
        filtered!(
            server,
            ip_policy_rules,
            r#"size(obj.cidr) == 10 && obj.cidr.endsWith("/8")"#
        ),
        [ten.as_str()]
    );
}

#[test]
fn each_refusal_is_a_400_naming_where_and_what() {
    let server = MockServer::start();
    for (filter, says) in [
        (
            r#"obj.uri == "x""#,
            "the fields that can are id, created_at, description, metadata, domain",
        ),
        (r#"obj.id.startsWith("rd_")"#, "refused on `obj.id`"),
        (
            r#"obj.certificate.id.contains("x")"#,
            "refused on `obj.certificate.id`",
        ),
        (
            r#"["a.example.com"] in obj.domain"#,
            "a list cannot be on the left of `in`",
        ),
        (
            "obj.domain in obj.description",
            "the left must be a literal",
        ),
        ("obj.domain[0] == \"a\"", "indexing"),
        ("size(obj.domain) + 1 > 2", "arithmetic"),
        ("obj.domain == \"a\" ? true : false", "conditional operator"),
        (r#"obj.domain.matches("a.*")"#, "not supported"),
        ("obj.domain == 'a' &&", "the filter ends"),
        ("this is not CEL", "unknown name `this`"),
    ] {
        let api = refused!(server, reserved_domains, filter);
        assert_eq!(api.status_code, 400, "{filter}");
        assert_eq!(
            api.error_code.as_deref(),
            Some("invalid_cel_expression"),
            "{filter}"
        );
        assert!(
            api.msg.contains(says) && api.msg.contains("at position"),
            "{filter}: {}",
            api.msg
        );
    }
}

#[test]
fn each_list_allows_only_its_documented_fields() {
    let server = MockServer::start();
    // `domain` is a field of both, but only reserved domains let a filter name it.
    seed(
        &server,
        "agent_ingresses",
        json!({"domain": "a.example.com"}),
    );
    assert_eq!(
        filtered!(server, agent_ingresses, r#"obj.domain == "a.example.com""#).len(),
        1
    );
    let api = refused!(server, tunnel_sessions, r#"obj.transport == "tcp""#);
    assert!(
        api.msg
            .contains("agent_version, ip, os, region, started_at, credential"),
        "{}",
        api.msg
    );
    let api = refused!(server, service_users, r#"obj.name == "bot""#);
    assert!(api.msg.contains("are id, created_at"), "{}", api.msg);
    // A field allows the fields nested in it.
    assert!(filtered!(server, ip_policy_rules, r#"obj.ip_policy.id == "ipp_1""#).is_empty());
}

#[test]
fn a_list_the_guide_leaves_out_takes_the_shared_fields_its_items_have() {
    // Every list of `ngrok-api` is in the guide; a service declared in another crate is not.
    let server = MockServer::builder()
        .service::<crate::outside_crate::Widgets>()
        .start()
        .unwrap();
    seed(
        &server,
        "widgets",
        json!({"name": "a", "size": 2, "description": "blue"}),
    );
    let (status, body) = raw_request(
        &server,
        "GET",
        "/widgets?filter=obj.description%3D%3D%22blue%22",
        &[],
        "",
    );
    assert_eq!(
        (status, body["widgets"].as_array().map(Vec::len)),
        (200, Some(1)),
        "{body}"
    );
    let (status, body) = raw_request(&server, "GET", "/widgets?filter=obj.size%3D%3D2", &[], "");
    assert_eq!(status, 400);
    let msg = body["msg"].as_str().unwrap();
    assert!(msg.contains("`obj.size` cannot be filtered on in widgets; the fields that can are id, created_at, description."), "{msg}");
}

fn encode(text: &str) -> String {
    text.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[test]
fn a_parenthesis_bomb_is_a_400_and_the_server_keeps_answering() {
    let server = MockServer::start();
    let bomb = format!("{}obj.a==1{}", "(".repeat(1000), ")".repeat(1000));
    let (status, body) = raw_request(
        &server,
        "GET",
        &format!("/reserved_domains?filter={}", encode(&bomb)),
        &[],
        "",
    );
    assert_eq!(status, 400);
    assert_eq!(body["error_code"], "invalid_cel_expression");
    assert!(body["details"]["operation_id"].is_string());
    let msg = body["msg"].as_str().unwrap();
    assert!(
        msg.contains("nested deeper than 64 levels") && msg.contains("at position 65"),
        "{msg}"
    );
    let (status, _) = raw_request(&server, "GET", "/reserved_domains", &[], "");
    assert_eq!(status, 200);
    // Sixty-four levels are still fine.
    let deep = format!("{}obj.domain==\"a\"{}", "(".repeat(64), ")".repeat(64));
    let (status, _) = raw_request(
        &server,
        "GET",
        &format!("/reserved_domains?filter={}", encode(&deep)),
        &[],
        "",
    );
    assert_eq!(status, 200);
}

#[test]
fn a_filter_over_4_kib_is_a_400() {
    let server = MockServer::start();
    let ok = vec![r#"obj.domain == "a.example.com""#; 120].join(" || ");
    assert!(ok.len() <= 4096);
    assert!(filtered!(server, reserved_domains, ok.as_str()).is_empty());
    let long = vec![r#"obj.domain == "a.example.com""#; 140].join(" || ");
    let api = refused!(server, reserved_domains, long.as_str());
    assert!(api.msg.contains("at most 4096"), "{}", api.msg);
}

fn config(cases: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(cases),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Pieces of filters, valid and not, for token soups.
const PIECES: &[&str] = &[
    "obj.domain",
    "obj.created_at",
    "obj.certificate.id",
    "obj.id",
    "obj.nope",
    "obj",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "&&",
    "||",
    "!",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    " in ",
    "'a'",
    "\"b\"",
    "\"",
    "12",
    "-3.5",
    "true",
    "null",
    "size(",
    "timestamp(",
    "time.now",
    ".add(\"1d\")",
    ".subtract(",
    ".startsWith(",
    ".contains(\"x\")",
    "\\",
    "é",
    " ",
    "+",
    "?",
    "=",
    "&",
    "\u{0}",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
}

/// An opening and its closing: nesting of every kind the parser counts.
fn nesting() -> impl Strategy<Value = String> {
    let level = prop::sample::select(&[("(", ")"), ("!(", ")"), ("size(", ")"), ("[", "]")][..]);
    (prop::collection::vec(level, 0..400), prop::bool::ANY).prop_map(|(levels, close)| {
        let open: String = levels.iter().map(|(o, _)| *o).collect();
        let shut: String = levels.iter().rev().map(|(_, c)| *c).collect();
        format!(
            "{open}obj.domain == 'a'{}",
            if close { shut } else { String::new() }
        )
    })
}

proptest! {
    #![proptest_config(config(48))]

    /// Through HTTP: any soup or nesting is answered 200 or 400, never anything else, and
    /// the server answers the next request.
    #[test]
    fn random_filters_get_a_200_or_a_400(text in prop_oneof![soup(), nesting()]) {
        let server = shared_server();
        let path = format!("/reserved_domains?filter={}", encode(&text));
        let (status, body) = raw_request(server, "GET", &path, &[], "");
        prop_assert!(status == 200 || (status == 400 && body["error_code"] == "invalid_cel_expression"),
            "{status} {body} for {text:?}");
    }
}

proptest! {
    #![proptest_config(config(1024))]

    /// The parser's steps (characters and tokens looked at) stay within a constant times
    /// the length, whatever the text; a nesting past 64 levels is refused as such.
    #[test]
    fn parse_steps_are_linear_in_the_length(text in prop_oneof![soup(), nesting()]) {
        let (result, steps) = ngrok_api_mock::__filter_parse_steps(&text, "reserved_domains");
        prop_assert!(steps <= 8 * (text.len() + 1), "{steps} steps for {} bytes: {text:?}", text.len());
        if let Err(e) = result {
            prop_assert!(e.starts_with("at position "), "{e}");
        }
    }

    #[test]
    fn nesting_past_the_limit_is_refused_by_depth(extra in 1usize..2000) {
        let depth = 64 + extra;
        let text = format!("{}obj.domain == 'a'{}", "(".repeat(depth), ")".repeat(depth));
        let (result, steps) = ngrok_api_mock::__filter_parse_steps(&text, "reserved_domains");
        match result {
            Err(e) => prop_assert!(e.contains("nested deeper than 64") || e.contains("at most 4096"), "{e}"),
            Ok(()) => prop_assert!(false, "{depth} levels parsed"),
        }
        prop_assert!(steps <= 8 * (text.len() + 1));
    }
}

/// One server for the HTTP property test's cases (they only read).
fn shared_server() -> &'static MockServer {
    static SERVER: std::sync::OnceLock<MockServer> = std::sync::OnceLock::new();
    SERVER.get_or_init(|| {
        let server = MockServer::start();
        seed(
            &server,
            "reserved_domains",
            json!({"domain": "a.example.com"}),
        );
        server
    })
}
