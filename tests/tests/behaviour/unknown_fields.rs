//! Fields the declarations do not know are kept, and a decode failure names its field.

use ngrok_api::types::{ReservedDomain, ReservedDomainList, ReservedDomainUpdate};
use ngrok_api::{Client, Error};
use ngrok_api_tests::{http_response, RawServer};
use serde_json::{json, Value};

/// A client of a server that answers every request with `body` (status 200).
fn serving(body: Value) -> (RawServer, Client) {
    let text = body.to_string();
    let server = RawServer::start(move |_| http_response(200, "application/json", &text));
    let client = Client::builder()
        .api_key("unknown-fields-key")
        .base_url(server.url())
        .max_retries(0)
        .build()
        .unwrap();
    (server, client)
}

/// A reserved domain as a newer API might send it: unknown fields at the top, in a nested
/// object and in an item of a list.
fn newer_domain() -> Value {
    json!({
        "id": "rd_1",
        "uri": "https://api.ngrok.com/reserved_domains/rd_1",
        "domain": "app.example.com",
        "created_at": "2026-11-27T10:00:00Z",
        "certificate": {"id": "cert_1", "uri": "https://api.ngrok.com/tls_certificates/cert_1",
                        "fingerprint": "ab:cd"},
        "resolves_to": [{"value": "eu", "weight": 3}],
        "dns_provider": {"name": "route53", "zone": "Z123"},
        "tier": 2
    })
}

#[test]
fn unknown_fields_survive_a_decode_and_serialise_round_trip() {
    let (_server, client) = serving(newer_domain());
    let domain = client.reserved_domains().get("rd_1").unwrap();

    assert_eq!(domain.domain, "app.example.com");
    assert_eq!(domain.unknown_fields.len(), 2);
    assert_eq!(domain.unknown_fields.get("tier"), Some(&json!(2)));
    assert_eq!(
        domain.unknown_fields.get("dns_provider"),
        Some(&json!({"name": "route53", "zone": "Z123"}))
    );
    let certificate = domain.certificate.as_ref().unwrap();
    assert_eq!(
        certificate.unknown_fields.get("fingerprint"),
        Some(&json!("ab:cd"))
    );
    assert_eq!(
        domain.resolves_to[0].unknown_fields.get("weight"),
        Some(&json!(3))
    );

    // Serialising gives back every field that came in, known or not.
    assert_gives_back(&serde_json::to_value(&domain).unwrap(), &newer_domain(), "");
}

/// `got` holds every key of `want` with its value; other keys are declared fields that a
/// response type writes although unset (`null`, `""`, `0`, `false`, empty).
fn assert_gives_back(got: &Value, want: &Value, path: &str) {
    match (got, want) {
        (Value::Object(got), Value::Object(want)) => {
            for (key, value) in want {
                let inner = format!("{path}.{key}");
                let Some(back) = got.get(key) else {
                    panic!("{inner} is lost");
                };
                assert_gives_back(back, value, &inner);
            }
            for (key, value) in got.iter().filter(|(key, _)| !want.contains_key(*key)) {
                let unset = match value {
                    Value::Null => true,
                    Value::Bool(b) => !b,
                    Value::Number(n) => n.as_f64() == Some(0.0),
                    Value::String(s) => s.is_empty(),
                    Value::Array(a) => a.is_empty(),
                    Value::Object(o) => o.is_empty(),
                };
                assert!(unset, "{path}.{key} was not sent but comes back as {value}");
            }
        }
        (Value::Array(got), Value::Array(want)) => {
            assert_eq!(got.len(), want.len(), "{path}");
            for (i, (got, want)) in got.iter().zip(want).enumerate() {
                assert_gives_back(got, want, &format!("{path}[{i}]"));
            }
        }
        _ => assert_eq!(got, want, "{path}"),
    }
}

