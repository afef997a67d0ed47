//! The server handle: [`MockServerBuilder`] binds the port and starts the accept loop on
//! a thread; [`MockServer`] gives the URL and key, a client, the recorded requests, fault
//! injection, direct inserts, reset and expectations, and stops everything when dropped
//! (then checks the expectations).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};
use std::{fmt, io};

use ngrok_api::meta::ServiceMeta;
use ngrok_api::Client;
use serde_json::Value;

use crate::api::Api;
use crate::clock::{self, Clock};
use crate::connection::accept_loop;
use crate::determinism::Sources;
use crate::expectations::{Expectation, Expectations, UnknownOperation, VerificationError};
use crate::faults::{Fault, Faults, RateLimit};
use crate::ids;
use crate::limits::Limits;
use crate::persistence;
use crate::recording::{Journal, RecordedRequest};
use crate::seeding::{self, SeedError};
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
    seed: Option<u64>,
    start_time: Option<SystemTime>,
    clock_step: Option<Duration>,
    limits: Limits,
    host: Option<IpAddr>,
    public_url: Option<String>,
    state_file: Option<PathBuf>,
}

impl fmt::Debug for MockServerBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServerBuilder")
            .field("port", &self.port)
            .field("services", &self.services.len())
            .field("seed", &self.seed)
            .finish_non_exhaustive()
    }
}

impl MockServerBuilder {
    /// The port to listen on (default 0: any free port).
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

    /// Deterministic mode: ids, secrets and computed values come from a generator seeded
    /// with `seed`, and the clock is stopped at a fixed time (2025-01-01T00:00:00Z unless
    /// [`start_time`](Self::start_time) says otherwise) and moves only through
    /// [`MockServer::clock`] (or [`clock_step`](Self::clock_step)). Two servers with the
    /// same seed, sent the same requests one after another, answer the same bytes.
    ///
    /// The API key stays random unless set with [`api_key`](Self::api_key): a key
    /// anyone could work out from a seed would be no key, and it never appears in an
    /// answer.
    ///
    /// ```
    /// use ngrok_api::types::ReservedDomainCreate;
    /// use ngrok_api_mock::MockServer;
    ///
    /// let create = ReservedDomainCreate {
    ///     domain: "app.example.com".into(),
    ///     ..Default::default()
    /// };
    /// let first = MockServer::builder().seed(42).start()?;
    /// let second = MockServer::builder().seed(42).start()?;
    /// let a = first.client().reserved_domains().create(&create)?;
    /// let b = second.client().reserved_domains().create(&create)?;
    /// assert_eq!(a.id, b.id);
    /// assert_eq!(a.created_at.as_str(), "2025-01-01T00:00:00Z");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// Starts the clock stopped at `start` (with or without [`seed`](Self::seed)); it
    /// then moves only through [`MockServer::clock`] or [`clock_step`](Self::clock_step).
    pub fn start_time(mut self, start: SystemTime) -> Self {
        self.start_time = Some(start);
        self
    }

    /// Moves the clock forward by `step` as each request arrives (before it is handled),
    /// so that a stopped clock still gives each request its own time. The program's
    /// `--seed` uses one millisecond. On a running (wall) clock it adds to real time.
    pub fn clock_step(mut self, step: Duration) -> Self {
        self.clock_step = Some(step);
        self
    }

    /// The clock and random generator this builder asks for.
    fn sources(&self) -> Sources {
        let clock = match (self.start_time, self.seed) {
            (Some(start), _) => Clock::stopped(start),
            (None, Some(_)) => Clock::stopped(clock::default_start()),
            (None, None) => Clock::wall(),
        };
        Sources::new(clock, self.seed, self.clock_step)
    }

