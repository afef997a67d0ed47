//! Building a client, the headers it sends, and keeping the key out of sight.

use std::time::Duration;

use ngrok_api::types::{APIKeyCreate, ReservedDomainCreate};
use ngrok_api::{Client, Error};
use ngrok_api_mock::MockServer;

fn config_error(builder: ngrok_api::ClientBuilder) -> String {
    match builder.build() {
        Err(Error::Config(why)) => why,
        other => panic!("expected a configuration error, got {other:?}"),
    }
}

#[test]
fn build_explains_what_is_wrong() {
    assert!(config_error(Client::builder()).contains("no API key"));
    assert!(config_error(Client::builder().api_key("  ")).contains("empty"));
    assert!(config_error(Client::builder().api_key("a\nb")).contains("control characters"));
    let plain = config_error(
        Client::builder()
            .api_key("k")
            .base_url("http://api.example.com"),
    );
    assert!(plain.contains("plain http://"), "{plain}");
    assert!(
        config_error(Client::builder().api_key("k").base_url("api.ngrok.com")).contains("https://")
    );
    assert!(
        config_error(Client::builder().api_key("k").timeout(Duration::ZERO)).contains("timeouts")
    );
    assert!(
        config_error(Client::builder().api_key("k").user_agent("a\r\nb")).contains("user agent")
    );
}

#[test]
fn plain_http_is_accepted_on_loopback_hosts_only() {
    for url in [
        "http://127.0.0.1:4040",
        "http://localhost:1",
        "http://[::1]:8080/",
    ] {
        let client = Client::builder()
            .api_key("k")
            .base_url(url)
            .build()
            .unwrap();
        assert_eq!(client.base_url(), url.trim_end_matches('/'));
    }
    assert!(Client::builder()
        .api_key("k")
        .base_url("https://api.ngrok.com/")
        .build()
        .is_ok());
}

#[test]
fn defaults_are_the_documented_ones() {
    let client = Client::new("k");
    assert_eq!(client.base_url(), "https://api.ngrok.com");
    assert_eq!(client.timeout(), ngrok_api::DEFAULT_TIMEOUT);
    assert_eq!(client.max_retries(), 3);
    let client = Client::builder()
        .api_key("k")
        .max_retries(0)
        .build()
        .unwrap();
    assert_eq!(client.max_retries(), 0);
}

#[test]
fn new_with_an_unusable_key_fails_on_use_without_sending() {
    let client = Client::new("bad\nkey");
    let err = client.api_keys().get("ak_1").unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(!err.to_string().contains("bad\nkey"));
}

#[test]
fn client_is_clone_send_and_sync() {
    fn assert_traits<T: Clone + Send + Sync + 'static>() {}
    assert_traits::<Client>();
    assert_traits::<ngrok_api::services::ReservedDomains>();
}

#[test]
fn debug_never_shows_the_key() {
    let key = "sk_very_distinctive_9f8e7d";
    let client = Client::builder().api_key(key).build().unwrap();
    let builder = Client::builder().api_key(key);
    let server = MockServer::builder().api_key(key).start().unwrap();
    for text in [
        format!("{client:?}"),
        format!("{builder:?}"),
        format!("{:?}", client.reserved_domains()),
        format!("{server:?}"),
        format!("{:?}", server.client()),
    ] {
        assert!(!text.contains(key), "{text}");
    }
    assert!(format!("{client:?}").contains("[redacted]"));
}

#[test]
fn every_request_carries_auth_version_user_agent_and_json_headers() {
    let server = MockServer::start();
    let client = server
        .client_builder()
        .user_agent("my-tool/1.0")
        .build()
        .unwrap();
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "h.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    client.reserved_domains().get(&created.id).unwrap();
    client.reserved_domains().delete(&created.id).unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for r in &requests {
        assert!(
            r.authorized,
            "{} {} did not carry the key",
            r.method, r.path
        );
        assert_eq!(r.header("authorization"), Some("Bearer [redacted]"));
        assert_eq!(r.header("ngrok-version"), Some("2"));
        let ua = r.header("user-agent").unwrap();
        assert_eq!(
            ua,
            concat!(
                "my-tool/1.0 ngrok-api-sync-rust/",
                env!("CARGO_PKG_VERSION")
            ),
            "the caller's product, then ours with the version (tests share the workspace's)"
        );
    }
    assert_eq!(requests[0].method, "POST");
    assert_eq!(requests[0].header("content-type"), Some("application/json"));
    let body: serde_json::Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"domain": "h.example.com"}),
        "zero values are left out"
    );
    assert_eq!(requests[1].method, "GET");
    assert_eq!(
        requests[1].header("content-type"),
        None,
        "no body, no content type"
    );
    assert!(requests[1].body.is_empty());
    assert_eq!(requests[2].method, "DELETE");
}

