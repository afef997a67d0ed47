//! Origins: the scheme, host and port the API key may be sent to.
//!
//! The client's base URL is split here when the client is built, and every
//! `next_page_uri` a list page points at is checked here against it. Percent-encoding is
//! in `percent.rs`; building a request's URL is in `request.rs`.

/// The scheme, host and port of a URL: where the API key may be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    pub(crate) https: bool,
    /// Lower-cased; IPv6 addresses keep their brackets.
    pub(crate) host: String,
    pub(crate) port: u16,
}

/// An absolute `http`/`https` URL split into its origin and the rest (path and query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SplitUrl<'a> {
    pub(crate) origin: Origin,
    pub(crate) rest: &'a str,
}

impl Origin {
    /// Whether the host is this machine (`localhost`, `127.0.0.0/8`, `::1`).
    pub(crate) fn is_loopback(&self) -> bool {
        let host = self.host.as_str();
        host == "localhost"
            || host == "[::1]"
            || host
                .parse::<std::net::Ipv4Addr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    /// The absolute URL to request for a link the server sent (a list's `next_page_uri`),
    /// or why the key must not be sent there. A path is taken as one on this origin; an
    /// absolute URL must be on this very origin.
    pub(crate) fn resolve(&self, link: &str) -> Result<String, &'static str> {
        if link.bytes().any(|b| b.is_ascii_control() || b == b' ') {
            return Err("it is not a URL (it has spaces or control characters)");
        }
        if link.starts_with('/') && !link.starts_with("//") {
            let scheme = if self.https { "https" } else { "http" };
            return Ok(format!("{scheme}://{}:{}{link}", self.host, self.port));
        }
        let split = split(link).map_err(|_| "it is not an http(s) URL")?;
        if &split.origin != self {
            return Err(
                "it points at another scheme, host or port than the configured base URL, \
                 and the API key is only sent there",
            );
        }
        Ok(link.to_string())
    }
}

/// Splits an absolute URL; the error says what is wrong with it.
pub(crate) fn split(url: &str) -> Result<SplitUrl<'_>, &'static str> {
    let (https, after) = if let Some(rest) = strip_prefix_ignore_case(url, "https://") {
        (true, rest)
    } else if let Some(rest) = strip_prefix_ignore_case(url, "http://") {
        (false, rest)
    } else {
        return Err("must start with https:// or http://");
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, rest) = after.split_at(end);
    if rest.contains('#') {
        return Err("must not have a #fragment");
    }
    if authority.contains('@') {
        return Err("must not carry credentials before the host");
    }
    let (host, port) = if authority.starts_with('[') {
        let close = authority
            .find(']')
            .ok_or("has an unterminated IPv6 address")?;
        let (host, after) = authority.split_at(close + 1);
        match after {
            "" => (host, None),
            p => (
                host,
                Some(p.strip_prefix(':').ok_or("has garbage after the host")?),
            ),
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err("has no host");
    }
    if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-._[]:".contains(&b))
    {
        return Err("has characters that are not allowed in a host name");
    }
    let port = match port {
        None => {
            if https {
                443
            } else {
                80
            }
        }
        Some(p) => p.parse().map_err(|_| "has an invalid port")?,
    };
    Ok(SplitUrl {
        origin: Origin {
            https,
            host: host.to_ascii_lowercase(),
            port,
        },
        rest,
    })
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_origin_and_rest() {
        let u = split("HTTPS://API.ngrok.com/reserved_domains?limit=1").unwrap();
        assert_eq!(
            u.origin,
            Origin {
                https: true,
                host: "api.ngrok.com".into(),
                port: 443
            }
        );
        assert_eq!(u.rest, "/reserved_domains?limit=1");
        let u = split("http://[::1]:4040").unwrap();
        assert_eq!(u.origin.host, "[::1]");
        assert_eq!(u.origin.port, 4040);
        assert!(u.origin.is_loopback());
        assert!(split("http://127.0.0.9:1/x").unwrap().origin.is_loopback());
        assert!(!split("http://10.0.0.1/x").unwrap().origin.is_loopback());
    }

    #[test]
    fn resolves_links_only_on_the_same_origin() {
        let origin = split("https://api.ngrok.com").unwrap().origin;
        assert_eq!(
            origin.resolve("/api_keys?before_id=ak_1").unwrap(),
            "https://api.ngrok.com:443/api_keys?before_id=ak_1"
        );
        assert_eq!(
            origin.resolve("https://API.ngrok.com:443/x").unwrap(),
            "https://API.ngrok.com:443/x"
        );
        for refused in [
            "//evil.example/x",
            "https://evil.example/x",
            "http://api.ngrok.com/x",
            "https://api.ngrok.com:8443/x",
            "/x y",
            "/x\n",
            "ftp://api.ngrok.com/x",
        ] {
            assert!(origin.resolve(refused).is_err(), "{refused:?}");
        }
    }

    #[test]
    fn rejects_what_is_not_an_http_url() {
        for bad in [
            "api.ngrok.com",
            "ftp://x",
            "https://",
            "https://user:pw@host/",
            "https://host:99999/",
            "https://host/#frag",
            "https://ho st/",
            "https://[::1/",
        ] {
            assert!(split(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn random_text_never_panics() {
        let alphabet = [
            "http", "s", "://", "[", "]", ":", "/", "?", "#", "@", "1", "é", "a.b", "::1", "",
        ];
        let mut state = 0xD1B5_4A32_D192_ED03u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let text: String = (0..state % 9)
                .map(|i| alphabet[((state >> (i * 4)) % alphabet.len() as u64) as usize])
                .collect();
            if let Ok(u) = split(&text) {
                assert!(!u.origin.host.is_empty(), "{text}");
            }
        }
    }
}
