//! The emulator as a server: it stops answering once dropped, seeds the items the API
//! cannot create, and survives malformed requests. (Its protocol checks are in
//! `protocol`, its behaviour under many clients in `concurrency`.)

use ngrok_api::{Error, TransportErrorKind};
use ngrok_api_mock::MockServer;

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