    /// Loads the state file (if [`MockServerBuilder::state_file`] names one), binds
    /// `<host>:<port>` (default `127.0.0.1` and a free port) and starts serving on a
    /// background thread.
    ///
    /// # Errors
    ///
    /// A public URL that is not one ([`std::io::ErrorKind::InvalidInput`]); a state file
    /// that cannot be read or written, or is not a state file
    /// ([`std::io::ErrorKind::InvalidData`]); an address that cannot be bound. Each message
    /// names the URL, file or address.
    ///
    /// # Panics
    ///
    /// If the emulator's table of per-service special cases names a service that is not
    /// served: a defect of this crate, caught by its own tests, never of the caller.
    pub fn start(self) -> io::Result<MockServer> {
        let sources = Arc::new(self.sources());
        let public_url = self
            .public_url
            .as_deref()
            .map(check_public_url)
            .transpose()?;
        let mut services: Vec<&'static ServiceMeta> =
            ngrok_api::registry().iter().map(|meta| meta()).collect();
        services.extend(self.services);
        let host = self.host.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        let listener = TcpListener::bind((host, self.port)).map_err(|err| {
            let at = SocketAddr::from((host, self.port));
            io::Error::new(err.kind(), format!("cannot listen on {at}: {err}"))
        })?;
        let addr = listener.local_addr()?;
        let url = format!("http://{}", reachable(addr));
        let public_url = public_url.unwrap_or_else(|| url.clone());
        let api_key = self
            .api_key
            .unwrap_or_else(|| format!("mock_{}", ids::fresh_string(32)));
        let state_file = self.state_file.map(|path| persistence::StateFile {
            path,
            base_url: public_url.clone(),
            sources: Arc::clone(&sources),
        });
        let state = State::default();
        let state = match &state_file {
            Some(file) => {
                let served = |name: &str| services.iter().any(|m| m.qualified_name() == name);
                let state = persistence::load(file, state, served)?;
                // Written once now, so that a file that cannot be written is an error at
                // start rather than a 500 on the first change.
                persistence::save(file, &state).map_err(|err| {
                    let path = file.path.display();
                    io::Error::new(
                        err.kind(),
                        format!("cannot write the state file {path}: {err}"),
                    )
                })?;
                state
            }
            None => state,
        };
        let labels = services
            .iter()
            .flat_map(|s| s.operations.iter().map(|op| op.label))
            .collect();
        let shared = Arc::new(Shared {
            api: Api::new(public_url.clone(), api_key.clone(), services),
            state: Mutex::new(state),
            requests: Mutex::new(Journal::default()),
            expectations: Arc::new(Mutex::new(Expectations::default())),
            labels,
            stopping: AtomicBool::new(false),
            connections: Mutex::new(HashMap::new()),
            next_connection: AtomicU64::new(0),
            faults: Mutex::new(Faults::default()),
            rate_limit: Mutex::new(
                self.rate_limit
                    .map(|(max, window)| RateLimit::new(max, window)),
            ),
            sources,
            limits: self.limits,
            state_file,
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
            public_url,
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

    /// The address to listen on (default `127.0.0.1`). Beyond loopback (`0.0.0.0` for a
    /// container), anyone who can reach the port can use the API key, which travels in
    /// clear over plain HTTP: bind wider only on a network you trust.
    ///
    /// ```
    /// use std::net::{IpAddr, Ipv4Addr};
    ///
    /// let server = ngrok_api_mock::MockServer::builder()
    ///     .host(IpAddr::V4(Ipv4Addr::LOCALHOST))
    ///     .start()?;
    /// assert!(server.url().starts_with("http://127.0.0.1:"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn host(mut self, host: IpAddr) -> Self {
        self.host = Some(host);
        self
    }

    /// The base URL clients use to reach the server, when it is not the address it listens
    /// on (behind docker-compose: `http://mock:18040`). The server writes it into every
    /// `uri` and `next_page_uri`, which a client only follows on its own origin. Default:
    /// [`MockServer::url`]. [`MockServerBuilder::start`] refuses anything but an `http://`
    /// or `https://` URL without a path, query or fragment.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::builder()
    ///     .public_url("http://mock:18040")
    ///     .start()?;
    /// assert_eq!(server.public_url(), "http://mock:18040");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn public_url(mut self, url: impl Into<String>) -> Self {
        self.public_url = Some(url.into());
        self
    }

    /// Keeps the store in a file: [`MockServerBuilder::start`] loads it (no file yet is an
    /// empty start; a file that cannot be read or is not a state file is an error naming
    /// the file and what is wrong, and the file is left as it is), and every change is
    /// written to it before it is answered, atomically (a temporary file in the same
    /// directory, flushed, then renamed over it), so a server killed at any moment leaves
    /// a file holding every change it answered. The file holds the items (with their ids,
    /// fields and timestamps) and the tunnel credentials' authtokens; faults, the rate
    /// limit, the recorded requests are not kept. Each change rewrites the whole file, so
    /// this suits the stores of tests, not millions of items.
    ///
    /// ```
    /// use ngrok_api::types::ReservedDomainCreate;
    ///
    /// let path = std::env::temp_dir().join(format!("ngrok-mock-doc-{}.json", std::process::id()));
    /// let id = {
    ///     let server = ngrok_api_mock::MockServer::builder().state_file(&path).start()?;
    ///     let create = ReservedDomainCreate { domain: "app.example.com".into(), ..Default::default() };
    ///     server.client().reserved_domains().create(&create).unwrap().id
    /// };
    /// let again = ngrok_api_mock::MockServer::builder().state_file(&path).start()?;
    /// assert_eq!(again.client().reserved_domains().get(&id).unwrap().domain, "app.example.com");
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }
}

