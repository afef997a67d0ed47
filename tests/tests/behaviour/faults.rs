//! The fault matrix: one test per row, each driving the client into one failure with the
//! emulator's scripted faults and asserting the outcome (retried and then succeeded, or the
//! specific error), how many requests the server saw, and that no POST was sent twice.
//! The rows are listed in the README's "Reliability" section.

use std::sync::Mutex;
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use log::{LevelFilter, Log, Metadata, Record};
use ngrok_api::types::{EndpointMutualTLSMutate, HTTPSEdgeCreate, IPPolicyCreate, IPPolicyUpdate};
use ngrok_api::{Client, Error, TransportErrorKind};
use ngrok_api_mock::{Fault, MockServer};
use ngrok_api_tests::{ip_policy, retrying, seen};

fn api_status(err: &Error) -> u16 {
    match err {
        Error::Api(api) => api.status_code,
        other => panic!("expected an API error, got {other:?}"),
    }
}

fn transport(err: &Error) -> &ngrok_api::TransportError {
    match err {
        Error::Transport(t) => t,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Idempotent calls are retried.
// ---------------------------------------------------------------------------------------

#[test]
fn get_retries_503_then_succeeds() {
    let server = MockServer::start();
    let client = retrying(&server);
    let policy = ip_policy(&client, "a");
    server.clear_requests();
    server.inject(Fault::status(503).on("GET", "/ip_policies").times(2));
    assert_eq!(client.ip_policies().get(&policy.id).unwrap(), policy);
    assert_eq!(seen(&server, "GET"), 3);
}

#[test]
fn get_retries_502_and_504_then_succeeds() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::status(502).on("GET", "/ip_policies"));
    server.inject(Fault::status(504).on("GET", "/ip_policies"));
    assert_eq!(client.ip_policies().list().iter().count(), 0);
    assert_eq!(seen(&server, "GET"), 3);
}

#[test]
fn get_retries_an_html_502_from_a_proxy() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::raw(
        502,
        "text/html",
        "<html><body>Bad Gateway</body></html>",
    ));
    assert_eq!(client.ip_policies().list().iter().count(), 0);
    assert_eq!(seen(&server, "GET"), 2);
}

#[test]
fn get_waits_as_long_as_retry_after_seconds_asks() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::api_error(429, "ERR_NGROK_226").retry_after("1"));
    let started = Instant::now();
    assert_eq!(client.ip_policies().list().iter().count(), 0);
    // The backoff alone would have waited at most 5 ms.
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(seen(&server, "GET"), 2);
}

#[test]
fn get_follows_retry_after_given_as_an_http_date() {
    let server = MockServer::start();
    let client = retrying(&server);
    // A date in the past means "now": retried at once rather than rejected as unreadable.
    server.inject(
        Fault::api_error(429, "ERR_NGROK_226").retry_after("Sun, 06 Nov 1994 08:49:37 GMT"),
    );
    assert_eq!(client.ip_policies().list().iter().count(), 0);
    assert_eq!(seen(&server, "GET"), 2);
}

#[test]
fn retry_after_is_capped_by_the_maximum_wait() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .max_retries(1)
        .max_retry_wait(Duration::from_millis(50))
        .build()
        .unwrap();
    server.inject(Fault::api_error(429, "ERR_NGROK_226").retry_after("3600"));
    let started = Instant::now();
    assert_eq!(client.ip_policies().list().iter().count(), 0);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "waited an hour's worth"
    );
    assert_eq!(seen(&server, "GET"), 2);
}

#[test]
fn get_gives_up_after_max_retries_with_the_last_error() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::status(503).times(10));
    let err = client.ip_policies().get("ipp_1").unwrap_err();
    assert_eq!(api_status(&err), 503);
    assert_eq!(seen(&server, "GET"), 4, "one try and three retries");
}

#[test]
fn max_retries_zero_sends_once() {
    let server = MockServer::start();
    let client = server.client(); // max_retries(0)
    server.inject(Fault::status(503).times(10));
    assert_eq!(
        api_status(&client.ip_policies().get("ipp_1").unwrap_err()),
        503
    );
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_500_is_not_retried() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::status(500).times(10));
    assert_eq!(
        api_status(&client.ip_policies().get("ipp_1").unwrap_err()),
        500
    );
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn get_retries_a_dropped_connection() {
    let server = MockServer::start();
    let client = retrying(&server);
    let policy = ip_policy(&client, "a");
    server.clear_requests();
    server.inject(Fault::drop_connection().on("GET", "/ip_policies"));
    assert_eq!(client.ip_policies().get(&policy.id).unwrap(), policy);
    assert_eq!(seen(&server, "GET"), 2);
}