#[test]
fn secret_fields_are_hidden_from_debug_but_readable_and_serialised() {
    let server = MockServer::start();
    let key = server
        .client()
        .api_keys()
        .create(&APIKeyCreate::default())
        .unwrap();
    let token = key.token.clone().expect("create returns the token once");
    assert!(token.len() > 20);
    assert!(!format!("{key:?}").contains(&token));
    assert!(serde_json::to_string(&key).unwrap().contains(&token));
    let again = server.client().api_keys().get(&key.id).unwrap();
    assert_eq!(again.token, None, "later reads leave the token out");
}

#[test]
fn from_env_needs_the_key() {
    // The only test touching these variables: CI unsets them before running the tests.
    if std::env::var_os("NGROK_API_KEY").is_some() {
        return;
    }
    let err = Client::from_env().unwrap_err();
    assert!(err.to_string().contains("NGROK_API_KEY"), "{err}");
}

#[test]
fn clones_of_a_client_share_one_kept_alive_connection() {
    let server = MockServer::start();
    let client = server.client();
    let clone = client.clone();
    for i in 0..10 {
        let c = if i % 2 == 0 { &client } else { &clone };
        assert!(c.tunnels().list().iter().next().is_none());
    }
    assert_eq!(server.requests().len(), 10);
    assert_eq!(server.connections_accepted(), 1);
}

// ---------------------------------------------------------------------------------------
// Plain http:// to a host that is not loopback: refused unless explicitly allowed.
// ---------------------------------------------------------------------------------------

/// A resolver that sends every host name to one address, so that a test can reach the
/// emulator (on loopback) under a name that is not loopback, with no DNS.
#[derive(Debug)]
struct EveryNameTo(std::net::SocketAddr);

impl ngrok_api::ureq::unversioned::resolver::Resolver for EveryNameTo {
    fn resolve(
        &self,
        _uri: &ngrok_api::ureq::http::Uri,
        _config: &ngrok_api::ureq::config::Config,
        _timeout: ngrok_api::ureq::unversioned::transport::NextTimeout,
    ) -> Result<ngrok_api::ureq::unversioned::resolver::ResolvedSocketAddrs, ngrok_api::ureq::Error>
    {
        let mut addrs = self.empty();
        addrs.push(self.0);
        Ok(addrs)
    }
}

#[test]
fn plain_http_to_a_host_that_is_not_loopback_is_refused_by_default() {
    for url in [
        "http://mock:18040",
        "http://10.0.0.5:18040",
        "http://[::ffff:127.0.0.1]:1",
    ] {
        let why = config_error(Client::builder().api_key("k").base_url(url));
        assert!(why.contains("plain http://"), "{url}: {why}");
        assert!(why.contains("danger_allow_plain_http"), "{url}: {why}");
        let why = config_error(
            Client::builder()
                .api_key("k")
                .base_url(url)
                .danger_allow_plain_http(false),
        );
        assert!(why.contains("plain http://"), "{url}: {why}");
    }
}

#[test]
fn danger_allow_plain_http_reaches_the_emulator_under_a_service_name() {
    // The emulator as a docker-compose service: it writes its public URL into list pages,
    // and the client follows them because they are on its own origin.
    let server = MockServer::builder()
        .public_url("http://mock:18040")
        .start()
        .unwrap();
    for i in 0..3 {
        server
            .client()
            .reserved_domains()
            .create(&ReservedDomainCreate {
                domain: format!("d{i}.example.com"),
                ..Default::default()
            })
            .unwrap();
    }
    let agent = ngrok_api::ureq::Agent::with_parts(
        ngrok_api::ureq::Agent::config_builder().build(),
        ngrok_api::ureq::unversioned::transport::DefaultConnector::new(),
        EveryNameTo(server.addr()),
    );
    let client = Client::builder()
        .api_key(server.api_key())
        .base_url("http://mock:18040")
        .danger_allow_plain_http(true)
        .agent(agent)
        .max_retries(0)
        .build()
        .expect("allowed explicitly");
    let mut pages = 0;
    let mut domains = Vec::new();
    for page in client.reserved_domains().list().limit(2).pages() {
        pages += 1;
        domains.extend(page.unwrap().reserved_domains.into_iter().map(|d| d.domain));
    }
    assert_eq!(
        pages, 2,
        "the second page was fetched from http://mock:18040"
    );
    assert_eq!(domains.len(), 3, "{domains:?}");
    let hosts: Vec<String> = server
        .requests()
        .iter()
        .filter_map(|r| r.header("host").map(str::to_string))
        .collect();
    assert!(hosts.iter().any(|h| h == "mock:18040"), "{hosts:?}");
}
