//! The gate: the checks a request passes before any operation sees it. Before routing,
//! who is calling (bearer token, ERR_NGROK_200/201/202/206) and which API version
//! (ERR_NGROK_217/218); after routing, whether the body fits the operation (211, 214,
//! 215, 216) and which query parameters it takes (230, 231, 232, 233, 244).

use ngrok_api::meta::{Method, OperationMeta};
use serde_json::{Map, Value};

use crate::errors;
use crate::http::{query_pairs, HttpRequest, HttpResponse};
use crate::schema::check_object;

/// The token of an `Authorization: Bearer <token>` header; the scheme's case does not
/// matter (HTTP auth schemes are case-insensitive), the token's does.
pub(crate) fn bearer_token(request: &HttpRequest) -> Option<&str> {
    let (scheme, token) = request.header("authorization")?.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// Lets through a request carrying `api_key`. `is_authtoken` tells whether another token
/// is a tunnel credential's authtoken, which the API refuses differently.
pub(crate) fn authenticate(
    request: &HttpRequest,
    api_key: &str,
    is_authtoken: impl FnOnce(&str) -> bool,
) -> Result<(), HttpResponse> {
    match (request.header("authorization"), bearer_token(request)) {
        (None, _) => Err(errors::missing_authorization()),
        (Some(raw), None) => Err(errors::malformed_authorization(raw)),
        (_, Some(token)) if same_secret(token.as_bytes(), api_key.as_bytes()) => Ok(()),
        (_, Some(token)) if is_authtoken(token) => Err(errors::authtoken_as_api_key(token)),
        (_, Some(token)) => Err(errors::invalid_api_key(token)),
    }
}

/// Whether `given` equals `secret`, in a time that depends on `given`'s length only: every
/// byte is compared and the differences are gathered before the one decision, so how
/// long a wrong key takes tells nothing about how much of it was right.
fn same_secret(given: &[u8], secret: &[u8]) -> bool {
    // A length difference is a difference like any other, folded in with the bytes.
    let mut difference = given.len() ^ secret.len();
    for (i, &byte) in given.iter().enumerate() {
        // Past the secret's end (or with an empty secret), compare with 0: already unequal.
        let expected = if secret.is_empty() {
            0
        } else {
            secret[i % secret.len()]
        };
        difference |= usize::from(byte ^ expected);
    }
    // Keeps the optimiser from turning the loop back into an early exit.
    std::hint::black_box(difference) == 0
}

/// Lets through a request that asks for API version 2.
pub(crate) fn check_version(request: &HttpRequest) -> Result<(), HttpResponse> {
    match request.header("ngrok-version") {
        None => Err(errors::missing_version()),
        Some("2") => Ok(()),
        Some(other) => Err(errors::unsupported_version(other)),
    }
}

/// The body of a request for `op` as a JSON object (empty when there is none), checked
/// against the operation's request schema.
pub(crate) fn read_body(
    op: &OperationMeta,
    request: &HttpRequest,
) -> Result<Map<String, Value>, HttpResponse> {
    let has_body = !request.body.iter().all(u8::is_ascii_whitespace);
    let takes_body = matches!(op.method, Method::Post | Method::Put | Method::Patch);
    if has_body && !takes_body {
        return Err(errors::body_not_allowed(op.method.as_str()));
    }
    let body = if takes_body && has_body {
        let content_type = request.header("content-type").unwrap_or_default();
        if !content_type
            .to_ascii_lowercase()
            .starts_with("application/json")
        {
            return Err(errors::not_json_content_type());
        }
        match serde_json::from_slice::<Value>(&request.body) {
            Ok(Value::Object(map)) => map,
            Ok(_) => return Err(errors::body_not_object()),
            Err(err) => return Err(errors::body_not_json(&err)),
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
        check_object(&checked, schema(), "").map_err(|invalid| errors::invalid_body(&invalid))?;
    } else if let Some(field) = body.keys().next() {
        return Err(errors::unknown_field(field));
    }
    Ok(body)
}

/// The decoded query parameters of a request for `op`, each one that `op` takes.
pub(crate) fn check_query(
    op: &OperationMeta,
    query: &str,
) -> Result<Vec<(String, String)>, HttpResponse> {
    let Some(pairs) = query_pairs(query) else {
        return Err(errors::query_not_utf8());
    };
    let allowed: &[&str] = match op.list {
        Some(list) if list.paged && list.filter => &["limit", "before_id", "filter"],
        Some(list) if list.paged => &["limit", "before_id"],
        _ => &[],
    };
    for (name, value) in &pairs {
        if !allowed.contains(&name.as_str()) {
            return Err(errors::unknown_query_parameter(name));
        }
        // Every parameter an operation takes is single-valued.
        let values: Vec<&str> = pairs
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        if values.len() > 1 {
            return Err(errors::repeated_query_parameter(name, &values));
        }
        if name == "limit" {
            // A number too large for any integer type is still a number out of range.
            let digits = value.strip_prefix('-').unwrap_or(value);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(errors::limit_not_a_number(value));
            }
            if !value.parse::<u32>().is_ok_and(|n| (1..=100).contains(&n)) {
                return Err(errors::limit_out_of_range(value));
            }
        }
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_authorization(value: &str) -> HttpRequest {
        HttpRequest {
            method: "GET".into(),
            path: "/".into(),
            query: String::new(),
            headers: vec![("authorization".into(), value.into())],
            body: Vec::new(),
        }
    }

    #[test]
    fn the_bearer_scheme_is_case_insensitive_and_the_token_is_not() {
        for value in ["Bearer K1", "bearer K1", "BEARER K1", "bEaReR   K1 "] {
            assert_eq!(
                bearer_token(&with_authorization(value)),
                Some("K1"),
                "{value}"
            );
        }
        for value in ["Bearer", "Bearer ", "Bearers K1", "Basic K1", "K1"] {
            assert_eq!(bearer_token(&with_authorization(value)), None, "{value}");
        }
        assert!(authenticate(&with_authorization("bearer K1"), "K1", |_| false).is_ok());
        assert!(authenticate(&with_authorization("Bearer k1"), "K1", |_| false).is_err());
    }

    #[test]
    fn the_key_compare_refuses_prefixes_extensions_and_repetitions() {
        assert!(same_secret(b"secret", b"secret"));
        assert!(same_secret(b"", b""));
        for given in [
            &b"secre"[..],
            b"secrett",
            b"secretsecret",
            b"",
            b"Secret",
            b"secreT",
        ] {
            assert!(!same_secret(given, b"secret"), "{given:?}");
        }
        assert!(!same_secret(b"x", b""));
    }
}
