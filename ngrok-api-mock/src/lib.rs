//! An in-process emulator of the ngrok HTTP API, for tests that need no account and no
//! network.
//!
//! [`MockServer::start`] serves, on a random loopback port, every service that
//! `ngrok-api` declares: ids with each resource's prefix, partial updates, newest-first
//! paging with `limit`, `before_id` and `next_page_uri`, nested resources, singleton
//! modules, and the API's JSON errors for a bad key, a missing `ngrok-version` header,
//! an unknown id or a bad body.
//!
//! ```
//! use ngrok_api::types::ReservedDomainCreate;
//!
//! let server = ngrok_api_mock::MockServer::start();
//! let client = server.client();
//! let created = client.reserved_domains().create(&ReservedDomainCreate {
//!     domain: "app.example.com".into(),
//!     ..Default::default()
//! })?;
//! assert!(created.id.starts_with("rd_"));
//! assert_eq!(client.reserved_domains().get(&created.id)?.domain, "app.example.com");
//! # Ok::<(), ngrok_api::Error>(())
//! ```
//!
//! The same server runs as a program, for other tools and languages:
//! `ngrok-api-mock --port 4040 --api-key secret`.
#![deny(missing_docs)]

mod api;
mod computed;
mod faults;
mod filter;
mod http;
mod ids;
mod schema;

use std::collections::{HashMap, VecDeque};
use std::io::BufReader;
use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use std::{fmt, io};

use ngrok_api::meta::ServiceMeta;
use ngrok_api::Client;
use serde_json::Value;

use crate::api::{error, Api, State};
use crate::faults::{FaultKind, Faults, RateLimit};
use crate::http::{
    encode_response, read_request, write_response, HttpRequest, HttpResponse, ReadError,
};

pub use crate::faults::Fault;

/// How many requests a server keeps for [`MockServer::requests`]; older ones are dropped.
pub const RECORDED_REQUESTS: usize = 10_000;

/// A request the emulator received, for assertions in tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The HTTP method (`"GET"`).
    pub method: String,
    /// The path, still percent-encoded (`"/reserved_domains/rd_…"`).
    pub path: String,
    /// The query string without `?` (empty when there is none).
    pub query: String,
    /// The headers, names lower-cased, in the order received. The `authorization` value
    /// is recorded as `Bearer [redacted]`; see [`RecordedRequest::authorized`].
    pub headers: Vec<(String, String)>,
    /// Whether the `authorization` header carried the server's API key.
    pub authorized: bool,
    /// The body as received.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The value of a header (name in lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Configures a [`MockServer`] before it starts.
#[derive(Default)]
pub struct MockServerBuilder {
    port: u16,
    api_key: Option<String>,
    services: Vec<&'static ServiceMeta>,
    rate_limit: Option<(usize, Duration)>,
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
}

struct Shared {
    api: Api,
    state: Mutex<State>,
    /// The most recent requests, at most [`RECORDED_REQUESTS`].
    requests: Mutex<VecDeque<RecordedRequest>>,
    stopping: AtomicBool,
    /// The open connections, so that stopping can close them (their threads block on read).
    connections: Mutex<HashMap<u64, TcpStream>>,
    next_connection: AtomicU64,
    faults: Mutex<Faults>,
    rate_limit: Option<Mutex<RateLimit>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in one connection's handler must not take the whole emulator down.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
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
    /// [`RECORDED_REQUESTS`] on a server that has seen more (so that a long-running
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

fn accept_loop(listener: &TcpListener, shared: &Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let id = shared.next_connection.fetch_add(1, Ordering::Relaxed);
        if let Ok(clone) = stream.try_clone() {
            lock(&shared.connections).insert(id, clone);
        }
        let shared = Arc::clone(shared);
        let _ = std::thread::Builder::new()
            .name("ngrok-api-mock-conn".into())
            .spawn(move || {
                serve_connection(stream, &shared);
                lock(&shared.connections).remove(&id);
            });
    }
}

fn serve_connection(stream: TcpStream, shared: &Shared) {
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let request = match read_request(&mut reader) {
            Ok(request) => request,
            Err(ReadError::Malformed(why)) => {
                let _ = write_response(&mut writer, &error(400, None, why), true);
                return;
            }
            Err(ReadError::Closed | ReadError::Io) => return,
        };
        record(shared, &request);
        let fault = lock(&shared.faults).take(&request.method, &request.path);
        let response = match fault {
            None => respond(shared, &request),
            Some(fault) => match faulted(shared, &request, fault, &mut writer) {
                Some(response) => response,
                None => return,
            },
        };
        let close = request.wants_close() || shared.stopping.load(Ordering::SeqCst);
        if write_response(&mut writer, &response, close).is_err() || close {
            return;
        }
    }
}

