//! The small part of URL handling the client needs: origins and percent-encoding.

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

/// Appends `value` percent-encoded for use in a path segment or a query value: every byte
/// but the unreserved set of RFC 3986 is escaped.
pub(crate) fn encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

/// Undoes percent-encoding (and `+` for a space) of a query value; a malformed escape is
/// kept as it is, and bytes that are not UTF-8 are replaced.
pub(crate) fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_undoes_encode_and_tolerates_bad_escapes() {
        for value in ["rd_2abc", "a b&c=d/é", "%", "100%"] {
            let mut encoded = String::new();
            encode_into(&mut encoded, value);
            assert_eq!(decode(&encoded), value);
        }
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%zz1"), "%zz1");
        assert_eq!(decode("a+b"), "a b");
    }

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

    #[test]
    fn encodes_everything_but_unreserved_bytes() {
        let mut s = String::new();
        encode_into(&mut s, "a b/c?d=é~");
        assert_eq!(s, "a%20b%2Fc%3Fd%3D%C3%A9~");
    }
}
