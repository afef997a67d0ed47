//! `POST /__mock/seed`: puts one item in place as the API would hold it, for any service
//! (nested ones under their parents, modules on their edge, and what the API cannot
//! create: tunnels, tunnel sessions, agent endpoints). Body: `{"service": "tunnels",
//! "parents": [], "item": {...}}`; answers 201 with the item as stored (secrets included),
//! 404 for an unknown service, 400 naming anything else that is wrong.

use serde_json::Value;

use super::{body, error, string};
use crate::http::{HttpRequest, HttpResponse};
use crate::seeding;
use crate::shared::Shared;

pub(super) fn post(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    let fields = match body(request, &["service", "parents", "item"]) {
        Ok(fields) => fields,
        Err(response) => return response,
    };
    let service = match string(&fields, "service") {
        Ok(Some(service)) => service,
        Ok(None) => return error(400, "service is required: a qualified service name such as \"tunnels\" or \"edges.https_routes\""),
        Err(response) => return response,
    };
    let parents = match fields.get("parents") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(ids)) => match ids
            .iter()
            .map(|id| id.as_str().map(str::to_string))
            .collect::<Option<Vec<String>>>()
        {
            Some(ids) => ids,
            None => return error(400, "parents must be an array of id strings"),
        },
        Some(_) => return error(400, "parents must be an array of id strings"),
    };
    if shared.api.service(service).is_none() {
        return error(404, format!("no service named {service:?}"));
    }
    let item = fields
        .get("item")
        .cloned()
        .unwrap_or(Value::Object(Default::default()));
    match seeding::seed_json(shared, service, &parents, item) {
        Ok(stored) => HttpResponse::json(201, &stored),
        Err(why) => error(400, why),
    }
}
