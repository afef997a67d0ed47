//! Conformance with the API's documented exchanges (`api/wire-shapes.json`, made on the
//! live API): each documented create, update, get, list and replace is replayed against
//! the emulator over raw HTTP, and the answer's shape is compared with the documented
//! one: the same keys at every depth, each with the same JSON kind. For a list- or
//! map-valued field, `null`, empty and non-empty count as one kind (items are compared
//! when both sides have some).
//!
//! Before an exchange is replayed, what it needs is made: the parents its path names,
//! the item it reads or changes, and the objects its body refers to by id, each from
//! that service's own documented create; their ids then replace the documented ones in
//! the path and the body.
//!
//! Nothing is exempt except the rows of [`EXEMPT`], each with its reason; a row that no
//! longer matches anything fails the test, so the table cannot outlive its reasons.

use std::collections::{BTreeSet, HashMap};

use ngrok_api::meta::{FieldType, OperationKind, OperationMeta, Schema, ServiceMeta};
use ngrok_api_mock::MockServer;
use ngrok_api_tests::raw_request;
use serde_json::{Map, Value};

const WIRE_SHAPES: &str = include_str!("../../../api/wire-shapes.json");

/// Keys whose documented shape the emulator does not match, by schema and key, each
/// with why. Every difference is checked to fit its row's reason: a [`Why::State`] key
/// is `null` on one side (the value comes from state no test can make); a
/// [`Why::LeftOutEmpty`] key is missing from the documented answer and written by the
/// emulator as a zero value; a [`Why::Newer`] key is missing from the documented answer.
const EXEMPT: &[(&str, &str, Why)] = &[
    // Values from state the replay cannot make.
    ("APIKey", "owner_id", Why::State("the key's owner is the user or bot that made it; the emulator has no users")),
    ("Credential", "owner_id", Why::State("the credential's owner is the user or bot that made it; the emulator has no users")),
    ("SSHCredential", "owner_id", Why::State("the credential's owner is the user or bot that made it; the emulator has no users")),
    ("Endpoint", "domain", Why::State("the reserved domain behind a cloud endpoint's URL belongs to the documentation's account")),
    ("ReservedDomain", "certificate", Why::State("the documented create attaches a certificate, and so does the replay; the documented get and update show a domain without one")),
    ("ReservedDomain", "certificate_management_policy", Why::State("the documented domain had managed certificates from earlier calls")),
    ("ReservedDomain", "http_endpoint_configuration", Why::State("legacy endpoint configurations (`ec_…`) can no longer be made, so the replayed update cannot attach one")),
    ("ReservedDomain", "https_endpoint_configuration", Why::State("legacy endpoint configurations (`ec_…`) can no longer be made, so the replayed update cannot attach one")),
    ("ReservedAddr", "endpoint_configuration", Why::State("legacy endpoint configurations (`ec_…`) can no longer be made, so the replayed update cannot attach one")),
    ("Tunnel", "endpoint", Why::State("set by the agent that opened the tunnel; the test seeds a bare tunnel")),
    // Keys the documented answers leave out while empty (they carry them once set, or
    // predate the field); the emulator writes every declared key, so that a client
    // reading it by name finds it.
    ("AgentIngress", "metadata", Why::LeftOutEmpty),
    ("APIKey", "metadata", Why::Newer("the documented list predates the field (the documented create, get and update carry it)")),
    ("Credential", "metadata", Why::LeftOutEmpty),
    ("Endpoint", "edge", Why::LeftOutEmpty),
    ("Endpoint", "host", Why::LeftOutEmpty),
    ("Endpoint", "name", Why::LeftOutEmpty),
    ("Endpoint", "port", Why::LeftOutEmpty),
    ("Endpoint", "principal", Why::LeftOutEmpty),
    ("Endpoint", "region", Why::LeftOutEmpty),
    ("Endpoint", "scheme", Why::LeftOutEmpty),
    ("Endpoint", "tcp_addr", Why::LeftOutEmpty),
    ("Endpoint", "tunnel", Why::LeftOutEmpty),
    ("Endpoint", "tunnel_session", Why::LeftOutEmpty),
    ("Endpoint", "upstream_protocol", Why::LeftOutEmpty),
    ("Endpoint", "upstream_url", Why::LeftOutEmpty),
    ("IPPolicy", "metadata", Why::LeftOutEmpty),
    ("IPPolicyRule", "metadata", Why::LeftOutEmpty),
    ("IPRestriction", "description", Why::LeftOutEmpty),
    ("IPRestriction", "metadata", Why::LeftOutEmpty),
    ("KubernetesOperatorBinding", "ingress_endpoint", Why::LeftOutEmpty),
    ("ReservedAddr", "metadata", Why::LeftOutEmpty),
    ("ReservedDomain", "description", Why::LeftOutEmpty),
    ("ReservedDomain", "metadata", Why::LeftOutEmpty),
    ("ReservedDomain", "resolves_to", Why::LeftOutEmpty),
    ("Secret", "vault_name", Why::Newer("only the newer Go client declares it; the documented answers predate it")),
    ("SSHCertificateAuthority", "metadata", Why::LeftOutEmpty),
    ("SSHCredential", "metadata", Why::LeftOutEmpty),
    ("SSHHostCertificate", "metadata", Why::LeftOutEmpty),
    ("SSHUserCertificate", "metadata", Why::LeftOutEmpty),
    ("TLSCertificate", "description", Why::LeftOutEmpty),
    ("TLSCertificate", "metadata", Why::LeftOutEmpty),
    ("Tunnel", "backends", Why::LeftOutEmpty),
    ("Tunnel", "labels", Why::LeftOutEmpty),
    ("Tunnel", "metadata", Why::LeftOutEmpty),
    ("TunnelSession", "metadata", Why::LeftOutEmpty),
];

