//! Every error answer the emulator gives, one constructor per API error code, so that a
//! new code is added here and nowhere else; the codes of validation rules, which come from
//! the table in `validation/table.rs`, go through [`rule_broken`]. Each answer has the API's JSON shape:
//! `status_code`, `msg`, `error_code` (when the API sends one) and an `operation_id`.

use serde_json::{json, Value};

use crate::ids::random_string;
use crate::response::HttpResponse;
use crate::schema::Invalid;

/// An error answer in the API's shape; the constructors below are the only callers,
/// apart from injected faults, whose status and code the test chooses.
pub(crate) fn api_error(status: u16, code: Option<&str>, msg: impl Into<String>) -> HttpResponse {
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

/// 400 without a code: the bytes received are not an HTTP request the emulator reads.
pub(crate) fn malformed_http(why: &str) -> HttpResponse {
    api_error(400, None, why)
}

/// 404 without a code, as the API answers an unknown id or path.
pub(crate) fn not_found() -> HttpResponse {
    api_error(404, None, "Resource not found")
}

/// 401 ERR_NGROK_200: no `Authorization` header.
pub(crate) fn missing_authorization() -> HttpResponse {
    api_error(
        401,
        Some("ERR_NGROK_200"),
        "The request has no Authorization header; send `Authorization: Bearer <API key>`.",
    )
}

/// 401 ERR_NGROK_201: an `Authorization` header that is not `Bearer <key>`.
pub(crate) fn malformed_authorization(raw: &str) -> HttpResponse {
    api_error(
        401,
        Some("ERR_NGROK_201"),
        format!("The Authorization header '{raw}' is not of the form `Bearer <API key>`."),
    )
}

/// 401 ERR_NGROK_202: a bearer token that is not the server's API key.
pub(crate) fn invalid_api_key(token: &str) -> HttpResponse {
    api_error(
        401,
        Some("ERR_NGROK_202"),
        format!("The API key '{token}' is not valid."),
    )
}

/// 405 ERR_NGROK_204: the path exists, but not with this method.
pub(crate) fn method_not_allowed(method: &str) -> HttpResponse {
    api_error(
        405,
        Some("ERR_NGROK_204"),
        format!("The method {method} is not allowed on this path."),
    )
}

/// 400 ERR_NGROK_206: a tunnel authtoken sent where an API key belongs; the API echoes
/// the credential, and so does the emulator.
pub(crate) fn authtoken_as_api_key(token: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_206"),
        format!(
            "The credential '{token}' is a tunnel authtoken, not an API key; \
             authenticate with an API key."
        ),
    )
}

/// 400 ERR_NGROK_211: a body on a method that takes none.
pub(crate) fn body_not_allowed(method: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_211"),
        format!("A {method} request must not have a body."),
    )
}

/// 400 ERR_NGROK_214: a body field the operation does not know.
pub(crate) fn unknown_field(path: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_214"),
        format!("The request has an unknown field `{path}`."),
    )
}

/// 400 ERR_NGROK_215: a body that is not JSON.
pub(crate) fn body_not_json(why: &dyn std::fmt::Display) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_215"),
        format!("The request body is not valid JSON: {why}."),
    )
}

/// 400 ERR_NGROK_215: a JSON body that is not an object.
pub(crate) fn body_not_object() -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_215"),
        "The request body must be a JSON object.",
    )
}

/// 400 ERR_NGROK_215: a field of the wrong JSON type.
pub(crate) fn wrong_type(path: &str, expected: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_215"),
        format!("The field `{path}` must be a {expected}."),
    )
}

/// 400 ERR_NGROK_215: a required key field (an event source's `type`) left out.
pub(crate) fn field_required(field: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_215"),
        format!("The field `{field}` is required."),
    )
}

/// 400 ERR_NGROK_215: an item keyed by a chosen value that is already taken.
pub(crate) fn already_exists(key: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_215"),
        format!("`{key}` already exists."),
    )
}

/// 400 ERR_NGROK_241: a timestamp field whose value is not an RFC 3339 timestamp.
pub(crate) fn not_a_timestamp(path: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_241"),
        format!("The field `{path}` must be an RFC 3339 timestamp (`2030-01-01T00:00:00Z`)."),
    )
}

/// The answer to a body that does not fit the operation's schema.
pub(crate) fn invalid_body(invalid: &Invalid) -> HttpResponse {
    match invalid {
        Invalid::UnknownField(path) => unknown_field(path),
        // A string that is not a timestamp has a code of its own.
        Invalid::WrongType { path, expected } if expected == "timestamp" => not_a_timestamp(path),
        Invalid::WrongType { path, expected } => wrong_type(path, expected),
    }
}

/// 400 ERR_NGROK_216: a body without `Content-Type: application/json`.
pub(crate) fn not_json_content_type() -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_216"),
        "A request with a body needs `Content-Type: application/json`.",
    )
}

/// 400 ERR_NGROK_217: an `ngrok-version` other than 2.
pub(crate) fn unsupported_version(version: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_217"),
        format!("The ngrok-version '{version}' is not supported; send `ngrok-version: 2`."),
    )
}

