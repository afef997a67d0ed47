//! The admin API: the emulator driven over HTTP, for test suites in any language. Its
//! paths start with [`PREFIX`] (no API path starts with `_`), it takes the same key as the
//! API (`Authorization: Bearer <key>`; no `ngrok-version` needed), and its requests are
//! never recorded, faulted or rate-limited. JSON in, JSON out; errors have the API's error
//! shape with a `msg` naming what was wrong. One file per area; this one authenticates,
//! routes and holds the helpers they share.

mod clock;
mod expectations;
mod faults;
mod health;
mod journal;
mod rate_limit;
mod reset;
mod seed;

use serde_json::{Map, Value};

use crate::errors;
use crate::gate;
use crate::http::{HttpRequest, HttpResponse};
use crate::shared::Shared;

/// The path prefix of every admin route.
pub(crate) const PREFIX: &str = "/__mock";

type Handler = fn(&Shared, &HttpRequest) -> HttpResponse;

/// Every admin route: method, path after [`PREFIX`], handler.
const ROUTES: &[(&str, &str, Handler)] = &[
    ("GET", "/health", health::get),
    ("POST", "/reset", reset::post),
    ("GET", "/faults", faults::list),
    ("POST", "/faults", faults::add),
    ("DELETE", "/faults", faults::clear),
    ("GET", "/rate_limit", rate_limit::get),
    ("PUT", "/rate_limit", rate_limit::set),
    ("DELETE", "/rate_limit", rate_limit::clear),
    ("GET", "/journal", journal::list),
    ("DELETE", "/journal", journal::clear),
    ("GET", "/expectations", expectations::list),
    ("POST", "/expectations", expectations::add),
    ("DELETE", "/expectations", expectations::clear),
    ("GET", "/expectations/verify", expectations::verify),
    ("POST", "/seed", seed::post),
    ("GET", "/clock", clock::get),
    ("POST", "/clock", clock::post),
];

/// Whether a path belongs to the admin API.
pub(crate) fn is_admin(path: &str) -> bool {
    path == PREFIX || path.starts_with("/__mock/")
}

/// The admin API's answer to a request on one of its paths.
pub(crate) fn handle(shared: &Shared, request: &HttpRequest) -> HttpResponse {
    if let Err(refused) = gate::authenticate(request, &shared.api.api_key, |_| false) {
        return refused;
    }
    let path = &request.path[PREFIX.len()..];
    let mut path_known = false;
    for (method, route, handler) in ROUTES {
        if *route == path {
            if *method == request.method {
                return handler(shared, request);
            }
            path_known = true;
        }
    }
    if path_known {
        let allowed: Vec<&str> = ROUTES
            .iter()
            .filter(|(_, route, _)| *route == path)
            .map(|(method, _, _)| *method)
            .collect();
        return error(
            405,
            format!(
                "{} {}{path} is not an admin route; this path takes {}",
                request.method,
                PREFIX,
                allowed.join(", ")
            ),
        );
    }
    let routes: Vec<String> = ROUTES
        .iter()
        .map(|(method, route, _)| format!("{method} {PREFIX}{route}"))
        .collect();
    error(
        404,
        format!(
            "{}{path} is not an admin route; the admin routes are: {}",
            PREFIX,
            routes.join(", ")
        ),
    )
}

/// An error answer in the API's shape (no `error_code`: these are not API errors).
pub(crate) fn error(status: u16, msg: impl Into<String>) -> HttpResponse {
    errors::api_error(status, None, msg)
}

/// The request's body as a JSON object whose fields are all among `allowed`; 400 naming
/// the problem otherwise. An empty body is an empty object.
pub(crate) fn body(
    request: &HttpRequest,
    allowed: &[&str],
) -> Result<Map<String, Value>, HttpResponse> {
    if request.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    let fields = match serde_json::from_slice::<Value>(&request.body) {
        Ok(Value::Object(fields)) => fields,
        Ok(_) => return Err(error(400, "the body must be a JSON object")),
        Err(err) => return Err(error(400, format!("the body is not JSON: {err}"))),
    };
    if let Some(unknown) = fields.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(error(
            400,
            format!(
                "unknown field {unknown:?}; the fields are: {}",
                allowed.join(", ")
            ),
        ));
    }
    Ok(fields)
}

/// Field `name` of `fields` as a non-negative integer, if present.
pub(crate) fn count(fields: &Map<String, Value>, name: &str) -> Result<Option<u64>, HttpResponse> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => value
            .as_u64()
            .map(Some)
            .ok_or_else(|| error(400, format!("{name} must be a non-negative integer"))),
    }
}

/// Field `name` of `fields` as a string, if present.
pub(crate) fn string<'f>(
    fields: &'f Map<String, Value>,
    name: &str,
) -> Result<Option<&'f str>, HttpResponse> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(value)) => Ok(Some(value)),
        Some(_) => Err(error(400, format!("{name} must be a string"))),
    }
}

/// Field `name` of `fields` as an object of string values (`{"id": "rd_1"}`), if present.
pub(crate) fn pairs(
    fields: &Map<String, Value>,
    name: &str,
) -> Result<Vec<(String, String)>, HttpResponse> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(map)) => map
            .iter()
            .map(|(k, v)| match v {
                Value::String(v) => Ok((k.clone(), v.clone())),
                _ => Err(error(400, format!("{name}.{k} must be a string"))),
            })
            .collect(),
        Some(_) => Err(error(400, format!("{name} must be an object of strings"))),
    }
}
