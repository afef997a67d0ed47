//! Reading what the API sent back: the status check, decoding a success body (with the
//! path of the field that failed), parsing the API's JSON error, and redacting the API
//! key from anything the server echoes.
//!
//! Everything here works on a complete [`Response`] already in memory: no I/O. Getting
//! the response (and retrying) is in `transport.rs`; the error types are in `error.rs`;
//! the readers that note a failed field's path are in `decode.rs`.

use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::decode::{reset_decode_path, take_decode_path};
use crate::error::{ApiError, DecodeError};
use crate::{Error, Result};

/// A complete response: status and body bytes.
#[derive(Debug)]
pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) body: Vec<u8>,
    /// From sending the request to the last byte of the body.
    pub(crate) elapsed: Duration,
    /// What a `Retry-After` header asked for, if the response had a readable one.
    pub(crate) retry_after: Option<Duration>,
    /// Which attempt this answered (1 unless the request was retried).
    pub(crate) attempt: u32,
}

impl Response {
    /// Nothing for a 2xx response; otherwise the error the response stands for.
    pub(crate) fn check_status(&self, operation: &'static str, secret: &str) -> Result<()> {
        if (200..300).contains(&self.status) {
            Ok(())
        } else {
            Err(error_from_response(
                operation,
                self.status,
                &self.body,
                secret,
            ))
        }
    }

    /// Decodes a success body, or explains why it does not fit (and where).
    pub(crate) fn decode<T: DeserializeOwned>(
        &self,
        operation: &'static str,
        secret: &str,
    ) -> Result<T> {
        reset_decode_path();
        serde_json::from_slice(&self.body).map_err(|err| {
            let mut error =
                decode_error(operation, self.status, &self.body, err.to_string(), secret);
            error.path = take_decode_path();
            Error::Decode(error)
        })
    }
}

fn decode_error(
    operation: &'static str,
    status: u16,
    body: &[u8],
    message: String,
    secret: &str,
) -> DecodeError {
    // Redact before cutting, so that a key across the cut does not leave its start behind.
    let window = &body[..body.len().min(DecodeError::SNIPPET_LEN + secret.len())];
    let snippet = redact(&String::from_utf8_lossy(window), secret);
    DecodeError::new(status, operation, redact(&message, secret)).with_snippet(snippet)
}

/// The wire shape of an API error. Its `status_code` repeats the HTTP status and is not
/// read: the response's own status is the one that counts, whatever the body says.
#[derive(serde::Deserialize)]
struct WireError {
    #[serde(default)]
    error_code: Option<String>,
    msg: String,
    #[serde(default)]
    details: Option<serde_json::Map<String, serde_json::Value>>,
}

/// The error a non-2xx response stands for: the API's JSON error, or a decode error
/// when the body is not one (an HTML page from a proxy, a truncated body).
fn error_from_response(operation: &'static str, status: u16, body: &[u8], secret: &str) -> Error {
    // Through a map: a derived `Deserialize` would also take a JSON array (`["", ""]`) as
    // the struct's fields in order, and an array is not the API's error shape.
    let wire = serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(body)
        .and_then(|map| serde_json::from_value::<WireError>(serde_json::Value::Object(map)));
    match wire {
        Ok(wire) => {
            let mut details = wire.details.unwrap_or_default();
            for value in details.values_mut() {
                redact_json(value, secret);
            }
            Error::Api(ApiError {
                status_code: status,
                error_code: wire
                    .error_code
                    .filter(|c| !c.is_empty())
                    .map(|c| redact(&c, secret)),
                msg: redact(&wire.msg, secret),
                details,
            })
        }
        Err(err) => Error::Decode(decode_error(
            operation,
            status,
            body,
            format!("expected the API's JSON error body: {err}"),
            secret,
        )),
    }
}

/// Replaces every occurrence of `secret` in `text` with `[redacted]`.
pub(crate) fn redact(text: &str, secret: &str) -> String {
    if secret.is_empty() {
        text.to_string()
    } else {
        text.replace(secret, "[redacted]")
    }
}

