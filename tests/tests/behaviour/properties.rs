//! Property tests of response decoding and error mapping: whatever a server sends (any
//! status, any bytes, any JSON, answers of the right shape with one part broken), the
//! client returns a value or an `Error` of the class the response calls for, and never
//! panics. The model types decode every schema-valid value and round-trip what they decode.
//!
//! The unit tests beside the code already throw random text at the timestamp, URL and
//! filter parsers and random error bodies at `error_from_response`; these go through
//! HTTP and the public API instead.

use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use ngrok_api::meta::{FieldType, Schema};
use ngrok_api::types::{
    APIKey, APIKeyList, BotUser, Credential, Endpoint, EndpointMutualTLS, EventDestination,
    EventSubscription, HTTPSEdge, HTTPSEdgeRoute, IPPolicyRule, KubernetesOperator, ReservedDomain,
    ReservedDomainList, Tunnel, TunnelGroupBackend, TunnelSession,
};
use ngrok_api::{Client, Error, Model};
use ngrok_api_tests::RawServer;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::Config;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};

const KEY: &str = "property-test-key-5b1e";

/// `cases` cases, or as many as `PROPTEST_CASES` says (for a longer run by hand).
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

// ---------------------------------------------------------------------------------------
// Strategies

/// Short strings, mostly plain, sometimes any printable Unicode.
fn text() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "[a-zA-Z0-9 ._:/?=&-]{0,12}",
        1 => "\\PC{0,8}",
    ]
    .boxed()
}

/// Object keys: names the API's types use (so that arbitrary JSON often lands on a
/// declared field, with the wrong type) and arbitrary ones.
fn key() -> BoxedStrategy<String> {
    prop_oneof![
        2 => prop::sample::select(vec![
            "id", "uri", "created_at", "description", "metadata", "domain", "region",
            "reserved_domains", "keys", "next_page_uri", "token", "msg", "status_code",
            "error_code", "details", "operation_id", "certificate", "resolves_to", "routes",
        ])
        .prop_map(String::from),
        1 => text(),
    ]
    .boxed()
}

/// Any JSON value, nested up to a few levels.
fn any_json() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        short_decimal(),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..5)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
    .boxed()
}

/// A number with a fraction of up to three digits. serde_json reads longer ones back only to
/// within a bit or so (its `float_roundtrip` feature is off), which is serde_json's
/// trade-off and not the client's, so round-trip checks stay with these.
fn short_decimal() -> BoxedStrategy<Value> {
    (any::<i32>(), 0i32..4)
        .prop_map(|(m, e)| json!(f64::from(m) / 10f64.powi(e)))
        .boxed()
}

/// An RFC 3339 timestamp, with or without a fraction, in UTC or at an offset.
fn timestamp() -> BoxedStrategy<String> {
    (
        (1970u32..2100, 1u32..=12, 1u32..=28),
        (0u32..24, 0u32..60, 0u32..60),
        prop::option::of(1u32..=999_999_999),
        prop_oneof![
            Just("Z".to_string()),
            (0u32..24, 0u32..60, any::<bool>())
                .prop_map(|(h, m, east)| format!("{}{h:02}:{m:02}", if east { '+' } else { '-' }))
        ],
    )
        .prop_map(|((y, mo, d), (h, mi, s), nanos, zone)| {
            let fraction = nanos.map(|n| format!(".{n:09}")).unwrap_or_default();
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{fraction}{zone}")
        })
        .boxed()
}

/// A value of the JSON type `ty` as the API's schema describes it; objects go `depth`
/// levels deep (deeper ones are empty, which every type accepts), and may carry fields
/// the schema does not declare.
fn valid(ty: FieldType, depth: u32) -> BoxedStrategy<Value> {
    match ty {
        FieldType::String => text().prop_map(Value::String).boxed(),
        FieldType::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        // Non-negative: the schema does not say which integer fields are unsigned.
        FieldType::Integer => (0u32..1000).prop_map(Value::from).boxed(),
        FieldType::Float => short_decimal(),
        FieldType::Timestamp => timestamp().prop_map(Value::String).boxed(),
        FieldType::Json => any_json(),
        FieldType::Nullable(inner) => prop_oneof![Just(Value::Null), valid(inner(), depth)].boxed(),
        FieldType::List(_) | FieldType::Map(_) | FieldType::Object(_) if depth == 0 => {
            Just(match ty {
                FieldType::List(_) => json!([]),
                _ => json!({}),
            })
            .boxed()
        }
        FieldType::List(inner) => prop::collection::vec(valid(inner(), depth - 1), 0..3)
            .prop_map(Value::Array)
            .boxed(),
        FieldType::Map(inner) => {
            prop::collection::btree_map("[a-z]{1,6}", valid(inner(), depth - 1), 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect()))
                .boxed()
        }
        FieldType::Object(schema) => object(schema(), depth),
    }
}