#[test]
fn get_retries_a_truncated_body() {
    let server = MockServer::start();
    let client = retrying(&server);
    let policy = ip_policy(&client, "a");
    server.clear_requests();
    server.inject(Fault::truncated_body().on("GET", "/ip_policies"));
    assert_eq!(client.ip_policies().get(&policy.id).unwrap(), policy);
    assert_eq!(seen(&server, "GET"), 2);
}

#[test]
fn get_retries_after_a_timeout_then_succeeds() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .max_retries(1)
        .retry_base_delay(Duration::from_millis(5))
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    server.inject(Fault::delay(Duration::from_secs(2)).on("GET", "/ip_policies"));
    assert_eq!(client.ip_policies().list().iter().count(), 0);
    assert_eq!(seen(&server, "GET"), 2);
}

#[test]
fn put_is_retried() {
    let server = MockServer::start();
    let client = retrying(&server);
    let edge = client
        .edges()
        .https()
        .create(&HTTPSEdgeCreate::default())
        .unwrap();
    server.clear_requests();
    server.inject(Fault::status(503).on("PUT", "/edges/https"));
    let module = client
        .edge_modules()
        .https_edge_mutual_tls()
        .replace(
            &edge.id,
            &EndpointMutualTLSMutate {
                enabled: Some(true),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(module.enabled, Some(true));
    assert_eq!(seen(&server, "PUT"), 2);
}

#[test]
fn delete_is_retried_and_deletes_once() {
    let server = MockServer::start();
    let client = retrying(&server);
    let policy = ip_policy(&client, "a");
    server.inject(Fault::status(504).on("DELETE", "/ip_policies"));
    client.ip_policies().delete(&policy.id).unwrap();
    assert_eq!(seen(&server, "DELETE"), 2);
    assert!(client
        .ip_policies()
        .get(&policy.id)
        .unwrap_err()
        .is_not_found());
}

// ---------------------------------------------------------------------------------------
// POST and PATCH are sent once unless nothing was sent.
// ---------------------------------------------------------------------------------------

#[test]
fn post_is_not_retried_on_503() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::status(503).on("POST", "/ip_policies"));
    let err = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap_err();
    assert_eq!(api_status(&err), 503);
    assert_eq!(seen(&server, "POST"), 1);
}

#[test]
fn post_is_retried_on_429_and_creates_once() {
    let server = MockServer::start();
    let client = retrying(&server);
    // The rate limit refuses a request before doing anything, so a POST is safe to resend.
    server.inject(Fault::api_error(429, "ERR_NGROK_226").retry_after("0"));
    let created = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap();
    assert_eq!(seen(&server, "POST"), 2);
    let listed: Vec<String> = client
        .ip_policies()
        .list()
        .iter()
        .map(|p| p.unwrap().id)
        .collect();
    assert_eq!(listed, [created.id], "created exactly once");
}

#[test]
fn patch_is_retried_on_429() {
    let server = MockServer::start();
    let client = retrying(&server);
    let policy = ip_policy(&client, "a");
    server.inject(Fault::api_error(429, "ERR_NGROK_226").retry_after("0"));
    let updated = client
        .ip_policies()
        .update(&IPPolicyUpdate {
            id: policy.id.clone(),
            description: Some("b".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.description, "b");
    assert_eq!(seen(&server, "PATCH"), 2);
}

#[test]
fn post_gives_up_on_429_after_max_retries() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(
        Fault::api_error(429, "ERR_NGROK_226")
            .retry_after("0")
            .on("POST", "/ip_policies")
            .times(10),
    );
    let err = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap_err();
    assert_eq!(api_status(&err), 429);
    assert!(err.is_rate_limited(), "{err}");
    assert_eq!(seen(&server, "POST"), 4, "one try and three retries");
    assert_eq!(client.ip_policies().list().iter().count(), 0);
}

#[test]
fn post_whose_response_is_lost_reports_an_unknown_outcome_and_is_sent_once() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::lose_response().on("POST", "/ip_policies"));
    let err = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap_err();
    let t = transport(&err);
    assert!(t.outcome_unknown(), "{err}");
    assert!(
        err.to_string().contains("may have been carried out"),
        "{err}"
    );
    assert_eq!(seen(&server, "POST"), 1);
    // It did happen, exactly once.
    assert_eq!(client.ip_policies().list().iter().count(), 1);
}

#[test]
fn post_on_a_dropped_connection_reports_an_unknown_outcome() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::drop_connection().on("POST", "/ip_policies"));
    let err = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap_err();
    assert!(transport(&err).outcome_unknown(), "{err}");
    assert_eq!(seen(&server, "POST"), 1);
}

