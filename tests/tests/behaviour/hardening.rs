//! The emulator's HTTP server against hostile or broken clients, over raw sockets: the
//! body cap (413), the request and idle timeouts (408, close), the connection cap (503),
//! request smuggling attempts and malformed heads (400), other HTTP versions (505),
//! HTTP/1.0's close, `Expect: 100-continue`, and the bearer scheme. Each test checks what
//! the server answers and that another client is still served afterwards. Every socket has
//! a generous read timeout, so a server that hangs fails the test instead of hanging it;
//! the timeouts are asserted by what happened, never by how long it took.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;
use serde_json::Value;

/// Far above every timeout the tests set, so a read past it means the server hung.
const PATIENCE: Duration = Duration::from_secs(10);
/// The timeouts the tests give the server: short, so the tests are quick.
const SHORT: Duration = Duration::from_millis(200);

/// One answer read off a connection.
#[derive(Debug)]
struct Answer {
    status: u16,
    /// Names lower-cased.
    headers: Vec<(String, String)>,
    body: Value,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Asserts the answer is `status` in the API's JSON error shape.
    fn assert_api_error(&self, status: u16) {
        assert_eq!(self.status, status, "{self:?}");
        assert_eq!(self.body["status_code"], status, "{self:?}");
        assert!(
            self.body["msg"].as_str().is_some_and(|m| !m.is_empty()),
            "{self:?}"
        );
        assert!(
            self.body["details"]["operation_id"]
                .as_str()
                .is_some_and(|id| id.starts_with("op_")),
            "{self:?}"
        );
    }

    fn assert_closing(&self) {
        assert_eq!(self.header("connection"), Some("close"), "{self:?}");
    }
}

struct Conn {
    reader: BufReader<TcpStream>,
}

impl Conn {
    fn open(server: &MockServer) -> Conn {
        let stream = TcpStream::connect(server.addr()).expect("connect to the emulator");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream.set_write_timeout(Some(PATIENCE)).unwrap();
        Conn {
            reader: BufReader::new(stream),
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.reader.get_mut().write_all(bytes).expect("send");
    }

    /// Reads one answer (interim or final), failing if the server hangs or closes first.
    fn answer(&mut self) -> Answer {
        let mut line = String::new();
        self.reader
            .read_line(&mut line)
            .expect("a status line in time");
        let status = line
            .strip_prefix("HTTP/1.1 ")
            .and_then(|rest| rest.get(..3))
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("not a status line: {line:?}"));
        let mut headers = Vec::new();
        loop {
            line.clear();
            self.reader.read_line(&mut line).expect("headers in time");
            let trimmed = line.trim_end();
            if trimmed.is_empty() {
                break;
            }
            let (name, value) = trimmed.split_once(':').expect("name: value");
            headers.push((name.to_ascii_lowercase(), value.trim().to_string()));
        }
        let length: usize = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .map_or(0, |(_, v)| v.parse().unwrap());
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).expect("the body in time");
        let body = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body).expect("a JSON body")
        };
        Answer {
            status,
            headers,
            body,
        }
    }

    /// Asserts the server closes the connection without sending anything more.
    fn assert_closed(&mut self) {
        let mut rest = Vec::new();
        match self.reader.read_to_end(&mut rest) {
            Ok(_) => assert!(rest.is_empty(), "{:?}", String::from_utf8_lossy(&rest)),
            // A reset is a close too; a timeout is not.
            Err(err) => assert_eq!(err.kind(), std::io::ErrorKind::ConnectionReset, "{err}"),
        }
    }
}

/// The head of an authorized request, without the blank line that ends it.
fn head(server: &MockServer, method: &str, path: &str, version: &str) -> String {
    format!(
        "{method} {path} {version}\r\nhost: 127.0.0.1\r\nauthorization: Bearer {}\r\n\
         ngrok-version: 2\r\n",
        server.api_key()
    )
}