/// The address to put in the server's own URL: a wildcard address (`0.0.0.0`, `::`) is
/// where to listen, not where to connect, so the loopback address of its family stands in.
fn reachable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => (Ipv4Addr::LOCALHOST, addr.port()).into(),
        IpAddr::V6(ip) if ip.is_unspecified() => (Ipv6Addr::LOCALHOST, addr.port()).into(),
        _ => addr,
    }
}

/// A public URL as the server writes it (without a trailing `/`), or why it is refused.
fn check_public_url(url: &str) -> io::Result<String> {
    let refuse = |why: &str| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("public URL {url:?} {why}"),
        )
    };
    let trimmed = url.trim_end_matches('/');
    let Some(rest) = trimmed
        .strip_prefix("http://")
        .or_else(|| trimmed.strip_prefix("https://"))
    else {
        return Err(refuse("must start with http:// or https://"));
    };
    if rest.is_empty() {
        return Err(refuse("has no host"));
    }
    if rest.contains(['/', '?', '#'])
        || rest
            .bytes()
            .any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
    {
        return Err(refuse(
            "must be a scheme, a host and a port only (no path, query or spaces)",
        ));
    }
    Ok(trimmed.to_string())
}

/// A running emulator. It stops when dropped, then panics if an expectation set with
/// [`MockServer::expect`] is not met (see [`MockServer::verify`]).
pub struct MockServer {
    shared: Arc<Shared>,
    addr: SocketAddr,
    url: String,
    public_url: String,
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
            .unwrap_or_else(|err| panic!("ngrok-api-mock could not start: {err}"))
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

