//! [`MockServerBuilder`]: what a server is to be (port, host, key, services, caps and
//! timeouts, rate limit, seed and clock, public URL, state file), and `start`, which binds
//! the port, loads the state file and starts the accept loop on a thread.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use std::{fmt, io};

use ngrok_api::meta::ServiceMeta;

use super::MockServer;
use crate::api::Api;
use crate::clock::{self, Clock};
use crate::connection::accept_loop;
use crate::determinism::Sources;
use crate::expectations::Expectations;
use crate::faults::{Faults, RateLimit};
use crate::ids;
use crate::limits::Limits;
use crate::persistence;
use crate::recording::Journal;
use crate::shared::Shared;
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
