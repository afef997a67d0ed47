//! The emulator's own promises: protocol checks, concurrency, lifecycle.

use ngrok_api::types::ReservedDomainCreate;
use ngrok_api::{Error, TransportErrorKind};
use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;

#[test]
fn a_body_on_get_is_refused_with_211() {
    let server = MockServer::start();
    let (status, body) = raw_request(
        &server,
        "GET",
        "/api_keys",
        &[("content-type", "application/json")],
        "{}",
    );
    assert_eq!(
        (status, body["error_code"].as_str()),
        (400, Some("ERR_NGROK_211"))
    );
}

#[test]
fn a_body_without_json_content_type_is_refused_with_216() {
    let server = MockServer::start();
    let (status, body) = raw_request(&server, "POST", "/api_keys", &[], r#"{"description":"x"}"#);
    assert_eq!(
        (status, body["error_code"].as_str()),
        (400, Some("ERR_NGROK_216"))
    );
}

#[test]
fn an_unknown_query_parameter_is_refused_with_231() {
    let server = MockServer::start();
    let (status, body) = raw_request(&server, "GET", "/api_keys?colour=blue", &[], "");
    assert_eq!(
        (status, body["error_code"].as_str()),
        (400, Some("ERR_NGROK_231"))
    );
    // `filter` exists on api_keys but not on tunnels.
    let (status, _) = raw_request(&server, "GET", "/tunnels?filter=x", &[], "");
    assert_eq!(status, 400);
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

#[test]
fn concurrent_clients_lose_and_double_nothing() {
    let server = MockServer::start();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let client = server.client();
            std::thread::spawn(move || {
                let domains = client.reserved_domains();
                let mut kept = Vec::new();
                for i in 0..25 {
                    let created = domains
                        .create(&ReservedDomainCreate {
                            domain: format!("t{t}-{i}.example.com"),
                            ..Default::default()
                        })
                        .unwrap();
                    // Delete every fifth one again.
                    if i % 5 == 0 {
                        domains.delete(&created.id).unwrap();
                    } else {
                        kept.push(created.id);
                    }
                }
                kept
            })
        })
        .collect();
    let mut expected: Vec<String> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let mut listed: Vec<String> = server
        .client()
        .reserved_domains()
        .list()
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    assert_eq!(listed.len(), 8 * 20);
    expected.sort();
    listed.sort();
    assert_eq!(listed, expected);
}

#[test]
fn a_dropped_server_stops_answering_even_on_kept_alive_connections() {
    let server = MockServer::start();
    let client = server.client();
    assert!(client.api_keys().list().iter().next().is_none());
    drop(server);
    let err = client.api_keys().get("ak_1").unwrap_err();
    assert!(
        matches!(&err, Error::Transport(t) if matches!(t.kind, TransportErrorKind::Connect | TransportErrorKind::Other)),
        "{err:?}"
    );
}

#[test]
fn insert_seeds_read_only_resources_and_explains_misuse() {
    let server = MockServer::start();
    let tunnel = server
        .insert(
            "tunnels",
            serde_json::json!({"public_url": "https://x.ngrok.app", "proto": "https"}),
        )
        .unwrap();
    let id = tunnel["id"].as_str().unwrap();
    assert!(id.starts_with("tn_"));
    let fetched = server.client().tunnels().get(id).unwrap();
    assert_eq!(fetched.public_url, "https://x.ngrok.app");
    assert!(
        fetched.started_at.unix_seconds() > 1_700_000_000,
        "started_at is filled in"
    );
    assert!(server
        .insert("nope", serde_json::json!({}))
        .unwrap_err()
        .contains("no service"));
    assert!(server
        .insert("tunnels", serde_json::json!([]))
        .unwrap_err()
        .contains("object"));
    assert!(server
        .insert("edges.https_routes", serde_json::json!({}))
        .unwrap_err()
        .contains("nested"));
}

#[test]
fn a_malformed_request_line_gets_a_400_and_the_connection_closes() {
    use std::io::{Read, Write};
    let server = MockServer::start();
    let mut stream = std::net::TcpStream::connect(server.addr()).unwrap();
    stream.write_all(b"NONSENSE\r\n\r\n").unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    assert!(raw.starts_with("HTTP/1.1 400"), "{raw}");
}

#[test]
fn garbage_on_the_wire_never_takes_the_emulator_down() {
    use std::io::{Read, Write};
    let server = MockServer::start();
    let pieces: [&[u8]; 10] = [
        b"GET ",
        b"/api_keys",
        b" HTTP/1.1\r\n",
        b"\r\n",
        b"content-length: 99999999999\r\n",
        b"transfer-encoding: chunked\r\n",
        b"\xff\xfe",
        b":",
        b"?limit=%zz",
        b"x",
    ];
    let mut state = 0x94D0_49BB_1331_11EBu64;
    for _ in 0..200 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let bytes: Vec<u8> = (0..state % 8)
            .flat_map(|i| pieces[((state >> (i * 4)) % 10) as usize].iter().copied())
            .collect();
        let mut stream = std::net::TcpStream::connect(server.addr()).unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(5)))
            .unwrap();
        let _ = stream.write_all(&bytes);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        assert!(
            answer.is_empty() || answer.starts_with(b"HTTP/1.1 "),
            "{:?}",
            String::from_utf8_lossy(&answer)
        );
    }
    // Still serving.
    assert!(server.client().api_keys().list().iter().next().is_none());
}