/// Redacts `secret` in every string of a JSON value, however deeply nested.
fn redact_json(value: &mut serde_json::Value, secret: &str) {
    match value {
        serde_json::Value::String(s) if !secret.is_empty() && s.contains(secret) => {
            *s = redact(s, secret);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| redact_json(v, secret)),
        serde_json::Value::Object(fields) => {
            fields.values_mut().for_each(|v| redact_json(v, secret))
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &[u8]) -> Response {
        Response {
            status,
            body: body.to_vec(),
            elapsed: Duration::ZERO,
            retry_after: None,
            attempt: 1,
        }
    }

    #[test]
    fn api_error_keeps_code_and_operation_id_and_redacts_the_key() {
        let body = br#"{"error_code":"ERR_NGROK_202","status_code":401,"msg":"key sekret-key is invalid","details":{"operation_id":"op_1"}}"#;
        let Error::Api(e) = error_from_response("x.get", 401, body, "sekret-key") else {
            panic!("not an API error")
        };
        assert_eq!(e.error_code.as_deref(), Some("ERR_NGROK_202"));
        assert_eq!(e.operation_id(), Some("op_1"));
        assert_eq!(e.msg, "key [redacted] is invalid");
    }

    #[test]
    fn a_404_without_error_code_is_an_api_error() {
        let body =
            br#"{"msg":"Resource not found","status_code":404,"details":{"operation_id":"op_2"}}"#;
        let err = error_from_response("x.get", 404, body, "k");
        assert!(err.is_not_found());
        let Error::Api(e) = err else { panic!() };
        assert_eq!(e.error_code, None);
    }

    #[test]
    fn a_non_json_error_body_is_a_decode_error_with_a_bounded_snippet() {
        let body = format!("<html>{}</html>", "x".repeat(10_000));
        let Error::Decode(e) = error_from_response("x.get", 502, body.as_bytes(), "k") else {
            panic!()
        };
        assert_eq!(e.status_code, 502);
        assert!(e.snippet.starts_with("<html>"));
        assert_eq!(e.snippet.len(), DecodeError::SNIPPET_LEN);
    }

    #[test]
    fn any_error_body_maps_to_an_api_or_decode_error_without_panicking() {
        let pieces: [&[u8]; 12] = [
            b"{",
            b"}",
            b"\"msg\":",
            b"\"x\"",
            b"\"status_code\":",
            b"404",
            b",",
            b"\"details\":",
            b"null",
            b"\xff\xfe",
            b"[1,",
            b"\"error_code\":",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let body: Vec<u8> = (0..state % 12)
                .flat_map(|i| pieces[((state >> (i * 5)) % 12) as usize].iter().copied())
                .collect();
            match error_from_response("x.get", 500, &body, "k") {
                Error::Api(e) => assert!(e.status_code > 0),
                Error::Decode(e) => assert!(e.snippet.len() <= DecodeError::SNIPPET_LEN),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn an_error_body_is_read_as_an_object_only() {
        let err = error_from_response("x.get", 500, br#"["ERR_NGROK_1", "msg"]"#, "k");
        assert!(matches!(err, Error::Decode(_)), "{err:?}");
        let err = error_from_response("x.get", 500, br#"{"status_code":404,"msg":"m"}"#, "k");
        assert_eq!(err.status_code(), Some(500), "the HTTP status counts");
    }

    #[test]
    fn only_a_2xx_status_passes_the_check() {
        for status in [200, 201, 204, 299] {
            assert!(response(status, b"").check_status("x.get", "k").is_ok());
        }
        for status in [199, 300, 404, 503] {
            let body = br#"{"msg":"no"}"#;
            let err = response(status, body)
                .check_status("x.get", "k")
                .unwrap_err();
            assert_eq!(err.status_code(), Some(status));
        }
    }

    #[test]
    fn a_decode_error_names_the_field_and_item_that_failed() {
        let body = br#"{"reserved_domains":[{"id":"rd_1"},{"id":7}],"uri":"x"}"#;
        let err = response(200, body)
            .decode::<crate::types::ReservedDomainList>("reserved_domains.list", "k")
            .unwrap_err();
        let Error::Decode(e) = err else {
            panic!("{err:?}")
        };
        assert_eq!(e.path, "reserved_domains[1].id");
        assert_eq!(e.operation, "reserved_domains.list");
        // A later failure at the top level reports no stale path.
        let Err(Error::Decode(e)) =
            response(200, b"[]").decode::<crate::types::ReservedDomainList>("x", "k")
        else {
            panic!()
        };
        assert_eq!(e.path, "");
    }

    #[test]
    fn redaction_reaches_nested_details_and_leaves_other_text_alone() {
        let body = br#"{"msg":"m","details":{"a":["x sekret y",{"b":"sekret"}],"c":"plain"}}"#;
        let Error::Api(e) = error_from_response("x.get", 400, body, "sekret") else {
            panic!()
        };
        assert_eq!(
            serde_json::Value::Object(e.details),
            serde_json::json!({"a":["x [redacted] y",{"b":"[redacted]"}],"c":"plain"})
        );
        assert_eq!(redact("abc", ""), "abc", "an empty secret redacts nothing");
    }
}
