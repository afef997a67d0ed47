//! The server handle: [`MockServer`] gives the URL and key, a client, the recorded
//! requests, fault injection, seeding, the clock, reset and expectations, and stops
//! everything when dropped (then checks the expectations). Its builder, which binds the
//! port and starts the accept loop, is in `builder.rs`.

mod builder;

pub use builder::MockServerBuilder;

use std::fmt;
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::thread::JoinHandle;

use ngrok_api::Client;
use serde_json::Value;

use crate::clock::Clock;
use crate::expectations::{Expectation, UnknownOperation, VerificationError};
use crate::faults::Fault;
use crate::recording::RecordedRequest;
use crate::seeding::{self, SeedError};
use crate::shared::{lock, Shared};

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
