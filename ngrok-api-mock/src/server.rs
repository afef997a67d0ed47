//! The server handle: [`MockServerBuilder`] binds the port and starts the accept loop on
//! a thread; [`MockServer`] gives the URL and key, a client, the recorded requests, fault
//! injection and direct inserts, and stops everything when dropped.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
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
use crate::persistence;
use crate::recording::RecordedRequest;
use crate::shared::{lock, Shared};
use crate::store::State;

/// Configures a [`MockServer`] before it starts.
#[derive(Default)]
pub struct MockServerBuilder {
    port: u16,
    api_key: Option<String>,
    services: Vec<&'static ServiceMeta>,
    rate_limit: Option<(usize, Duration)>,
    host: Option<IpAddr>,
    public_url: Option<String>,
    state_file: Option<PathBuf>,
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
            .unwrap_or_else(|| format!("mock_{}", ids::random_string(32)));
        let state_file = self.state_file.map(|path| persistence::StateFile {
            path,
            base_url: public_url.clone(),
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
        let shared = Arc::new(Shared {
            api: Api::new(public_url.clone(), api_key.clone(), services),
            state: Mutex::new(state),
            requests: Mutex::new(VecDeque::new()),
            stopping: AtomicBool::new(false),
            connections: Mutex::new(HashMap::new()),
            next_connection: AtomicU64::new(0),
            faults: Mutex::new(Faults::default()),
            rate_limit: self
                .rate_limit
                .map(|(max, window)| Mutex::new(RateLimit::new(max, window))),
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

/// A running emulator. It stops when dropped.
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
        let item = self
            .shared
            .api
            .insert(&mut state, meta, Vec::new(), fields)
            .map_err(|response| String::from_utf8_lossy(&response.body).into_owned())?;
        self.shared.save_state(&state)?;
        Ok(Value::Object(item))
    }

    /// The base URL the server writes into `uri` and `next_page_uri`: the one given to
    /// [`MockServerBuilder::public_url`], else [`MockServer::url`].
    pub fn public_url(&self) -> &str {
        &self.public_url
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
