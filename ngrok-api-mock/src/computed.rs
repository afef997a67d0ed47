//! Values the API works out itself: fields a caller never sends but the answer carries,
//! such as the address of a reserved TCP address or the name of a secret's vault. One
//! function per service, each named in a row of the table in `special_cases.rs`, which is
//! the only way the emulator reaches them.
//!
//! Where the real value comes from ngrok's infrastructure (nameservers, SAML endpoints),
//! the emulator makes one up under the reserved `.invalid` top-level domain, so that it can
//! never be mistaken for, or resolve to, a real host.

use serde_json::{json, Map, Value};

use crate::ids::{random_string, random_u64};
use crate::store::State;

/// A reserved TCP address: `addr` on the region's TCP host, with a made-up port.
pub(crate) fn reserved_addr(_: &State, _: &str, item: &mut Map<String, Value>) {
    let region = text(item, "region");
    let host = match region.as_str() {
        "" | "us" => "1.tcp.ngrok.io".to_string(),
        other => format!("1.tcp.{other}.ngrok.io"),
    };
    let port = 10_000 + random_u64() % 50_000;
    set_if_empty(item, "addr", json!(format!("{host}:{port}")));
}

/// The parent domains under which ngrok itself serves names: a reserved domain under one
/// of them needs no DNS record of its owner, so it has no CNAME target.
const NGROK_DOMAINS: &[&str] = &[
    "ngrok.app",
    "ngrok.dev",
    "ngrok.io",
    "ngrok.pizza",
    "ngrok-free.app",
    "ngrok-free.dev",
];

/// A reserved domain: the CNAME target its owner points a custom domain at (none for a
/// name under one of ngrok's own domains).
pub(crate) fn reserved_domain(_: &State, _: &str, item: &mut Map<String, Value>) {
    let domain = text(item, "domain").to_ascii_lowercase();
    let ngrok_owned = NGROK_DOMAINS.iter().any(|parent| {
        domain
            .strip_suffix(parent)
            .is_some_and(|rest| rest.ends_with('.'))
    });
    if !ngrok_owned && !domain.is_empty() {
        let target = format!("{}.cname.invalid", random_string(20).to_ascii_lowercase());
        set_if_empty(item, "cname_target", json!(target));
    }
}

/// An agent ingress: its nameservers and regional domains.
pub(crate) fn agent_ingress(_: &State, _: &str, item: &mut Map<String, Value>) {
    let domain = text(item, "domain");
    set_if_empty(
        item,
        "ns_targets",
        json!(["ns1.agent-ingress.invalid", "ns2.agent-ingress.invalid"]),
    );
    let regional: Vec<String> = ["us", "eu", "ap"]
        .iter()
        .map(|region| format!("{region}.{domain}"))
        .collect();
    set_if_empty(item, "region_domains", json!(regional));
}

/// An SSH certificate authority: a public key of the asked type (ed25519 by default).
pub(crate) fn ssh_certificate_authority(_: &State, _: &str, item: &mut Map<String, Value>) {
    let key_type = match text(item, "private_key_type").as_str() {
        "" => "ed25519".to_string(),
        other => other.to_string(),
    };
    let algorithm = match key_type.as_str() {
        "rsa" => "ssh-rsa",
        "ecdsa" => "ecdsa-sha2-nistp256",
        _ => "ssh-ed25519",
    };
    let key = format!("{algorithm} AAAA{} ngrok-api-mock", random_string(64));
    set_if_empty(item, "public_key", json!(key));
    set_if_empty(item, "key_type", json!(key_type));
}

/// An abuse report: pending, with one pending hostname per reported URL.
pub(crate) fn abuse_report(_: &State, _: &str, item: &mut Map<String, Value>) {
    set_if_empty(item, "status", json!("PENDING"));
    let hostnames: Vec<Value> = item
        .get("urls")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter_map(host_of)
        .map(|host| json!({"hostname": host, "status": "PENDING"}))
        .collect();
    set_if_empty(item, "hostnames", json!(hostnames));
}

