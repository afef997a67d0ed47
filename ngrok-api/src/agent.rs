//! The ureq agent a client sends with: the TLS library and the certificates it trusts
//! (chosen by Cargo features and [`ClientBuilder::root_certificates`]), the proxy, the
//! timeouts, and the two settings every request relies on (redirects are never followed,
//! every status comes back as a response). Also what the client still imposes, request by
//! request, on an agent the user supplied ([`ClientBuilder::agent`]).
//!
//! `client.rs` checks the rest of the configuration and calls [`build`]; `transport.rs`
//! sends through [`run`].
//!
//! [`ClientBuilder::root_certificates`]: crate::ClientBuilder::root_certificates
//! [`ClientBuilder::agent`]: crate::ClientBuilder::agent

use std::fmt;
use std::time::Duration;

use crate::{Error, Result};

/// Where the client's own agent finds its proxy.
#[derive(Clone, Default)]
pub(crate) enum ProxySetting {
    /// ureq's default: `ALL_PROXY`, `HTTPS_PROXY`, `HTTP_PROXY` (either case) and
    /// `NO_PROXY`, read once when the client is built; ignored for a loopback base URL.
    #[default]
    FromEnv,
    /// No proxy, whatever the environment says.
    Off,
    /// This proxy, for every request (a loopback base URL included).
    Url(String),
}

impl fmt::Debug for ProxySetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProxySetting::FromEnv => f.write_str("FromEnv"),
            ProxySetting::Off => f.write_str("Off"),
            // A proxy URL may carry a password.
            ProxySetting::Url(url) => f.debug_tuple("Url").field(&without_userinfo(url)).finish(),
        }
    }
}

/// A URL with any `user:password@` replaced, for `Debug` and error messages.
pub(crate) fn without_userinfo(url: &str) -> String {
    let start = url.find("://").map_or(0, |i| i + 3);
    let authority_end = url[start..].find('/').map_or(url.len(), |i| start + i);
    match url[start..authority_end].rfind('@') {
        Some(at) => format!("{}[redacted]@{}", &url[..start], &url[start + at + 1..]),
        None => url.to_string(),
    }
}

/// Everything the client's own agent is made from.
pub(crate) struct Settings<'a> {
    pub(crate) user_agent: &'a str,
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    /// The base URL's host is this machine.
    pub(crate) loopback: bool,
    pub(crate) proxy: &'a ProxySetting,
    /// PEM text of the only roots to trust, when set.
    pub(crate) root_certificates: Option<&'a [u8]>,
}

/// Whether this build can speak TLS at all (one of the TLS features is on).
pub(crate) const HAS_TLS: bool = cfg!(any(feature = "rustls", feature = "native-tls"));

/// Makes the client's own agent.
pub(crate) fn build(settings: Settings<'_>) -> Result<ureq::Agent> {
    let mut config = ureq::Agent::config_builder()
        // The client reads every status itself (response.rs) and never follows a
        // redirect: one could carry the bearer token elsewhere.
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(settings.user_agent)
        // Per stage rather than `timeout_global`: with a deadline on the whole call,
        // ureq resolves the host name on a new thread for every request, even one on
        // a pooled connection, which costs more than the rest of a loopback request
        // (BENCHMARKS.md). Without one, the name is resolved on this thread, and only
        // the system resolver's own limits bound it.
        .timeout_connect(Some(settings.connect_timeout))
        .timeout_send_request(Some(settings.timeout))
        .timeout_send_body(Some(settings.timeout))
        .timeout_recv_response(Some(settings.timeout))
        .timeout_recv_body(Some(settings.timeout));
    config = match settings.proxy {
        // A proxy from the environment cannot reach this machine's loopback.
        ProxySetting::FromEnv if settings.loopback => config.proxy(None),
        ProxySetting::FromEnv => config,
        ProxySetting::Off => config.proxy(None),
        ProxySetting::Url(url) => config.proxy(Some(proxy(url)?)),
    };
    #[cfg(any(feature = "rustls", feature = "native-tls"))]
    {
        config = config.tls_config(tls::config(settings.root_certificates)?);
    }
    #[cfg(not(any(feature = "rustls", feature = "native-tls")))]
    if settings.root_certificates.is_some() {
        return Err(Error::Config(NO_TLS.into()));
    }
    Ok(config.build().into())
}

/// Why a build without TLS refuses what needs it.
pub(crate) const NO_TLS: &str = "this build of ngrok-api has no TLS (no `rustls`, `native-tls` \
     or `platform-verifier` feature): only http:// on a loopback host can be reached";

/// Parses and checks a proxy URL given to [`ClientBuilder::proxy`](crate::ClientBuilder::proxy).
fn proxy(url: &str) -> Result<ureq::Proxy> {
    let shown = without_userinfo(url);
    let proxy = ureq::Proxy::new(url).map_err(|_| {
        Error::Config(format!(
            "proxy {shown:?} is not a valid proxy URL (scheme://[user:password@]host[:port], \
             with http, https, socks4, socks4a or socks5)"
        ))
    })?;
    use ureq::ProxyProtocol as P;
    match proxy.protocol() {
        // ureq panics on a SOCKS proxy it was not built for; say so here instead.
        P::Socks4 | P::Socks4A | P::Socks5 | P::Socks5h if !cfg!(feature = "socks-proxy") => {
            Err(Error::Config(format!(
                "proxy {shown:?} is a SOCKS proxy: enable ngrok-api's `socks-proxy` feature"
            )))
        }
        P::Https if !HAS_TLS => Err(Error::Config(format!("proxy {shown:?}: {NO_TLS}"))),
        _ => Ok(proxy),
    }
}

