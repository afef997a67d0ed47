//! The server handle: [`MockServerBuilder`] binds the port and starts the accept loop on
//! a thread; [`MockServer`] gives the URL and key, a client, the recorded requests, fault
//! injection and direct inserts, and stops everything when dropped.

use std::collections::{HashMap, VecDeque};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;
use std::{fmt, io};

use ngrok_api::meta::ServiceMeta;
use ngrok_api::Client;
use serde_json::Value;

use crate::api::Api;
use crate::connection::accept_loop;
use crate::faults::{Fault, Faults, RateLimit};
use crate::ids;
use crate::limits::Limits;
use crate::recording::RecordedRequest;
use crate::shared::{lock, Shared};
use crate::store::State;

/// Configures a [`MockServer`] before it starts.
///
/// Every server holds its clients to caps and timeouts, so that no client can exhaust its
/// memory or threads or lock other clients out; each can be changed here:
///
/// | limit | default | answer past it | method |
/// |---|---|---|---|
/// | request body | 1 MiB | 413, before the body is read | [`max_body_bytes`](Self::max_body_bytes) |
/// | time from a request's first byte to its last | 30 s | 408 | [`request_timeout`](Self::request_timeout) |
/// | time a kept-alive connection waits for its next request | 60 s | closed | [`idle_timeout`](Self::idle_timeout) |
/// | open connections | 512 | 503 | [`max_connections`](Self::max_connections) |
///
/// The request head (request line and headers) is at most 64 KiB. Every refusal is
/// answered in the API's JSON error shape and closes the connection.
#[derive(Default)]
pub struct MockServerBuilder {
    port: u16,
    api_key: Option<String>,
    services: Vec<&'static ServiceMeta>,
    rate_limit: Option<(usize, Duration)>,
    limits: Limits,
}

impl fmt::Debug for MockServerBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServerBuilder")
            .field("port", &self.port)
            .field("services", &self.services.len())
            .finish_non_exhaustive()
    }
}

impl MockServerBuilder {
    /// The loopback port to listen on (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The API key the server accepts (default: a random one).
    pub fn api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = Some(api_key.into());
        self
    }

    /// Also serve a service declared outside `ngrok-api` (with `#[ngrok_api::service]`).
    pub fn service<S: ngrok_api::Service>(mut self) -> Self {
        self.services.push(S::meta());
        self
    }

    /// Enforce a rate limit like the API's account limit (which is 120 requests per rolling
    /// minute): past `max` authorized requests within any `window`, requests are refused
    /// with 429, `ERR_NGROK_226` and a `Retry-After` header giving the seconds until one
    /// fits again. Off by default.
    pub fn rate_limit(mut self, max: usize, window: Duration) -> Self {
        self.rate_limit = Some((max, window));
        self
    }

    /// Binds `127.0.0.1:<port>` and starts serving on a background thread.
    ///
    /// # Panics
    ///
    /// If the emulator's table of per-service special cases names a service that is not
    /// served: a defect of this crate, caught by its own tests, never of the caller.
    pub fn start(self) -> io::Result<MockServer> {
        let listener = TcpListener::bind(("127.0.0.1", self.port))?;
        let addr = listener.local_addr()?;
        let url = format!("http://{addr}");
        let api_key = self
            .api_key
            .unwrap_or_else(|| format!("mock_{}", ids::random_string(32)));
        let mut services: Vec<&'static ServiceMeta> =
            ngrok_api::registry().iter().map(|meta| meta()).collect();
        services.extend(self.services);
        let shared = Arc::new(Shared {
            api: Api::new(url.clone(), api_key.clone(), services),
            state: Mutex::new(State::default()),
            requests: Mutex::new(VecDeque::new()),
            stopping: AtomicBool::new(false),
            connections: Mutex::new(HashMap::new()),
            next_connection: AtomicU64::new(0),
            faults: Mutex::new(Faults::default()),
            rate_limit: self
                .rate_limit
                .map(|(max, window)| Mutex::new(RateLimit::new(max, window))),
            limits: self.limits,
        });
        let accept = {
            let shared = Arc::clone(&shared);
            std::thread::Builder::new()
                .name("ngrok-api-mock".into())
                .spawn(move || accept_loop(&listener, &shared))?
        };
        Ok(MockServer {
            shared,
            addr,
            url,
            api_key,
            accept: Some(accept),
        })
    }

    /// The largest request body accepted, in bytes (default 1 MiB, far above the API's
    /// largest legitimate bodies). A request announcing a longer `Content-Length` is
    /// answered 413 before any of its body is read (with `Expect: 100-continue`, instead
    /// of `100 Continue`), and its connection is closed.
    ///
    /// ```
    /// use std::io::{Read, Write};
    ///
    /// let server = ngrok_api_mock::MockServer::builder().max_body_bytes(16).start()?;
    /// let mut stream = std::net::TcpStream::connect(server.addr())?;
    /// stream.write_all(b"POST /ip_policies HTTP/1.1\r\ncontent-length: 17\r\n\r\n")?;
    /// let mut answer = String::new();
    /// stream.read_to_string(&mut answer)?;
    /// assert!(answer.starts_with("HTTP/1.1 413 "), "{answer}");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn max_body_bytes(mut self, max: usize) -> Self {
        self.limits.max_body_bytes = max;
        self
    }

    /// How long a request may take from its first byte to its last (default 30 s). Past
    /// it the request is answered 408 and the connection closed, however steadily its
    /// bytes trickle in. Writing an answer to a client that does not read it may block
    /// for as long, then the connection is closed.
    ///
    /// ```
    /// use std::io::{Read, Write};
    /// use std::time::Duration;
    ///
    /// let server = ngrok_api_mock::MockServer::builder()
    ///     .request_timeout(Duration::from_millis(100))
    ///     .start()?;
    /// let mut stream = std::net::TcpStream::connect(server.addr())?;
    /// stream.write_all(b"GET /api_keys HTTP/1.1\r\n")?; // and nothing more
    /// let mut answer = String::new();
    /// stream.read_to_string(&mut answer)?;
    /// assert!(answer.starts_with("HTTP/1.1 408 "), "{answer}");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.limits.request_timeout = timeout;
        self
    }

    /// How long a connection may wait for its next request, or a new one for its first
    /// (default 60 s); past it the connection is closed without an answer.
    ///
    /// ```
    /// use std::io::Read;
    /// use std::time::Duration;
    ///
    /// let server = ngrok_api_mock::MockServer::builder()
    ///     .idle_timeout(Duration::from_millis(100))
    ///     .start()?;
    /// let mut stream = std::net::TcpStream::connect(server.addr())?;
    /// // Sends nothing: the server closes the connection.
    /// assert_eq!(stream.read(&mut [0; 16])?, 0);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.limits.idle_timeout = timeout;
        self
    }

    /// How many connections may be open at once (default 512; each holds a thread). A
    /// connection beyond them is answered 503 without its request being read, and closed.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::builder().max_connections(64).start()?;
    /// assert!(server.client().api_keys().list().iter().next().is_none());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn max_connections(mut self, max: usize) -> Self {
        self.limits.max_connections = max;
        self
    }
}

