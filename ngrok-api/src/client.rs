//! The client and its builder: configuration, checked once when the client is built, and
//! the generic accessor of service handles.
//!
//! Sending requests (the other `impl Client`) is in `transport.rs`; the accessors of this
//! crate's own services (`client.reserved_domains()`) are declared with the services, in
//! `services/mod.rs`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::agent::{self, Imposed, ProxySetting};
use crate::limiter::Limiter;
use crate::origin::{self, Origin};
use crate::retry::RetryPolicy;
use crate::{Error, Result};

/// The address of the ngrok API.
pub const DEFAULT_BASE_URL: &str = "https://api.ngrok.com";
/// How long each stage of a request (send, wait for the answer, read it) may take unless
/// configured otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long connecting may take unless configured otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How many times a failed request is retried unless configured otherwise (which
/// failures are retried: see [`ClientBuilder::max_retries`]).
pub const DEFAULT_MAX_RETRIES: u32 = 3;
/// The wait before the first retry unless configured otherwise; it doubles for each
/// further retry, and a random part of it is taken off (jitter).
pub const DEFAULT_RETRY_BASE_DELAY: Duration = Duration::from_millis(500);
/// The longest wait before a retry unless configured otherwise, whether from the backoff or
/// from a `Retry-After` header. The API's rate limit counts requests over a rolling minute,
/// so its `Retry-After` never asks for more.
pub const DEFAULT_MAX_RETRY_WAIT: Duration = Duration::from_secs(60);
/// The largest response body read unless configured otherwise (the biggest real page,
/// 100 items, is a few hundred KiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 8 * 1024 * 1024;

/// A connection to the ngrok API.
///
/// A `Client` is cheap to clone: clones share one connection pool (keep-alive) and one
/// configuration, and can be used from several threads at once. Every service of the API
/// is reached through an accessor such as [`Client::reserved_domains`].
///
/// ```no_run
/// let client = ngrok_api::Client::new("my-api-key");
/// for domain in client.reserved_domains().list().iter() {
///     println!("{}", domain?.domain);
/// }
/// # Ok::<(), ngrok_api::Error>(())
/// ```
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

pub(crate) struct Inner {
    pub(crate) agent: ureq::Agent,
    /// Set when the agent is the user's ([`ClientBuilder::agent`]): what each request
    /// overrides on it.
    pub(crate) imposed: Option<Imposed>,
    pub(crate) base_url: String,
    pub(crate) origin: Origin,
    pub(crate) api_key: String,
    pub(crate) authorization: String,
    pub(crate) user_agent: String,
    pub(crate) retry: RetryPolicy,
    pub(crate) timeout: Duration,
    pub(crate) max_response_bytes: u64,
    /// The client-side rate limit, if one was configured; shared by clones with `Inner`.
    pub(crate) limiter: Option<Limiter>,
    /// Set when [`Client::new`] got a key that cannot be sent; every call reports it.
    pub(crate) invalid: Option<String>,
}

impl Client {
    /// A client for `https://api.ngrok.com` with the given API key and default settings.
    ///
    /// This never fails. A key that cannot be sent in an HTTP header (empty, or with
    /// control characters) makes every call return [`Error::Config`]; use
    /// [`Client::builder`] to find out at construction instead.
    pub fn new(api_key: impl Into<String>) -> Client {
        let builder = Client::builder().api_key(api_key);
        match builder.clone().build() {
            Ok(client) => client,
            Err(err) => {
                let mut inner = builder
                    .api_key("invalid")
                    .build_inner()
                    .unwrap_or_else(|_| {
                        unreachable!("the default configuration with a plain key is valid")
                    });
                inner.invalid = Some(err.to_string());
                Client {
                    inner: Arc::new(inner),
                }
            }
        }
    }