/// A secret: the name of the vault it is in (read from the `vaults` collection).
pub(crate) fn secret(state: &State, _: &str, item: &mut Map<String, Value>) {
    let vault_id = item
        .get("vault")
        .and_then(|v| v.get("id"))
        .and_then(Value::as_str)
        .map(str::to_string);
    if let Some(vault) = vault_id.and_then(|id| state.item("vaults", &id)) {
        let name = text(vault, "name");
        set_if_empty(item, "vault_name", json!(name));
    }
}

/// A tunnel group backend: the tunnels (from the `tunnels` collection) whose labels
/// include every label it asks for.
pub(crate) fn tunnel_group(state: &State, base_url: &str, item: &mut Map<String, Value>) {
    let wanted = item.get("labels").cloned().unwrap_or(json!({}));
    let tunnels: Vec<Value> = state
        .items("tunnels")
        .filter(|tunnel| labels_match(tunnel.get("labels"), &wanted))
        .filter_map(|tunnel| tunnel.get("id").and_then(Value::as_str))
        .map(|id| json!({"id": id, "uri": format!("{base_url}/tunnels/{id}")}))
        .collect();
    set_if_empty(item, "tunnels", json!(tunnels));
}

/// An endpoint (created in the cloud, or seeded as an agent's): the parts of its `url`
/// that the API also writes out on their own: `proto`, `hostport` and `public_url`, the
/// port being the scheme's default when the URL has none; and, for an endpoint that is not
/// a cloud one, `scheme`, `host` and `port` too (the documented answers for cloud
/// endpoints leave those three out).
pub(crate) fn endpoint(_: &State, _: &str, item: &mut Map<String, Value>) {
    let url = text(item, "url");
    let Some((scheme, rest)) = url.split_once("://") else {
        return;
    };
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if port.parse::<u16>().is_ok() => (host, port.parse::<u16>().ok()),
        _ => (authority, None),
    };
    let port = port.or(match scheme.as_str() {
        "http" => Some(80),
        "https" | "tls" => Some(443),
        _ => None,
    });
    if host.is_empty() {
        return;
    }
    let cloud = matches!(text(item, "type").as_str(), "" | "cloud");
    set_if_empty(item, "proto", json!(scheme));
    set_if_empty(item, "public_url", json!(url));
    if !cloud {
        set_if_empty(item, "scheme", json!(scheme));
        set_if_empty(item, "host", json!(host.to_ascii_lowercase()));
    }
    if let Some(port) = port {
        if !cloud && item.get("port").and_then(Value::as_i64).unwrap_or(0) == 0 {
            item.insert("port".into(), json!(port));
        }
        set_if_empty(
            item,
            "hostport",
            json!(format!("{}:{port}", host.to_ascii_lowercase())),
        );
    }
}

/// An HTTPS edge's TLS termination module: an HTTPS edge always terminates TLS itself.
pub(crate) fn tls_termination(_: &[String], module: &mut Map<String, Value>) {
    module.insert("terminate_at".into(), json!("edge"));
}

/// A route's SAML module: made-up endpoints under the route's id (the last path id), and
/// IdP-initiated logins off unless asked for.
pub(crate) fn route_saml(params: &[String], module: &mut Map<String, Value>) {
    let route = params.last().map(String::as_str).unwrap_or_default();
    let base = format!("https://saml.invalid/{route}");
    set_if_empty(module, "entity_id", json!(format!("{base}/metadata")));
    set_if_empty(module, "metadata_url", json!(format!("{base}/metadata")));
    set_if_empty(
        module,
        "assertion_consumer_service_url",
        json!(format!("{base}/acs")),
    );
    set_if_empty(module, "single_logout_url", json!(format!("{base}/slo")));
    // Not sent means not allowed: the API writes the setting it applies.
    set_if_empty(module, "allow_idp_initiated", json!(false));
}