/// Why a key of [`EXEMPT`] differs.
#[derive(Clone, Copy)]
enum Why {
    /// The value comes from state the replay cannot make: `null` on one side, set on
    /// the other.
    State(&'static str),
    /// The documented answer leaves the key out; the emulator writes it empty.
    LeftOutEmpty,
    /// The documented answer predates the key, which the catalog declares.
    Newer(&'static str),
}

impl Why {
    fn describe(self) -> &'static str {
        match self {
            Why::State(why) | Why::Newer(why) => why,
            Why::LeftOutEmpty => {
                "the documented answers leave the key out while it is empty; the emulator \
                 writes it, so that a client reading it by name finds it"
            }
        }
    }
}

/// Keys of documented request bodies that no declared request type has: the emulator
/// refuses them (ERR_NGROK_214), as the API refuses any unknown field, so they are left
/// out when the exchange is replayed.
const UNSENDABLE: &[(&str, &str)] = &[
    ("reserved_addrs.update", "endpoint_configuration_id"),
    ("reserved_domains.update", "http_endpoint_configuration_id"),
    ("reserved_domains.update", "https_endpoint_configuration_id"),
];

const JSON: (&str, &str) = ("content-type", "application/json");

#[test]
fn documented_exchanges_replay_with_the_documented_shape() {
    let wire: Value = serde_json::from_str(WIRE_SHAPES).expect("api/wire-shapes.json is JSON");
    let exchanges = wire["operations"].as_object().expect("operations");
    let services: Vec<&'static ServiceMeta> =
        ngrok_api::registry().iter().map(|meta| meta()).collect();
    let mut report = Report::default();
    let mut documented = 0;
    let mut replayed = 0;
    for (name, exchange) in exchanges {
        let Some((service, op)) = operation(&services, name) else {
            continue;
        };
        let in_scope = matches!(
            op.kind,
            OperationKind::Create
                | OperationKind::Update
                | OperationKind::Get
                | OperationKind::List
                | OperationKind::Replace
        );
        let (true, Some(shape), Some(response)) =
            (in_scope, exchange.get("response_shape"), op.response)
        else {
            continue;
        };
        documented += 1;
        let server = MockServer::start();
        let mut replay = Replay {
            server: &server,
            services: &services,
            exchanges,
            made: HashMap::new(),
        };
        let answer = replay.exchange(name, service, op, exchange);
        match answer {
            Ok(answer) => {
                replayed += 1;
                report.operation = name.clone();
                report.compare(
                    shape,
                    &answer,
                    Some(Ty::Object(response())),
                    response().name,
                    "",
                );
            }
            Err(why) => report.failures.push(format!("{name}: not replayed: {why}")),
        }
    }
    let unused: Vec<_> = EXEMPT
        .iter()
        .filter(|(schema, key, _)| !report.exempted.contains(&(*schema, *key)))
        .map(|(schema, key, _)| format!("{schema}.{key}"))
        .collect();
    println!(
        "conformance: {replayed} of {documented} documented create/update/get/list/replace \
         exchanges replayed; {} keys compared; {} differences exempt ({} rows)",
        report.keys_compared,
        report.exempt_hits,
        EXEMPT.len()
    );
    for (schema, key, why) in EXEMPT {
        println!("  exempt {schema}.{key}: {}", why.describe());
    }
    assert!(
        report.failures.is_empty(),
        "{} differences from the documented shapes:\n{}",
        report.failures.len(),
        report.failures.join("\n")
    );
    assert!(
        unused.is_empty(),
        "exemptions that no longer match any difference (remove them): {unused:?}"
    );
    assert_eq!(
        replayed, documented,
        "every documented exchange is replayed"
    );
    assert!(documented > 150, "the exchanges were read: {documented}");
}

/// The registry's service and operation for a documented name (`"edges.https.get"`).
fn operation(
    services: &[&'static ServiceMeta],
    name: &str,
) -> Option<(&'static ServiceMeta, &'static OperationMeta)> {
    let (service, op) = name.rsplit_once('.')?;
    let service = services.iter().find(|s| s.qualified_name() == service)?;
    Some((service, service.operation(op)?))
}

/// Replays exchanges on one emulator, making what they need first.
struct Replay<'a> {
    server: &'a MockServer,
    services: &'a [&'static ServiceMeta],
    exchanges: &'a Map<String, Value>,
    /// Documented ids (and keys) with the ids of the objects made in their place.
    made: HashMap<String, String>,
}

