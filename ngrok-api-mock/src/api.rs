//! The emulated API: routes from the registry, the in-memory state, and what each kind
//! of operation does to it.

use std::collections::{BTreeMap, HashMap};

use ngrok_api::meta::{FieldType, Method, OperationKind, OperationMeta, ServiceMeta};
use serde_json::{json, Map, Value};

use crate::filter::Expr;
use crate::http::{percent_decode, query_pairs, HttpRequest, HttpResponse};
use crate::ids::{random_string, IdGenerator};
use crate::schema::{check_object, to_resource, RefResolver};

/// The services an emulator serves, with their routes resolved once.
pub(crate) struct Api {
    pub(crate) base_url: String,
    pub(crate) api_key: String,
    services: Vec<&'static ServiceMeta>,
    routes: Vec<Route>,
    /// For each nested service or singleton: the service holding its parent, and for a
    /// singleton the parent's field that holds the module.
    parents: HashMap<String, (usize, Option<&'static str>)>,
    /// Parent list fields that show a nested service's items (an HTTPS edge's `routes`,
    /// an event subscription's `sources`).
    embeds: Vec<Embed>,
    ids: IdGenerator,
}

struct Embed {
    parent: String,
    field: &'static str,
    child: &'static ServiceMeta,
}

struct Route {
    service: usize,
    op: &'static OperationMeta,
    segments: Vec<Segment>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Segment {
    Literal(&'static str),
    Param(&'static str),
}

fn segments(template: &'static str) -> Vec<Segment> {
    template
        .split('/')
        .skip(1)
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name),
                None => Segment::Literal(s),
            },
        )
        .collect()
}

fn same_shape(a: &[Segment], b: &[Segment]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| match (x, y) {
            (Segment::Literal(x), Segment::Literal(y)) => x == y,
            (Segment::Param(_), Segment::Param(_)) => true,
            _ => false,
        })
}

/// One stored item of a collection.
#[derive(Debug, Clone)]
struct Entry {
    /// The values of the item path's placeholders (parents' ids, then the key).
    params: Vec<String>,
    value: Map<String, Value>,
}

/// A collection: items ordered oldest to newest by sort key, and found by their params.
#[derive(Default)]
struct Collection {
    items: BTreeMap<String, Entry>,
    index: HashMap<Vec<String>, String>,
}

/// Everything the emulator stores.
#[derive(Default)]
pub(crate) struct State {
    collections: HashMap<String, Collection>,
    /// The token of each tunnel credential created, with the credential's id.
    authtokens: HashMap<String, String>,
}

impl State {
    /// The stored fields of the item `id` of a top-level collection.
    pub(crate) fn item(&self, collection: &str, id: &str) -> Option<&Map<String, Value>> {
        let collection = self.collections.get(collection)?;
        let sort = collection.index.get(&vec![id.to_string()])?;
        collection.items.get(sort).map(|entry| &entry.value)
    }

    /// The stored fields of every item of a collection, oldest first.
    pub(crate) fn items(&self, collection: &str) -> impl Iterator<Item = &Map<String, Value>> {
        self.collections
            .get(collection)
            .into_iter()
            .flat_map(|c| c.items.values().map(|entry| &entry.value))
    }
}

/// An error answer in the API's shape.
pub(crate) fn error(status: u16, code: Option<&str>, msg: impl Into<String>) -> HttpResponse {
    let mut body = json!({
        "status_code": status,
        "msg": msg.into(),
        "details": {"operation_id": format!("op_{}", random_string(27))},
    });
    if let Some(code) = code {
        body["error_code"] = Value::String(code.into());
    }
    HttpResponse::json(status, &body)
}

/// The service whose items' tokens are tunnel authtokens, not API keys.
const AUTHTOKENS: &str = "credentials";

/// The API's answer to an authtoken sent where an API key belongs: 400 ERR_NGROK_206,
/// echoing the credential as the API does.
pub(crate) fn authtoken_error(token: &str) -> HttpResponse {
    error(
        400,
        Some("ERR_NGROK_206"),
        format!(
            "The credential '{token}' is a tunnel authtoken, not an API key; \
             authenticate with an API key."
        ),
    )
}