/// A complete authorized GET of the API keys (an empty list) on HTTP/1.1.
fn list(server: &MockServer) -> Vec<u8> {
    format!("{}\r\n", head(server, "GET", "/api_keys", "HTTP/1.1")).into_bytes()
}

/// A complete authorized POST creating an IP policy, its body padded to `size` bytes.
fn create(server: &MockServer, size: usize) -> Vec<u8> {
    let json = r#"{"description":"hardening"}"#;
    let body = format!("{json}{}", " ".repeat(size - json.len()));
    format!(
        "{}content-type: application/json\r\ncontent-length: {size}\r\n\r\n{body}",
        head(server, "POST", "/ip_policies", "HTTP/1.1")
    )
    .into_bytes()
}

/// Another client, on a new connection, is served normally.
fn assert_still_served(server: &MockServer) {
    let mut conn = Conn::open(server);
    conn.send(&list(server));
    assert_eq!(conn.answer().status, 200);
}

/// Sends `bytes` on a new connection and asserts the answer is `status` in the API's
/// error shape, said to close the connection, which then closes.
fn assert_refused(server: &MockServer, bytes: &[u8], status: u16) {
    let mut conn = Conn::open(server);
    conn.send(bytes);
    let answer = conn.answer();
    answer.assert_api_error(status);
    answer.assert_closing();
    conn.assert_closed();
}

#[test]
fn a_body_over_the_cap_is_413_before_it_is_sent_and_one_at_the_cap_is_served() {
    let server = MockServer::builder().max_body_bytes(1024).start().unwrap();
    // Only the head is sent: the answer must not wait for the body.
    let over = format!(
        "{}content-type: application/json\r\ncontent-length: 1025\r\n\r\n",
        head(&server, "POST", "/ip_policies", "HTTP/1.1")
    );
    assert_refused(&server, over.as_bytes(), 413);
    let mut conn = Conn::open(&server);
    conn.send(&create(&server, 1024));
    assert_eq!(conn.answer().status, 201);
    // The refused request never reached the API.
    assert_eq!(server.client().ip_policies().list().iter().count(), 1);
    assert_still_served(&server);
}

#[test]
fn the_default_body_cap_is_one_mebibyte() {
    let server = MockServer::start();
    for (length, status) in [(10 << 20, 413), ((1 << 20) + 1, 413)] {
        let bytes = format!(
            "{}content-type: application/json\r\ncontent-length: {length}\r\n\r\n",
            head(&server, "POST", "/ip_policies", "HTTP/1.1")
        );
        assert_refused(&server, bytes.as_bytes(), status);
    }
    let mut conn = Conn::open(&server);
    conn.send(&create(&server, 1 << 20));
    assert_eq!(conn.answer().status, 201);
}

#[test]
fn expect_100_continue_is_answered_before_the_body_or_refused_at_once() {
    let server = MockServer::builder().max_body_bytes(1024).start().unwrap();
    let body = r#"{"description":"after 100"}"#;
    let mut conn = Conn::open(&server);
    conn.send(
        format!(
            "{}content-type: application/json\r\nexpect: 100-continue\r\n\
             content-length: {}\r\n\r\n",
            head(&server, "POST", "/ip_policies", "HTTP/1.1"),
            body.len()
        )
        .as_bytes(),
    );
    // The interim answer comes while the body is still unsent.
    assert_eq!(conn.answer().status, 100);
    conn.send(body.as_bytes());
    let created = conn.answer();
    assert_eq!(created.status, 201, "{created:?}");
    assert_eq!(created.body["description"], "after 100");
    // Too large: the final answer instead of 100 Continue.
    let over = format!(
        "{}content-type: application/json\r\nexpect: 100-continue\r\n\
         content-length: 4096\r\n\r\n",
        head(&server, "POST", "/ip_policies", "HTTP/1.1")
    );
    assert_refused(&server, over.as_bytes(), 413);
    // HTTP/1.0 predates Expect: no interim answer, the body is read as sent.
    let mut conn = Conn::open(&server);
    conn.send(
        format!(
            "{}content-type: application/json\r\nexpect: 100-continue\r\n\
             content-length: {}\r\n\r\n{body}",
            head(&server, "POST", "/ip_policies", "HTTP/1.0"),
            body.len()
        )
        .as_bytes(),
    );
    assert_eq!(conn.answer().status, 201);
    // An expectation the server does not know.
    let odd = format!(
        "{}expect: teapot\r\n\r\n",
        head(&server, "GET", "/api_keys", "HTTP/1.1")
    );
    assert_refused(&server, odd.as_bytes(), 417);
    assert_still_served(&server);
}