/// A running emulator. It stops when dropped.
pub struct MockServer {
    shared: Arc<Shared>,
    addr: SocketAddr,
    url: String,
    api_key: String,
    accept: Option<JoinHandle<()>>,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("url", &self.url)
            .field("api_key", &"[redacted]")
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts an emulator of every `ngrok-api` service on a free loopback port, with a
    /// random API key.
    ///
    /// # Panics
    ///
    /// If no loopback port can be bound; use [`MockServer::builder`] to handle that.
    pub fn start() -> MockServer {
        MockServer::builder()
            .start()
            .unwrap_or_else(|err| panic!("ngrok-api-mock could not listen on 127.0.0.1: {err}"))
    }

    /// A builder, to choose the port or the key, or to add services declared elsewhere.
    pub fn builder() -> MockServerBuilder {
        MockServerBuilder::default()
    }

    /// The base URL, `http://127.0.0.1:<port>`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The API key the server accepts.
    pub fn api_key(&self) -> &str {
        &self.api_key
    }

    /// A client pointed at this server with its key, and retries disabled so that
    /// tests see every response as sent.
    pub fn client(&self) -> Client {
        self.client_builder()
            .build()
            .unwrap_or_else(|err| unreachable!("the emulator's own URL and key are valid: {err}"))
    }

    /// A client builder with this server's URL and key set, to adjust further.
    pub fn client_builder(&self) -> ngrok_api::ClientBuilder {
        Client::builder()
            .api_key(self.api_key.clone())
            .base_url(self.url.clone())
            .max_retries(0)
    }

    /// How many TCP connections the server has accepted; with keep-alive, one client
    /// making sequential calls uses one.
    pub fn connections_accepted(&self) -> u64 {
        self.shared.next_connection.load(Ordering::Relaxed)
    }

    /// Scripts a fault: the next matching request(s) fail as `fault` says (see [`Fault`]).
    /// Requests that meet a fault are still recorded in [`MockServer::requests`].
    pub fn inject(&self, fault: Fault) {
        lock(&self.shared.faults).push(fault);
    }

    /// How many uses of injected faults are left.
    pub fn pending_faults(&self) -> usize {
        lock(&self.shared.faults).pending()
    }

    /// The requests received so far, oldest first: all of them, or the latest
    /// [`RECORDED_REQUESTS`](crate::RECORDED_REQUESTS) on a server that has seen more (so that a long-running
    /// emulator does not grow without bound).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).iter().cloned().collect()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        lock(&self.shared.requests).clear();
    }

    /// Adds an item as the API would hold it, for resources that the API itself cannot
    /// create (tunnels, tunnel sessions). `service` is the qualified name (`"tunnels"`,
    /// `"edges.https"`); `fields` are in the resource's shape. The server fills in the
    /// id, `uri` and timestamps, and returns the stored item.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// let session = server.insert("tunnel_sessions", serde_json::json!({"region": "eu"})).unwrap();
    /// let id = session["id"].as_str().unwrap();
    /// assert_eq!(server.client().tunnel_sessions().get(id).unwrap().region, "eu");
    /// ```
    pub fn insert(&self, service: &str, fields: Value) -> Result<Value, String> {
        let meta = self
            .shared
            .api
            .service(service)
            .ok_or_else(|| format!("no service named {service:?}"))?;
        if meta.is_singleton() || meta.path.contains('{') {
            return Err(format!(
                "{service} is nested or a singleton; create it through its parent"
            ));
        }
        let Value::Object(fields) = fields else {
            return Err("fields must be a JSON object".into());
        };
        let mut state = lock(&self.shared.state);
        self.shared
            .api
            .insert(&mut state, meta, Vec::new(), fields)
            .map(Value::Object)
            .map_err(|response| String::from_utf8_lossy(&response.body).into_owned())
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.shared.stopping.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
        for (_, stream) in lock(&self.shared.connections).drain() {
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
    }
}
