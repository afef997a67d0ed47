//! Endpoint URLs: `scheme://host[:port][/path]` with a scheme a cloud endpoint can serve
//! and, for `tcp`, the port the reserved address has.

use super::Bad;

const SCHEMES: [&str; 4] = ["http", "https", "tcp", "tls"];

pub(super) fn check_endpoint(url: &str) -> Result<(), Bad> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(Bad::coded(
            18022,
            format!("`{url}` has no scheme (one of {SCHEMES:?})"),
        ));
    };
    if !SCHEMES.contains(&scheme) {
        return Err(Bad::coded(
            18022,
            format!("`{url}` has the scheme `{scheme}`, not one of {SCHEMES:?}"),
        ));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = match authority.rsplit_once(':') {
        // An IPv6 address's own colons are inside its brackets.
        Some((host, port)) if !port.contains(']') => (host, Some(port)),
        _ => (authority, None),
    };
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(Bad::new(format!("`{url}` has no host")));
    }
    match port {
        Some(port) if !port.parse::<u16>().is_ok_and(|p| p > 0) => Err(Bad::coded(
            18003,
            format!("`{url}` has the port `{port}`, which is not from 1 to 65535"),
        )),
        None if scheme == "tcp" => Err(Bad::coded(
            18003,
            format!("`{url}` is a TCP URL without a port"),
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(url: &str) -> Option<Option<u32>> {
        check_endpoint(url).err().map(|bad| bad.code)
    }

    #[test]
    fn scheme_host_and_port_are_checked() {
        for good in [
            "https://api.example.com",
            "https://endpoint-example2.com:443",
            "http://a.internal/path",
            "tcp://1.tcp.ngrok.io:20000",
            "tls://[::1]:443",
        ] {
            assert_eq!(code(good), None, "{good}");
        }
        assert_eq!(code("api.example.com"), Some(Some(18022)));
        assert_eq!(code("ftp://api.example.com"), Some(Some(18022)));
        assert_eq!(code("https://"), Some(None));
        assert_eq!(code("https://a.example.com:0"), Some(Some(18003)));
        assert_eq!(code("https://a.example.com:x"), Some(Some(18003)));
        assert_eq!(code("tcp://1.tcp.ngrok.io"), Some(Some(18003)));
    }
}
