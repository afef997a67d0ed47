//! The error type of every fallible call, and how each variant reads.
//!
//! Building these errors from what the server sent (parsing the API's JSON error,
//! redacting the key, keeping a snippet of a body that did not decode) is in
//! `response.rs`; transport failures are classified in `transport.rs`.

use std::fmt;

/// Everything that can go wrong when calling the ngrok API.
///
/// Match on the variant to react to a class of failure; every variant's `Display` is one
/// readable line. The API key never appears in any of them: where the API echoes a
/// credential back, it is replaced by `[redacted]` before the error is built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error status and its JSON error body.
    #[error(transparent)]
    Api(#[from] ApiError),
    /// The API answered, but the body was not what the operation expects.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The request did not complete: connection, TLS, I/O or timeout failure.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// The client was configured with an unusable value (see [`ClientBuilder::build`](crate::ClientBuilder::build)).
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// An argument could not be turned into a request (an empty id, a `limit` outside
    /// 1..=100, a body that does not serialise); nothing was sent.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// A list page pointed at a next page that the client refuses to request, such as a
    /// URL on another host (the API key is only ever sent to the configured origin).
    #[error("refusing to follow next_page_uri {uri:?}: {reason}")]
    #[non_exhaustive]
    UnsafeNextPage {
        /// The `next_page_uri` as the server sent it (possibly shortened, and with the API
        /// key redacted should the server have put it there).
        uri: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// A list stopped part-way: some pages were read, then fetching the next one failed
    /// (after any retries). The items already returned are complete and correct; list
    /// again with `.before_id(before_id)` to get the rest.
    #[error("{operation} stopped after {pages_read} page(s): {source}{}", resume_hint(.before_id))]
    #[non_exhaustive]
    ListInterrupted {
        /// The list operation (`"reserved_domains.list"`).
        operation: &'static str,
        /// How many pages were read before the failure.
        pages_read: usize,
        /// The `before_id` of the page that failed: the id of the last item already
        /// returned. `None` when the failed page's address carried none.
        before_id: Option<String>,
        /// Why the page failed.
        source: Box<Error>,
    },
}

fn resume_hint(before_id: &Option<String>) -> String {
    match before_id {
        Some(id) => format!("; list again with before_id {id:?} to resume"),
        None => String::new(),
    }
}

impl Error {
    /// Whether the API said the resource does not exist (status 404).
    pub fn is_not_found(&self) -> bool {
        self.status_code() == Some(404)
    }

    /// The HTTP status of the response that caused the error, if there was a response.
    pub fn status_code(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status_code),
            Error::Decode(e) => Some(e.status_code),
            Error::ListInterrupted { source, .. } => source.status_code(),
            _ => None,
        }
    }

    /// The ngrok error code (`"ERR_NGROK_226"`) of the API's error answer, if there was one.
    pub fn error_code(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.error_code.as_deref(),
            Error::ListInterrupted { source, .. } => source.error_code(),
            _ => None,
        }
    }

    /// Whether the API refused the call because of its rate limit (status 429,
    /// `ERR_NGROK_226`). The client has already retried it as often as configured; a
    /// batch job can pace itself with [`ClientBuilder::rate_limit`](crate::ClientBuilder::rate_limit).
    pub fn is_rate_limited(&self) -> bool {
        self.status_code() == Some(429) || self.error_code() == Some("ERR_NGROK_226")
    }

    /// Whether the failure is passing and the same call may succeed if made again later:
    /// the rate limit (429), a server or gateway that is unavailable (502, 503, 504), a
    /// connection that could not be made, a timeout or a broken connection.
    ///
    /// False when sending again could do the work twice: a `POST` or `PATCH` whose
    /// outcome is unknown ([`TransportError::outcome_unknown`]) is not retryable until
    /// its effect has been checked. False too for everything that would fail the same
    /// way again (4xx answers, bodies that do not decode, bad arguments or configuration).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(_) | Error::Decode(_) => {
                matches!(self.status_code(), Some(429 | 502 | 503 | 504))
            }
            Error::Transport(e) => {
                !e.outcome_unknown
                    && matches!(
                        e.kind,
                        TransportErrorKind::Connect
                            | TransportErrorKind::Timeout
                            | TransportErrorKind::Other
                    )
            }
            Error::ListInterrupted { source, .. } => source.is_retryable(),
            _ => false,
        }
    }
}

/// An error response from the API, in its documented JSON shape.
///
/// ```json
/// {"error_code": "ERR_NGROK_218", "status_code": 400, "msg": "…", "details": {"operation_id": "op_…"}}
/// ```
///
/// Its fields can be read directly; more may be added, so outside this crate one is built
/// with [`ApiError::new`] (to stand in for the API in a test, say):
///
/// ```
/// let err = ngrok_api::ApiError::new(429, "too many requests").with_error_code("ERR_NGROK_226");
/// assert!(ngrok_api::Error::from(err).is_rate_limited());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status of the response.
    pub status_code: u16,
    /// The ngrok error code (`ERR_NGROK_…`), when the API sent one; a plain 404 has none.
    pub error_code: Option<String>,
    /// The message, with any echoed credential redacted.
    pub msg: String,
    /// Extra details; the API puts the `operation_id` of the failed call here.
    pub details: serde_json::Map<String, serde_json::Value>,
}

