//! Helpers shared by the workspace's behaviour tests.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A loopback server that answers every request with bytes chosen by a function of the
/// request line, and counts the requests it got. For responses the emulator would
/// never send (HTML error pages, pages pointing elsewhere).
pub struct RawServer {
    url: String,
    hits: Arc<AtomicUsize>,
}

impl RawServer {
    /// Starts serving on a free port; `respond` gets the request line (`GET /x HTTP/1.1`).
    pub fn start(respond: impl Fn(&str) -> Vec<u8> + Send + Sync + 'static) -> RawServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let url = format!("http://{}", listener.local_addr().expect("local addr"));
        let hits = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&hits);
        let respond = Arc::new(respond);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let counter = Arc::clone(&counter);
                let respond = Arc::clone(&respond);
                std::thread::spawn(move || serve(stream, &counter, &*respond));
            }
        });
        RawServer { url, hits }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// How many requests arrived.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

fn serve(stream: TcpStream, hits: &AtomicUsize, respond: &dyn Fn(&str) -> Vec<u8>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return;
    }
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    hits.fetch_add(1, Ordering::SeqCst);
    let mut stream = stream;
    let _ = stream.write_all(&respond(request_line.trim_end()));
}

/// A complete HTTP/1.1 response that closes the connection.
pub fn http_response(status: u16, content_type: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status} Status\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Sends one request to the emulator over a fresh connection, with its key and the
/// version header unless `headers` already names them, and returns the status and the
/// JSON body (`Value::Null` when the body is empty).
pub fn raw_request(
    server: &ngrok_api_mock::MockServer,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, serde_json::Value) {
    let mut head = format!("{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n");
    let has = |name: &str| headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name));
    if !has("authorization") {
        head.push_str(&format!("authorization: Bearer {}\r\n", server.api_key()));
    }
    if !has("ngrok-version") {
        head.push_str("ngrok-version: 2\r\n");
    }
    for (name, value) in headers {
        if !value.is_empty() {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str(&format!("content-length: {}\r\n\r\n{body}", body.len()));
    let mut stream = TcpStream::connect(server.addr()).expect("connect to the emulator");
    stream.write_all(head.as_bytes()).expect("send");
    let mut raw = String::new();
    stream.read_to_string(&mut raw).expect("read");
    let status = raw
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let body = raw.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    let json = if body.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::from_str(body).expect("a JSON body")
    };
    (status, json)
}

/// Asserts a timestamp is set and within a minute of now.
pub fn assert_recent(ts: &ngrok_api::Timestamp) {
    let now = ngrok_api::Timestamp::now().unix_seconds();
    assert!(ts.unix_seconds() > 0, "timestamp not set: {ts:?}");
    assert!(
        (now - ts.unix_seconds()).abs() <= 60,
        "timestamp {ts:?} is not recent (now {now})"
    );
}

/// Asserts a call failed with the API's 404.
pub fn assert_not_found<T: std::fmt::Debug>(result: ngrok_api::Result<T>) {
    match result {
        Ok(value) => panic!("expected 404, got {value:?}"),
        Err(err) => assert!(err.is_not_found(), "expected 404, got {err:?}"),
    }
}

/// Creates an IP policy with this description (the policy most tests need as a target or a
/// parent), panicking if the API refuses.
pub fn ip_policy(client: &ngrok_api::Client, description: &str) -> ngrok_api::types::IPPolicy {
    client
        .ip_policies()
        .create(&ngrok_api::types::IPPolicyCreate {
            description: description.into(),
            ..Default::default()
        })
        .unwrap()
}

/// A client of `server` that retries up to three times, quickly (5 ms base delay).
pub fn retrying(server: &ngrok_api_mock::MockServer) -> ngrok_api::Client {
    server
        .client_builder()
        .max_retries(3)
        .retry_base_delay(std::time::Duration::from_millis(5))
        .build()
        .expect("a client of the emulator")
}

/// How many requests with this HTTP method the emulator has received.
pub fn seen(server: &ngrok_api_mock::MockServer, method: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.method == method)
        .count()
}