impl Replay<'_> {
    /// Replays one documented exchange; the answer's body.
    fn exchange(
        &mut self,
        name: &str,
        service: &'static ServiceMeta,
        op: &'static OperationMeta,
        exchange: &Value,
    ) -> Result<Value, String> {
        let template = exchange["path_template"]
            .as_str()
            .ok_or("no path template")?;
        let example = exchange["example_path"].as_str().unwrap_or(template);
        let (example, query) = example.split_once('?').unwrap_or((example, ""));
        let path = self.path(template, example, 0)?;
        let mut body = exchange.get("request_body").cloned().unwrap_or(Value::Null);
        if let Value::Object(fields) = &mut body {
            fields.retain(|key, _| !UNSENDABLE.contains(&(name, key.as_str())));
        }
        let body = self.substitute(body, 0)?;
        match op.kind {
            OperationKind::List => {
                // One item, so that the page's items have a shape to compare; two when
                // the documented page is one item long, so that it has a next page. The
                // older of the two is seeded where it can be: made from the same
                // documented create, it would repeat a field the API keeps unique (a
                // user's name).
                if query.contains("limit=1") {
                    if path.contains('{') || service.path.contains('{') {
                        self.make_item(service, &path, 0)?;
                    } else {
                        self.server
                            .insert(&service.qualified_name(), Value::Object(Map::new()))?;
                    }
                }
                self.make_item(service, &path, 0)?;
            }
            OperationKind::Get if service.is_singleton() => {
                // The module as its documented replace sets it, then read back.
                let replace = format!("{}.replace", service.qualified_name());
                let set = self
                    .exchanges
                    .get(&replace)
                    .and_then(|e| e.get("request_body"));
                let set = self.substitute(set.cloned().unwrap_or(Value::Null), 0)?;
                send(self.server, "PUT", &path, &set)?;
            }
            _ => {}
        }
        let path = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        let body = match op.kind {
            OperationKind::Get | OperationKind::List => Value::Null,
            _ => body,
        };
        send(self.server, op.method.as_str(), &path, &body)
    }

    /// The emulator's path for a documented one: each placeholder's documented value is
    /// replaced by the id of an object made for it (the parents, then the item itself).
    fn path(&mut self, template: &str, example: &str, depth: usize) -> Result<String, String> {
        let ex: Vec<&str> = example.split('/').collect();
        let mut out: Vec<String> = Vec::new();
        for (i, seg) in template.split('/').enumerate() {
            if !seg.starts_with('{') {
                out.push(seg.to_string());
                continue;
            }
            let documented = ex.get(i).copied().filter(|v| !v.is_empty() && *v != seg);
            let collection = out.join("/");
            let owner = self.collection(&collection)?;
            let id = match documented.and_then(|d| self.made.get(d)) {
                Some(id) => id.clone(),
                None => {
                    let id = self.make_item(owner, &collection, depth + 1)?;
                    if let Some(documented) = documented {
                        self.made.insert(documented.to_string(), id.clone());
                    }
                    id
                }
            };
            out.push(id);
        }
        Ok(out.join("/"))
    }

    /// The non-singleton service whose collection path is `path` (ids filled in).
    fn collection(&self, path: &str) -> Result<&'static ServiceMeta, String> {
        let shape = |p: &str| -> Vec<bool> { p.split('/').map(|s| s.starts_with('{')).collect() };
        let literal = |p: &str| -> Vec<String> {
            p.split('/')
                .map(|s| {
                    if s.starts_with('{') {
                        String::new()
                    } else {
                        s.to_string()
                    }
                })
                .collect()
        };
        let want = literal(path);
        self.services
            .iter()
            .copied()
            .filter(|s| !s.is_singleton() && shape(s.path).len() == want.len())
            .find(|s| {
                literal(s.path)
                    .iter()
                    .zip(&want)
                    .all(|(a, b)| a.is_empty() || a == b)
            })
            .ok_or_else(|| format!("no collection at {path}"))
    }

    /// Makes one item of `service` in the collection at `path` (ids filled in), from its
    /// documented create (or seeded, for services the API fills itself); its key.
    fn make_item(
        &mut self,
        service: &'static ServiceMeta,
        path: &str,
        depth: usize,
    ) -> Result<String, String> {
        if depth > 6 {
            return Err(format!("objects refer to each other too deeply at {path}"));
        }
        let create = format!("{}.create", service.qualified_name());
        let made = match self.exchanges.get(&create) {
            Some(exchange) if service.operation("create").is_some() => {
                let body = exchange.get("request_body").cloned().unwrap_or(Value::Null);
                let body = self.substitute(body, depth + 1)?;
                send(self.server, "POST", path, &body)?
            }
            _ => self
                .server
                .insert(&service.qualified_name(), Value::Object(Map::new()))?,
        };
        let key = service.key.unwrap_or("id");
        made[key]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("the item made at {path} has no {key}"))
    }

    /// `value` with every documented id (in strings and in map keys) replaced by the id of
    /// an object made for it.
    fn substitute(&mut self, value: Value, depth: usize) -> Result<Value, String> {
        Ok(match value {
            Value::String(s) => Value::String(self.id_for(s, depth)?),
            Value::Array(items) => Value::Array(
                items
                    .into_iter()
                    .map(|v| self.substitute(v, depth))
                    .collect::<Result<_, _>>()?,
            ),
            Value::Object(fields) => {
                let mut out = Map::new();
                for (k, v) in fields {
                    let k = self.id_for(k, depth)?;
                    out.insert(k, self.substitute(v, depth)?);
                }
                Value::Object(out)
            }
            other => other,
        })
    }

    /// The id made for `text` when it is a documented id of a top-level service, else
    /// `text` itself.
    fn id_for(&mut self, text: String, depth: usize) -> Result<String, String> {
        if let Some(id) = self.made.get(&text) {
            return Ok(id.clone());
        }
        let Some((prefix, rest)) = text.split_once('_') else {
            return Ok(text);
        };
        if rest.len() < 20 || !rest.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Ok(text);
        }
        let owner = self
            .services
            .iter()
            .copied()
            .find(|s| s.id_prefix == Some(prefix) && !s.path.contains('{'));
        let Some(owner) = owner else {
            return Ok(text);
        };
        let id = self.make_item(owner, owner.path, depth)?;
        self.made.insert(text, id.clone());
        Ok(id)
    }
}