impl ApiError {
    /// An error answer with this status and message, no error code and no details.
    pub fn new(status_code: u16, msg: impl Into<String>) -> ApiError {
        ApiError {
            status_code,
            error_code: None,
            msg: msg.into(),
            details: serde_json::Map::new(),
        }
    }

    /// The same error with an ngrok error code (`ERR_NGROK_…`).
    pub fn with_error_code(mut self, code: impl Into<String>) -> ApiError {
        self.error_code = Some(code.into());
        self
    }

    /// The same error with one more entry in its details (such as `operation_id`).
    pub fn with_detail(mut self, key: impl Into<String>, value: serde_json::Value) -> ApiError {
        self.details.insert(key.into(), value);
        self
    }

    /// The identifier ngrok gives the failed call, useful when asking ngrok support.
    pub fn operation_id(&self) -> Option<&str> {
        self.details.get("operation_id")?.as_str()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ngrok API error {}", self.status_code)?;
        if let Some(code) = &self.error_code {
            write!(f, " {code}")?;
        }
        write!(f, ": {}", one_line(&self.msg))?;
        if let Some(op) = self.operation_id() {
            write!(f, " (operation {op})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// A response body that could not be decoded into the expected type.
///
/// Its fields can be read directly; more may be added, so outside this crate one is built
/// with [`DecodeError::new`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DecodeError {
    /// The HTTP status of the response.
    pub status_code: u16,
    /// The HTTP status of the response: the old name of [`DecodeError::status_code`],
    /// which every error type of this crate uses. Always equal to it.
    #[deprecated(note = "use `status_code`, the name every error type of this crate uses")]
    pub status: u16,
    /// The operation that was called (`"reserved_domains.get"`).
    pub operation: &'static str,
    /// What was wrong, as the JSON decoder reported it.
    pub message: String,
    /// The path of the field in which decoding stopped, such as
    /// `"reserved_domains[3].certificate.id"` (list items are counted from 0), or empty when
    /// the body as a whole was wrong (not JSON, truncated, not an object).
    pub path: String,
    /// The start of the body (at most [`DecodeError::SNIPPET_LEN`] bytes, lossily decoded).
    pub snippet: String,
}

impl DecodeError {
    /// The most bytes of a body kept in [`DecodeError::snippet`].
    pub const SNIPPET_LEN: usize = 256;

    /// A decode error of the `status_code` response to `operation`, with an empty path
    /// and snippet.
    #[allow(deprecated)] // sets the old `status` field too, to keep it equal
    pub fn new(status_code: u16, operation: &'static str, message: impl Into<String>) -> Self {
        DecodeError {
            status_code,
            status: status_code,
            operation,
            message: message.into(),
            path: String::new(),
            snippet: String::new(),
        }
    }

    /// The same error with the path of the field in which decoding stopped.
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// The same error with the start of the body, cut to [`DecodeError::SNIPPET_LEN`] bytes.
    pub fn with_snippet(mut self, snippet: impl Into<String>) -> Self {
        let mut snippet = snippet.into();
        if snippet.len() > DecodeError::SNIPPET_LEN {
            let mut end = DecodeError::SNIPPET_LEN;
            while !snippet.is_char_boundary(end) {
                end -= 1;
            }
            snippet.truncate(end);
        }
        self.snippet = snippet;
        self
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode the {} response to {}: ",
            self.status_code, self.operation
        )?;
        if !self.path.is_empty() {
            write!(f, "at `{}`: ", self.path)?;
        }
        write!(
            f,
            "{}; body starts {:?}",
            one_line(&self.message),
            self.snippet
        )
    }
}

impl std::error::Error for DecodeError {}

/// A request that failed before a complete response arrived.
///
/// Its [`source`](std::error::Error::source) is the underlying failure: for an I/O failure
/// (a refused or reset connection, say) the [`std::io::Error`] itself, to be reached with
/// `downcast_ref::<std::io::Error>()`; otherwise the HTTP library's error. Neither ever
/// shows the API key: the request's headers are not part of either.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    /// The operation that was called.
    pub operation: &'static str,
    /// The kind of failure.
    pub kind: TransportErrorKind,
    pub(crate) message: String,
    pub(crate) outcome_unknown: bool,
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl TransportError {
    /// A transport error of `operation`, with a message and no underlying cause (to stand
    /// in for a failed request in a test, say).
    pub fn new(
        operation: &'static str,
        kind: TransportErrorKind,
        message: impl Into<String>,
    ) -> TransportError {
        TransportError {
            operation,
            kind,
            message: message.into(),
            outcome_unknown: false,
            source: None,
        }
    }

    /// What went wrong, as one line (with the API key redacted).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether the request may have been carried out even though no answer came back.
    ///
    /// True for a `POST` or `PATCH` that failed after it was sent (a timeout, a dropped
    /// connection). Those are not retried, since doing them twice could create two
    /// objects; check the state (list or get) before sending it again.
    pub fn outcome_unknown(&self) -> bool {
        self.outcome_unknown
    }
}

/// The kinds of [`TransportError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection could not be made (refused, unreachable, DNS).
    Connect,
    /// A configured timeout expired.
    Timeout,
    /// The response body was larger than the configured limit.
    BodyTooLarge,
    /// TLS negotiation or certificate validation failed.
    Tls,
    /// Any other I/O or protocol failure.
    Other,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed: {}", self.operation, one_line(&self.message))?;
        if self.outcome_unknown {
            f.write_str(
                "; the request was sent and may have been carried out, so it was not \
                 retried: check before sending it again",
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, code: Option<&str>) -> Error {
        let mut err = ApiError::new(status, "m");
        if let Some(code) = code {
            err = err.with_error_code(code);
        }
        Error::Api(err)
    }

    fn transport(kind: TransportErrorKind, outcome_unknown: bool) -> Error {
        let mut err = TransportError::new("x.create", kind, "failed");
        err.outcome_unknown = outcome_unknown;
        Error::Transport(err)
    }

    #[test]
    fn the_helpers_read_code_rate_limit_and_retryability() {
        let limited = api(429, Some("ERR_NGROK_226"));
        assert_eq!(limited.error_code(), Some("ERR_NGROK_226"));
        assert!(limited.is_rate_limited() && limited.is_retryable());
        for status in [502, 503, 504] {
            assert!(api(status, None).is_retryable(), "{status}");
            assert!(!api(status, None).is_rate_limited(), "{status}");
        }
        for status in [400, 401, 404, 409, 500] {
            assert!(!api(status, Some("ERR_NGROK_1")).is_retryable(), "{status}");
        }
        let html_502 = Error::Decode(DecodeError::new(502, "x.get", "not JSON"));
        assert!(html_502.is_retryable());
        assert_eq!(html_502.error_code(), None);
        assert!(!Error::Decode(DecodeError::new(200, "x.get", "bad")).is_retryable());

        assert!(transport(TransportErrorKind::Timeout, false).is_retryable());
        assert!(transport(TransportErrorKind::Connect, false).is_retryable());
        assert!(
            !transport(TransportErrorKind::Timeout, true).is_retryable(),
            "an unknown outcome must be checked before sending again"
        );
        assert!(!transport(TransportErrorKind::BodyTooLarge, false).is_retryable());
        assert!(!transport(TransportErrorKind::Tls, false).is_retryable());
        assert!(!Error::InvalidArgument("x".into()).is_retryable());

        let interrupted = Error::ListInterrupted {
            operation: "x.list",
            pages_read: 2,
            before_id: None,
            source: Box::new(api(429, Some("ERR_NGROK_226"))),
        };
        assert_eq!(interrupted.error_code(), Some("ERR_NGROK_226"));
        assert!(interrupted.is_rate_limited() && interrupted.is_retryable());
    }

    #[test]
    #[allow(deprecated)]
    fn the_old_status_field_equals_status_code() {
        let err = DecodeError::new(502, "x.get", "m")
            .with_path("a.b")
            .with_snippet("é".repeat(DecodeError::SNIPPET_LEN));
        assert_eq!((err.status, err.status_code), (502, 502));
        assert_eq!(err.path, "a.b");
        assert!(err.snippet.len() <= DecodeError::SNIPPET_LEN);
        assert!(
            err.snippet.len() > DecodeError::SNIPPET_LEN - 2,
            "cut on a char boundary"
        );
    }

    #[test]
    fn a_transport_error_shows_its_cause_through_source() {
        let mut err = TransportError::new("x.get", TransportErrorKind::Connect, "refused");
        assert!(std::error::Error::source(&err).is_none());
        err.source = Some(Box::new(std::io::Error::from(
            std::io::ErrorKind::ConnectionRefused,
        )));
        let err = Error::Transport(err);
        let io = std::error::Error::source(&err)
            .and_then(|c| c.downcast_ref::<std::io::Error>())
            .expect("the io::Error, through the transparent variant");
        assert_eq!(io.kind(), std::io::ErrorKind::ConnectionRefused);
        assert_eq!(err.to_string(), "x.get failed: refused");
    }

    #[test]
    fn errors_cross_threads() {
        fn send_sync<T: Send + Sync + 'static>() {}
        send_sync::<Error>();
    }
}
