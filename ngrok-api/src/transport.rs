//! Sending a request: the ureq exchange, the retry loop around it, and one debug log
//! event per request.
//!
//! This is the only file that talks to the network. Its `impl Client` is about sending;
//! configuration is in `client.rs`. Not here: building the request (`request.rs`), reading
//! what came back (`response.rs`), when to retry and how long to wait (`retry.rs`).

use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;

use crate::agent;
use crate::error::{TransportError, TransportErrorKind};
use crate::meta::Method;
use crate::request::Request;
use crate::response::{redact, Response};
use crate::retry::{self, Outcome};
use crate::{Client, Error, Result};

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

impl Client {
    fn fail_if_invalid(&self, operation: &'static str) -> Result<()> {
        match &self.inner.invalid {
            Some(why) => Err(Error::Config(format!("{operation}: {why}"))),
            None => Ok(()),
        }
    }

    /// Sends a request and reads the whole response, whatever its status, retrying as the
    /// client's retry policy allows (see `retry.rs`).
    fn send(&self, request: &Request) -> Result<Response> {
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
        // Held until the body is read, so the limiter counts the whole exchange.
        let _slot = inner.limiter.as_ref().map(|limiter| limiter.acquire());
        let mut http = ureq::http::Request::builder()
            .method(request.method.as_str())
            .uri(&request.url)
            .header("authorization", &inner.authorization)
            .header("ngrok-version", "2")
            .header("accept", "application/json");
        if request.body.is_some() {
            http = http.header("content-type", "application/json");
        }
        if inner.imposed.is_some() {
            // A user's agent has its own User-Agent setting; the client's goes first.
            http = http.header("user-agent", &inner.user_agent);
        }
        let started = Instant::now();
        let result = match &request.body {
            Some(body) => http.body(body.as_slice()).map(|r| self.run(r)),
            None => http.body(()).map(|r| self.run(r)),
        };
        let failed = |err: ureq::Error, stage: Stage| {
            let kind = classify(&err);
            log_failure(request, started.elapsed(), kind, attempt);
            Failed {
                error: transport_error(request.operation, kind, err, &inner.api_key),
                stage,
            }
        };
        let response = match result {
            Err(err) => {
                return Err(Failed {
                    error: transport_error(
                        request.operation,
                        TransportErrorKind::Other,
                        err.into(),
                        &inner.api_key,
                    ),
                    stage: Stage::Unsendable,
                })
            }
            Ok(Err(err)) => {
                let stage = if nothing_sent(&err) {
                    Stage::NotConnected
                } else {
                    Stage::Sent
                };
                return Err(failed(err, stage));
            }
            Ok(Ok(response)) => response,
        };
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry::parse_retry_after(v, std::time::SystemTime::now()));
        let body = read_body(response.into_body(), inner.max_response_bytes)
            .map_err(|err| failed(err, Stage::Sent))?;
        Ok(Response {
            status,
            body,
            elapsed: started.elapsed(),
            retry_after,
            attempt,
        })
    }

    /// One exchange through the client's agent (see `agent.rs`).
    fn run<S: ureq::AsSendBody>(
        &self,
        request: ureq::http::Request<S>,
    ) -> std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error> {
        agent::run(&self.inner.agent, self.inner.imposed.as_ref(), request)
    }

    /// Sends a request and decodes a successful JSON answer into `T`.
    pub(crate) fn execute<T: DeserializeOwned>(&self, request: &Request) -> Result<T> {
        let response = self.send_and_check(request)?;
        response.decode(request.operation, &self.inner.api_key)
    }

    /// Sends a request whose successful answer carries nothing the caller needs.
    pub(crate) fn execute_empty(&self, request: &Request) -> Result<()> {
        self.send_and_check(request).map(drop)
    }

    /// Fetches one page of a list, `url` being absolute and on the configured origin.
    pub(crate) fn get_page<P: DeserializeOwned>(
        &self,
        operation: &'static str,
        url: &str,
    ) -> Result<P> {
        self.execute(&Request {
            method: Method::Get,
            url: url.to_string(),
            body: None,
            operation,
        })
    }

    /// Sends a request and returns a 2xx response, or the error any other stands for.
    pub(crate) fn send_and_check(&self, request: &Request) -> Result<Response> {
        let response = self.send(request)?;
        let checked = response.check_status(request.operation, &self.inner.api_key);
        let operation_id = match &checked {
            Err(Error::Api(api)) => api.operation_id(),
            _ => None,
        };
        log_response(request, &response, operation_id);
        checked.map(|()| response)
    }
}

/// The largest buffer reserved up front from a `Content-Length`: a header can announce
/// any length, and memory should be spent on bytes that arrived.
const MAX_RESERVED_BODY: u64 = 1 << 20;