/// Sends a raw request; the answer's body when it succeeded.
fn send(server: &MockServer, method: &str, path: &str, body: &Value) -> Result<Value, String> {
    let (headers, text) = match body {
        Value::Null => (vec![], String::new()),
        body => (vec![JSON], body.to_string()),
    };
    let (status, answer) = raw_request(server, method, path, &headers, &text);
    if (200..300).contains(&status) {
        Ok(answer)
    } else {
        Err(format!("{method} {path} answered {status}: {answer}"))
    }
}

/// The declared type of a compared value, where the registry declares one.
#[derive(Clone, Copy)]
enum Ty {
    Object(&'static Schema),
    List(FieldType),
    Map(FieldType),
    Other,
}

impl Ty {
    fn of(ty: FieldType) -> Ty {
        match ty {
            FieldType::Nullable(inner) => Ty::of(inner()),
            FieldType::Object(schema) => Ty::Object(schema()),
            FieldType::List(inner) => Ty::List(inner()),
            FieldType::Map(inner) => Ty::Map(inner()),
            _ => Ty::Other,
        }
    }
}

/// What the comparison found.
#[derive(Default)]
struct Report {
    operation: String,
    keys_compared: usize,
    exempt_hits: usize,
    exempted: BTreeSet<(&'static str, &'static str)>,
    failures: Vec<String>,
}

impl Report {
    /// Compares the documented shape `doc` with the emulator's `got`, at the key `key` of
    /// an object of `schema` (`at` is the path shown in a failure).
    fn compare(&mut self, doc: &Value, got: &Value, ty: Option<Ty>, schema: &str, at: &str) {
        let container = matches!(ty, Some(Ty::List(_)) | Some(Ty::Map(_)));
        match (doc, got) {
            (Value::Object(doc), Value::Object(got)) if !container => {
                let schema_here = match ty {
                    Some(Ty::Object(s)) => Some(s),
                    _ => None,
                };
                let name = schema_here.map_or(schema, |s| s.name);
                let keys: BTreeSet<&String> = doc.keys().chain(got.keys()).collect();
                for key in keys {
                    self.keys_compared += 1;
                    let path = if at.is_empty() {
                        key.clone()
                    } else {
                        format!("{at}.{key}")
                    };
                    let field_ty = schema_here
                        .and_then(|s| s.field(key))
                        .map(|f| Ty::of((f.ty)()));
                    match (doc.get(key), got.get(key)) {
                        (Some(d), Some(g)) => self.compare(d, g, field_ty, name, &path),
                        (Some(d), None) => {
                            self.differ(name, key, &path, Some(d), None, "documented, not written")
                        }
                        (None, Some(g)) => {
                            self.differ(name, key, &path, None, Some(g), "written, not documented")
                        }
                        (None, None) => {}
                    }
                }
            }
            _ if container => {
                let doc_items = items(doc);
                let got_items = items(got);
                match (doc_items, got_items) {
                    (Some(d), Some(g)) => {
                        if let (Some(d), Some(g)) = (d.first(), g.first()) {
                            let inner = match ty {
                                Some(Ty::List(inner)) | Some(Ty::Map(inner)) => Some(Ty::of(inner)),
                                _ => None,
                            };
                            self.compare(d, g, inner, schema, &format!("{at}[0]"));
                        }
                    }
                    _ => self.differ(
                        schema,
                        last_key(at),
                        at,
                        Some(doc),
                        Some(got),
                        &kinds(doc, got),
                    ),
                }
            }
            _ => {
                if doc_kind(doc) != got_kind(got) {
                    self.differ(
                        schema,
                        last_key(at),
                        at,
                        Some(doc),
                        Some(got),
                        &kinds(doc, got),
                    );
                }
            }
        }
    }