/// 400 ERR_NGROK_218: no `ngrok-version` header.
pub(crate) fn missing_version() -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_218"),
        "The request has no ngrok-version header; send `ngrok-version: 2`.",
    )
}

/// 400 ERR_NGROK_223: a path that is not valid percent-encoded UTF-8.
pub(crate) fn path_not_utf8() -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_223"),
        "The path is not valid percent-encoded UTF-8.",
    )
}

/// 400 ERR_NGROK_223: a path placeholder that is not `<prefix>_<letters and digits>`.
pub(crate) fn not_an_id(value: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_223"),
        format!("`{value}` is not a valid resource identifier."),
    )
}

/// 429 ERR_NGROK_226 with `Retry-After`: past the account's rate limit.
pub(crate) fn rate_limited(retry_after_seconds: u64) -> HttpResponse {
    let mut response = api_error(
        429,
        Some("ERR_NGROK_226"),
        "You have exceeded the rate limit of API requests for your account.",
    );
    response
        .headers
        .push(("retry-after".into(), retry_after_seconds.to_string()));
    response
}

/// 400 ERR_NGROK_227: an id of another kind (an `ipp_…` where an `rd_…` belongs).
pub(crate) fn wrong_id_prefix(value: &str, prefix: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_227"),
        format!("The id `{value}` is invalid: expected an id with the prefix `{prefix}`."),
    )
}

/// 400 ERR_NGROK_230: a query string that is not valid percent-encoded UTF-8.
pub(crate) fn query_not_utf8() -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_230"),
        "The query string is not valid percent-encoded UTF-8.",
    )
}

/// 400 ERR_NGROK_233: a `limit` that is a number outside 1..=100.
pub(crate) fn limit_out_of_range(value: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_233"),
        format!("The query parameter `limit` must be from 1 to 100, not {value}."),
    )
}

/// 400 ERR_NGROK_244: a `limit` that is not a number.
pub(crate) fn limit_not_a_number(value: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_244"),
        format!("The query parameter `limit` must be a whole number, not `{value}`."),
    )
}

/// 400 ERR_NGROK_232: a query parameter that takes one value, given several times.
pub(crate) fn repeated_query_parameter(name: &str, values: &[&str]) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_232"),
        format!(
            "The query parameter `{name}` takes one value but was given {} times: {values:?}.",
            values.len()
        ),
    )
}

/// A request the API refuses because it breaks one of its validation rules
/// (`validation/`): the rule's status and `ERR_NGROK_<code>`, and a message naming the
/// field and what was wrong with it.
pub(crate) fn rule_broken(status: u16, code: u32, msg: impl Into<String>) -> HttpResponse {
    api_error(status, Some(&format!("ERR_NGROK_{code}")), msg)
}

/// 400 ERR_NGROK_231: a query parameter the operation does not take.
pub(crate) fn unknown_query_parameter(name: &str) -> HttpResponse {
    api_error(
        400,
        Some("ERR_NGROK_231"),
        format!("Unknown query parameter `{name}`."),
    )
}

/// 400 `invalid_cel_expression`: a list `filter` that does not parse.
pub(crate) fn bad_filter(why: &dyn std::fmt::Display) -> HttpResponse {
    api_error(
        400,
        Some("invalid_cel_expression"),
        format!("The filter is not a valid expression: {why}."),
    )
}

/// The answer an injected [`Fault::status`](crate::Fault::status) or
/// [`Fault::api_error`](crate::Fault::api_error) gives.
pub(crate) fn injected(status: u16, code: Option<&str>) -> HttpResponse {
    api_error(
        status,
        code,
        format!("Injected fault: this request was answered with {status}."),
    )
}

/// 408 without a code: a request that began but did not arrive in full in time.
pub(crate) fn request_timeout(limit: std::time::Duration) -> HttpResponse {
    api_error(
        408,
        None,
        format!(
            "The request did not arrive in full within {} ms.",
            limit.as_millis()
        ),
    )
}

/// 413 without a code: a body longer than the server accepts, refused before it is read.
pub(crate) fn body_too_large(max_bytes: usize) -> HttpResponse {
    api_error(
        413,
        None,
        format!("The request body is larger than the {max_bytes} bytes accepted."),
    )
}

/// 417 without a code: an `Expect` header other than `100-continue`.
pub(crate) fn expectation_failed(expect: &str) -> HttpResponse {
    api_error(
        417,
        None,
        format!("The expectation '{expect}' is not supported; only `100-continue` is."),
    )
}

/// 503 without a code: more connections open than the server accepts.
pub(crate) fn too_many_connections(max: usize) -> HttpResponse {
    api_error(
        503,
        None,
        format!("The server already has {max} connections open; try again later."),
    )
}

/// 505 without a code: an HTTP version other than 1.0 and 1.1.
pub(crate) fn http_version_not_supported(version: &str) -> HttpResponse {
    api_error(
        505,
        None,
        format!("{version} is not supported; send HTTP/1.1 or HTTP/1.0."),
    )
}