fn not_found() -> HttpResponse {
    error(404, None, "Resource not found")
}

struct Resolver<'a>(&'a Api);

impl RefResolver for Resolver<'_> {
    fn uri_of(&self, id: &str) -> String {
        let prefix = id.split('_').next().unwrap_or_default();
        self.0
            .services
            .iter()
            .find(|s| s.id_prefix == Some(prefix) && !s.path.contains('{'))
            .map(|s| format!("{}{}/{id}", self.0.base_url, s.path))
            .unwrap_or_default()
    }
}

impl Api {
    pub(crate) fn new(
        base_url: String,
        api_key: String,
        services: Vec<&'static ServiceMeta>,
    ) -> Api {
        let mut routes = Vec::new();
        for (i, service) in services.iter().enumerate() {
            for op in service.operations {
                routes.push(Route {
                    service: i,
                    op,
                    segments: segments(op.path),
                });
            }
        }
        // Prefer literal segments over placeholders when two templates match.
        routes.sort_by_key(|r| {
            std::cmp::Reverse(
                r.segments
                    .iter()
                    .filter(|s| matches!(s, Segment::Literal(_)))
                    .count(),
            )
        });
        let mut parents = HashMap::new();
        for service in &services {
            let mut segs = segments(service.path);
            if !segs.iter().any(|s| matches!(s, Segment::Param(_))) {
                continue;
            }
            let mut field = None;
            while let Some(Segment::Literal(last)) = segs.last() {
                field = Some(*last);
                segs.pop();
            }
            let parent = services.iter().position(|p| {
                !p.is_singleton() && {
                    let mut item = segments(p.path);
                    item.push(Segment::Param("key"));
                    same_shape(&item, &segs)
                }
            });
            if let Some(parent) = parent {
                let field = if service.is_singleton() { field } else { None };
                parents.insert(service.qualified_name(), (parent, field));
            }
        }
        let mut embeds = Vec::new();
        for (child_name, &(parent, field)) in &parents {
            let Some(child) = services.iter().find(|s| &s.qualified_name() == child_name) else {
                continue;
            };
            if field.is_some() {
                continue;
            }
            let child_schema = (child.resource)().name;
            for f in (services[parent].resource)().fields {
                if let FieldType::List(inner) = strip_nullable((f.ty)()) {
                    if matches!(inner(), FieldType::Object(s) if s().name == child_schema) {
                        embeds.push(Embed {
                            parent: services[parent].qualified_name(),
                            field: f.json,
                            child,
                        });
                    }
                }
            }
        }
        Api {
            base_url,
            api_key,
            services,
            routes,
            parents,
            embeds,
            ids: IdGenerator::new(),
        }
    }