/// Reads a whole response body, refusing one longer than `cap` bytes with ureq's
/// `BodyExceedsLimit` (which [`classify`] turns into `BodyTooLarge`).
///
/// The buffer is reserved from the announced `Content-Length` (capped by `cap` and
/// [`MAX_RESERVED_BODY`]), so a page is read without the buffer regrowing and being
/// copied as it doubles (ureq's `read_to_vec` starts from an empty buffer). Measured
/// with callgrind (`bench/`, CPU section): about 1,250 fewer instructions per item of a
/// listing in pages of 100 (some 5%), and about 3,700 fewer per `get` (some 6%).
fn read_body(body: ureq::Body, cap: u64) -> std::result::Result<Vec<u8>, ureq::Error> {
    let announced = body.content_length().unwrap_or(0);
    // Lossless: the value is at most MAX_RESERVED_BODY, which fits any usize.
    let reserve = announced.min(cap).min(MAX_RESERVED_BODY) as usize;
    let mut buf = Vec::with_capacity(reserve);
    let mut reader = body.into_with_config().limit(cap).reader();
    // ureq's limited reader reports an oversized body as an `io::Error` wrapping its own
    // error; `From` unwraps it again, so the kind and message are ureq's, as they were
    // with `read_to_vec`.
    std::io::Read::read_to_end(&mut reader, &mut buf).map_err(ureq::Error::from)?;
    Ok(buf)
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

/// A transport error keeping `cause` as its source: for an I/O failure the `io::Error`
/// itself, so that callers reach it by downcasting.
fn transport_error(
    operation: &'static str,
    kind: TransportErrorKind,
    cause: ureq::Error,
    api_key: &str,
) -> TransportError {
    let message = redact(&cause.to_string(), api_key);
    let source: Box<dyn std::error::Error + Send + Sync> = match cause {
        ureq::Error::Io(io) => Box::new(io),
        other => Box::new(other),
    };
    // ureq's errors never carry the request's headers. Should one still hold the key (a
    // server echoing it into a malformed answer), the cause is replaced by its redacted
    // text, since a source is shown as it is.
    let shown = format!("{source} {source:?}");
    let source = if api_key.is_empty() || !shown.contains(api_key) {
        source
    } else {
        Box::new(std::io::Error::other(message.clone()))
    };
    TransportError {
        source: Some(source),
        ..TransportError::new(operation, kind, message)
    }
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
        ureq::Error::Tls(_) | ureq::Error::TlsRequired => TransportErrorKind::Tls,
        // These variants exist only with ureq's matching feature.
        #[cfg(feature = "rustls")]
        ureq::Error::Rustls(_) => TransportErrorKind::Tls,
        #[cfg(feature = "native-tls")]
        ureq::Error::NativeTls(_) => TransportErrorKind::Tls,
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

    fn body(text: &str) -> ureq::Body {
        ureq::Body::builder().data(text.to_string())
    }

    #[test]
    fn a_body_is_read_into_a_buffer_of_its_announced_length() {
        let text = "x".repeat(10_000);
        let read = read_body(body(&text), 1 << 20).unwrap();
        assert_eq!(read, text.as_bytes());
        // Reserved once from Content-Length: the buffer never grew past it.
        assert_eq!(read.capacity(), text.len());
    }

    #[test]
    fn a_body_at_the_cap_is_read_and_one_byte_over_is_refused_as_ureq_refuses_it() {
        assert_eq!(read_body(body("12345"), 5).unwrap(), b"12345");
        let err = read_body(body("123456"), 5).unwrap_err();
        assert!(matches!(err, ureq::Error::BodyExceedsLimit(5)), "{err:?}");
        assert_eq!(classify(&err), TransportErrorKind::BodyTooLarge);
        // The message ureq's `read_to_vec` gave, which the transport error carries.
        let old = body("123456")
            .into_with_config()
            .limit(5)
            .read_to_vec()
            .unwrap_err();
        assert_eq!(err.to_string(), old.to_string());
        assert_eq!(
            err.to_string(),
            "the response body is larger than request limit: 5"
        );
    }

    #[test]
    fn an_announced_length_reserves_no_more_than_the_cap_or_a_mebibyte() {
        // A Content-Length far beyond what arrives (here 1 TB for 5 bytes).
        let lying = || {
            ureq::Body::builder()
                .limit(1 << 40)
                .data("hello".to_string())
        };
        assert_eq!(lying().content_length(), Some(1 << 40));
        let read = read_body(lying(), u64::MAX).unwrap();
        assert_eq!(read, b"hello");
        assert!(read.capacity() <= 1 << 20, "{}", read.capacity());
        let read = read_body(lying(), 64).unwrap();
        assert!(read.capacity() <= 64, "{}", read.capacity());
    }

    #[test]
    fn path_of_strips_scheme_and_host() {
        assert_eq!(path_of("https://h:1/a/b?c=1"), "/a/b?c=1");
        assert_eq!(path_of("https://h"), "/");
    }
}