#[cfg(any(feature = "rustls", feature = "native-tls"))]
mod tls {
    use ureq::tls::{parse_pem, PemItem, RootCerts, TlsConfig, TlsProvider};

    use crate::{Error, Result};

    /// The TLS library (native-tls when its feature is on, else rustls) and the roots it
    /// trusts: the given ones, else the system's store (`native-tls`, `platform-verifier`),
    /// else Mozilla's roots compiled in (`rustls` alone).
    pub(super) fn config(root_certificates: Option<&[u8]>) -> Result<TlsConfig> {
        let provider = if cfg!(feature = "native-tls") {
            TlsProvider::NativeTls
        } else {
            TlsProvider::Rustls
        };
        let roots = match root_certificates {
            Some(pem) => RootCerts::from(certificates(pem)?),
            None if cfg!(any(feature = "native-tls", feature = "platform-verifier")) => {
                RootCerts::PlatformVerifier
            }
            None => RootCerts::WebPki,
        };
        Ok(TlsConfig::builder()
            .provider(provider)
            .root_certs(roots)
            .build())
    }

    /// The certificates of a PEM text; at least one, and nothing that is not PEM.
    fn certificates(pem: &[u8]) -> Result<Vec<ureq::tls::Certificate<'static>>> {
        let mut certificates = Vec::new();
        for item in parse_pem(pem) {
            match item {
                Ok(PemItem::Certificate(certificate)) => certificates.push(certificate),
                // A private key or another section is not a root: skip it, as ureq does.
                Ok(_) => {}
                Err(_) => {
                    return Err(Error::Config(
                        "root certificates: the PEM text is malformed (a section is not \
                         valid base64, or is not closed by its END line)"
                            .into(),
                    ))
                }
            }
        }
        if certificates.is_empty() {
            return Err(Error::Config(
                "root certificates: no \"-----BEGIN CERTIFICATE-----\" section in the PEM text"
                    .into(),
            ));
        }
        Ok(certificates)
    }
}

/// What the client imposes on each request it sends through an agent the user supplied:
/// the settings of its own agent that ureq lets a request override.
#[derive(Clone, Debug, Default)]
pub(crate) struct Imposed {
    /// Set when the user configured a timeout on the builder too.
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
}

/// Sends `request` through `agent`; with `imposed` (a user's agent), first overrides the
/// agent's settings the client depends on: every status comes back as a response, no
/// redirect is followed, and timeouts set on the builder apply.
pub(crate) fn run<S: ureq::AsSendBody>(
    agent: &ureq::Agent,
    imposed: Option<&Imposed>,
    request: ureq::http::Request<S>,
) -> std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error> {
    let Some(imposed) = imposed else {
        return agent.run(request);
    };
    let mut config = agent
        .configure_request(request)
        .http_status_as_error(false)
        .max_redirects(0);
    if let Some(t) = imposed.connect_timeout {
        config = config.timeout_connect(Some(t));
    }
    if let Some(t) = imposed.timeout {
        config = config
            .timeout_send_request(Some(t))
            .timeout_send_body(Some(t))
            .timeout_recv_response(Some(t))
            .timeout_recv_body(Some(t));
    }
    agent.run(config.build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn socks_proxies_need_their_feature() {
        assert_eq!(
            proxy("socks5://127.0.0.1:1080").is_ok(),
            cfg!(feature = "socks-proxy")
        );
        assert!(proxy("http://127.0.0.1:3128").is_ok());
    }

    #[cfg(any(feature = "rustls", feature = "native-tls"))]
    #[test]
    fn the_features_choose_the_tls_library_and_its_roots() {
        use ureq::tls::{RootCerts, TlsProvider};
        let config = tls::config(None).unwrap();
        let native = cfg!(feature = "native-tls");
        let provider = if native {
            TlsProvider::NativeTls
        } else {
            TlsProvider::Rustls
        };
        assert_eq!(config.provider(), provider);
        let system = native || cfg!(feature = "platform-verifier");
        assert_eq!(
            matches!(config.root_certs(), RootCerts::PlatformVerifier),
            system
        );
        assert_eq!(matches!(config.root_certs(), RootCerts::WebPki), !system);
        let pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        let config = tls::config(Some(format!("{pem}{pem}").as_bytes())).unwrap();
        assert!(matches!(config.root_certs(), RootCerts::Specific(c) if c.len() == 2));
    }

    #[cfg(not(any(feature = "rustls", feature = "native-tls")))]
    #[test]
    fn without_tls_only_loopback_http_is_reachable() {
        let builder = || crate::Client::builder().api_key("k");
        builder().base_url("http://127.0.0.1:1").build().unwrap();
        for refused in [
            builder(),
            builder().root_certificates("-----BEGIN CERTIFICATE-----"),
            builder()
                .base_url("http://127.0.0.1:1")
                .proxy("https://proxy.example"),
        ] {
            match refused.build() {
                Err(crate::Error::Config(why)) => assert!(why.contains("no TLS"), "{why}"),
                other => panic!("expected a configuration error, got {other:?}"),
            }
        }
        // `Client::new` never fails: its calls report the missing TLS instead.
        let client = crate::Client::new("k");
        let err = client.reserved_domains().get("rd_1").unwrap_err();
        assert!(err.to_string().contains("no TLS"), "{err}");
    }

    #[test]
    fn userinfo_is_hidden() {
        assert_eq!(
            without_userinfo("http://u:p@proxy:8080/x@y"),
            "http://[redacted]@proxy:8080/x@y"
        );
        assert_eq!(without_userinfo("u:p@proxy"), "[redacted]@proxy");
        assert_eq!(without_userinfo("http://proxy:8080"), "http://proxy:8080");
    }
}