    /// The requests received so far, oldest first: all of them, or the latest on a server
    /// that has seen more than [`RECORDED_REQUESTS`](crate::RECORDED_REQUESTS) requests or
    /// [`RECORDED_BYTES`](crate::RECORDED_BYTES) bytes of them (so that a long-running
    /// emulator does not grow without bound). Requests to the admin API are not recorded.
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
    /// id, `uri` and timestamps, and returns the stored item. [`MockServer::seed`] does the
    /// same from the resource's own type, for every service including nested ones and
    /// singleton modules.
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
                "{service} is nested or a singleton; seed it under its parent with MockServer::seed"
            ));
        }
        let Value::Object(fields) = fields else {
            return Err("fields must be a JSON object".into());
        };
        self.shared.sources.enter(|| {
            let mut state = lock(&self.shared.state);
            let item = self
                .shared
                .api
                .insert(&mut state, meta, Vec::new(), fields)
                .map_err(|response| String::from_utf8_lossy(&response.body).into_owned())?;
            self.shared.save_state(&state)?;
            Ok(Value::Object(item))
        })
    }

    /// The server's clock: what `created_at`, `updated_at` and `started_at` are read
    /// from, and what the rate limit's window and `Retry-After` are measured on. See
    /// [`Clock`] and [`MockServerBuilder::seed`].
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let server = ngrok_api_mock::MockServer::builder()
    ///     .seed(7)
    ///     .rate_limit(1, Duration::from_secs(60))
    ///     .start()?;
    /// let client = server.client();
    /// assert!(client.reserved_domains().list().iter().next().is_none());
    /// // Over the limit: refused, until the window has passed on the server's clock.
    /// let refused = client.reserved_domains().list().iter().next();
    /// assert!(matches!(refused, Some(Err(e)) if e.is_rate_limited()));
    /// server.clock().advance(Duration::from_secs(60));
    /// assert!(client.reserved_domains().list().iter().next().is_none());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn clock(&self) -> Clock {
        self.shared.sources.clock.clone()
    }

    /// Puts an item of service `S` in place as the API would hold it, and returns it as
    /// the API would show it. Works for every service: top-level ones, nested ones (under
    /// `parents`, their path ids in path order: `&[edge_id]` for a route), singleton
    /// modules (`parents` are the path ids of the item holding the module), and those the
    /// API itself never creates (tunnels, tunnel sessions, agent endpoints).
    ///
    /// The item is written in its own type; fields left at their zero value
    /// (`..Default::default()`) are unset, and the emulator fills what the API computes:
    /// the id (which must be left empty), `uri`, `created_at`/`updated_at`/`started_at`
    /// (from [`MockServer::clock`], unless given), each reference's `uri`, secrets, and the
    /// values of the service's special cases. It is refused, with a [`SeedError`] naming
    /// what was wrong, when the parents do not exist or are the wrong number, or the item
    /// has a field its type does not declare.
    ///
    /// ```
    /// use ngrok_api::services::{TunnelSessions, Tunnels};
    /// use ngrok_api::types::{Ref, Tunnel, TunnelSession};
    ///
    /// let server = ngrok_api_mock::MockServer::start();
    /// let session = server.seed::<TunnelSessions>(&[], &TunnelSession {
    ///     region: "eu".into(),
    ///     ..Default::default()
    /// })?;
    /// let tunnel = server.seed::<Tunnels>(&[], &Tunnel {
    ///     public_url: "https://app.example.com".into(),
    ///     proto: "https".into(),
    ///     tunnel_session: Ref { id: session.id.clone(), ..Default::default() },
    ///     ..Default::default()
    /// })?;
    /// assert!(tunnel.id.starts_with("tn_"));
    /// let listed: Vec<Tunnel> = server.client().tunnels().list().iter().collect::<Result<_, _>>()?;
    /// assert_eq!(listed[0].public_url, "https://app.example.com");
    /// assert!(listed[0].tunnel_session.uri.ends_with(&session.id));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn seed<S>(&self, parents: &[&str], item: &S::Item) -> Result<S::Item, SeedError>
    where
        S: ngrok_api::Resource,
        S::Item: serde::Serialize + serde::de::DeserializeOwned,
    {
        let name = S::meta().qualified_name();
        let meta = self.shared.api.service(&name).ok_or_else(|| {
            SeedError::new(format!(
                "{name} is not served (add it with MockServerBuilder::service)"
            ))
        })?;
        let fields = serde_json::to_value(item)
            .map_err(|err| SeedError::new(format!("{name}: the item does not serialise: {err}")))?;
        let parents: Vec<String> = parents.iter().map(|p| (*p).to_string()).collect();
        let stored = seeding::seed(&self.shared, meta, &parents, fields).map_err(SeedError::new)?;
        serde_json::from_value(Value::Object(stored)).map_err(|err| {
            SeedError::new(format!("{name}: the stored item does not read back: {err}"))
        })
    }

    /// What the server shares with its threads, for the crate's own tests.
    #[cfg(test)]
    pub(crate) fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Scripts a fault as [`MockServer::inject`] does, but first checks the operation label
    /// the fault is narrowed to with [`Fault::on_operation`], if any: a label that no
    /// served operation has is an error naming the closest ones.
    ///
    /// ```
    /// use ngrok_api_mock::{Fault, MockServer};
    ///
    /// let server = MockServer::start();
    /// let err = server
    ///     .try_inject(Fault::status(503).on_operation("reserved_domain.create"))
    ///     .unwrap_err();
    /// assert_eq!(err.close[0], "reserved_domains.create");
    /// assert_eq!(server.pending_faults(), 0);
    /// ```
    pub fn try_inject(&self, fault: Fault) -> Result<(), UnknownOperation> {
        if let Some(operation) = &fault.operation {
            UnknownOperation::check(operation, &self.shared.labels)?;
        }
        self.inject(fault);
        Ok(())
    }

    /// Puts the server back as it started, for a server shared by several tests: removes
    /// every item, pending fault, recorded request and expectation, and empties the
    /// rate-limit window (a limit set at start or since stays in force). The URL, key and
    /// open connections are kept.
    ///
    /// ```
    /// use ngrok_api::types::ReservedDomainCreate;
    /// use ngrok_api_mock::{Fault, MockServer};
    ///
    /// let server = MockServer::start();
    /// let create = ReservedDomainCreate { domain: "app.example.com".into(), ..Default::default() };
    /// server.client().reserved_domains().create(&create)?;
    /// server.inject(Fault::status(503));
    /// server.reset();
    /// assert_eq!(server.pending_faults(), 0);
    /// assert!(server.requests().is_empty());
    /// assert_eq!(server.client().reserved_domains().list().iter().count(), 0);
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn reset(&self) {
        self.shared.reset();
    }

    /// Sets an expectation on the operation with this label (`"reserved_domains.create"`,
    /// `"edges.https_routes.get"`; see [`RecordedRequest::operation`]): by default at least
    /// one request, narrowed and counted with the returned [`Expectation`]'s methods. Every
    /// expectation is checked by [`MockServer::verify`] and when the server is dropped.
    ///
    /// A label that no served operation has is an error naming the closest ones, at once
    /// rather than as an expectation that can never be met.
    ///
    /// ```
    /// use ngrok_api_mock::MockServer;
    ///
    /// let server = MockServer::start();
    /// server.expect("ip_policies.list").unwrap().times(1);
    /// server.client().ip_policies().list().iter().count();
    /// server.verify().unwrap();
    ///
    /// let err = server.expect("ip_policy.list").unwrap_err();
    /// assert!(err.to_string().contains("ip_policies.list"), "{err}");
    /// ```
    pub fn expect(&self, operation: &str) -> Result<Expectation, UnknownOperation> {
        UnknownOperation::check(operation, &self.shared.labels)?;
        Ok(Expectation::new(
            Arc::clone(&self.shared.expectations),
            operation,
        ))
    }

    /// Checks every expectation set with [`MockServer::expect`]: `Ok` when each has seen
    /// the number of matching requests it asks for, otherwise an error whose `Display` is
    /// a report of the unmet ones (what was expected, the matching requests and the near
    /// misses: requests to the operation that failed a matcher, and why) and of every
    /// operation called. It returns rather than panics so that a test can look at the
    /// report; dropping the server panics with the same report instead. Expectations stay
    /// set (and counting) after `verify`.
    ///
    /// ```
    /// use ngrok_api_mock::MockServer;
    ///
    /// let server = MockServer::start();
    /// server.expect("reserved_domains.get").unwrap().path_id("id", "rd_1").times(1);
    /// let _ = server.client().reserved_domains().get("rd_2");
    /// let report = server.verify().unwrap_err().to_string();
    /// assert!(report.contains("near miss: GET /reserved_domains/rd_2"), "{report}");
    /// server.clear_expectations(); // or dropping the server would panic with the report
    /// ```
    pub fn verify(&self) -> Result<(), VerificationError> {
        lock(&self.shared.expectations).verify()
    }

    /// Removes every expectation, met or not, so that dropping the server checks none.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.list").unwrap();
    /// server.clear_expectations();
    /// assert!(server.verify().is_ok());
    /// ```
    pub fn clear_expectations(&self) {
        lock(&self.shared.expectations).clear();
    }

    /// The recorded requests routed to the operation with this label, oldest first.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// let _ = server.client().reserved_domains().get("rd_1");
    /// let gets = server.requests_to("reserved_domains.get");
    /// assert_eq!(gets.len(), 1);
    /// assert_eq!(gets[0].path_id("id"), Some("rd_1"));
    /// ```
    pub fn requests_to(&self, operation: &str) -> Vec<RecordedRequest> {
        lock(&self.shared.requests)
            .iter()
            .filter(|r| r.operation.as_deref() == Some(operation))
            .cloned()
            .collect()
    }

    /// The base URL the server writes into `uri` and `next_page_uri`: the one given to
    /// [`MockServerBuilder::public_url`], else [`MockServer::url`].
    pub fn public_url(&self) -> &str {
        &self.public_url
    }
}

impl Drop for MockServer {
    /// Stops the server, then checks the expectations: unmet ones panic with the report of
    /// [`MockServer::verify`], unless the thread is already panicking (a failed assertion
    /// comes first, and a second panic would abort).
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
        if !std::thread::panicking() {
            if let Err(unmet) = self.verify() {
                panic!("{unmet}");
            }
        }
    }
}