#[test]
fn post_that_times_out_is_not_retried_and_may_still_happen() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .max_retries(3)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    server.inject(Fault::delay(Duration::from_millis(800)).on("POST", "/ip_policies"));
    let err = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap_err();
    let t = transport(&err);
    assert_eq!(t.kind, TransportErrorKind::Timeout);
    assert!(t.outcome_unknown());
    assert_eq!(seen(&server, "POST"), 1);
    // The server carries it out once it wakes up: exactly why the client must not resend.
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(client.ip_policies().list().iter().count(), 1);
}

#[test]
fn patch_is_not_retried_on_503() {
    let server = MockServer::start();
    let client = retrying(&server);
    let policy = ip_policy(&client, "a");
    server.inject(Fault::status(503).on("PATCH", "/ip_policies"));
    let err = client
        .ip_policies()
        .update(&IPPolicyUpdate {
            id: policy.id.clone(),
            description: Some("b".into()),
            ..Default::default()
        })
        .unwrap_err();
    assert_eq!(api_status(&err), 503);
    assert_eq!(seen(&server, "PATCH"), 1);
    assert_eq!(
        client.ip_policies().get(&policy.id).unwrap().description,
        "a"
    );
}

/// Collects the client's log lines with the thread that logged them. The logger is
/// process-wide and the other tests of this binary run on other threads at the same time,
/// so a test reads only its own thread's lines (the client is synchronous: its retry loop
/// logs on the caller's thread).
struct CountRetries(Mutex<Vec<(ThreadId, String)>>);

impl Log for CountRetries {
    fn enabled(&self, _: &Metadata) -> bool {
        true
    }
    fn log(&self, record: &Record) {
        if record.target() == "ngrok_api" {
            let line = (std::thread::current().id(), record.args().to_string());
            self.0.lock().unwrap().push(line);
        }
    }
    fn flush(&self) {}
}

static RETRY_LOG: CountRetries = CountRetries(Mutex::new(Vec::new()));

#[test]
fn post_to_a_refused_connection_is_retried_because_nothing_was_sent() {
    // Nothing listens on this port once the listener is dropped.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _ = log::set_logger(&RETRY_LOG);
    log::set_max_level(LevelFilter::Debug);
    let client = Client::builder()
        .api_key("refused-key")
        .base_url(format!("http://127.0.0.1:{port}"))
        .max_retries(2)
        .retry_base_delay(Duration::from_millis(5))
        .build()
        .unwrap();
    let err = client
        .ip_policies()
        .create(&IPPolicyCreate::default())
        .unwrap_err();
    let t = transport(&err);
    assert_eq!(t.kind, TransportErrorKind::Connect);
    assert!(
        !t.outcome_unknown(),
        "nothing was sent, so the outcome is known"
    );
    let retries = RETRY_LOG
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|(thread, line)| {
            *thread == std::thread::current().id()
                && line.starts_with("POST /ip_policies: retrying")
        })
        .count();
    assert_eq!(retries, 2, "two retries after the first refused attempt");
}

// ---------------------------------------------------------------------------------------
// Timeouts, broken and hostile responses.
// ---------------------------------------------------------------------------------------

#[test]
fn a_stalled_server_gives_a_timeout_close_to_the_configured_time() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .timeout(Duration::from_millis(400))
        .build()
        .unwrap();
    server.inject(Fault::delay(Duration::from_secs(5)));
    let started = Instant::now();
    let err = client.ip_policies().get("ipp_1").unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(transport(&err).kind, TransportErrorKind::Timeout);
    assert!(elapsed >= Duration::from_millis(390), "{elapsed:?}");
    assert!(
        elapsed < Duration::from_secs(4),
        "did not give up before the server answered: {elapsed:?}"
    );
}

#[test]
fn a_body_over_the_cap_is_refused_and_not_retried() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .max_retries(3)
        .max_response_bytes(64 * 1024)
        .build()
        .unwrap();
    server.inject(Fault::oversized_body(1024 * 1024).times(5));
    let err = client.ip_policies().get("ipp_1").unwrap_err();
    assert_eq!(transport(&err).kind, TransportErrorKind::BodyTooLarge);
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn an_html_500_page_is_a_decode_error_with_status_and_snippet() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::raw(
        500,
        "text/html",
        "<html><h1>Internal Server Error</h1></html>",
    ));
    let err = client.ip_policies().get("ipp_1").unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("expected a decode error, got {err:?}")
    };
    assert_eq!(decode.status_code, 500);
    assert!(decode.snippet.starts_with("<html>"), "{}", decode.snippet);
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn an_empty_200_body_is_a_decode_error() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::raw(200, "application/json", ""));
    let err = client.ip_policies().get("ipp_1").unwrap_err();
    assert!(
        matches!(&err, Error::Decode(d) if d.status_code == 200 && d.snippet.is_empty()),
        "{err:?}"
    );
}