fn text(item: &Map<String, Value>, field: &str) -> String {
    item.get(field)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Sets `field` unless the item already has a non-empty value there.
fn set_if_empty(item: &mut Map<String, Value>, field: &str, value: Value) {
    let empty = match item.get(field) {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        Some(Value::Object(o)) => o.is_empty(),
        Some(_) => false,
    };
    if empty {
        item.insert(field.to_string(), value);
    }
}

/// The host of an `http(s)://host[:port]/…` URL.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Whether a tunnel's labels include every label a tunnel group asks for.
fn labels_match(labels: Option<&Value>, wanted: &Value) -> bool {
    let (Some(labels), Some(wanted)) = (labels.and_then(Value::as_object), wanted.as_object())
    else {
        return false;
    };
    !wanted.is_empty() && wanted.iter().all(|(k, v)| labels.get(k) == Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_come_out_of_urls() {
        assert_eq!(
            host_of("https://Phish.example.ngrok.app/login?x=1").as_deref(),
            Some("phish.example.ngrok.app")
        );
        assert_eq!(
            host_of("http://user@host.example:8080").as_deref(),
            Some("host.example")
        );
        assert_eq!(host_of("not a url"), None);
        assert_eq!(host_of("https:///path"), None);
    }

    #[test]
    fn a_tunnel_group_needs_every_label_it_names() {
        let labels = json!({"app": "web", "env": "prod"});
        assert!(labels_match(Some(&labels), &json!({"app": "web"})));
        assert!(!labels_match(Some(&labels), &json!({"app": "api"})));
        assert!(
            !labels_match(Some(&labels), &json!({})),
            "an empty selector selects nothing"
        );
        assert!(!labels_match(None, &json!({"app": "web"})));
    }

    #[test]
    fn only_a_custom_domain_gets_a_cname_target() {
        let target = |domain: &str| {
            let mut item = Map::new();
            item.insert("domain".into(), json!(domain));
            reserved_domain(&State::default(), "http://x", &mut item);
            item.get("cname_target").cloned()
        };
        let custom = target("app.example.com").expect("a target");
        assert!(
            custom.as_str().unwrap().ends_with(".cname.invalid"),
            "{custom}"
        );
        assert_eq!(target("shop.ngrok.app"), None);
        assert_eq!(target("x.ngrok-free.app"), None);
        assert!(
            target("notngrok.app").is_some(),
            "only names under ngrok's domains"
        );
    }

    #[test]
    fn an_endpoint_url_is_taken_apart() {
        let parts = |url: &str| {
            let mut item = Map::new();
            item.insert("url".into(), json!(url));
            item.insert("type".into(), json!("ephemeral"));
            endpoint(&State::default(), "http://x", &mut item);
            item
        };
        let https = parts("https://App.example.com/path");
        assert_eq!(https["scheme"], "https");
        assert_eq!(https["host"], "app.example.com");
        assert_eq!(https["port"], 443);
        assert_eq!(https["hostport"], "app.example.com:443");
        assert_eq!(https["public_url"], "https://App.example.com/path");
        let tcp = parts("tcp://1.tcp.ngrok.io:12345");
        assert_eq!(tcp["proto"], "tcp");
        assert_eq!(tcp["port"], 12345);
        assert_eq!(tcp["hostport"], "1.tcp.ngrok.io:12345");
        assert!(!parts("tcp://1.tcp.ngrok.io").contains_key("port"));
        assert!(!parts("not a url").contains_key("scheme"));
        let mut cloud = Map::new();
        cloud.insert("url".into(), json!("https://app.example.com"));
        cloud.insert("type".into(), json!("cloud"));
        endpoint(&State::default(), "http://x", &mut cloud);
        assert_eq!(cloud["hostport"], "app.example.com:443");
        assert!(!cloud.contains_key("host") && !cloud.contains_key("port"));
    }

    #[test]
    fn values_already_sent_are_kept() {
        let mut item = Map::new();
        item.insert("addr".into(), json!("5.tcp.ngrok.io:1"));
        reserved_addr(&State::default(), "http://x", &mut item);
        assert_eq!(item["addr"], "5.tcp.ngrok.io:1");
        let mut fresh = Map::new();
        fresh.insert("region".into(), json!("eu"));
        reserved_addr(&State::default(), "http://x", &mut fresh);
        assert!(fresh["addr"]
            .as_str()
            .unwrap()
            .starts_with("1.tcp.eu.ngrok.io:"));
    }
}
