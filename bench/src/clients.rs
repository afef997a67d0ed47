//! The three clients measured, behind one small interface: ours (`ngrok-api`), the floor
//! (a raw `ureq` 3 agent + `serde_json` into our types) and the official async crate
//! (`ngrok-api` 0.12 on a current-thread tokio runtime).

use std::collections::HashMap;
use std::hint::black_box;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

use ngrok_api::types::{ReservedDomain, ReservedDomainList};

/// Where to send requests.
#[derive(Clone, Debug)]
pub struct Target {
    pub url: String,
    pub key: String,
    /// The id of one existing reserved domain.
    pub id: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Ours,
    Floor,
    Official,
    /// Diagnostic: the floor with ours' `timeout_global(30 s)`, nothing else changed.
    FloorTimeout,
    /// Diagnostic: that, plus a resolver that answers IP literals itself and caches
    /// host names ([`CachingResolver`]): the fix suggested for ours.
    FloorTimeoutResolver,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Ours, Kind::Floor, Kind::Official];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Ours => "ours",
            Kind::Floor => "floor",
            Kind::Official => "official",
            Kind::FloorTimeout => "floor+timeout",
            Kind::FloorTimeoutResolver => "floor+timeout+resolver",
        }
    }

    pub fn parse(s: &str) -> Kind {
        match s {
            "ours" => Kind::Ours,
            "floor" => Kind::Floor,
            "official" => Kind::Official,
            "floor+timeout" => Kind::FloorTimeout,
            "floor+timeout+resolver" => Kind::FloorTimeoutResolver,
            other => panic!("unknown client {other:?}"),
        }
    }
}

/// How a list of every item is walked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Walk {
    /// `list().limit(100).iter()`, item by item (the official client: its item stream).
    Items,
    /// `list().limit(100).pages()`, page by page.
    Pages,
    /// One `list().limit(100).before_id(..).pages().next()` per page: the page fetches
    /// alone, without the iterator carrying state from page to page.
    BeforeId,
}

pub enum Client {
    Ours(ngrok_api::Client),
    Floor {
        agent: ureq::Agent,
        base: String,
        authorization: String,
    },
    Official {
        rt: tokio::runtime::Runtime,
        client: official::Client,
    },
}

impl Client {
    pub fn new(kind: Kind, target: &Target) -> Client {
        match kind {
            Kind::Ours => Client::Ours(
                ngrok_api::Client::builder()
                    .api_key(target.key.clone())
                    .base_url(target.url.clone())
                    .build()
                    .expect("client"),
            ),
            Kind::Floor | Kind::FloorTimeout | Kind::FloorTimeoutResolver => {
                let agent = match kind {
                    Kind::Floor => ureq::Agent::new_with_defaults(),
                    _ => {
                        let config = ureq::Agent::config_builder()
                            .timeout_global(Some(Duration::from_secs(30)))
                            .build();
                        if kind == Kind::FloorTimeout {
                            config.into()
                        } else {
                            ureq::Agent::with_parts(
                                config,
                                ureq::unversioned::transport::DefaultConnector::default(),
                                CachingResolver::default(),
                            )
                        }
                    }
                };
                Client::Floor {
                    agent,
                    base: target.url.clone(),
                    authorization: format!("Bearer {}", target.key),
                }
            }
            Kind::Official => {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                let mut builder = official::ClientBuilder::new(target.key.clone());
                builder.api_url(url::Url::parse(&target.url).expect("url"));
                Client::Official {
                    rt,
                    client: builder.build(),
                }
            }
        }
    }

    /// `n` sequential `reserved_domains.get(id)` calls on one keep-alive connection.
    pub fn get_n(&self, id: &str, n: usize) {
        match self {
            Client::Ours(client) => {
                for _ in 0..n {
                    let d = client.reserved_domains().get(id).expect("ours: get");
                    black_box(d);
                }
            }
            Client::Floor {
                agent,
                base,
                authorization,
            } => {
                for _ in 0..n {
                    let d: ReservedDomain = floor_get(
                        agent,
                        &format!("{base}/reserved_domains/{id}"),
                        authorization,
                    );
                    black_box(d);
                }
            }
            Client::Official { rt, client } => rt.block_on(async {
                let domains = client.reserved_domains();
                for _ in 0..n {
                    let d = domains.get(id).await.expect("official: get");
                    black_box(d);
                }
            }),
        }
    }