#[test]
fn truncated_json_is_a_decode_error() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::raw(
        200,
        "application/json",
        r#"{"id":"ipp_1","descr"#,
    ));
    let err = client.ip_policies().get("ipp_1").unwrap_err();
    assert!(
        matches!(&err, Error::Decode(d) if d.path.is_empty() && d.message.contains("EOF")),
        "{err:?}"
    );
}

#[test]
fn a_wrong_json_type_is_a_decode_error_naming_the_field() {
    let server = MockServer::start();
    let client = retrying(&server);
    server.inject(Fault::raw(
        200,
        "application/json",
        r#"{"id":"ipp_1","description":["x"]}"#,
    ));
    let err = client.ip_policies().get("ipp_1").unwrap_err();
    assert!(
        matches!(&err, Error::Decode(d) if d.path == "description"),
        "{err:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Rate limit and paging.
// ---------------------------------------------------------------------------------------

#[test]
fn the_rate_limit_is_waited_out_using_retry_after() {
    let server = MockServer::builder()
        .rate_limit(3, Duration::from_secs(1))
        .start()
        .unwrap();
    let client = retrying(&server);
    for _ in 0..5 {
        assert_eq!(client.ip_policies().list().iter().count(), 0);
    }
    let requests = server.requests().len();
    assert!(requests > 5, "no request was refused: {requests}");
    assert!(requests <= 5 + 2 * 3, "{requests}");
}

#[test]
fn the_rate_limit_answers_429_with_err_ngrok_226_and_retry_after() {
    let server = MockServer::builder()
        .rate_limit(1, Duration::from_secs(60))
        .start()
        .unwrap();
    let client = server.client();
    client.ip_policies().list().iter().count();
    let err = client
        .ip_policies()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    let Error::Api(api) = &err else {
        panic!("expected an API error, got {err:?}")
    };
    assert_eq!(api.status_code, 429);
    assert_eq!(api.error_code.as_deref(), Some("ERR_NGROK_226"));
    // The header itself, as sent.
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(server.addr()).unwrap();
    write!(
        stream,
        "GET /ip_policies HTTP/1.1\r\nhost: x\r\nauthorization: Bearer {}\r\n\
         ngrok-version: 2\r\nconnection: close\r\n\r\n",
        server.api_key()
    )
    .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    assert!(raw.starts_with("HTTP/1.1 429 "), "{raw}");
    let retry_after: u64 = raw
        .lines()
        .find_map(|line| line.strip_prefix("retry-after: "))
        .expect("a Retry-After header")
        .trim()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
}

#[test]
fn a_list_that_fails_midway_keeps_what_it_gave_and_can_resume() {
    let server = MockServer::start();
    let client = retrying(&server);
    let mut created: Vec<String> = (0..5)
        .map(|i| ip_policy(&client, &i.to_string()).id)
        .collect();
    created.reverse(); // the API lists newest first
    let mut items = client.ip_policies().list().limit(2).iter();
    let first: Vec<String> = items.by_ref().take(2).map(|p| p.unwrap().id).collect();
    assert_eq!(first, created[..2]);
    server.inject(Fault::status(500).on("GET", "/ip_policies"));
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
    assert_eq!(before_id.as_deref(), Some(first[1].as_str()));
    assert_eq!(api_status(source), 500);
    assert_eq!(err.status_code(), Some(500));
    assert!(err.to_string().contains("to resume"), "{err}");
    assert!(items.next().is_none(), "the list ends after the error");

    let rest: Vec<String> = client
        .ip_policies()
        .list()
        .limit(2)
        .before_id(before_id.clone().unwrap())
        .iter()
        .map(|p| p.unwrap().id)
        .collect();
    let all: Vec<String> = first.into_iter().chain(rest).collect();
    assert_eq!(all, created, "nothing lost, nothing twice");
}

#[test]
fn a_list_page_that_fails_with_503_is_retried_without_losing_items() {
    let server = MockServer::start();
    let client = retrying(&server);
    for i in 0..5 {
        ip_policy(&client, &i.to_string());
    }
    let mut items = client.ip_policies().list().limit(2).iter();
    let mut ids: Vec<String> = items.by_ref().take(2).map(|p| p.unwrap().id).collect();
    server.inject(Fault::status(503).on("GET", "/ip_policies").times(2));
    ids.extend(items.map(|p| p.unwrap().id));
    assert_eq!(ids.len(), 5);
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), 5);
}
