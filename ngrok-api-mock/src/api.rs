//! The emulated API as a whole: a request that got past the authentication gate is
//! routed, checked (ids in the path, body, query, parent) and handed to its operation.
//! The pieces live in their own files; this one only puts them in order.

use std::sync::Mutex;

use ngrok_api::meta::ServiceMeta;
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::errors;
use crate::gate;
use crate::http::{HttpRequest, HttpResponse};
use crate::operations::{self, Call};
use crate::relations::embedding::refresh;
use crate::response::Answer;
use crate::routing::{Routed, Router};
use crate::store::State;
use crate::sync::lock;

/// The services an emulator serves, with their routes and relations resolved once.
pub(crate) struct Api {
    pub(crate) api_key: String,
    catalog: Catalog,
    router: Router,
}

impl Api {
    /// # Panics
    ///
    /// When the special-case table does not fit `services` (see `special_cases.rs`).
    pub(crate) fn new(
        base_url: String,
        api_key: String,
        services: Vec<&'static ServiceMeta>,
    ) -> Api {
        let router = Router::new(&services);
        Api {
            api_key,
            catalog: Catalog::new(base_url, services),
            router,
        }
    }

    /// The service with this qualified name (`"reserved_domains"`, `"edges.https"`).
    pub(crate) fn service(&self, name: &str) -> Option<&'static ServiceMeta> {
        self.catalog.service(name)
    }

    /// Whether `token` is the authtoken of a tunnel credential that still exists.
    pub(crate) fn is_authtoken(&self, state: &State, token: &str) -> bool {
        self.catalog.special.is_authtoken(state, token)
    }

    /// Stores a new item built from `fields` (already in the resource's shape) and
    /// returns it as created, secrets and nested items included.
    pub(crate) fn insert(
        &self,
        state: &mut State,
        service: &ServiceMeta,
        params: Vec<String>,
        fields: Map<String, Value>,
    ) -> Result<Map<String, Value>, HttpResponse> {
        let inserted = operations::insert(&self.catalog, state, service, params, fields);
        refresh(&self.catalog, state);
        inserted
    }

    /// [`Api::handle_routed`] after routing the request: for the tests (a served request
    /// is routed once, in `exchange.rs`, and handed on routed).
    #[cfg(test)]
    pub(crate) fn handle(&self, state: &Mutex<State>, request: &HttpRequest) -> HttpResponse {
        self.handle_routed(state, request, self.route(request))
            .into_response()
    }

    /// Where `request` goes (the router's answer), worked out once for a request: the
    /// journal, the expectations and the faults name it by its operation before
    /// [`Api::handle_routed`] answers it.
    pub(crate) fn route(&self, request: &HttpRequest) -> Result<Routed<'_>, HttpResponse> {
        self.router.route(&request.method, &request.path)
    }

    /// Answers one authenticated request, already routed (`routed` is [`Api::route`]'s
    /// answer), holding `state` only while it reads or changes
    /// the store: a list takes its items' kept shown forms (a collection's snapshot: one
    /// `Arc`) with the store held, then filters and writes the page after releasing it,
    /// so that a long list does not hold up the requests of other connections. After a
    /// change, the shown forms it made out of date are made again before the store is
    /// released (`relations/embedding.rs`, `refresh`), so that reads find them made.
    pub(crate) fn handle_routed(
        &self,
        state: &Mutex<State>,
        request: &HttpRequest,
        routed: Result<Routed<'_>, HttpResponse>,
    ) -> Answer {
        let (route, params) = match routed {
            Ok(Routed::Found(route, params)) => (route, params),
            Ok(Routed::WrongMethod) => return errors::method_not_allowed(&request.method).into(),
            Ok(Routed::Nowhere) => return errors::not_found().into(),
            Err(response) => return response.into(),
        };
        let (service, op) = (route.service, route.op);
        let checked = route
            .check_ids(self.catalog.ids_in_path(op), &params)
            .and_then(|()| gate::read_body(op, request))
            .and_then(|body| Ok((body, gate::check_query(op, &request.query)?)));
        let (body, query) = match checked {
            Ok(checked) => checked,
            Err(response) => return response.into(),
        };
        let collection_len = ngrok_api::meta::path_params(service.path).count();
        let call = Call {
            service,
            op,
            params,
            body,
            query,
            request,
        };
        // Read before the store is locked (a list's filter is parsed here).
        let list = operations::prepare_list(&self.catalog, &call);
        let mut state = lock(state);
        // Shown forms of items changed outside a request (none, usually) are made now.
        refresh(&self.catalog, &mut state);
        let parent_params = &call.params[..collection_len.min(call.params.len())];
        if let Err(response) = self
            .catalog
            .relations
            .check_parent(&state, service, parent_params)
        {
            return response.into();
        }
        if let Some(list) = list {
            let gathered = list.gather(&self.catalog, &state);
            drop(state);
            return match gathered {
                Ok(gathered) => gathered.answer(&self.catalog, request),
                Err(response) => response.into(),
            };
        }
        let response = operations::dispatch(&self.catalog, &mut state, call);
        // While the store is still held: the next read finds every shown form made.
        refresh(&self.catalog, &mut state);
        response.into()
    }

    /// What is worked out from the registry at start-up, for seeding (`seeding.rs`),
    /// which works on the store as the operations do.
    pub(crate) fn catalog(&self) -> &Catalog {
        &self.catalog
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ngrok_api::meta::{Field, FieldType, Method, OperationKind, OperationMeta, Schema};

    fn string() -> FieldType {
        FieldType::String
    }
    static C_SCHEMA: Schema = Schema {
        name: "C",
        fields: &[Field {
            json: "id",
            ty: string,
            secret: false,
        }],
    };
    fn c_schema() -> &'static Schema {
        &C_SCHEMA
    }
    fn c_list() -> FieldType {
        FieldType::List(|| FieldType::Object(c_schema))
    }
    static B_SCHEMA: Schema = Schema {
        name: "B",
        fields: &[
            Field {
                json: "id",
                ty: string,
                secret: false,
            },
            Field {
                json: "cs",
                ty: c_list,
                secret: false,
            },
        ],
    };
    fn b_schema() -> &'static Schema {
        &B_SCHEMA
    }
    fn b_list() -> FieldType {
        FieldType::List(|| FieldType::Object(b_schema))
    }
    static A_SCHEMA: Schema = Schema {
        name: "A",
        fields: &[
            Field {
                json: "id",
                ty: string,
                secret: false,
            },
            Field {
                json: "bs",
                ty: b_list,
                secret: false,
            },
        ],
    };
    fn a_schema() -> &'static Schema {
        &A_SCHEMA
    }
    static A: ServiceMeta = ServiceMeta {
        name: "as",
        group: None,
        path: "/as",
        key: Some("id"),
        id_prefix: Some("a"),
        resource: a_schema,
        operations: &[OperationMeta {
            name: "get",
            label: "as.get",
            kind: OperationKind::Get,
            method: Method::Get,
            path: "/as/{id}",
            request: None,
            response: Some(a_schema),
            list: None,
        }],
    };
    static B: ServiceMeta = ServiceMeta {
        name: "bs",
        group: None,
        path: "/as/{a_id}/bs",
        key: Some("id"),
        id_prefix: Some("b"),
        resource: b_schema,
        operations: &[],
    };
    static C: ServiceMeta = ServiceMeta {
        name: "cs",
        group: None,
        path: "/as/{a_id}/bs/{b_id}/cs",
        key: Some("id"),
        id_prefix: Some("c"),
        resource: c_schema,
        operations: &[],
    };

    /// Three levels (`as` holding `bs` holding `cs`), each listed in its parent, as no
    /// `ngrok-api` service is yet: a `b` shown inside its `a` must list its own `cs`,
    /// which needs it to be shown as a `b`, not as an `a`.
    #[test]
    fn a_nested_item_shows_its_own_nested_items_inside_its_parent() {
        let mut services: Vec<&'static ServiceMeta> =
            ngrok_api::registry().iter().map(|meta| meta()).collect();
        services.extend([&A, &B, &C]);
        let api = Api::new("http://x".into(), "k".into(), services);
        let mut state = State::default();
        let a = api.insert(&mut state, &A, vec![], Map::new()).unwrap();
        let a_id = a["id"].as_str().unwrap().to_string();
        let b = api
            .insert(&mut state, &B, vec![a_id.clone()], Map::new())
            .unwrap();
        let b_id = b["id"].as_str().unwrap().to_string();
        let c = api
            .insert(&mut state, &C, vec![a_id.clone(), b_id.clone()], Map::new())
            .unwrap();
        let request = HttpRequest {
            method: "GET".into(),
            path: format!("/as/{a_id}"),
            query: String::new(),
            headers: Vec::new(),
            body: Vec::new(),
        };
        let response = api.handle(&Mutex::new(state), &request);
        let shown: Value = serde_json::from_slice(&response.body).unwrap();
        assert_eq!(response.status, 200, "{shown}");
        assert_eq!(shown["bs"][0]["id"], b["id"], "{shown}");
        assert_eq!(
            shown["bs"][0]["cs"][0]["id"], c["id"],
            "the child's own nested items: {shown}"
        );
    }

    /// Nested items sent inside a nested item are stored as items of their own service
    /// too (with ids), not kept as a raw copy in the middle item.
    #[test]
    fn nested_items_sent_two_levels_deep_are_stored_as_items() {
        let mut services: Vec<&'static ServiceMeta> =
            ngrok_api::registry().iter().map(|meta| meta()).collect();
        services.extend([&A, &B, &C]);
        let api = Api::new("http://x".into(), "k".into(), services);
        let mut state = State::default();
        let fields = serde_json::json!({"bs": [{"cs": [{}, {}]}]});
        let Value::Object(fields) = fields else {
            unreachable!()
        };
        let a = api.insert(&mut state, &A, vec![], fields).unwrap();
        let cs = a["bs"][0]["cs"].as_array().expect("the cs are shown");
        assert_eq!(cs.len(), 2, "{a:?}");
        assert!(
            cs.iter()
                .all(|c| c["id"].as_str().unwrap().starts_with("c_")),
            "{a:?}"
        );
        assert_eq!(state.items("cs").count(), 2);
    }

    fn request(method: &str, path: &str, query: &str, body: &str) -> HttpRequest {
        HttpRequest {
            method: method.into(),
            path: path.into(),
            query: query.into(),
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    fn answer(api: &Api, state: &Mutex<State>, request: &HttpRequest) -> Value {
        let response = api.handle(state, request);
        assert!(matches!(response.status, 200 | 201), "{request:?}");
        serde_json::from_slice(&response.body).unwrap()
    }

    /// The kept shown forms (of one item, and a collection's snapshot) follow every
    /// change: an update shows in the next get and list, a delete in the next list.
    #[test]
    fn reads_after_a_change_show_the_change() {
        let services: Vec<&'static ServiceMeta> =
            ngrok_api::registry().iter().map(|meta| meta()).collect();
        let api = Api::new("http://x".into(), "k".into(), services);
        let service = api.service("reserved_domains").unwrap();
        let state = Mutex::new(State::default());
        let fields = serde_json::json!({"domain": "a.example.com", "description": "old"});
        let Value::Object(fields) = fields else {
            unreachable!()
        };
        let created = api
            .insert(&mut state.lock().unwrap(), service, vec![], fields)
            .unwrap();
        let id = created["id"].as_str().unwrap();
        let list = request("GET", "/reserved_domains", "", "");
        let get = request("GET", &format!("/reserved_domains/{id}"), "", "");
        assert_eq!(
            answer(&api, &state, &list)["reserved_domains"][0]["description"],
            "old"
        );
        assert_eq!(answer(&api, &state, &get)["description"], "old");
        let update = request(
            "PATCH",
            &format!("/reserved_domains/{id}"),
            "",
            r#"{"description": "new"}"#,
        );
        answer(&api, &state, &update);
        assert_eq!(
            answer(&api, &state, &list)["reserved_domains"][0]["description"],
            "new"
        );
        assert_eq!(answer(&api, &state, &get)["description"], "new");
        let delete = request("DELETE", &format!("/reserved_domains/{id}"), "", "");
        assert_eq!(api.handle(&state, &delete).status, 204);
        assert_eq!(
            answer(&api, &state, &list)["reserved_domains"],
            serde_json::json!([])
        );
    }

    /// An item showing nested items (an HTTPS edge's routes) is shown again when one of
    /// them changes, though the item itself did not.
    #[test]
    fn a_parent_is_shown_with_its_nested_items_as_they_are_now() {
        let services: Vec<&'static ServiceMeta> =
            ngrok_api::registry().iter().map(|meta| meta()).collect();
        let api = Api::new("http://x".into(), "k".into(), services);
        let state = Mutex::new(State::default());
        let edge = answer(&api, &state, &request("POST", "/edges/https", "", "{}"));
        let edge_id = edge["id"].as_str().unwrap();
        let list = request("GET", "/edges/https", "", "");
        let get = request("GET", &format!("/edges/https/{edge_id}"), "", "");
        assert_eq!(
            answer(&api, &state, &list)["https_edges"][0]["routes"],
            serde_json::json!([])
        );
        let route = answer(
            &api,
            &state,
            &request(
                "POST",
                &format!("/edges/https/{edge_id}/routes"),
                "",
                r#"{"match_type": "path_prefix", "match": "/a"}"#,
            ),
        );
        let routes = &answer(&api, &state, &list)["https_edges"][0]["routes"];
        assert_eq!(routes[0]["id"], route["id"], "{routes}");
        assert_eq!(answer(&api, &state, &get)["routes"][0]["match"], "/a");
        let route_id = route["id"].as_str().unwrap();
        let path = format!("/edges/https/{edge_id}/routes/{route_id}");
        answer(
            &api,
            &state,
            &request("PATCH", &path, "", r#"{"match": "/b"}"#),
        );
        assert_eq!(answer(&api, &state, &get)["routes"][0]["match"], "/b");
        assert_eq!(
            answer(&api, &state, &list)["https_edges"][0]["routes"][0]["match"],
            "/b"
        );
        assert_eq!(
            api.handle(&state, &request("DELETE", &path, "", "")).status,
            204
        );
        assert_eq!(answer(&api, &state, &get)["routes"], serde_json::json!([]));
    }
}