    /// The service with this qualified name (`"reserved_domains"`, `"edges.https"`).
    pub(crate) fn service(&self, name: &str) -> Option<&'static ServiceMeta> {
        self.services
            .iter()
            .copied()
            .find(|s| s.qualified_name() == name)
    }

    /// Answers one authenticated request.
    pub(crate) fn handle(&self, state: &mut State, request: &HttpRequest) -> HttpResponse {
        let Some(path_segments) = request
            .path
            .split('/')
            .skip(1)
            .map(|s| percent_decode(s, false))
            .collect::<Option<Vec<_>>>()
        else {
            return error(
                400,
                Some("ERR_NGROK_223"),
                "The path is not valid percent-encoded UTF-8.",
            );
        };
        let mut method_mismatch = false;
        for route in &self.routes {
            let Some(params) = match_route(&route.segments, &path_segments) else {
                continue;
            };
            if route.op.method.as_str() != request.method {
                method_mismatch = true;
                continue;
            }
            if let Some(response) = check_ids(&self.services, &route.segments, &params) {
                return response;
            }
            return self.dispatch(state, route, params, request);
        }
        if method_mismatch {
            error(
                405,
                Some("ERR_NGROK_204"),
                format!("The method {} is not allowed on this path.", request.method),
            )
        } else {
            not_found()
        }
    }

    fn dispatch(
        &self,
        state: &mut State,
        route: &Route,
        params: Vec<String>,
        request: &HttpRequest,
    ) -> HttpResponse {
        let service = self.services[route.service];
        let op = route.op;
        let has_body = !request.body.iter().all(u8::is_ascii_whitespace);
        let takes_body = matches!(op.method, Method::Post | Method::Put | Method::Patch);
        if has_body && !takes_body {
            return error(
                400,
                Some("ERR_NGROK_211"),
                format!("A {} request must not have a body.", op.method),
            );
        }
        let body = if takes_body && has_body {
            let content_type = request.header("content-type").unwrap_or_default();
            if !content_type
                .to_ascii_lowercase()
                .starts_with("application/json")
            {
                return error(
                    400,
                    Some("ERR_NGROK_216"),
                    "A request with a body needs `Content-Type: application/json`.",
                );
            }
            match serde_json::from_slice::<Value>(&request.body) {
                Ok(Value::Object(map)) => map,
                Ok(_) => {
                    return error(
                        400,
                        Some("ERR_NGROK_215"),
                        "The request body must be a JSON object.",
                    )
                }
                Err(err) => {
                    return error(
                        400,
                        Some("ERR_NGROK_215"),
                        format!("The request body is not valid JSON: {err}."),
                    )
                }
            }
        } else {
            Map::new()
        };
        if let Some(schema) = op.request {
            let mut checked = body.clone();
            // Path placeholders may also appear in the body schema; they are not sent.
            for name in op.path_params() {
                checked.remove(name);
            }
            if let Err(invalid) = check_object(&checked, schema(), "") {
                return error(400, Some(invalid.code), invalid.msg);
            }
        } else if takes_body && !body.is_empty() {
            let field = body.keys().next().cloned().unwrap_or_default();
            return error(
                400,
                Some("ERR_NGROK_214"),
                format!("The request has an unknown field `{field}`."),
            );
        }
        let query = match self.check_query(op, &request.query) {
            Ok(query) => query,
            Err(response) => return response,
        };
        let collection_len = segments(service.path)
            .iter()
            .filter(|s| matches!(s, Segment::Param(_)))
            .count();
        let (parent_params, _) = params.split_at(collection_len.min(params.len()));
        if let Some(response) = self.check_parent(state, service, parent_params) {
            return response;
        }
        if service.is_singleton() {
            return self.singleton(state, service, op, &params, body);
        }
        match op.kind {
            OperationKind::Create => self.create(state, service, params, body),
            OperationKind::Get => match self.entry(state, service, &params) {
                Some(entry) => HttpResponse::json(200, &self.render(state, service, entry)),
                None => not_found(),
            },
            OperationKind::Update => self.update(state, service, op, &params, body),
            OperationKind::Delete => self.delete(state, service, &params),
            OperationKind::List => {
                self.list(state, service, op, Scope::Under(&params), &query, request)
            }
            OperationKind::Action if op.list.is_some() => {
                self.list_related(state, service, op, &params, &query, request)
            }
            OperationKind::Replace => not_found(),
            OperationKind::Action => self.action(state, service, op, &params),
        }
    }

    fn check_query(
        &self,
        op: &OperationMeta,
        query: &str,
    ) -> Result<Vec<(String, String)>, HttpResponse> {
        let Some(pairs) = query_pairs(query) else {
            return Err(error(
                400,
                Some("ERR_NGROK_230"),
                "The query string is not valid percent-encoded UTF-8.",
            ));
        };
        let allowed: &[&str] = match op.list {
            Some(list) if list.paged && list.filter => &["limit", "before_id", "filter"],
            Some(list) if list.paged => &["limit", "before_id"],
            _ => &[],
        };
        for (name, value) in &pairs {
            if !allowed.contains(&name.as_str()) {
                return Err(error(
                    400,
                    Some("ERR_NGROK_231"),
                    format!("Unknown query parameter `{name}`."),
                ));
            }
            if name == "limit" && !value.parse::<u32>().is_ok_and(|n| (1..=100).contains(&n)) {
                return Err(error(
                    400,
                    Some("ERR_NGROK_230"),
                    format!("The query parameter `limit` must be a number from 1 to 100, not `{value}`."),
                ));
            }
        }
        Ok(pairs)
    }

    /// 404 when a nested item's parent does not exist.
    fn check_parent(
        &self,
        state: &State,
        service: &ServiceMeta,
        parent_params: &[String],
    ) -> Option<HttpResponse> {
        let &(parent, _) = self.parents.get(&service.qualified_name())?;
        let parent = self.services[parent];
        let exists = state
            .collections
            .get(&parent.qualified_name())
            .is_some_and(|c| c.index.contains_key(parent_params));
        (!exists).then(not_found)
    }

    fn entry<'s>(
        &self,
        state: &'s State,
        service: &ServiceMeta,
        params: &[String],
    ) -> Option<&'s Entry> {
        let collection = state.collections.get(&service.qualified_name())?;
        let sort = collection.index.get(params)?;
        collection.items.get(sort)
    }

    fn entry_mut<'s>(
        &self,
        state: &'s mut State,
        service: &ServiceMeta,
        params: &[String],
    ) -> Option<&'s mut Entry> {
        let collection = state.collections.get_mut(&service.qualified_name())?;
        let sort = collection.index.get(params)?;
        collection.items.get_mut(sort)
    }

    /// Stores a new item built from `fields` (already in the resource's shape) and
    /// returns it as created, secrets and nested items included.
    pub(crate) fn insert(
        &self,
        state: &mut State,
        service: &ServiceMeta,
        params: Vec<String>,
        mut value: Map<String, Value>,
    ) -> Result<Map<String, Value>, HttpResponse> {
        let nested = self.take_embedded(service, &mut value);
        let (params, mut created) = self.insert_one(state, service, params, value)?;
        for (embed, items) in nested {
            self.replace_children(state, embed, &params, items)?;
        }
        self.embed_into(state, service, &params, &mut created);
        Ok(created)
    }

    fn insert_one(
        &self,
        state: &mut State,
        service: &ServiceMeta,
        mut params: Vec<String>,
        mut value: Map<String, Value>,
    ) -> Result<(Vec<String>, Map<String, Value>), HttpResponse> {
        let schema = (service.resource)();
        let key = service.key.unwrap_or("id");
        let suffix = self.ids.next_suffix();
        let key_value = if key == "id" {
            let id = format!("{}_{suffix}", service.id_prefix.unwrap_or("id"));
            value.insert("id".into(), Value::String(id.clone()));
            id
        } else {
            match value.get(key).and_then(Value::as_str) {
                Some(k) if !k.is_empty() => k.to_string(),
                _ => {
                    return Err(error(
                        400,
                        Some("ERR_NGROK_215"),
                        format!("The field `{key}` is required."),
                    ))
                }
            }
        };
        let collection_params: Vec<&str> = ngrok_api::meta::path_params(service.path).collect();
        for (name, v) in collection_params.iter().zip(&params) {
            if schema.field(name).is_some() {
                value.insert((*name).to_string(), Value::String(v.clone()));
            }
        }
        params.push(key_value);
        crate::computed::on_create(state, &self.base_url, &service.qualified_name(), &mut value);
        let collection = state
            .collections
            .entry(service.qualified_name())
            .or_default();
        if collection.index.contains_key(&params) {
            return Err(error(
                400,
                Some("ERR_NGROK_215"),
                format!(
                    "`{}` already exists.",
                    params.last().map(String::as_str).unwrap_or_default()
                ),
            ));
        }
        if schema.field("uri").is_some() {
            value.insert("uri".into(), Value::String(self.item_uri(service, &params)));
        }
        let now = ngrok_api::Timestamp::now().to_string();
        for stamp in ["created_at", "started_at", "updated_at"] {
            if schema.field(stamp).is_some() && !value.contains_key(stamp) {
                value.insert(stamp.into(), Value::String(now.clone()));
            }
        }
        let mut created = value.clone();
        for field in schema.fields.iter().filter(|f| f.secret) {
            if matches!(strip_nullable((field.ty)()), FieldType::String)
                && !created.contains_key(field.json)
            {
                created.insert(field.json.into(), Value::String(random_string(48)));
            }
            // The API returns a secret once, at creation.
            value.remove(field.json);
        }
        let sort = suffix;
        collection.index.insert(params.clone(), sort.clone());
        collection.items.insert(
            sort,
            Entry {
                params: params.clone(),
                value,
            },
        );
        Ok((params, created))
    }

    /// The item as the API shows it: its stored fields plus the nested items it lists.
    fn render(&self, state: &State, service: &ServiceMeta, entry: &Entry) -> Value {
        let mut value = entry.value.clone();
        self.embed_into(state, service, &entry.params, &mut value);
        Value::Object(value)
    }

    fn embed_into(
        &self,
        state: &State,
        service: &ServiceMeta,
        params: &[String],
        value: &mut Map<String, Value>,
    ) {
        let name = service.qualified_name();
        for embed in self.embeds.iter().filter(|e| e.parent == name) {
            let children: Vec<Value> = state
                .collections
                .get(&embed.child.qualified_name())
                .map(|c| {
                    c.items
                        .values()
                        .filter(|e| {
                            e.params.len() == params.len() + 1 && e.params.starts_with(params)
                        })
                        .map(|e| self.render(state, service, e))
                        .collect()
                })
                .unwrap_or_default();
            if children.is_empty() {
                value.remove(embed.field);
            } else {
                value.insert(embed.field.into(), Value::Array(children));
            }
        }
    }

    /// Removes from `value` the lists that belong to nested services, to store them there.
    fn take_embedded(
        &self,
        service: &ServiceMeta,
        value: &mut Map<String, Value>,
    ) -> Vec<(&Embed, Vec<Value>)> {
        let name = service.qualified_name();
        self.embeds
            .iter()
            .filter(|e| e.parent == name)
            .filter_map(|e| match value.remove(e.field) {
                Some(Value::Array(items)) => Some((e, items)),
                _ => None,
            })
            .collect()
    }

    /// Makes `items` the nested items of the parent at `parent_params`.
    fn replace_children(
        &self,
        state: &mut State,
        embed: &Embed,
        parent_params: &[String],
        items: Vec<Value>,
    ) -> Result<(), HttpResponse> {
        self.remove_descendants(state, embed.child, parent_params);
        for item in items {
            if let Value::Object(fields) = item {
                self.insert_one(state, embed.child, parent_params.to_vec(), fields)?;
            }
        }
        Ok(())
    }

    /// Removes the items of `service` (and of the services nested in it) that live
    /// under `prefix`.
    fn remove_descendants(&self, state: &mut State, service: &ServiceMeta, prefix: &[String]) {
        let name = service.qualified_name();
        if let Some(collection) = state.collections.get_mut(&name) {
            let doomed: Vec<Vec<String>> = collection
                .index
                .keys()
                .filter(|k| k.len() > prefix.len() && k.starts_with(prefix))
                .cloned()
                .collect();
            for key in doomed {
                if let Some(sort) = collection.index.remove(&key) {
                    collection.items.remove(&sort);
                }
            }
        }
        self.remove_nested(state, service, prefix);
    }

    /// Removes the items of the services nested in `service` that live under `prefix`.
    fn remove_nested(&self, state: &mut State, service: &ServiceMeta, prefix: &[String]) {
        let name = service.qualified_name();
        for (child, &(parent, field)) in &self.parents {
            if field.is_none() && self.services[parent].qualified_name() == name {
                if let Some(child) = self.service(child) {
                    self.remove_descendants(state, child, prefix);
                }
            }
        }
    }

    fn item_uri(&self, service: &ServiceMeta, params: &[String]) -> String {
        let mut uri = self.base_url.clone();
        let mut values = params.iter();
        for seg in segments(service.path) {
            uri.push('/');
            match seg {
                Segment::Literal(s) => uri.push_str(s),
                Segment::Param(_) => {
                    uri.push_str(values.next().map(String::as_str).unwrap_or_default())
                }
            }
        }
        if let Some(key) = values.next() {
            uri.push('/');
            uri.push_str(key);
        }
        uri
    }

    fn create(
        &self,
        state: &mut State,
        service: &ServiceMeta,
        params: Vec<String>,
        body: Map<String, Value>,
    ) -> HttpResponse {
        let value = to_resource(&body, (service.resource)(), &Resolver(self));
        match self.insert(state, service, params, value) {
            Ok(created) => {
                if service.qualified_name() == AUTHTOKENS {
                    if let (Some(Value::String(token)), Some(Value::String(id))) =
                        (created.get("token"), created.get("id"))
                    {
                        state.authtokens.insert(token.clone(), id.clone());
                    }
                }
                HttpResponse::json(201, &Value::Object(created))
            }
            Err(response) => response,
        }
    }

    /// Whether `token` is the authtoken of a tunnel credential that still exists: the API
    /// tells those apart from unknown keys (ERR_NGROK_206, see [`authtoken_error`]).
    pub(crate) fn is_authtoken(&self, state: &State, token: &str) -> bool {
        let Some(id) = state.authtokens.get(token) else {
            return false;
        };
        state
            .collections
            .get(AUTHTOKENS)
            .is_some_and(|c| c.index.contains_key(std::slice::from_ref(id)))
    }

    fn update(
        &self,
        state: &mut State,
        service: &ServiceMeta,
        op: &OperationMeta,
        params: &[String],
        body: Map<String, Value>,
    ) -> HttpResponse {
        let mut changes = to_resource(&body, (service.resource)(), &Resolver(self));
        // A nested `…Update` object (a Kubernetes operator's `deployment`) changes only the
        // fields it sends; other objects (an edge's modules) are replaced whole.
        let partial: Vec<&str> = op.request.map_or_else(Vec::new, |schema| {
            schema()
                .fields
                .iter()
                .filter(|f| match strip_nullable((f.ty)()) {
                    FieldType::Object(schema) => schema().name.ends_with("Update"),
                    _ => false,
                })
                .map(|f| f.json)
                .collect()
        });
        let nested = self.take_embedded(service, &mut changes);
        let path_names: Vec<&str> = ngrok_api::meta::path_params(service.path)
            .chain(service.key)
            .collect();
        let Some(entry) = self.entry_mut(state, service, params) else {
            return not_found();
        };
        for (key, value) in changes {
            if path_names.contains(&key.as_str()) {
                continue;
            }
            if partial.contains(&key.as_str()) {
                if let (Some(Value::Object(old)), Value::Object(new)) =
                    (entry.value.get_mut(&key), &value)
                {
                    old.extend(new.clone());
                    continue;
                }
            }
            entry.value.insert(key, value);
        }
        if (service.resource)().field("updated_at").is_some() {
            let now = ngrok_api::Timestamp::now().to_string();
            entry.value.insert("updated_at".into(), Value::String(now));
        }
        for (embed, items) in nested {
            if let Err(response) = self.replace_children(state, embed, params, items) {
                return response;
            }
        }
        match self.entry(state, service, params) {
            Some(entry) => HttpResponse::json(200, &self.render(state, service, entry)),
            None => not_found(),
        }
    }

    fn delete(&self, state: &mut State, service: &ServiceMeta, params: &[String]) -> HttpResponse {
        let Some(collection) = state.collections.get_mut(&service.qualified_name()) else {
            return not_found();
        };
        match collection.index.remove(params) {
            Some(sort) => {
                collection.items.remove(&sort);
                // Nested items go with their parent (an edge's routes, a subscription's sources).
                self.remove_nested(state, service, params);
                HttpResponse::empty(204)
            }
            None => not_found(),
        }
    }

    fn list(
        &self,
        state: &State,
        service: &ServiceMeta,
        op: &OperationMeta,
        scope: Scope<'_>,
        query: &[(String, String)],
        request: &HttpRequest,
    ) -> HttpResponse {
        let Some(list) = op.list else {
            return not_found();
        };
        let get = |name: &str| {
            query
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let filter = match get("filter").map(Expr::parse) {
            None => None,
            Some(Ok(expr)) => Some(expr),
            Some(Err(why)) => {
                return error(
                    400,
                    Some("invalid_cel_expression"),
                    format!("The filter is not a valid expression: {why}."),
                )
            }
        };
        let limit = get("limit")
            .and_then(|l| l.parse::<usize>().ok())
            .unwrap_or(100);
        let before = get("before_id").map(|id| id.rsplit('_').next().unwrap_or(id).to_string());
        let empty = Collection::default();
        let collection = state
            .collections
            .get(&service.qualified_name())
            .unwrap_or(&empty);
        let range = match &before {
            Some(b) => collection.items.range(..b.clone()),
            None => collection.items.range::<String, _>(..),
        };
        let mut matching = range
            .rev()
            .map(|(_, e)| e)
            .filter(|e| match scope {
                Scope::Under(params) => e.params.starts_with(params),
                Scope::ReferringTo(_) => true,
            })
            .map(|e| self.render(state, service, e))
            .filter(|v| match scope {
                Scope::ReferringTo(id) => refers_to(v, id),
                Scope::Under(_) => true,
            })
            .filter(|v| filter.as_ref().is_none_or(|f| f.matches(v)));
        let page_uri = if request.query.is_empty() {
            format!("{}{}", self.base_url, request.path)
        } else {
            format!("{}{}?{}", self.base_url, request.path, request.query)
        };
        let mut page = Map::new();
        if list.paged {
            let items: Vec<Value> = matching.by_ref().take(limit).collect();
            let more = matching.next().is_some();
            let next = match (
                more,
                items
                    .last()
                    .and_then(|i| i.get("id"))
                    .and_then(Value::as_str),
            ) {
                (true, Some(last)) => {
                    let mut next = format!(
                        "{}{}?before_id={last}&limit={limit}",
                        self.base_url, request.path
                    );
                    if let Some(f) = get("filter") {
                        next.push_str("&filter=");
                        next.push_str(&encode(f));
                    }
                    Value::String(next)
                }
                _ => Value::Null,
            };
            page.insert(list.items_field.into(), Value::Array(items));
            page.insert("uri".into(), Value::String(page_uri));
            page.insert("next_page_uri".into(), next);
        } else {
            page.insert(list.items_field.into(), Value::Array(matching.collect()));
            page.insert("uri".into(), Value::String(page_uri));
        }
        HttpResponse::json(200, &Value::Object(page))
    }

    /// A list under an item (`GET /vaults/{id}/secrets`): the items of the collection that
    /// holds the list's item type and that refer to this item (a secret's `vault`).
    fn list_related(
        &self,
        state: &State,
        service: &ServiceMeta,
        op: &OperationMeta,
        params: &[String],
        query: &[(String, String)],
        request: &HttpRequest,
    ) -> HttpResponse {
        let item_len = ngrok_api::meta::path_params(service.path).count() + 1;
        let item_params = &params[..item_len.min(params.len())];
        let (Some(_), Some(id), Some(list), Some(page)) = (
            self.entry(state, service, item_params),
            item_params.last(),
            op.list,
            op.response,
        ) else {
            return not_found();
        };
        let item_schema =
            page()
                .field(list.items_field)
                .and_then(|f| match strip_nullable((f.ty)()) {
                    FieldType::List(inner) => match inner() {
                        FieldType::Object(schema) => Some(schema().name),
                        _ => None,
                    },
                    _ => None,
                });
        let items = self.services.iter().find(|s| {
            !s.is_singleton() && !s.path.contains('{') && Some((s.resource)().name) == item_schema
        });
        match items {
            Some(items) => self.list(state, items, op, Scope::ReferringTo(id), query, request),
            None => not_found(),
        }
    }

    fn action(
        &self,
        state: &mut State,
        service: &ServiceMeta,
        op: &OperationMeta,
        params: &[String],
    ) -> HttpResponse {
        let item_len = ngrok_api::meta::path_params(service.path).count() + 1;
        let item_params = &params[..item_len.min(params.len())];
        if service.name == "tunnel_sessions" && op.name == "stop" {
            // The agent disconnects when told to stop, and its session goes with it.
            return self.delete(state, service, item_params);
        }
        let Some(entry) = self.entry_mut(state, service, item_params) else {
            return not_found();
        };
        if op.method == Method::Delete {
            // `DELETE /{id}/certificate` removes the item's `certificate`.
            if let Some(field) = op.path.rsplit('/').next() {
                entry.value.remove(field);
            }
        }
        match op.response {
            Some(_) => HttpResponse::json(200, &Value::Object(entry.value.clone())),
            None => HttpResponse::empty(204),
        }
    }

    fn singleton(
        &self,
        state: &mut State,
        service: &ServiceMeta,
        op: &OperationMeta,
        params: &[String],
        body: Map<String, Value>,
    ) -> HttpResponse {
        let Some(&(parent, Some(field))) = self.parents.get(&service.qualified_name()) else {
            return not_found();
        };
        let parent = self.services[parent];
        let module = match op.kind {
            OperationKind::Replace => {
                Some(to_resource(&body, (service.resource)(), &Resolver(self)))
            }
            _ => None,
        };
        let Some(entry) = self.entry_mut(state, parent, params) else {
            return not_found();
        };
        match op.kind {
            OperationKind::Replace => {
                let mut module = module.unwrap_or_default();
                crate::computed::on_replace(&service.qualified_name(), params, &mut module);
                let module = Value::Object(module);
                entry.value.insert(field.into(), module.clone());
                HttpResponse::json(200, &module)
            }
            OperationKind::Delete => {
                entry.value.remove(field);
                HttpResponse::empty(204)
            }
            _ => HttpResponse::json(200, entry.value.get(field).unwrap_or(&json!({}))),
        }
    }
}

