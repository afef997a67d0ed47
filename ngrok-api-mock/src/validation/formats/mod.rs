//! The formats the API checks in string fields (and in an object's keys: header names),
//! one file per format that needs more than a line: CIDR blocks, domain names, PEM armour,
//! endpoint URLs. A check answers with the reason (and, for the formats the API splits
//! into several codes, the code of that reason).

mod cidr;
mod domain;
mod pem;
mod url;

/// A format a string field must have.
#[derive(Clone, Copy)]
pub(crate) enum Format {
    /// An IPv4 or IPv6 block `address/bits` starting at its first address (the row's
    /// code for an unparsable block; 1413 without `/bits`, 1409 with host bits set).
    Cidr,
    /// A name a domain can be reserved under (the reserved-domain codes 402-448, 513,
    /// 514 by reason; the row's code for a character outside the allowed ones).
    DomainName,
    /// A DNS name, any fault answered with the row's code.
    DnsName,
    /// Text holding at least one PEM block whose label ends with this one
    /// (`CERTIFICATE`, `PRIVATE KEY`); the armour only, no decoding of the contents.
    Pem(&'static str),
    /// `host:port` with a host and a port from 1 to 65535; a missing host is answered
    /// with `no_host` when given (a static backend's 6507).
    HostPort { no_host: Option<u32> },
    /// An endpoint URL: `http`, `https`, `tcp` or `tls`, a host, and a port from 1 to
    /// 65535 (required for `tcp`); 18022 for the scheme, 18003 for the port.
    EndpointUrl,

    /// One of these words.
    OneOf(&'static [&'static str]),
    /// Only letters, digits, `_`, `-`, `/` and `.` (the text describes the set).
    Chars(&'static str),
    /// Each ACL entry `*` or `bind:<label, domain or address>`.
    Acl,
    /// A cookie prefix: letters, digits and `.` only.
    CookiePrefix,
    /// An HTTP header name: a token, letters, digits and ``!#$%&'*+-.^_`|~`` only.
    HeaderName,
}

/// Why a value does not have its format: the message, and the code when it is not the
/// rule's own.
pub(crate) struct Bad {
    pub(crate) code: Option<u32>,
    pub(crate) why: String,
}

impl Bad {
    pub(crate) fn new(why: impl Into<String>) -> Bad {
        Bad {
            code: None,
            why: why.into(),
        }
    }

    pub(crate) fn coded(code: u32, why: impl Into<String>) -> Bad {
        Bad {
            code: Some(code),
            why: why.into(),
        }
    }
}

impl Format {
    /// Checks one value.
    pub(crate) fn check(self, value: &str) -> Result<(), Bad> {
        match self {
            Format::Cidr => cidr::check(value),
            Format::DomainName => domain::check_reservable(value),
            Format::DnsName => domain::check_reservable(value).map_err(|bad| Bad::new(bad.why)),
            Format::Pem(label) => pem::check(value, label),
            Format::HostPort { no_host } => check_host_port(value, no_host),
            Format::EndpointUrl => url::check_endpoint(value),

            Format::OneOf(words) if words.contains(&value) => Ok(()),
            Format::OneOf(words) => Err(Bad::new(format!("must be one of {words:?}"))),
            Format::Chars(_) => match value
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '/' | '.')))
            {
                Some(c) => Err(Bad::new(format!("has the character {c:?}"))),
                None => Ok(()),
            },
            Format::Acl => check_acl(value),
            Format::CookiePrefix => match value
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || *c == '.'))
            {
                Some(c) => Err(Bad::new(format!("has the character {c:?}"))),
                None => Ok(()),
            },
            Format::HeaderName if value.is_empty() => Err(Bad::new("is empty")),
            Format::HeaderName => match value
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)))
            {
                Some(c) => Err(Bad::new(format!("`{value}` has the character {c:?}"))),
                None => Ok(()),
            },
        }
    }

    /// The format in a few words.
    pub(crate) fn describe(&self) -> String {
        match self {
            Format::Cidr => "a CIDR block".into(),
            Format::DomainName => "a reservable domain name".into(),
            Format::DnsName => "a DNS name".into(),
            Format::Pem(label) => format!("PEM ({label})"),
            Format::HostPort { .. } => "`host:port`".into(),
            Format::EndpointUrl => "an endpoint URL".into(),

            Format::OneOf(words) => format!("one of {}", words.join(", ")),
            Format::Chars(set) => format!("only {set}"),
            Format::Acl => "ACL entries `*` or `bind:…`".into(),
            Format::CookiePrefix => "a cookie prefix (letters, digits and `.`)".into(),
            Format::HeaderName => "HTTP header names".into(),
        }
    }
}

fn check_host_port(value: &str, no_host: Option<u32>) -> Result<(), Bad> {
    let Some((host, port)) = value.rsplit_once(':') else {
        return Err(Bad::new("is not of the form `host:port`"));
    };
    if host.is_empty() || host == "[]" {
        return Err(Bad {
            code: no_host,
            why: "has no host before the `:`".into(),
        });
    }
    match port.parse::<u16>() {
        Ok(1..) => Ok(()),
        _ => Err(Bad::new(format!(
            "has the port `{port}`, which is not from 1 to 65535"
        ))),
    }
}

fn check_acl(entry: &str) -> Result<(), Bad> {
    if entry == "*" {
        return Ok(());
    }
    let Some(target) = entry.strip_prefix("bind:") else {
        return Err(Bad::new(format!(
            "has the entry `{entry}`, which is neither `*` nor `bind:<domain, label or address>`"
        )));
    };
    let fine = !target.is_empty()
        && target
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '*' | ':' | '=' | '_'));
    if fine {
        Ok(())
    } else {
        Err(Bad::new(format!(
            "has the entry `{entry}`, whose target is not a domain, label or address"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOST_PORT: Format = Format::HostPort {
        no_host: Some(6507),
    };

    #[test]
    fn host_ports_need_a_host_and_a_port_in_range() {
        assert!(HOST_PORT.check("10.0.0.1:8080").is_ok());
        assert!(HOST_PORT.check("[::1]:443").is_ok());
        assert!(HOST_PORT.check("example.com").is_err());
        assert_eq!(HOST_PORT.check(":80").err().unwrap().code, Some(6507));
        assert!(HOST_PORT.check("a:0").is_err());
        assert!(HOST_PORT.check("a:70000").is_err());
    }

    #[test]
    fn acl_entries_are_star_or_bind() {
        assert!(Format::Acl.check("*").is_ok());
        assert!(Format::Acl.check("bind:app.example.com").is_ok());
        assert!(Format::Acl.check("bind:*.example.com").is_ok());
        assert!(Format::Acl.check("bind:1.tcp.ngrok.io:20002").is_ok());
        assert!(Format::Acl.check("bind:").is_err());
        assert!(Format::Acl.check("anything").is_err());
        assert!(Format::Acl.check("bind:a b").is_err());
    }

    #[test]
    fn names_keep_to_their_characters() {
        let names = Format::Chars("x");
        assert!(names.check("prod/db-password.v_1").is_ok());
        assert!(names.check("has space").is_err());
        assert!(names.check("semi;colon").is_err());
    }
}