    /// Walks every reserved domain (100 per page) and returns how many there were.
    pub fn walk(&self, walk: Walk) -> usize {
        match self {
            Client::Ours(client) => match walk {
                Walk::Items => {
                    let mut n = 0;
                    for d in client.reserved_domains().list().limit(100).iter() {
                        black_box(d.expect("ours: list"));
                        n += 1;
                    }
                    n
                }
                Walk::Pages => {
                    let mut n = 0;
                    for page in client.reserved_domains().list().limit(100).pages() {
                        n += black_box(page.expect("ours: page")).reserved_domains.len();
                    }
                    n
                }
                Walk::BeforeId => {
                    let mut n = 0;
                    let mut before: Option<String> = None;
                    loop {
                        let mut list = client.reserved_domains().list().limit(100);
                        if let Some(b) = before.take() {
                            list = list.before_id(b);
                        }
                        let page = list.pages().next().expect("a page").expect("ours: page");
                        n += page.reserved_domains.len();
                        match page.next_page_uri.as_deref() {
                            Some(next) => before = Some(query_param(next, "before_id")),
                            None => break,
                        }
                        black_box(page);
                    }
                    n
                }
            },
            Client::Floor {
                agent,
                base,
                authorization,
            } => {
                // Follows next_page_uri verbatim, as a hand-written loop would.
                let mut n = 0;
                let mut url = format!("{base}/reserved_domains?limit=100");
                loop {
                    let page: ReservedDomainList = floor_get(agent, &url, authorization);
                    n += page.reserved_domains.len();
                    match page.next_page_uri {
                        Some(next) => url = next,
                        None => break,
                    }
                    black_box(page.reserved_domains);
                }
                n
            }
            Client::Official { rt, client } => rt.block_on(async {
                use futures::StreamExt;
                let req = official::types::FilteredPaging {
                    limit: Some("100".into()),
                    ..Default::default()
                };
                let mut n = 0;
                match walk {
                    Walk::Items => {
                        let mut items =
                            client.reserved_domains().list(req).reserved_domains().await;
                        while let Some(d) = items.next().await {
                            black_box(d.expect("official: list"));
                            n += 1;
                        }
                    }
                    Walk::Pages | Walk::BeforeId => {
                        let mut pages = client.reserved_domains().list(req).pages().await;
                        while let Some(p) = pages.next().await {
                            n += black_box(p.expect("official: page")).reserved_domains.len();
                        }
                    }
                }
                n
            }),
        }
    }
}

/// Decodes one page body into the types `kind` uses (ours and the floor share ours) and
/// returns the number of items: the decoding alone, without a request.
pub fn decode_page(kind: Kind, body: &[u8]) -> usize {
    match kind {
        Kind::Official => {
            let page: official::types::ReservedDomainList =
                serde_json::from_slice(body).expect("official: decode");
            black_box(page).reserved_domains.len()
        }
        _ => {
            let page: ReservedDomainList = serde_json::from_slice(body).expect("ours: decode");
            black_box(page).reserved_domains.len()
        }
    }
}

fn floor_get<T: serde::de::DeserializeOwned>(agent: &ureq::Agent, url: &str, auth: &str) -> T {
    let response = agent
        .get(url)
        .header("authorization", auth)
        .header("ngrok-version", "2")
        .header("accept", "application/json")
        .call()
        .expect("floor: call");
    let body = response
        .into_body()
        .read_to_vec()
        .expect("floor: read body");
    serde_json::from_slice(&body).expect("floor: decode")
}

fn query_param(url: &str, name: &str) -> String {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
    query
        .split('&')
        .find_map(|p| p.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
        .unwrap_or_else(|| panic!("no {name} in {url}"))
        .to_string()
}

/// The resolver suggested for ours. ureq 3 resolves the host before it looks in its
/// connection pool, on every request, and whenever a timeout covers the resolve phase
/// (`timeout_global`, as ours sets) its default resolver spawns a thread per request to
/// make that lookup interruptible, even for `127.0.0.1`. This one answers IP literals
/// itself and keeps a host name's addresses for 60 s, so a request on a pooled
/// connection neither spawns a thread nor asks DNS.
#[derive(Debug, Default)]
pub struct CachingResolver {
    cache: Mutex<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

impl Resolver for CachingResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let host = uri.host().unwrap_or_default();
        let port = uri.port_u16().unwrap_or(match uri.scheme_str() {
            Some("http") => 80,
            _ => 443,
        });
        if let Ok(ip) = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
        {
            let mut addrs = self.empty();
            addrs.push(SocketAddr::new(ip, port));
            return Ok(addrs);
        }
        let key = format!("{host}:{port}");
        if let Some((at, addrs)) = self.cache.lock().unwrap().get(&key) {
            if at.elapsed() < Duration::from_secs(60) {
                return Ok(addrs.clone());
            }
        }
        let addrs = DefaultResolver::default().resolve(uri, config, timeout)?;
        self.cache
            .lock()
            .unwrap()
            .insert(key, (Instant::now(), addrs.clone()));
        Ok(addrs)
    }
}