#[test]
fn unknown_fields_of_list_items_are_kept() {
    let page = json!({
        "reserved_domains": [newer_domain()],
        "uri": "https://api.ngrok.com/reserved_domains",
        "total": 1
    });
    let decoded: ReservedDomainList = serde_json::from_value(page.clone()).unwrap();
    assert_eq!(decoded.unknown_fields.get("total"), Some(&json!(1)));
    assert_gives_back(&serde_json::to_value(&decoded).unwrap(), &page, "");

    let (_server, client) = serving(page);
    let items: Vec<ReservedDomain> = client
        .reserved_domains()
        .list()
        .iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(items[0].unknown_fields.get("tier"), Some(&json!(2)));
}

#[test]
fn debug_output_names_unknown_fields_but_hides_their_values() {
    let mut domain: ReservedDomain = serde_json::from_value(newer_domain()).unwrap();
    domain
        .unknown_fields
        .insert("new_token", json!("sk-very-secret-value"));
    let debug = format!("{domain:?}");
    assert!(debug.contains("new_token"), "{debug}");
    assert!(debug.contains("dns_provider"), "{debug}");
    assert!(!debug.contains("sk-very-secret-value"), "{debug}");
    assert!(!debug.contains("route53"), "{debug}");

    // Without unknown fields the Debug output does not mention them at all.
    let plain = ReservedDomain::default();
    assert!(!format!("{plain:?}").contains("unknown_fields"));
}

#[test]
fn fields_added_by_hand_are_sent_with_a_request() {
    let mut update = ReservedDomainUpdate {
        id: "rd_1".into(),
        description: Some("new".into()),
        ..Default::default()
    };
    update.unknown_fields.insert("tier", json!(3));
    let body = serde_json::to_value(&update).unwrap();
    assert_eq!(body, json!({"id": "rd_1", "description": "new", "tier": 3}));
}

#[test]
fn a_field_of_the_wrong_type_is_a_decode_error_naming_its_path() {
    let mut body = newer_domain();
    body["certificate"]["uri"] = json!(17);
    let (_server, client) = serving(body);
    let err = client.reserved_domains().get("rd_1").unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.path, "certificate.uri");
    assert_eq!(decode.status_code, 200);
    assert_eq!(decode.operation, "reserved_domains.get");
    let text = err.to_string();
    assert!(text.contains("at `certificate.uri`"), "{text}");
    assert!(text.contains("invalid type: integer `17`"), "{text}");
}

#[test]
fn a_failing_list_item_is_named_by_its_index() {
    let mut second = newer_domain();
    second["resolves_to"] = json!([{"value": "us"}, {"value": false}]);
    let page = json!({
        "reserved_domains": [newer_domain(), second],
        "uri": "https://api.ngrok.com/reserved_domains",
    });
    let (_server, client) = serving(page);
    let err = client
        .reserved_domains()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.path, "reserved_domains[1].resolves_to[1].value");
    assert!(
        err.to_string()
            .contains("at `reserved_domains[1].resolves_to[1].value`"),
        "{err}"
    );
}

#[test]
fn a_list_that_is_not_an_array_is_named() {
    let mut body = newer_domain();
    body["resolves_to"] = json!({"value": "us"});
    let (_server, client) = serving(body);
    let err = client.reserved_domains().get("rd_1").unwrap_err();
    assert!(
        matches!(&err, Error::Decode(d) if d.path == "resolves_to"),
        "{err:?}"
    );
}

#[test]
fn a_path_from_an_earlier_failure_does_not_leak_into_the_next_error() {
    // A failed decode outside the client leaves a path behind on this thread ...
    let stray = serde_json::from_value::<ReservedDomain>(json!({"domain": 1}));
    assert!(stray.is_err());
    // ... which must not show up in the next decode error, whose fault is the whole body.
    let server = RawServer::start(|_| http_response(200, "application/json", "[1, 2]"));
    let client = Client::builder()
        .api_key("k")
        .base_url(server.url())
        .build()
        .unwrap();
    let err = client.reserved_domains().get("rd_1").unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.path, "");
    assert!(
        decode
            .message
            .contains("expected a JSON object (ReservedDomain)"),
        "{}",
        decode.message
    );
}