    /// A builder to configure the base URL, timeouts, retries and user agent.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment: `NGROK_API_KEY` (required) and
    /// `NGROK_API_URL` (optional, defaults to `https://api.ngrok.com`).
    pub fn from_env() -> Result<Client> {
        let key = std::env::var("NGROK_API_KEY").map_err(|_| {
            Error::Config("the NGROK_API_KEY environment variable is not set".into())
        })?;
        let mut builder = Client::builder().api_key(key);
        if let Ok(url) = std::env::var("NGROK_API_URL") {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// The configured base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The configured number of retries (see [`ClientBuilder::max_retries`]).
    pub fn max_retries(&self) -> u32 {
        self.inner.retry.max_retries
    }

    /// The configured timeout of each stage of a request (see [`ClientBuilder::timeout`]).
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The handle of a service declared with [`service`](macro@crate::service), including one
    /// declared outside this crate.
    ///
    /// The services of the ngrok API also have their own accessors
    /// (`client.reserved_domains()` is `client.service::<ReservedDomains>()`).
    pub fn service<S: crate::Service>(&self) -> S {
        S::from_client(self.clone())
    }

    /// A request to any path of the API, including operations this crate does not
    /// declare; nothing is sent until it is (see [`RawRequest`](crate::RawRequest)). It goes
    /// through the same sending code as the declared operations: same headers, retries,
    /// redaction, body cap and logging, and only to the configured base URL.
    ///
    /// ```no_run
    /// let client = ngrok_api::Client::from_env()?;
    /// let root = client.request(ngrok_api::Method::Get, "/").send_json()?;
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn request(&self, method: crate::Method, path: impl Into<String>) -> crate::RawRequest {
        crate::RawRequest::new(self.clone(), method, path.into())
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("api_key", &"[redacted]")
            .field("user_agent", &self.inner.user_agent)
            .field("timeout", &self.inner.timeout)
            .field("max_retries", &self.inner.retry.max_retries)
            .finish_non_exhaustive()
    }
}

/// Configures a [`Client`].
///
/// Setters take plain values and never fail; [`ClientBuilder::build`] checks everything
/// at once and says what is wrong.
///
/// ```
/// use std::time::Duration;
///
/// let client = ngrok_api::Client::builder()
///     .api_key("my-api-key")
///     .base_url("http://127.0.0.1:18040")
///     .timeout(Duration::from_secs(10))
///     .max_retries(2)
///     .user_agent("my-tool/1.0")
///     .build()?;
/// assert_eq!(client.base_url(), "http://127.0.0.1:18040");
/// # Ok::<(), ngrok_api::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct ClientBuilder {
    api_key: Option<String>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    max_retries: Option<u32>,
    retry_base_delay: Option<Duration>,
    max_retry_wait: Option<Duration>,
    user_agent: Option<String>,
    max_response_bytes: Option<u64>,
    rate_limit: Option<(u32, Duration)>,
    proxy: ProxySetting,
    root_certificates: Option<Vec<u8>>,
    agent: Option<ureq::Agent>,
    allow_plain_http: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_retries", &self.max_retries)
            .field("retry_base_delay", &self.retry_base_delay)
            .field("max_retry_wait", &self.max_retry_wait)
            .field("user_agent", &self.user_agent)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("rate_limit", &self.rate_limit)
            .field("proxy", &self.proxy)
            .field(
                "root_certificates",
                &self.root_certificates.as_ref().map(|pem| pem.len()),
            )
            .field("agent", &self.agent.as_ref().map(|_| "[supplied]"))
            .field("danger_allow_plain_http", &self.allow_plain_http)
            .finish()
    }
}

impl ClientBuilder {
    /// The API key sent as the bearer token (required).
    pub fn api_key(mut self, api_key: impl Into<String>) -> Self {
        self.api_key = Some(api_key.into());
        self
    }

    /// The API's address (default `https://api.ngrok.com`). Plain `http://` is accepted
    /// only for loopback hosts, such as the emulator, unless
    /// [`ClientBuilder::danger_allow_plain_http`] says otherwise.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// The most time each stage of a request may take: sending it, waiting for the
    /// answer, and reading the answer's body (default 30 s). A server that stops
    /// responding is given up on after this long; a request whose every stage is slow
    /// can take a few times as long in all.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The most time connecting may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How often a failed request is sent again (default 3; 0 disables retries).
    ///
    /// A 429 (the API's rate limit, which refuses a request before doing anything) is
    /// retried for every method, after the wait its `Retry-After` asks for. `GET`, `PUT`
    /// and `DELETE` are also retried on 502, 503 and 504 answers, on connection failures,
    /// timeouts and connections that break mid-response: sending them twice does no harm.
    /// `POST` and `PATCH` are otherwise retried only when the connection could not be
    /// made, so the request never left; after any other failure (a 5xx among them) they
    /// are returned at once, and a transport error then says the outcome is unknown
    /// ([`TransportError::outcome_unknown`](crate::TransportError::outcome_unknown)).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }

    /// The wait before the first retry (default 500 ms). Each further retry waits twice as
    /// long as the one before, minus a random part of up to half (so that many clients do
    /// not retry in step), up to [`ClientBuilder::max_retry_wait`].
    pub fn retry_base_delay(mut self, delay: Duration) -> Self {
        self.retry_base_delay = Some(delay);
        self
    }

    /// The longest the client waits before a retry (default 60 s). A `Retry-After` header
    /// (in seconds or as an HTTP date) is followed up to this long.
    pub fn max_retry_wait(mut self, wait: Duration) -> Self {
        self.max_retry_wait = Some(wait);
        self
    }

    /// A product name sent before this crate's own in the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// The largest response body the client reads (default 8 MiB); a larger one is a
    /// [`TransportErrorKind::BodyTooLarge`](crate::TransportErrorKind::BodyTooLarge) error.
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// Checks the configuration and makes the client.
    ///
    /// Fails with [`Error::Config`] when the API key is missing or cannot be sent in a
    /// header, the base URL is not an `https://` URL (or `http://` on a loopback host),
    /// a timeout is zero, or the user agent has characters a header cannot carry; also
    /// when the proxy URL or the root certificates are not valid, a setting needs a Cargo
    /// feature that is off (a SOCKS proxy without `socks-proxy`; `https://` in a build
    /// with no TLS feature), or a connection setting comes with [`ClientBuilder::agent`].
    pub fn build(self) -> Result<Client> {
        let inner = self.build_inner()?;
        if let Some(why) = inner.invalid {
            return Err(Error::Config(why));
        }
        Ok(Client {
            inner: Arc::new(inner),
        })
    }