fn object(schema: &'static Schema, depth: u32) -> BoxedStrategy<Value> {
    let fields: Vec<BoxedStrategy<Option<(&'static str, Value)>>> = schema
        .fields
        .iter()
        .map(|f| {
            let name = f.json;
            prop::option::of(valid((f.ty)(), depth.saturating_sub(1)).prop_map(move |v| (name, v)))
                .boxed()
        })
        .collect();
    let unknown = prop::collection::btree_map("x_[a-z]{1,5}", any_json(), 0..2);
    (fields, unknown)
        .prop_map(|(fields, unknown)| {
            let mut map: Map<String, Value> = unknown.into_iter().collect();
            for (name, value) in fields.into_iter().flatten() {
                map.insert(name.to_string(), value);
            }
            Value::Object(map)
        })
        .boxed()
}

/// Replaces the `n`-th node (in pre-order, wrapping around) of `value` with `with`.
fn replace_node(value: &mut Value, n: usize, with: Value) {
    fn count(v: &Value) -> usize {
        1 + match v {
            Value::Array(items) => items.iter().map(count).sum(),
            Value::Object(fields) => fields.values().map(count).sum(),
            _ => 0,
        }
    }
    fn walk(v: &mut Value, n: &mut usize, with: &mut Option<Value>) {
        if *n == 0 {
            if let Some(w) = with.take() {
                *v = w;
            }
            return;
        }
        *n -= 1;
        match v {
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, n, with)),
            Value::Object(fields) => fields.values_mut().for_each(|f| walk(f, n, with)),
            _ => {}
        }
    }
    let mut n = n % count(value);
    walk(value, &mut n, &mut Some(with));
}

/// A schema-valid value of `T`, and whether it is still valid: half of them have one node
/// replaced by arbitrary JSON (which is often of the wrong type).
fn maybe_broken<T: Model>(depth: u32) -> BoxedStrategy<(Value, bool)> {
    (
        object(T::schema(), depth),
        any::<bool>(),
        any::<Index>(),
        any_json(),
    )
        .prop_map(|(mut value, keep, at, with)| {
            if !keep {
                replace_node(&mut value, at.index(usize::MAX), with);
            }
            (value, keep)
        })
        .boxed()
}

// ---------------------------------------------------------------------------------------
// Decoding the model types

/// Decoding never panics; a schema-valid value always decodes; whatever decodes encodes
/// and decodes back to the same value; bytes and `Value` decode alike.
fn check_model<T>(value: &Value, schema_valid: bool) -> Result<(), TestCaseError>
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    let decoded = serde_json::from_value::<T>(value.clone());
    let from_bytes = serde_json::from_slice::<T>(&serde_json::to_vec(value).unwrap());
    prop_assert_eq!(
        decoded.is_ok(),
        from_bytes.is_ok(),
        "bytes and Value disagree"
    );
    match decoded {
        Ok(item) => {
            let encoded = serde_json::to_value(&item).unwrap();
            let again: T = serde_json::from_value(encoded.clone())
                .map_err(|e| TestCaseError::fail(format!("{e}: re-decoding {encoded}")))?;
            prop_assert_eq!(&again, &item);
            prop_assert_eq!(from_bytes.unwrap(), item);
        }
        Err(err) => {
            prop_assert!(
                !schema_valid,
                "a schema-valid value failed: {err}\n{value:#}"
            );
        }
    }
    Ok(())
}

macro_rules! model_properties {
    ($($test:ident: $ty:ty,)*) => {
        proptest! {
            #![proptest_config(config(64))]
            $(
                #[test]
                fn $test((value, valid) in maybe_broken::<$ty>(3)) {
                    check_model::<$ty>(&value, valid)?;
                }
            )*
        }
    };
}