/// Which items of a collection a list shows.
#[derive(Clone, Copy)]
enum Scope<'a> {
    /// The items under these parent ids (none for a top-level collection).
    Under(&'a [String]),
    /// The items that refer to the item with this id.
    ReferringTo(&'a str),
}

/// Whether an item holds a reference (`{"id": …, "uri": …}`) to `id` in one of its fields.
fn refers_to(item: &Value, id: &str) -> bool {
    item.as_object().is_some_and(|fields| {
        fields
            .values()
            .any(|v| v.get("id").and_then(Value::as_str) == Some(id))
    })
}

fn strip_nullable(ty: FieldType) -> FieldType {
    match ty {
        FieldType::Nullable(inner) => inner(),
        other => other,
    }
}

fn match_route(template: &[Segment], path: &[String]) -> Option<Vec<String>> {
    if template.len() != path.len() {
        return None;
    }
    let mut params = Vec::new();
    for (seg, value) in template.iter().zip(path) {
        match seg {
            Segment::Literal(l) if *l == value => {}
            Segment::Literal(_) => return None,
            Segment::Param(_) if value.is_empty() => return None,
            Segment::Param(_) => params.push(value.clone()),
        }
    }
    Some(params)
}

/// The API's answer to a path placeholder that should hold an id and does not: 400
/// ERR_NGROK_223 when it is not `<prefix>_<letters and digits>` at all, 400 ERR_NGROK_227
/// when it is an id of another kind (an `ipp_…` given to `/reserved_domains/{id}`).
/// Placeholders whose service has no id prefix (an event source's `{type}`) pass as they are.
fn check_ids(
    services: &[&'static ServiceMeta],
    template: &[Segment],
    params: &[String],
) -> Option<HttpResponse> {
    let mut values = params.iter();
    for (i, segment) in template.iter().enumerate() {
        if !matches!(segment, Segment::Param(_)) {
            continue;
        }
        let value = values.next()?;
        let Some(prefix) = id_prefix_of_item(services, &template[..=i]) else {
            continue;
        };
        let alphanumeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
        let Some((given, _)) = value
            .split_once('_')
            .filter(|(head, tail)| alphanumeric(head) && alphanumeric(tail))
        else {
            return Some(error(
                400,
                Some("ERR_NGROK_223"),
                format!("`{value}` is not a valid resource identifier."),
            ));
        };
        if given != prefix {
            return Some(error(
                400,
                Some("ERR_NGROK_227"),
                format!("The id `{value}` is invalid: expected an id with the prefix `{prefix}`."),
            ));
        }
    }
    None
}

/// The id prefix of the item that a path ending in a placeholder names: that of the
/// service whose item path (`<path>/{id}`) has this shape, if it is keyed by a prefixed id.
fn id_prefix_of_item(services: &[&'static ServiceMeta], item: &[Segment]) -> Option<&'static str> {
    let service = services.iter().find(|s| {
        let mut shape = segments(s.path);
        shape.push(Segment::Param("id"));
        !s.is_singleton() && same_shape(&shape, item)
    })?;
    match service.key {
        Some(key) if key != "id" => None,
        _ => service.id_prefix,
    }
}

fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
