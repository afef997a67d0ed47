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
            Error::Decode(e) => Some(e.status),
            Error::ListInterrupted { source, .. } => source.status_code(),
            _ => None,
        }
    }
}

/// An error response from the API, in its documented JSON shape.
///
/// ```json
/// {"error_code": "ERR_NGROK_218", "status_code": 400, "msg": "…", "details": {"operation_id": "op_…"}}
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The HTTP status of the response.
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
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not decode the {} response to {}: ",
            self.status, self.operation
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
#[derive(Debug)]
pub struct TransportError {
    /// The operation that was called.
    pub operation: &'static str,
    /// The kind of failure.
    pub kind: TransportErrorKind,
    pub(crate) message: String,
    pub(crate) outcome_unknown: bool,
}

impl TransportError {
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

impl std::error::Error for TransportError {}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