/// The answer to a request that met `fault`, or `None` when the fault has already ended
/// the connection (dropped it, or sent part of an answer).
fn faulted(
    shared: &Shared,
    request: &HttpRequest,
    fault: Fault,
    writer: &mut TcpStream,
) -> Option<HttpResponse> {
    let mut response = match fault.kind {
        FaultKind::Status(status, code) => error(
            status,
            code.as_deref(),
            format!("Injected fault: this request was answered with {status}."),
        ),
        FaultKind::Raw(status, content_type, body) => HttpResponse {
            status,
            headers: vec![("content-type".into(), content_type)],
            body,
        },
        FaultKind::Delay(delay) => {
            std::thread::sleep(delay);
            respond(shared, request)
        }
        FaultKind::Drop => return None,
        FaultKind::LoseResponse => {
            respond(shared, request);
            return None;
        }
        FaultKind::Truncate => {
            let response = respond(shared, request);
            let bytes = encode_response(&response, true);
            // The headers and the first half of the body.
            let cut = bytes.len() - response.body.len() / 2 - response.body.len() % 2;
            let _ = writer.write_all(&bytes[..cut]);
            let _ = writer.flush();
            return None;
        }
        FaultKind::Oversized(size) => HttpResponse {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: faults::padding_body(size),
        },
    };
    if let Some(value) = fault.retry_after {
        response.headers.push(("retry-after".into(), value));
    }
    Some(response)
}

/// Keeps a request for [`MockServer::requests`], its credential redacted.
fn record(shared: &Shared, request: &HttpRequest) {
    let authorized = bearer_token(request) == Some(shared.api.api_key.as_str());
    let mut recorded = lock(&shared.requests);
    if recorded.len() == RECORDED_REQUESTS {
        recorded.pop_front();
    }
    recorded.push_back(RecordedRequest {
        method: request.method.clone(),
        path: request.path.clone(),
        query: request.query.clone(),
        headers: request
            .headers
            .iter()
            .map(|(n, v)| {
                let v = if n == "authorization" {
                    "Bearer [redacted]".to_string()
                } else {
                    v.clone()
                };
                (n.clone(), v)
            })
            .collect(),
        authorized,
        body: request.body.clone(),
    });
}

/// The token of an `Authorization: Bearer <token>` header.
fn bearer_token(request: &HttpRequest) -> Option<&str> {
    request
        .header("authorization")
        .and_then(|a| a.strip_prefix("Bearer "))
        .map(str::trim)
}

fn respond(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let api = &shared.api;
    let auth = request.header("authorization");
    let token = bearer_token(request);
    let authorized = token == Some(api.api_key.as_str());
    match (auth, token) {
        (None, _) => {
            return error(
                401,
                Some("ERR_NGROK_200"),
                "The request has no Authorization header; send `Authorization: Bearer <API key>`.",
            )
        }
        (Some(raw), None) => {
            return error(
                401,
                Some("ERR_NGROK_201"),
                format!("The Authorization header '{raw}' is not of the form `Bearer <API key>`."),
            )
        }
        (_, Some(token)) if !authorized && api.is_authtoken(&lock(&shared.state), token) => {
            return api::authtoken_error(token)
        }
        (_, Some(token)) if !authorized => {
            return error(
                401,
                Some("ERR_NGROK_202"),
                format!("The API key '{token}' is not valid."),
            )
        }
        _ => {}
    }
    match request.header("ngrok-version") {
        None => {
            return error(
                400,
                Some("ERR_NGROK_218"),
                "The request has no ngrok-version header; send `ngrok-version: 2`.",
            )
        }
        Some("2") => {}
        Some(other) => {
            return error(
                400,
                Some("ERR_NGROK_217"),
                format!("The ngrok-version '{other}' is not supported; send `ngrok-version: 2`."),
            )
        }
    }
    if let Some(limit) = &shared.rate_limit {
        if let Err(wait) = lock(limit).admit(Instant::now()) {
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            let mut response = error(
                429,
                Some("ERR_NGROK_226"),
                "You have exceeded the rate limit of API requests for your account.",
            );
            response
                .headers
                .push(("retry-after".into(), seconds.to_string()));
            return response;
        }
    }
    let mut state = lock(&shared.state);
    api.handle(&mut state, request)
}