    fn build_inner(self) -> Result<Inner> {
        let api_key = self.api_key.ok_or_else(|| {
            Error::Config("no API key: call .api_key(..) or set NGROK_API_KEY".into())
        })?;
        if api_key.trim().is_empty() {
            return Err(Error::Config("the API key is empty".into()));
        }
        if !header_safe(&api_key) || api_key.contains(' ') {
            return Err(Error::Config(
                "the API key has spaces or control characters; it cannot be sent in a header"
                    .into(),
            ));
        }
        let base_url = self
            .base_url
            .unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let trimmed = base_url.trim_end_matches('/').to_string();
        let split = origin::split(&trimmed)
            .map_err(|why| Error::Config(format!("base URL {base_url:?} {why}")))?;
        if split.rest.contains('?') {
            return Err(Error::Config(format!(
                "base URL {base_url:?} must not have a query string"
            )));
        }
        if !split.origin.https && !split.origin.is_loopback() && !self.allow_plain_http {
            return Err(Error::Config(format!(
                "base URL {base_url:?} uses plain http:// on a host that is not loopback; \
                 the API key would travel unencrypted (use https://, or for an emulator on \
                 a network you trust, .danger_allow_plain_http(true))"
            )));
        }
        let origin = split.origin;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let connect_timeout = self.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT);
        if timeout.is_zero() || connect_timeout.is_zero() {
            return Err(Error::Config("timeouts must be greater than zero".into()));
        }
        // Our own product token: `ngrok-api-rs` is the name of ngrok's SDK repository.
        let crate_agent = concat!("ngrok-api-sync-rust/", env!("CARGO_PKG_VERSION"));
        let user_agent = match self.user_agent {
            Some(ua) if !header_safe(&ua) || ua.trim().is_empty() => {
                return Err(Error::Config(format!(
                    "user agent {ua:?} is empty or has control characters"
                )))
            }
            Some(ua) => format!("{ua} {crate_agent}"),
            None => crate_agent.to_string(),
        };
        let max_response_bytes = self
            .max_response_bytes
            .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES);
        if max_response_bytes == 0 {
            return Err(Error::Config(
                "max_response_bytes must be greater than zero".into(),
            ));
        }
        // Without TLS, an https:// base URL is refused (see `build`); it is not an error
        // here so that `Client::new` can still make a client that reports it on each call.
        let mut invalid = None;
        let (agent, imposed) = match self.agent {
            Some(agent) => {
                if !matches!(self.proxy, ProxySetting::FromEnv) || self.root_certificates.is_some()
                {
                    return Err(Error::Config(
                        "proxy, no_proxy and root_certificates configure the client's own \
                         agent: set them on the ureq::Agent given to .agent(..) instead"
                            .into(),
                    ));
                }
                let imposed = Imposed {
                    timeout: self.timeout,
                    connect_timeout: self.connect_timeout,
                };
                (agent, Some(imposed))
            }
            None => {
                if origin.https && !agent::HAS_TLS {
                    invalid = Some(format!("base URL {base_url:?}: {}", agent::NO_TLS));
                }
                let agent = agent::build(agent::Settings {
                    user_agent: &user_agent,
                    timeout,
                    connect_timeout,
                    loopback: origin.is_loopback(),
                    proxy: &self.proxy,
                    root_certificates: self.root_certificates.as_deref(),
                })?;
                (agent, None)
            }
        };
        Ok(Inner {
            agent,
            imposed,
            base_url: trimmed,
            origin,
            authorization: format!("Bearer {api_key}"),
            api_key,
            user_agent,
            retry: RetryPolicy {
                max_retries: self.max_retries.unwrap_or(DEFAULT_MAX_RETRIES),
                base_delay: self.retry_base_delay.unwrap_or(DEFAULT_RETRY_BASE_DELAY),
                max_wait: self.max_retry_wait.unwrap_or(DEFAULT_MAX_RETRY_WAIT),
            },
            timeout,
            max_response_bytes,
            limiter: match self.rate_limit {
                None => None,
                Some((0, _)) => {
                    return Err(Error::Config(
                        "rate_limit must allow at least one request".into(),
                    ))
                }
                Some((_, window)) if window.is_zero() => {
                    return Err(Error::Config(
                        "the rate_limit window must be greater than zero".into(),
                    ))
                }
                Some((requests, window)) => Some(Limiter::new(requests, window)),
            },
            invalid,
        })
    }

    /// Trusts exactly the root certificates in this PEM text (one or more `-----BEGIN
    /// CERTIFICATE-----` sections), instead of the default set: Mozilla's roots compiled
    /// in, or the system's store with the `native-tls` or `platform-verifier` feature. Use
    /// it behind a TLS-inspecting proxy, with that proxy's root certificate. Calling it
    /// again adds more roots; to keep trusting a public CA as well, include its
    /// certificate too.
    ///
    /// [`ClientBuilder::build`] fails with [`Error::Config`] when the text is not PEM or
    /// holds no certificate, or when this build has no TLS feature. The TLS library checks
    /// the certificates themselves when the first connection is made.
    pub fn root_certificates(mut self, pem: impl AsRef<[u8]>) -> Self {
        let all = self.root_certificates.get_or_insert_with(Vec::new);
        if !all.is_empty() {
            all.push(b'\n');
        }
        all.extend_from_slice(pem.as_ref());
        self
    }

    /// Sends every request through this proxy, the API's loopback address included:
    /// `http://host:port` or `https://host:port` (a `CONNECT` tunnel), or with the
    /// `socks-proxy` feature `socks4://`, `socks4a://`, `socks5://`; credentials as
    /// `scheme://user:password@host:port`. [`ClientBuilder::build`] checks the URL.
    ///
    /// Without this or [`ClientBuilder::no_proxy`], the proxy comes from the environment
    /// as ureq reads it when the client is built: the first of `ALL_PROXY`, `HTTPS_PROXY`
    /// and `HTTP_PROXY` that is set (upper or lower case), unless `NO_PROXY` names the
    /// API's host; never for a loopback base URL such as the emulator's.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = ProxySetting::Url(url.into());
        self
    }

    /// Connects directly, ignoring any proxy set in the environment.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = ProxySetting::Off;
        self
    }

    /// Sends through this ureq agent instead of one the client makes, for what the builder
    /// does not offer (a client certificate, a custom connector or resolver, a TLS
    /// configuration of your own). It should be made with this crate's
    /// [`ureq`](crate::ureq) re-export, so that its version matches. Clones of the client
    /// share it.
    ///
    /// The agent's own configuration decides the connection: TLS, proxy, pool and, unless
    /// set on this builder too, timeouts ([`ClientBuilder::proxy`],
    /// [`no_proxy`](ClientBuilder::no_proxy) and
    /// [`root_certificates`](ClientBuilder::root_certificates) are refused with it: set
    /// them on the agent). What the client still imposes on every request, whatever the
    /// agent says: redirects are not followed (one could carry the key elsewhere); every
    /// status comes back to the client, which turns a non-2xx answer into [`Error::Api`];
    /// the body cap ([`ClientBuilder::max_response_bytes`]); the timeouts set on this
    /// builder; the key, version, `Accept` and `User-Agent` headers; retries, redaction
    /// and the confinement of paging to the base URL's origin. What it cannot change: an
    /// agent's middleware sees each request with its bearer token and could log it; and
    /// [`Client::timeout`] reports the builder's timeout (or the default), not the agent's.
    ///
    /// ```
    /// use ngrok_api::ureq;
    ///
    /// let agent: ureq::Agent = ureq::Agent::config_builder()
    ///     .max_idle_connections_per_host(1)
    ///     .build()
    ///     .into();
    /// let client = ngrok_api::Client::builder().api_key("my-api-key").agent(agent).build()?;
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn agent(mut self, agent: ureq::Agent) -> Self {
        self.agent = Some(agent);
        self
    }

    /// Paces the client: at most `requests` requests in any rolling `window`, retries
    /// included (off by default). A call that would exceed it waits until it fits. Clones
    /// of the client share one limit, so threads of a batch job pace each other.
    ///
    /// The ngrok API allows 120 requests per rolling minute per account and answers 429
    /// beyond it; a 429 is retried after the `Retry-After` the API sends, but a job that
    /// paces itself never waits that long. The limit is counted from when each answer
    /// arrives, so it holds however long requests take; other programs using the same
    /// account count against the API's limit too, so leave them room.
    ///
    /// ```
    /// use std::time::Duration;
    ///
    /// let client = ngrok_api::Client::builder()
    ///     .api_key("my-api-key")
    ///     .rate_limit(100, Duration::from_secs(60))
    ///     .build()?;
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn rate_limit(mut self, requests: u32, window: Duration) -> Self {
        self.rate_limit = Some((requests, window));
        self
    }

    /// DANGER: accepts a plain `http://` base URL on a host that is not loopback (off by
    /// default, when only `https://` or `http://` to this machine is accepted).
    ///
    /// With it, the API key and every request and answer travel **unencrypted**: anyone
    /// on the network path can read the key and use it. It exists for one case: the
    /// emulator (`ngrok-api-mock`) running as another container of a docker-compose
    /// project or CI job, reached by its service name (`http://mock:18040`), with a
    /// throwaway key. Never turn it on for the real API or a real key; the real API only
    /// speaks `https://` anyway.
    ///
    /// ```
    /// // In a test container, next to a `mock` service running ngrok-api-mock with
    /// // `--host 0.0.0.0 --public-url http://mock:18040 --api-key test-key`:
    /// let client = ngrok_api::Client::builder()
    ///     .api_key("test-key")
    ///     .base_url("http://mock:18040")
    ///     .danger_allow_plain_http(true)
    ///     .build()?;
    /// assert_eq!(client.base_url(), "http://mock:18040");
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn danger_allow_plain_http(mut self, allow: bool) -> Self {
        self.allow_plain_http = allow;
        self
    }
}

fn header_safe(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}
