//! Values the API works out itself: fields a caller never sends but the answer carries,
//! such as the address of a reserved TCP address or the name of a secret's vault.
//!
//! Where the real value comes from ngrok's infrastructure (nameservers, SAML endpoints),
//! the emulator makes one up under the reserved `.invalid` top-level domain, so that it can
//! never be mistaken for, or resolve to, a real host.

use serde_json::{json, Map, Value};

use crate::api::State;
use crate::ids::{random_string, random_u64};

/// Fills in what the API computes when an item of `service` (a qualified name such as
/// `backends.tunnel_group`) is created.
pub(crate) fn on_create(
    state: &State,
    base_url: &str,
    service: &str,
    item: &mut Map<String, Value>,
) {
    match service {
        "reserved_addrs" => {
            let region = text(item, "region");
            let host = match region.as_str() {
                "" | "us" => "1.tcp.ngrok.io".to_string(),
                other => format!("1.tcp.{other}.ngrok.io"),
            };
            let port = 10_000 + random_u64() % 50_000;
            set_if_empty(item, "addr", json!(format!("{host}:{port}")));
        }
        "agent_ingresses" => {
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
        "ssh_certificate_authorities" => {
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
        "abuse_reports" => {
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
        "secrets" => {
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
        "backends.tunnel_group" => {
            let wanted = item.get("labels").cloned().unwrap_or(json!({}));
            let tunnels: Vec<Value> = state
                .items("tunnels")
                .filter(|tunnel| labels_match(tunnel.get("labels"), &wanted))
                .filter_map(|tunnel| tunnel.get("id").and_then(Value::as_str))
                .map(|id| json!({"id": id, "uri": format!("{base_url}/tunnels/{id}")}))
                .collect();
            set_if_empty(item, "tunnels", json!(tunnels));
        }
        _ => {}
    }
}

/// Fills in what the API computes when a singleton module of `service` is set under the
/// item with path ids `params`.
pub(crate) fn on_replace(service: &str, params: &[String], module: &mut Map<String, Value>) {
    match service {
        "edge_modules.https_edge_tls_termination" => {
            // An HTTPS edge always terminates TLS itself.
            module.insert("terminate_at".into(), json!("edge"));
        }
        "edge_modules.https_edge_route_saml" => {
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
        }
        _ => {}
    }
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
    fn values_already_sent_are_kept() {
        let mut item = Map::new();
        item.insert("addr".into(), json!("5.tcp.ngrok.io:1"));
        on_create(&State::default(), "http://x", "reserved_addrs", &mut item);
        assert_eq!(item["addr"], "5.tcp.ngrok.io:1");
        let mut fresh = Map::new();
        fresh.insert("region".into(), json!("eu"));
        on_create(&State::default(), "http://x", "reserved_addrs", &mut fresh);
        assert!(fresh["addr"]
            .as_str()
            .unwrap()
            .starts_with("1.tcp.eu.ngrok.io:"));
    }
}