model_properties! {
    reserved_domains_decode_or_fail_cleanly_and_round_trip: ReservedDomain,
    reserved_domain_pages_decode_or_fail_cleanly_and_round_trip: ReservedDomainList,
    api_keys_decode_or_fail_cleanly_and_round_trip: APIKey,
    api_key_pages_decode_or_fail_cleanly_and_round_trip: APIKeyList,
    credentials_decode_or_fail_cleanly_and_round_trip: Credential,
    https_edges_decode_or_fail_cleanly_and_round_trip: HTTPSEdge,
    https_edge_routes_decode_or_fail_cleanly_and_round_trip: HTTPSEdgeRoute,
    mutual_tls_modules_decode_or_fail_cleanly_and_round_trip: EndpointMutualTLS,
    endpoints_decode_or_fail_cleanly_and_round_trip: Endpoint,
    event_destinations_decode_or_fail_cleanly_and_round_trip: EventDestination,
    event_subscriptions_decode_or_fail_cleanly_and_round_trip: EventSubscription,
    ip_policy_rules_decode_or_fail_cleanly_and_round_trip: IPPolicyRule,
    kubernetes_operators_decode_or_fail_cleanly_and_round_trip: KubernetesOperator,
    tunnel_group_backends_decode_or_fail_cleanly_and_round_trip: TunnelGroupBackend,
    tunnel_sessions_decode_or_fail_cleanly_and_round_trip: TunnelSession,
    tunnels_decode_or_fail_cleanly_and_round_trip: Tunnel,
    bot_users_decode_or_fail_cleanly_and_round_trip: BotUser,
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_json_never_panics_any_model(value in any_json()) {
        // Not schema-valid in general: only "no panic, and round-trips if it decodes".
        check_model::<ReservedDomain>(&value, false)?;
        check_model::<HTTPSEdge>(&value, false)?;
        check_model::<EventSubscription>(&value, false)?;
        check_model::<APIKeyList>(&value, false)?;
    }
}

// ---------------------------------------------------------------------------------------
// Timestamps: equality, order and hashing by instant

/// Any RFC 3339 text from the year 0000 to 9999: 0 to 9 fraction digits (trailing zeros
/// too), `Z`, `-00:00` or another offset.
fn any_timestamp_text() -> BoxedStrategy<String> {
    (
        (0u32..=9999, 1u32..=12, 1u32..=28),
        (0u32..24, 0u32..60, 0u32..60),
        prop::option::of((0u32..1_000_000_000, 1usize..=9)),
        prop_oneof![
            Just("Z".to_string()),
            Just("-00:00".to_string()),
            (0u32..24, 0u32..60, any::<bool>())
                .prop_map(|(h, m, east)| format!("{}{h:02}:{m:02}", if east { '+' } else { '-' }))
        ],
    )
        .prop_map(|((y, mo, d), (h, mi, s), fraction, zone)| {
            let fraction = fraction
                .map(|(n, digits)| format!(".{}", &format!("{n:09}")[..digits]))
                .unwrap_or_default();
            format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{fraction}{zone}")
        })
        .boxed()
}