#[test]
fn a_request_not_complete_in_time_is_408_and_closed() {
    let server = MockServer::builder()
        .request_timeout(SHORT)
        .start()
        .unwrap();
    // A head that never ends.
    assert_refused(&server, b"GET /api_keys HTTP/1.1\r\nhost: x\r\n", 408);
    // A body that never comes in full.
    let mut short_body = create(&server, 64);
    short_body.truncate(short_body.len() - 10);
    assert_refused(&server, &short_body, 408);
    assert_still_served(&server);
}

#[test]
fn a_slowloris_is_cut_at_the_request_deadline_not_kept_alive_by_each_byte() {
    let server = MockServer::builder()
        .request_timeout(SHORT)
        .start()
        .unwrap();
    let mut conn = Conn::open(&server);
    conn.send(b"GET /api_keys HTTP/1.1\r\nx-slow: ");
    // One byte every 20 ms: each read is far quicker than the 200 ms timeout, so only a
    // deadline for the whole request can end this. The trickle stops by itself.
    let mut trickle = conn.reader.get_ref().try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let mut sent = 0;
        while sent < 500 && trickle.write_all(b"a").is_ok() {
            std::thread::sleep(Duration::from_millis(20));
            sent += 1;
        }
        sent
    });
    let answer = conn.answer();
    answer.assert_api_error(408);
    answer.assert_closing();
    let sent = sender.join().unwrap();
    assert!(sent < 500, "the server still read after {sent} bytes");
    assert_still_served(&server);
}

#[test]
fn an_idle_kept_alive_connection_is_closed_without_an_answer() {
    let server = MockServer::builder().idle_timeout(SHORT).start().unwrap();
    let mut conn = Conn::open(&server);
    conn.send(&list(&server));
    let answer = conn.answer();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("connection"), None, "kept alive: {answer:?}");
    // Then nothing: the server closes, sending no 408 since no request began.
    conn.assert_closed();
    // A connection that never says anything is closed too.
    Conn::open(&server).assert_closed();
    assert_still_served(&server);
}

