//! The transport's choices: root certificates (checked when the client is built, then
//! used in a real TLS handshake with `openssl s_server`), a proxy given to the builder
//! (through a loopback proxy that records what it is asked and tunnels to the emulator),
//! and an agent the user supplies, on which the client still imposes its rules.
//!
//! Proxies read from the environment are tested in their own binary, `proxy_env.rs`:
//! setting environment variables here would race with the tests on other threads.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ngrok_api::{ureq, Client, Error, TransportErrorKind};
use ngrok_api_mock::{Fault, MockServer};
use ngrok_api_tests::{http_response, RawServer};

/// The first page of IP policies, or the error of fetching it.
fn first_page(client: &Client) -> ngrok_api::Result<()> {
    let page = client.ip_policies().list().pages().next();
    page.expect("a list has a first page").map(drop)
}

fn config_error(builder: ngrok_api::ClientBuilder) -> String {
    match builder.build() {
        Err(Error::Config(why)) => why,
        other => panic!("expected a configuration error, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Root certificates.
// ---------------------------------------------------------------------------------------

/// A test-only certificate authority (P-256, valid until 2126) and a certificate it
/// signed for `localhost` and `127.0.0.1`, with that certificate's key. Made with
/// `openssl req -x509` and `openssl x509 -req`; they protect nothing.
const TEST_ROOT: &str = "-----BEGIN CERTIFICATE-----
MIIBozCCAUmgAwIBAgIURxiljIRSLNI90EDNdClzNapmli0wCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTbmdyb2stYXBpIHRlc3Qgcm9vdDAgFw0yNjEyMDEyMjI2NTha
GA8yMTI2MTEwNzIyMjY1OFowHjEcMBoGA1UEAwwTbmdyb2stYXBpIHRlc3Qgcm9v
dDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABDfk4Eq+tyfZmsGxXKGq38xnWepK
a7D7ghDEPDMoqzwvhi99PDel+4zKr/e5rGwPFBOoFdeFyxSO0GoMf96O1DejYzBh
MB0GA1UdDgQWBBQ646Is1Lvj0gxcFsPAtfmqt2KuvjAfBgNVHSMEGDAWgBQ646Is
1Lvj0gxcFsPAtfmqt2KuvjAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIC
BDAKBggqhkjOPQQDAgNIADBFAiBbQbn+/HaQpCWxvuIeK86wQY0kqOoMwqakkTzt
Gf9uaAIhAMvk+wzMtcBP1D8GuEE/qOARH142xhZPbKmY54r0oYfR
-----END CERTIFICATE-----
";
const LOCALHOST_CERT: &str = "-----BEGIN CERTIFICATE-----
MIIBxTCCAWygAwIBAgIUYH14FogFpDQtazaV3Fkfc6nYCcYwCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTbmdyb2stYXBpIHRlc3Qgcm9vdDAgFw0yNjEyMDEyMjI2NTha
GA8yMTI2MTEwNzIyMjY1OFowFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAEfmpW0LilT1zOj7RN3M68wFc3XxR+vgkbubftUOLk
wmc72Vd0FFSxUZC7klgS3WVW+oyKQADt+2t7lbO6DA/jo6OBjzCBjDAaBgNVHREE
EzARgglsb2NhbGhvc3SHBH8AAAEwCQYDVR0TBAIwADATBgNVHSUEDDAKBggrBgEF
BQcDATAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFBUfLhVKz8vj4dl1U7emxtZN
USfgMB8GA1UdIwQYMBaAFDrjoizUu+PSDFwWw8C1+aq3Yq6+MAoGCCqGSM49BAMC
A0cAMEQCIBjZcn6qbm+HJffvZ8E6FznJTMOFztuwRV+qvI/Avb7FAiAVAAVsS1a9
0mOIjNhZrKZ9MoSgY8GMhxKFdRQjclq6+Q==
-----END CERTIFICATE-----
";
const LOCALHOST_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgD552PR5ZeoxmD/aa
k26fH5LjBOXkld1sZr1Vm8kp41yhRANCAAR+albQuKVPXM6PtE3czrzAVzdfFH6+
CRu5t+1Q4uTCZzvZV3QUVLFRkLuSWBLdZVb6jIpAAO37a3uVs7oMD+Oj
-----END PRIVATE KEY-----
";

#[test]
fn root_certificates_must_be_pem_with_a_certificate() {
    let builder = || Client::builder().api_key("k");
    for (pem, why) in [
        ("", "no \"-----BEGIN CERTIFICATE-----\""),
        ("not a certificate", "no \"-----BEGIN CERTIFICATE-----\""),
        (LOCALHOST_KEY, "no \"-----BEGIN CERTIFICATE-----\""),
        (
            "-----BEGIN CERTIFICATE-----\n%%% not base64 %%%\n-----END CERTIFICATE-----\n",
            "malformed",
        ),
        ("-----BEGIN CERTIFICATE-----\nMIIB\n", "malformed"),
    ] {
        let message = config_error(builder().root_certificates(pem));
        assert!(message.starts_with("root certificates: "), "{message}");
        assert!(message.contains(why), "{pem:?}: {message}");
    }
    builder().root_certificates(TEST_ROOT).build().unwrap();
    // Several calls add up; a key among the certificates is skipped.
    builder()
        .root_certificates(TEST_ROOT)
        .root_certificates(format!("{LOCALHOST_KEY}{LOCALHOST_CERT}"))
        .build()
        .unwrap();
}

/// `openssl s_server` on a free loopback port with the `localhost` certificate, answering
/// each request with a small HTML page (`-www`); killed when dropped.
struct TlsServer {
    child: Child,
    port: u16,
    _dir: TempDir,
}

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl TlsServer {
    fn start() -> TlsServer {
        let dir = std::env::temp_dir().join(format!(
            "ngrok-api-tls-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cert.pem"), LOCALHOST_CERT).unwrap();
        std::fs::write(dir.join("key.pem"), LOCALHOST_KEY).unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let child = Command::new("openssl")
            .args(["s_server", "-quiet", "-www", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(dir.join("cert.pem"))
            .arg("-key")
            .arg(dir.join("key.pem"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("this test runs `openssl s_server`: install the openssl command");
        let server = TlsServer {
            child,
            port,
            _dir: TempDir(dir),
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "openssl s_server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A refused certificate. rustls reports it inside an I/O error, which the client cannot
/// tell from other I/O errors without depending on rustls itself: its kind is `Other`
/// with rustls and `Tls` with native-tls, and its message names the certificate.
fn assert_untrusted(error: &ngrok_api::TransportError) {
    assert!(
        matches!(
            error.kind,
            TransportErrorKind::Tls | TransportErrorKind::Other
        ),
        "{error}"
    );
    assert!(error.to_string().contains("certificate"), "{error}");
}

#[test]
fn the_given_root_certificates_are_the_ones_trusted() {
    let server = TlsServer::start();
    let builder = || {
        Client::builder()
            .api_key("a-test-key")
            .base_url(format!("https://localhost:{}", server.port))
            .max_retries(0)
    };
    // Trusting the test root, the handshake succeeds: what comes back is s_server's HTML
    // page, which is not the API's JSON.
    let trusting = builder().root_certificates(TEST_ROOT).build().unwrap();
    match first_page(&trusting) {
        Err(Error::Decode(_)) => {}
        other => panic!("expected the HTML page to fail decoding, got {other:?}"),
    }
    // With the default roots (Mozilla's, or the system's), the test root is unknown.
    let default = builder().build().unwrap();
    match first_page(&default) {
        Err(Error::Transport(t)) => assert_untrusted(&t),
        other => panic!("expected a TLS error, got {other:?}"),
    }
    // Trusting only another root, the same server is refused.
    let other_root = builder().root_certificates(LOCALHOST_CERT).build().unwrap();
    match first_page(&other_root) {
        Err(Error::Transport(t)) => assert_untrusted(&t),
        other => panic!("expected a TLS error, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// A proxy given to the builder.
// ---------------------------------------------------------------------------------------

/// A loopback HTTP proxy: records the head of every request it gets and answers a
/// `CONNECT` by tunnelling to the target.
struct Proxy {
    addr: SocketAddr,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&heads);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let recorded = Arc::clone(&recorded);
                std::thread::spawn(move || tunnel(stream, &recorded));
            }
        });
        Proxy { addr, heads }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

fn tunnel(mut client: TcpStream, heads: &Mutex<Vec<String>>) {
    // Byte by byte, so that nothing after the head is taken from the tunnel.
    let mut head = Vec::new();
    let mut byte = [0];
    while !head.ends_with(b"\r\n\r\n") {
        match client.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    heads.lock().unwrap().push(head.clone());
    let target = head
        .strip_prefix("CONNECT ")
        .and_then(|rest| rest.split(' ').next());
    let Some(Ok(mut upstream)) = target.map(TcpStream::connect) else {
        let _ = client.write_all(&http_response(502, "text/plain", "no tunnel"));
        return;
    };
    let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
    let (mut client_read, mut upstream_write) =
        (client.try_clone().unwrap(), upstream.try_clone().unwrap());
    std::thread::spawn(move || std::io::copy(&mut client_read, &mut upstream_write));
    let _ = std::io::copy(&mut upstream, &mut client);
}

#[test]
fn a_proxy_given_to_the_builder_carries_every_request() {
    let server = MockServer::start();
    let proxy = Proxy::start();
    let client = server
        .client_builder()
        .proxy(format!("http://user:s3cret@{}", proxy.addr))
        .build()
        .unwrap();
    assert_eq!(client.reserved_domains().list().iter().count(), 0);
    assert_eq!(server.requests().len(), 1);
    let heads = proxy.heads();
    assert_eq!(heads.len(), 1, "{heads:?}");
    // Through a CONNECT tunnel to the emulator, even though it is on loopback, with the
    // proxy's credentials (base64 of "user:s3cret").
    let emulator = server.url().trim_start_matches("http://");
    assert!(
        heads[0].starts_with(&format!("CONNECT {emulator} HTTP/1.1\r\n")),
        "{heads:?}"
    );
    assert!(
        heads[0]
            .to_ascii_lowercase()
            .contains("proxy-authorization: basic dxnlcjpzm2nyzxq="),
        "{heads:?}"
    );
    // The key travels only inside the tunnel.
    assert!(!heads[0].contains(server.api_key()));
}

#[test]
fn proxy_urls_are_checked_and_their_passwords_kept_out_of_sight() {
    let builder = || Client::builder().api_key("k");
    let bad = config_error(builder().proxy("ftp://user:s3cret@proxy.example:21"));
    assert!(bad.contains("not a valid proxy URL"), "{bad}");
    assert!(bad.contains("[redacted]@proxy.example"), "{bad}");
    assert!(!bad.contains("s3cret"), "{bad}");
    let debug = format!(
        "{:?}",
        builder()
            .api_key("my-secret-key")
            .proxy("http://user:s3cret@proxy.example:3128")
    );
    assert!(
        !debug.contains("s3cret") && !debug.contains("my-secret-key"),
        "{debug}"
    );
    assert!(debug.contains("proxy.example:3128"), "{debug}");
    builder()
        .proxy("http://proxy.example:3128")
        .build()
        .unwrap();
    builder().no_proxy().build().unwrap();
}

// ---------------------------------------------------------------------------------------
// An agent supplied by the user.
// ---------------------------------------------------------------------------------------

/// An agent with ureq's defaults: it follows redirects and turns 4xx and 5xx into errors,
/// which the client must override.
fn default_agent() -> ureq::Agent {
    ureq::Agent::new_with_defaults()
}

#[test]
fn a_supplied_agent_still_returns_api_errors_and_sends_the_clients_headers() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .user_agent("my-tool/1.0")
        .agent(default_agent())
        .build()
        .unwrap();
    match client.ip_policies().get("ipp_0000000000000000000000000") {
        Err(Error::Api(api)) => assert_eq!(api.status_code, 404),
        other => panic!("expected the API's 404, got {other:?}"),
    }
    // The same headers as from the client's own agent.
    let own = server
        .client_builder()
        .user_agent("my-tool/1.0")
        .build()
        .unwrap();
    first_page(&own).unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for name in ["user-agent", "authorization", "ngrok-version", "accept"] {
        assert_eq!(requests[0].header(name), requests[1].header(name), "{name}");
    }
    assert!(requests[0]
        .header("user-agent")
        .unwrap()
        .starts_with("my-tool/1.0 "));
}

#[test]
fn redirects_are_not_followed_even_by_a_supplied_agent() {
    let server = MockServer::start();
    let target = format!("{}/ip_policies", server.url());
    let redirector = RawServer::start(move |_| {
        format!("HTTP/1.1 302 Found\r\nlocation: {target}\r\ncontent-length: 0\r\n\r\n")
            .into_bytes()
    });
    for agent in [None, Some(default_agent())] {
        let mut builder = Client::builder()
            .api_key(server.api_key())
            .base_url(redirector.url())
            .max_retries(0);
        if let Some(agent) = agent {
            builder = builder.agent(agent);
        }
        match first_page(&builder.build().unwrap()) {
            // A 302 is not a success; its empty body is not the API's error body.
            Err(Error::Decode(d)) => assert_eq!(d.status_code, 302),
            other => panic!("expected the 302 as an error, got {other:?}"),
        }
    }
    assert_eq!(redirector.hits(), 2);
    assert!(server.requests().is_empty(), "a redirect was followed");
}

#[test]
fn a_supplied_agent_keeps_the_body_cap_and_the_builders_timeout() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .agent(default_agent())
        .max_response_bytes(4096)
        .timeout(Duration::from_millis(200))
        .max_retries(0)
        .build()
        .unwrap();
    server.inject(Fault::oversized_body(64 * 1024));
    match first_page(&client) {
        Err(Error::Transport(t)) => assert_eq!(t.kind, TransportErrorKind::BodyTooLarge),
        other => panic!("expected the body cap, got {other:?}"),
    }
    server.inject(Fault::delay(Duration::from_secs(3)));
    let started = Instant::now();
    match first_page(&client) {
        Err(Error::Transport(t)) => assert_eq!(t.kind, TransportErrorKind::Timeout),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn connection_settings_are_refused_alongside_a_supplied_agent() {
    let builder = || {
        Client::builder()
            .api_key("my-secret-key")
            .agent(default_agent())
    };
    for refused in [
        builder().proxy("http://proxy.example:3128"),
        builder().no_proxy(),
        builder().root_certificates(TEST_ROOT),
    ] {
        assert!(config_error(refused).contains("set them on the ureq::Agent"));
    }
    let debug = format!("{:?}", builder());
    assert!(
        debug.contains("[supplied]") && !debug.contains("my-secret-key"),
        "{debug}"
    );
}