fn hash_of(t: &ngrok_api::Timestamp) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    t.hash(&mut hasher);
    hasher.finish()
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn timestamps_compare_and_hash_by_instant(a in any_timestamp_text(), b in any_timestamp_text()) {
        let (a, b): (ngrok_api::Timestamp, ngrok_api::Timestamp) = (a.parse()?, b.parse()?);
        let instant = |t: &ngrok_api::Timestamp| (t.unix_seconds(), t.subsec_nanos());
        prop_assert_eq!(a.cmp(&b), instant(&a).cmp(&instant(&b)));
        prop_assert_eq!(a == b, instant(&a) == instant(&b));
        if a == b {
            prop_assert_eq!(hash_of(&a), hash_of(&b));
        }
    }

    #[test]
    fn a_timestamp_rewritten_in_utc_is_equal_and_keeps_its_own_text(text in any_timestamp_text()) {
        let original: ngrok_api::Timestamp = text.parse()?;
        prop_assert_eq!(serde_json::to_value(&original).unwrap(), json!(text));
        // The same instant through SystemTime: written in UTC, equal, hashed alike.
        let utc = ngrok_api::Timestamp::from(std::time::SystemTime::try_from(&original)?);
        prop_assert!(utc.as_str().ends_with('Z'), "{}", utc);
        // Clamped only when an offset pushed the instant out of the four-digit years.
        let clamped = utc.as_str().starts_with("0000-01-01T00:00:00Z")
            || utc.as_str().starts_with("9999-12-31T23:59:59.999999999Z");
        if !clamped {
            prop_assert_eq!(&utc, &original);
            prop_assert_eq!(utc.cmp(&original), std::cmp::Ordering::Equal);
            prop_assert_eq!(hash_of(&utc), hash_of(&original));
            // And once more as "+00:00" with the fraction padded with zeros.
            let padded = match utc.as_str().split_once('.') {
                Some((whole, fraction)) => {
                    format!("{whole}.{:0<9}+00:00", fraction.trim_end_matches('Z'))
                }
                None => utc.as_str().replace('Z', ".000+00:00"),
            };
            let padded: ngrok_api::Timestamp = padded.parse()?;
            prop_assert_eq!(&padded, &original);
            prop_assert_eq!(hash_of(&padded), hash_of(&original));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Responses over HTTP

/// A loopback server answering every request with the response set last.
struct Scripted {
    server: RawServer,
    response: Arc<Mutex<Vec<u8>>>,
}

impl Scripted {
    fn start() -> Scripted {
        let response = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::clone(&response);
        let server = RawServer::start(move |_| shared.lock().unwrap().clone());
        Scripted { server, response }
    }

    fn answer(&self, status: u16, body: &[u8]) {
        let mut bytes = format!(
            "HTTP/1.1 {status} Whatever\r\ncontent-type: application/json\r\n\
             content-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        bytes.extend_from_slice(body);
        *self.response.lock().unwrap() = bytes;
    }

    fn client(&self) -> Client {
        Client::builder()
            .api_key(KEY)
            .base_url(self.server.url())
            .max_retries(0)
            .build()
            .unwrap()
    }
}

/// Statuses whose responses carry a body (no 1xx, 204, 205 or 304), success more often.
fn status() -> BoxedStrategy<u16> {
    prop_oneof![
        2 => prop_oneof![Just(200u16), Just(201), 202u16..=203, 206u16..=299],
        3 => prop_oneof![300u16..=303, 305u16..=599],
    ]
    .boxed()
}

/// A body: random bytes, random JSON, an API error body with random parts, or a
/// reserved domain (or page of them) with at most one part broken.
fn body() -> BoxedStrategy<Vec<u8>> {
    let error_body = (
        prop::option::of(prop_oneof![
            3 => "ERR_NGROK_[0-9]{1,4}".prop_map(Value::String),
            1 => any_json(),
        ]),
        prop::option::of(prop_oneof![
            3 => any::<u16>().prop_map(Value::from),
            1 => any_json(),
        ]),
        prop_oneof![3 => text().prop_map(Value::String), 1 => any_json()],
        prop::option::of(prop_oneof![
            3 => prop::collection::btree_map(key(), any_json(), 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            1 => any_json(),
        ]),
    )
        .prop_map(|(code, status, msg, details)| {
            let mut map = Map::new();
            map.insert("msg".into(), msg);
            for (name, value) in [
                ("error_code", code),
                ("status_code", status),
                ("details", details),
            ] {
                if let Some(v) = value {
                    map.insert(name.into(), v);
                }
            }
            Value::Object(map)
        });
    let to_bytes = |v: Value| serde_json::to_vec(&v).unwrap();
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..300),
        1 => any_json().prop_map(to_bytes),
        3 => error_body.prop_map(to_bytes),
        2 => maybe_broken::<ReservedDomain>(2).prop_map(move |(v, _)| to_bytes(v)),
        2 => page().prop_map(to_bytes),
        // Valid JSON cut short.
        1 => (maybe_broken::<ReservedDomain>(2), any::<Index>()).prop_map(|((v, _), at)| {
            let bytes = serde_json::to_vec(&v).unwrap();
            let end = at.index(bytes.len());
            bytes[..end].to_vec()
        }),
    ]
    .boxed()
}

/// A page of reserved domains whose `next_page_uri` is absent, empty, on the same
/// server, elsewhere, or arbitrary.
fn page() -> BoxedStrategy<Value> {
    let next = prop_oneof![
        Just(Value::Null),
        Just(json!("")),
        Just(json!("/reserved_domains?before_id=rd_1")),
        Just(json!("https://elsewhere.example/reserved_domains")),
        text().prop_map(Value::String),
    ];
    (maybe_broken::<ReservedDomainList>(2), next)
        .prop_map(|((mut page, _), next)| {
            if let Value::Object(map) = &mut page {
                map.insert("next_page_uri".into(), next);
            }
            page
        })
        .boxed()
}

/// What a non-2xx response must map to: an API error when the body is the API's error
/// shape, a decode error otherwise, and either way the response's status.
fn check_error_response(err: &Error, status: u16, body: &[u8]) -> Result<(), TestCaseError> {
    prop_assert_eq!(err.status_code(), Some(status), "{:?}", err);
    match err {
        Error::Api(api) => {
            let json: Value = serde_json::from_slice(body)
                .map_err(|e| TestCaseError::fail(format!("an API error from non-JSON: {e}")))?;
            prop_assert_eq!(json["msg"].as_str(), Some(api.msg.as_str()));
            prop_assert_eq!(api.status_code, status);
        }
        Error::Decode(decode) => {
            prop_assert_eq!(decode.status_code, status);
            prop_assert!(decode.snippet.len() <= ngrok_api::DecodeError::SNIPPET_LEN);
        }
        other => prop_assert!(false, "{status}: unexpected {other:?}"),
    }
    let line = err.to_string();
    prop_assert!(!line.contains('\n'), "Display is one line: {line}");
    Ok(())
}

fn success(status: u16) -> bool {
    (200..300).contains(&status)
}

proptest! {
    #![proptest_config(config(192))]

    #[test]
    fn a_get_returns_the_value_or_the_error_the_response_calls_for(
        status in status(),
        body in body(),
    ) {
        let server = SERVER.with(|s| s.clone());
        server.answer(status, &body);
        let result = server.client().reserved_domains().get("rd_1");
        let expected = serde_json::from_slice::<ReservedDomain>(&body);
        match result {
            Ok(domain) => {
                prop_assert!(success(status), "{status}: a value from an error status");
                prop_assert_eq!(Some(domain), expected.ok());
            }
            Err(Error::Decode(decode)) if success(status) => {
                prop_assert!(expected.is_err(), "a decodable body was refused: {decode}");
                prop_assert_eq!(decode.status_code, status);
                prop_assert_eq!(decode.operation, "reserved_domains.get");
                prop_assert!(decode.snippet.len() <= ngrok_api::DecodeError::SNIPPET_LEN);
            }
            Err(err) => {
                prop_assert!(!success(status), "{status}: unexpected {err:?}");
                check_error_response(&err, status, &body)?;
            }
        }
    }

    #[test]
    fn a_delete_succeeds_on_any_2xx_and_maps_any_other_status(
        status in status(),
        body in body(),
    ) {
        let server = SERVER.with(|s| s.clone());
        server.answer(status, &body);
        match server.client().ip_policies().delete("ipp_1") {
            Ok(()) => prop_assert!(success(status)),
            Err(err) => {
                prop_assert!(!success(status), "{status}: {err:?}");
                check_error_response(&err, status, &body)?;
            }
        }
    }

    #[test]
    fn a_list_yields_the_page_then_stops_at_one_error_whatever_the_answer(
        status in status(),
        body in body(),
    ) {
        let server = SERVER.with(|s| s.clone());
        server.answer(status, &body);
        let results: Vec<_> = server
            .client()
            .reserved_domains()
            .list()
            .iter()
            .take(1000)
            .collect();
        prop_assert!(results.len() < 1000, "the list did not end");
        let errors = results.iter().filter(|r| r.is_err()).count();
        prop_assert!(errors <= 1, "more than one error");
        if errors == 1 {
            prop_assert!(results.last().unwrap().is_err(), "the error is the last result");
        }
        let items: Vec<&ReservedDomain> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        if !success(status) {
            prop_assert_eq!(results.len(), 1);
            check_error_response(results[0].as_ref().unwrap_err(), status, &body)?;
            return Ok(());
        }
        match serde_json::from_slice::<ReservedDomainList>(&body) {
            Err(_) => {
                prop_assert_eq!(results.len(), 1);
                let err = results[0].as_ref().unwrap_err();
                prop_assert!(matches!(err, Error::Decode(d) if d.status_code == status), "{err:?}");
            }
            Ok(page) => {
                // The server answers every page alike: the items once, or twice when the
                // next page is on this server, then the refusal of a repeated page.
                let once: Vec<&ReservedDomain> = page.reserved_domains.iter().collect();
                let twice: Vec<&ReservedDomain> = once.iter().chain(&once).copied().collect();
                prop_assert!(items == once || items == twice, "{} items", items.len());
                match page.next_page_uri.as_deref() {
                    None | Some("") => prop_assert_eq!(errors, 0),
                    Some(_) => {
                        prop_assert_eq!(errors, 1);
                        let err = results.last().unwrap().as_ref().unwrap_err();
                        let refused = matches!(err, Error::UnsafeNextPage { .. });
                        // A next URL that passes the origin check but is no valid URI at
                        // all fails in the HTTP library, after the first page.
                        let unsendable = matches!(err, Error::ListInterrupted { source, .. }
                            if matches!(**source, Error::Transport(_)));
                        prop_assert!(refused || unsendable, "{err:?}");
                    }
                }
            }
        }
    }
}

thread_local! {
    /// One scripted server per test thread, reused by every case.
    static SERVER: Arc<Scripted> = Arc::new(Scripted::start());
}
