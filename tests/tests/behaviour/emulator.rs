//! The emulator as a server: it stops answering once dropped, seeds the items the API
//! cannot create, and survives malformed requests. (Its protocol checks are in
//! `protocol`, its behaviour under many clients in `concurrency`.)

use ngrok_api::types::ReservedDomainCreate;
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

// ---------------------------------------------------------------------------------------
// The builder's host, public URL and state file.
// ---------------------------------------------------------------------------------------

/// A fresh path for a state file under the system's temporary directory (not created).
fn state_path(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "ngrok-api-mock-behaviour-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("state.json")
}

#[test]
fn host_chooses_the_address_and_the_url_follows_it() {
    let server = MockServer::builder()
        .host(std::net::Ipv4Addr::new(127, 0, 0, 2).into())
        .start()
        .unwrap();
    assert_eq!(server.addr().ip().to_string(), "127.0.0.2");
    assert!(
        server.url().starts_with("http://127.0.0.2:"),
        "{}",
        server.url()
    );
    assert_eq!(server.public_url(), server.url());
    assert!(server.client().tunnels().list().iter().next().is_none());
}

#[test]
fn public_url_is_written_into_uri_and_next_page_uri() {
    let server = MockServer::builder()
        .public_url("http://mock:18040/")
        .start()
        .unwrap();
    assert_eq!(server.public_url(), "http://mock:18040");
    let client = server.client();
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "a.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        created.uri,
        format!("http://mock:18040/reserved_domains/{}", created.id)
    );
    client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "b.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    let page = client
        .request(ngrok_api::Method::Get, "/reserved_domains")
        .query("limit", "1")
        .send_json()
        .unwrap();
    let next = page["next_page_uri"].as_str().unwrap();
    assert!(
        next.starts_with("http://mock:18040/reserved_domains?"),
        "{next}"
    );
    assert_eq!(page["uri"], "http://mock:18040/reserved_domains?limit=1");
}

#[test]
fn a_bad_public_url_is_refused_at_start_naming_it() {
    for bad in [
        "mock:18040",
        "ftp://mock",
        "http://",
        "http://mock:18040/api",
        "http://mock?x",
    ] {
        let err = MockServer::builder().public_url(bad).start().unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput, "{bad}");
        assert!(err.to_string().contains(&format!("{bad:?}")), "{err}");
    }
}

#[test]
fn a_state_file_keeps_items_tokens_and_order_across_servers() {
    let path = state_path("keeps");
    let (domains, credential, token) = {
        let server = MockServer::builder().state_file(&path).start().unwrap();
        let client = server.client();
        let domains: Vec<_> = (0..3)
            .map(|i| {
                client
                    .reserved_domains()
                    .create(&ReservedDomainCreate {
                        domain: format!("d{i}.example.com"),
                        description: format!("kept {i}"),
                        ..Default::default()
                    })
                    .unwrap()
            })
            .collect();
        client.reserved_domains().delete(&domains[1].id).unwrap();
        let credential = client
            .credentials()
            .create(&ngrok_api::types::CredentialCreate::default())
            .unwrap();
        let token = credential.token.clone().unwrap();
        (domains, credential.id, token)
    };
    let server = MockServer::builder().state_file(&path).start().unwrap();
    let client = server.client();
    let listed: Vec<_> = client
        .reserved_domains()
        .list()
        .iter()
        .map(|d| d.unwrap())
        .collect();
    let ids: Vec<&str> = listed.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [domains[2].id.as_str(), domains[0].id.as_str()],
        "newest first, the deleted one gone"
    );
    assert_eq!(listed[1].description, "kept 0");
    assert_eq!(listed[1].created_at, domains[0].created_at);
    assert_eq!(
        client.credentials().get(&credential).unwrap().id,
        credential
    );
    // The authtoken is still known as one: refused as an API key with its own 400, not
    // the 401 of an unknown key.
    let as_key = server
        .client_builder()
        .api_key(token)
        .build()
        .unwrap()
        .tunnels()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    assert_eq!(as_key.status_code(), Some(400), "{as_key:?}");
    // Items made after the restart sort after the ones loaded.
    let later = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "later.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    let first = client
        .reserved_domains()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(first.id, later.id);
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn a_corrupt_state_file_is_an_error_and_is_left_alone() {
    let path = state_path("corrupt");
    std::fs::write(
        &path,
        "{\"format\": \"ngrok-api-mock state\", \"version\": 1",
    )
    .unwrap();
    let err = MockServer::builder().state_file(&path).start().unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
    let message = err.to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("EOF"), "{message}");
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "{\"format\": \"ngrok-api-mock state\", \"version\": 1",
        "never silently emptied"
    );
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

#[test]
fn direct_inserts_and_refused_requests_are_handled_like_requests() {
    let path = state_path("inserts");
    let session_id = {
        let server = MockServer::builder().state_file(&path).start().unwrap();
        let session = server
            .insert("tunnel_sessions", serde_json::json!({"region": "eu"}))
            .unwrap();
        // A refused change writes nothing new.
        let before = std::fs::read(&path).unwrap();
        let err = server
            .client()
            .reserved_domains()
            .delete("rd_0000000000000000000000000")
            .unwrap_err();
        assert_eq!(err.status_code(), Some(404));
        assert_eq!(std::fs::read(&path).unwrap(), before);
        session["id"].as_str().unwrap().to_string()
    };
    let server = MockServer::builder().state_file(&path).start().unwrap();
    assert_eq!(
        server
            .client()
            .tunnel_sessions()
            .get(&session_id)
            .unwrap()
            .region,
        "eu"
    );
    std::fs::remove_dir_all(path.parent().unwrap()).unwrap();
}

/// A deterministic server restarted on its state file goes on where it stopped: its
/// clock resumes at the saved time (not at the seed's start), new ids sort after the
/// loaded ones, and a reset empties the file too.
#[test]
fn a_deterministic_server_resumes_its_clock_and_ids_from_the_state_file() {
    use ngrok_api::types::{IPPolicy, IPPolicyCreate};
    let path = state_path("deterministic");
    let start = || {
        MockServer::builder()
            .seed(5)
            .state_file(&path)
            .start()
            .unwrap()
    };
    let create = |server: &MockServer| -> IPPolicy {
        let policies = server.client().ip_policies();
        policies.create(&IPPolicyCreate::default()).unwrap()
    };
    let (first, second) = {
        let server = start();
        let first = create(&server);
        server.clock().advance(std::time::Duration::from_secs(3600));
        (first, create(&server))
    };
    assert_eq!(second.created_at.as_str(), "2025-01-01T01:00:00Z");
    let server = start();
    let third = create(&server);
    assert_eq!(
        third.created_at.as_str(),
        "2025-01-01T01:00:00Z",
        "the clock resumed"
    );
    let listed: Vec<String> = server
        .client()
        .ip_policies()
        .list()
        .iter()
        .map(|p| p.unwrap().id)
        .collect();
    assert_eq!(listed, [third.id, second.id, first.id], "newest first");

    server.reset();
    assert_eq!(start().client().ip_policies().list().iter().count(), 0);
    let _ = std::fs::remove_file(&path);
}
