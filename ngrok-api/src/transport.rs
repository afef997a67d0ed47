//! Building requests as plain values and sending them.
//!
//! Building ([`Request`]) does no I/O, so it can be tested on its own; sending
//! ([`Client::send`]) is the only place that talks to the network.

use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;

use crate::error::{redact, ApiError, DecodeError, TransportError, TransportErrorKind};
use crate::meta::{Method, OperationMeta};
use crate::retry::{self, Outcome};
use crate::{Client, Error, Result};

/// One HTTP request to the API, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Request {
    pub(crate) method: Method,
    /// Absolute URL on the configured origin.
    pub(crate) url: String,
    pub(crate) body: Option<Vec<u8>>,
    pub(crate) operation: &'static str,
}

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

/// An attempt that got no complete response.
struct Failed {
    error: TransportError,
    stage: Stage,
}

/// How far a failed attempt got.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// The request could not even be put together; sending it again would fail the same way.
    Unsendable,
    /// No connection was made, so nothing was sent.
    NotConnected,
    /// The request may have been sent.
    Sent,
}

/// The body an operation sends.
#[derive(Debug)]
pub enum Body {
    /// No body (GET, DELETE).
    None,
    /// A JSON document.
    Json(Vec<u8>),
}

impl Client {
    fn fail_if_invalid(&self, operation: &'static str) -> Result<()> {
        match &self.inner.invalid {
            Some(why) => Err(Error::Config(format!("{operation}: {why}"))),
            None => Ok(()),
        }
    }

    /// The request for `op` with its path placeholders filled from `args`, in order.
    pub(crate) fn build_request(
        &self,
        op: &'static OperationMeta,
        args: &[&str],
        query: &str,
        body: Body,
    ) -> Result<Request> {
        let mut url = self.inner.base_url.clone();
        let mut args = args.iter();
        for segment in op.path.split('/').skip(1) {
            url.push('/');
            match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => {
                    let value = args.next().ok_or_else(|| {
                        Error::InvalidArgument(format!("{}: no value for `{name}`", op.label))
                    })?;
                    if value.is_empty() {
                        return Err(Error::InvalidArgument(format!(
                            "{}: `{name}` must not be empty",
                            op.label
                        )));
                    }
                    crate::url::encode_into(&mut url, value);
                }
                None => url.push_str(segment),
            }
        }
        url.push_str(query);
        Ok(Request {
            method: op.method,
            url,
            body: match body {
                Body::None => None,
                Body::Json(bytes) => Some(bytes),
            },
            operation: op.label,
        })
    }

    /// Sends a request and reads the whole response, whatever its status, retrying as the
    /// client's retry policy allows (see `retry.rs`).
    pub(crate) fn send(&self, request: &Request) -> Result<Response> {
        self.fail_if_invalid(request.operation)?;
        let mut retries = 0;
        loop {
            let attempt = retries + 1;
            let result = self.send_once(request, attempt);
            let outcome = match result {
                Ok(ref response) => Outcome::Status(response.status, response.retry_after),
                Err(Failed {
                    error,
                    stage: Stage::Unsendable,
                }) => return Err(Error::Transport(error)),
                Err(Failed {
                    stage: Stage::NotConnected,
                    ..
                }) => Outcome::NotConnected,
                Err(Failed {
                    ref error,
                    stage: Stage::Sent,
                }) => Outcome::Broken(error.kind),
            };
            retries += 1;
            if retry::retryable(request.method, outcome) {
                if let Some(wait) = self.inner.retry.wait_before(retries, outcome) {
                    log::debug!(
                        target: "ngrok_api",
                        "{} {}: retrying in {wait:?} (attempt {attempt} of {})",
                        request.method,
                        path_of(&request.url),
                        self.inner.retry.max_retries + 1,
                    );
                    std::thread::sleep(wait);
                    continue;
                }
            }
            return result.map_err(|Failed { mut error, stage }| {
                // The request went out and nothing came back: it may have been carried out.
                error.outcome_unknown =
                    stage == Stage::Sent && matches!(request.method, Method::Post | Method::Patch);
                Error::Transport(error)
            });
        }
    }

    /// One attempt at sending a request.
    fn send_once(&self, request: &Request, attempt: u32) -> std::result::Result<Response, Failed> {
        let inner = &*self.inner;
        let mut http = ureq::http::Request::builder()
            .method(request.method.as_str())
            .uri(&request.url)
            .header("authorization", &inner.authorization)
            .header("ngrok-version", "2")
            .header("accept", "application/json");
        if request.body.is_some() {
            http = http.header("content-type", "application/json");
        }
        let started = Instant::now();
        let result = match &request.body {
            Some(body) => http.body(body.as_slice()).map(|r| inner.agent.run(r)),
            None => http.body(()).map(|r| inner.agent.run(r)),
        };
        let failed = |err: &ureq::Error, stage: Stage| {
            let kind = classify(err);
            log_failure(request, started.elapsed(), kind, attempt);
            Failed {
                error: TransportError {
                    operation: request.operation,
                    kind,
                    message: redact(&err.to_string(), &inner.api_key),
                    outcome_unknown: false,
                },
                stage,
            }
        };
        let response = match result {
            Err(err) => {
                return Err(Failed {
                    error: TransportError {
                        operation: request.operation,
                        kind: TransportErrorKind::Other,
                        message: redact(&err.to_string(), &inner.api_key),
                        outcome_unknown: false,
                    },
                    stage: Stage::Unsendable,
                })
            }
            Ok(Err(err)) => {
                let stage = if nothing_sent(&err) {
                    Stage::NotConnected
                } else {
                    Stage::Sent
                };
                return Err(failed(&err, stage));
            }
            Ok(Ok(response)) => response,
        };
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry::parse_retry_after(v, std::time::SystemTime::now()));
        let body = response
            .into_body()
            .into_with_config()
            .limit(inner.max_response_bytes)
            .read_to_vec()
            .map_err(|err| failed(&err, Stage::Sent))?;
        Ok(Response {
            status,
            body,
            elapsed: started.elapsed(),
            retry_after,
            attempt,
        })
    }

    /// Sends a request and decodes a successful JSON answer into `T`.
    pub(crate) fn execute<T: DeserializeOwned>(&self, request: &Request) -> Result<T> {
        let response = self.send(request)?;
        let body = self.check_status(request, response)?;
        decode(request.operation, &body, &self.inner.api_key)
    }

    /// Sends a request whose successful answer carries nothing the caller needs.
    pub(crate) fn execute_empty(&self, request: &Request) -> Result<()> {
        let response = self.send(request)?;
        self.check_status(request, response).map(drop)
    }

    /// The body of a 2xx response, or the error the response stands for.
    fn check_status(&self, request: &Request, response: Response) -> Result<Response> {
        if (200..300).contains(&response.status) {
            log_response(request, &response, None);
            Ok(response)
        } else {
            let err = error_from_response(
                request.operation,
                response.status,
                &response.body,
                &self.inner.api_key,
            );
            let operation_id = match &err {
                Error::Api(api) => api.operation_id(),
                _ => None,
            };
            log_response(request, &response, operation_id);
            Err(err)
        }
    }
}

