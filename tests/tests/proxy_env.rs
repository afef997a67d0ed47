//! Proxies from the environment, as the README's "TLS and proxies" section describes them:
//! read when the client is built (`ALL_PROXY`, `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`),
//! never for a loopback base URL, and overridden by `.no_proxy()` and `.proxy(..)`.
//!
//! A binary of its own, with one test: it sets environment variables, which every thread
//! of a process shares, and the behaviour binary runs its tests on parallel threads.

use std::sync::{Arc, Mutex};

use ngrok_api::{Client, ClientBuilder, Error};
use ngrok_api_mock::MockServer;
use ngrok_api_tests::{http_response, RawServer};

const VARIABLES: [&str; 8] = [
    "ALL_PROXY",
    "all_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
];

/// A proxy that records each request line and refuses to tunnel.
fn recording_proxy() -> (RawServer, Arc<Mutex<Vec<String>>>) {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&lines);
    let server = RawServer::start(move |line| {
        recorded.lock().unwrap().push(line.to_string());
        http_response(502, "text/plain", "no tunnel")
    });
    (server, lines)
}

/// A client of a host that does not exist (`.test` is reserved), so that only a proxy
/// can get anywhere with it.
fn remote() -> ClientBuilder {
    Client::builder()
        .api_key("a-test-key")
        .base_url("https://api.example.test")
        .max_retries(0)
}

/// Calls the API once; the call fails either way, at the proxy or at name resolution.
fn call(builder: ClientBuilder) {
    match builder.build().unwrap().reserved_domains().get("rd_1") {
        Err(Error::Transport(_)) => {}
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[test]
fn proxies_come_from_the_environment_unless_the_builder_says_otherwise() {
    for name in VARIABLES {
        std::env::remove_var(name);
    }
    let (proxy, lines) = recording_proxy();
    let seen = || lines.lock().unwrap().clone();
    let connect = "CONNECT api.example.test:443 HTTP/1.1".to_string();

    std::env::set_var("HTTPS_PROXY", proxy.url());
    call(remote());
    assert_eq!(
        seen(),
        std::slice::from_ref(&connect),
        "HTTPS_PROXY is used by default"
    );

    call(remote().no_proxy());
    assert_eq!(seen().len(), 1, ".no_proxy() ignores HTTPS_PROXY");

    let server = MockServer::start();
    assert_eq!(server.client().reserved_domains().list().iter().count(), 0);
    assert_eq!(seen().len(), 1, "a loopback base URL ignores HTTPS_PROXY");

    std::env::set_var("NO_PROXY", "localhost,.example.test");
    call(remote());
    assert_eq!(seen().len(), 1, "NO_PROXY names the host");
    std::env::remove_var("NO_PROXY");

    // The other names ureq reads, and HTTP_PROXY is used for https:// too.
    for name in ["ALL_PROXY", "http_proxy"] {
        std::env::remove_var("HTTPS_PROXY");
        std::env::set_var(name, proxy.url());
        call(remote());
        assert_eq!(seen().last(), Some(&connect), "{name}");
        std::env::remove_var(name);
    }
    assert_eq!(seen().len(), 3);

    // A proxy given to the builder wins over the environment's.
    let (other, other_lines) = recording_proxy();
    std::env::set_var("HTTPS_PROXY", proxy.url());
    call(remote().proxy(other.url()));
    assert_eq!(seen().len(), 3);
    assert_eq!(*other_lines.lock().unwrap(), [connect]);
}