#[test]
fn a_connection_beyond_the_cap_is_503_and_a_freed_slot_serves_again() {
    let server = MockServer::builder().max_connections(2).start().unwrap();
    let mut held: Vec<Conn> = (0..2)
        .map(|_| {
            let mut conn = Conn::open(&server);
            conn.send(&list(&server));
            assert_eq!(conn.answer().status, 200);
            conn
        })
        .collect();
    assert_refused(&server, &list(&server), 503);
    // The connections within the cap are still served.
    held[0].send(&list(&server));
    assert_eq!(held[0].answer().status, 200);
    // Once one closes, its slot serves a new client (the server notices the close on its
    // own thread, so the new client may be refused a few times first).
    held.pop();
    let give_up = Instant::now() + PATIENCE;
    loop {
        let mut conn = Conn::open(&server);
        conn.send(&list(&server));
        let status = conn.answer().status;
        if status == 200 {
            break;
        }
        assert_eq!(status, 503);
        assert!(
            Instant::now() < give_up,
            "no slot freed after a connection closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_flood_beyond_the_cap_is_all_answered_503_while_the_clients_hold_on() {
    let server = MockServer::builder().max_connections(1).start().unwrap();
    let mut held = Conn::open(&server);
    held.send(&list(&server));
    assert_eq!(held.answer().status, 200);
    // A hundred more at once, none of which closes until all are answered.
    let mut flood: Vec<Conn> = (0..100).map(|_| Conn::open(&server)).collect();
    for conn in &mut flood {
        conn.send(&list(&server));
    }
    for conn in &mut flood {
        let answer = conn.answer();
        answer.assert_api_error(503);
        answer.assert_closing();
    }
    held.send(&list(&server));
    assert_eq!(held.answer().status, 200);
}

#[test]
fn conflicting_or_combined_lengths_are_400_and_nothing_after_them_is_run() {
    let server = MockServer::start();
    let smuggled = format!(
        "{}\r\n",
        head(&server, "DELETE", "/api_keys/ak_1", "HTTP/1.1")
    );
    for framing in [
        "content-length: 2\r\ncontent-length: 40\r\n",
        "content-length: 2, 40\r\n",
        "content-length: 2\r\ntransfer-encoding: chunked\r\n",
        "transfer-encoding: chunked\r\ncontent-length: 2\r\n",
        "content-length: +2\r\n",
        "content-length: -1\r\n",
        "content-length: 0x2\r\n",
        "content-length: \r\n",
        "content-length: 2 2\r\n",
        "transfer-encoding: identity\r\ntransfer-encoding: chunked\r\n",
    ] {
        server.clear_requests();
        let bytes = format!(
            "{}content-type: application/json\r\n{framing}\r\n{{}}{smuggled}",
            head(&server, "POST", "/ip_policies", "HTTP/1.1")
        );
        let mut conn = Conn::open(&server);
        conn.send(bytes.as_bytes());
        let answer = conn.answer();
        answer.assert_api_error(400);
        answer.assert_closing();
        // One answer only, and neither request reached the API.
        conn.assert_closed();
        assert!(server.requests().is_empty(), "{framing:?}");
    }
    // The same length twice is one length.
    let mut conn = Conn::open(&server);
    conn.send(
        format!(
            "{}content-type: application/json\r\ncontent-length: 2\r\ncontent-length: 2\r\n\r\n{{}}",
            head(&server, "POST", "/ip_policies", "HTTP/1.1")
        )
        .as_bytes(),
    );
    assert_eq!(conn.answer().status, 201);
    assert_still_served(&server);
}

#[test]
fn versions_other_than_1_0_and_1_1_are_505_and_garbled_ones_400() {
    let server = MockServer::start();
    for version in ["HTTP/1.9", "HTTP/2.0", "HTTP/0.9", "HTTP/3"] {
        let bytes = format!("{}\r\n", head(&server, "GET", "/api_keys", version));
        assert_refused(&server, bytes.as_bytes(), 505);
    }
    for version in ["HTTP/1.1x", "HTTX/1.1", "http/1.1", "HTTP/11", "HTTP/"] {
        let bytes = format!("{}\r\n", head(&server, "GET", "/api_keys", version));
        assert_refused(&server, bytes.as_bytes(), 400);
    }
    assert_still_served(&server);
}

#[test]
fn http_1_0_closes_after_the_answer_unless_keep_alive_is_asked() {
    let server = MockServer::start();
    let plain = format!("{}\r\n", head(&server, "GET", "/api_keys", "HTTP/1.0"));
    let mut conn = Conn::open(&server);
    conn.send(plain.as_bytes());
    let answer = conn.answer();
    assert_eq!(answer.status, 200);
    answer.assert_closing();
    conn.assert_closed();
    // Asked to keep alive, it serves a second request on the same connection.
    let kept = format!(
        "{}connection: keep-alive\r\n\r\n",
        head(&server, "GET", "/api_keys", "HTTP/1.0")
    );
    let mut conn = Conn::open(&server);
    for _ in 0..2 {
        conn.send(kept.as_bytes());
        let answer = conn.answer();
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("connection"), None, "{answer:?}");
    }
    // And HTTP/1.1 asked to close, closes.
    let closing = format!(
        "{}connection: close\r\n\r\n",
        head(&server, "GET", "/api_keys", "HTTP/1.1")
    );
    let mut conn = Conn::open(&server);
    conn.send(closing.as_bytes());
    conn.answer().assert_closing();
    conn.assert_closed();
}

#[test]
fn malformed_heads_are_400_in_the_api_error_shape_then_closed() {
    let server = MockServer::start();
    let good = head(&server, "GET", "/api_keys", "HTTP/1.1");
    let cases: Vec<Vec<u8>> = vec![
        b"GET /api_keys\r\n\r\n".to_vec(),
        b"GET  /api_keys HTTP/1.1\r\n\r\n".to_vec(),
        b"GET api_keys HTTP/1.1\r\n\r\n".to_vec(),
        b"G(T /api_keys HTTP/1.1\r\n\r\n".to_vec(),
        format!("{good}no colon here\r\n\r\n").into_bytes(),
        format!("{good}bad name: x\r\n\r\n").into_bytes(),
        format!("{good}: no name\r\n\r\n").into_bytes(),
        format!("{good}x-folded: a\r\n  b\r\n\r\n").into_bytes(),
        format!("{good}x-nul: a\0b\r\n\r\n").into_bytes(),
        format!("{good}x-cr: a\rb\r\n\r\n").into_bytes(),
        [good.as_bytes(), b"x-bytes: \xff\xfe\r\n\r\n"].concat(),
        [b"GET /api_\xc3 HTTP/1.1\r\n".as_slice(), b"\r\n"].concat(),
        vec![b'a'; 70 * 1024],
    ];
    for bytes in cases {
        let mut conn = Conn::open(&server);
        conn.send(&bytes);
        let answer = conn.answer();
        answer.assert_api_error(400);
        answer.assert_closing();
        conn.assert_closed();
    }
    assert_still_served(&server);
}

#[test]
fn a_body_cut_short_by_a_half_close_or_a_head_cut_short_are_400() {
    let server = MockServer::start();
    let mut short_body = create(&server, 64);
    short_body.truncate(short_body.len() - 10);
    let cut_head = b"GET /api_keys HTTP/1.1\r\nhost: x".to_vec();
    for bytes in [short_body, cut_head] {
        let mut conn = Conn::open(&server);
        conn.send(&bytes);
        // The client says it is done sending; it still reads the answer.
        conn.reader.get_ref().shutdown(Shutdown::Write).unwrap();
        let answer = conn.answer();
        answer.assert_api_error(400);
        answer.assert_closing();
        conn.assert_closed();
    }
    assert!(server.requests().is_empty());
    assert_still_served(&server);
}

#[test]
fn the_bearer_scheme_is_case_insensitive_and_the_key_is_not() {
    let server = MockServer::start();
    let key = server.api_key().to_string();
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let authorization = format!("{scheme} {key}");
        let (status, body) = raw_request(
            &server,
            "GET",
            "/api_keys",
            &[("authorization", &authorization)],
            "",
        );
        assert_eq!(status, 200, "{scheme}: {body}");
    }
    let wrong_case = format!("Bearer {}", key.to_ascii_uppercase());
    let (status, body) = raw_request(
        &server,
        "GET",
        "/api_keys",
        &[("authorization", &wrong_case)],
        "",
    );
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error_code"], "ERR_NGROK_202", "{body}");
    for near in [
        &key[..key.len() - 1],
        &format!("{key}x"),
        &format!("{key}{key}"),
    ] {
        let authorization = format!("Bearer {near}");
        let (status, _) = raw_request(
            &server,
            "GET",
            "/api_keys",
            &[("authorization", &authorization)],
            "",
        );
        assert_eq!(status, 401, "{near}");
    }
}