/// Decodes a success body, or explains why it does not fit.
pub(crate) fn decode<T: DeserializeOwned>(
    operation: &'static str,
    response: &Response,
    secret: &str,
) -> Result<T> {
    crate::unknown::reset_decode_path();
    serde_json::from_slice(&response.body).map_err(|err| {
        let mut error = decode_error(
            operation,
            response.status,
            &response.body,
            err.to_string(),
            secret,
        );
        error.path = crate::unknown::take_decode_path();
        Error::Decode(error)
    })
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
    let mut snippet = redact(&String::from_utf8_lossy(window), secret);
    if snippet.len() > DecodeError::SNIPPET_LEN {
        let mut end = DecodeError::SNIPPET_LEN;
        while !snippet.is_char_boundary(end) {
            end -= 1;
        }
        snippet.truncate(end);
    }
    DecodeError {
        status,
        operation,
        message: redact(&message, secret),
        path: String::new(),
        snippet,
    }
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
pub(crate) fn error_from_response(
    operation: &'static str,
    status: u16,
    body: &[u8],
    secret: &str,
) -> Error {
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

/// The one debug event of a request that got a response: never headers or bodies.
fn log_response(request: &Request, response: &Response, operation_id: Option<&str>) {
    log::debug!(
        target: "ngrok_api",
        "{} {} -> {} in {:?} (attempt {}, {}{}{})",
        request.method,
        path_of(&request.url),
        response.status,
        response.elapsed,
        response.attempt,
        request.operation,
        if operation_id.is_some() { ", ngrok operation " } else { "" },
        operation_id.unwrap_or_default(),
    );
}

/// The one debug event of a request that got no complete response.
fn log_failure(request: &Request, elapsed: Duration, kind: TransportErrorKind, attempt: u32) {
    log::debug!(
        target: "ngrok_api",
        "{} {} failed after {elapsed:?}: {kind:?} (attempt {attempt}, {})",
        request.method,
        path_of(&request.url),
        request.operation
    );
}

/// Whether an error happened before any byte of the request could have been sent: the
/// name did not resolve, or the connection was refused or not made in time.
fn nothing_sent(err: &ureq::Error) -> bool {
    match err {
        ureq::Error::HostNotFound | ureq::Error::ConnectionFailed => true,
        ureq::Error::Io(io) => io.kind() == std::io::ErrorKind::ConnectionRefused,
        ureq::Error::Timeout(which) => {
            matches!(which, ureq::Timeout::Resolve | ureq::Timeout::Connect)
        }
        _ => false,
    }
}

fn classify(err: &ureq::Error) -> TransportErrorKind {
    match err {
        ureq::Error::Timeout(_) => TransportErrorKind::Timeout,
        ureq::Error::BodyExceedsLimit(_) => TransportErrorKind::BodyTooLarge,
        ureq::Error::HostNotFound | ureq::Error::ConnectionFailed => TransportErrorKind::Connect,
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            TransportErrorKind::Connect
        }
        ureq::Error::Tls(_) | ureq::Error::Rustls(_) | ureq::Error::TlsRequired => {
            TransportErrorKind::Tls
        }
        _ => TransportErrorKind::Other,
    }
}

/// The path and query of a URL, for logs (never the host's credentials or headers).
fn path_of(url: &str) -> &str {
    url.find("://")
        .and_then(|i| url[i + 3..].find('/').map(|j| &url[i + 3 + j..]))
        .unwrap_or("/")
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(e.status, 502);
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
    fn path_of_strips_scheme_and_host() {
        assert_eq!(path_of("https://h:1/a/b?c=1"), "/a/b?c=1");
        assert_eq!(path_of("https://h"), "/");
    }
}