    /// Records a difference at `path` (the key `key` of an object of `schema`), unless a
    /// row of [`EXEMPT`] covers it and the difference fits the row's reason.
    fn differ(
        &mut self,
        schema: &str,
        key: &str,
        path: &str,
        doc: Option<&Value>,
        got: Option<&Value>,
        what: &str,
    ) {
        let row = EXEMPT.iter().find(|(s, k, _)| *s == schema && *k == key);
        let fits = |why: Why| match (why, doc, got) {
            (Why::State(_), Some(doc), Some(got)) => doc == "null" || got.is_null(),
            (Why::LeftOutEmpty, None, Some(got)) => is_zero(got),
            (Why::Newer(_), None, Some(_)) => true,
            _ => false,
        };
        if let Some(&(s, k, _)) = row.filter(|(_, _, why)| fits(*why)) {
            self.exempt_hits += 1;
            self.exempted.insert((s, k));
            return;
        }
        self.failures.push(format!(
            "{}: {path} ({schema}.{key}): {what}",
            self.operation
        ));
    }
}

/// The items of a list or the values of a map (as written or as documented); `None`
/// for anything else. `null` is no items.
fn items(value: &Value) -> Option<Vec<&Value>> {
    match value {
        Value::Null => Some(Vec::new()),
        Value::String(s) if s == "null" => Some(Vec::new()),
        Value::Array(items) => Some(items.iter().collect()),
        Value::Object(entries) => Some(entries.values().collect()),
        _ => None,
    }
}

/// Whether a written value is a zero value: `""`, `0`, `false`, `[]`, `{}` or `null`.
fn is_zero(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
    }
}

fn last_key(path: &str) -> &str {
    let key = path.rsplit('.').next().unwrap_or(path);
    key.split('[').next().unwrap_or(key)
}

/// The JSON kind a documented shape names.
fn doc_kind(doc: &Value) -> &str {
    match doc {
        Value::String(kind) => kind,
        Value::Array(_) => "list",
        Value::Object(_) => "object",
        _ => "?",
    }
}

/// The JSON kind of a written value, named as the documented shapes name kinds.
fn got_kind(got: &Value) -> &'static str {
    match got {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

fn kinds(doc: &Value, got: &Value) -> String {
    format!("documented {}, written {}", doc_kind(doc), got_kind(got))
}
