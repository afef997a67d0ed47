//! The requests a server received, kept for [`MockServer::requests`](crate::MockServer::requests)
//! with their credential redacted.

use std::collections::VecDeque;

use crate::http::HttpRequest;

/// How many requests a server keeps for [`MockServer::requests`](crate::MockServer::requests);
/// older ones are dropped.
pub const RECORDED_REQUESTS: usize = 10_000;

/// A request the emulator received, for assertions in tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The HTTP method (`"GET"`).
    pub method: String,
    /// The path, still percent-encoded (`"/reserved_domains/rd_…"`).
    pub path: String,
    /// The query string without `?` (empty when there is none).
    pub query: String,
    /// The headers, names lower-cased, in the order received. The `authorization` value
    /// is recorded as `Bearer [redacted]`; see [`RecordedRequest::authorized`].
    pub headers: Vec<(String, String)>,
    /// Whether the `authorization` header carried the server's API key.
    pub authorized: bool,
    /// The body as received.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The value of a header (name in lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Adds `request` to `recorded`, dropping the oldest past [`RECORDED_REQUESTS`].
pub(crate) fn record(
    recorded: &mut VecDeque<RecordedRequest>,
    request: &HttpRequest,
    authorized: bool,
) {
    if recorded.len() == RECORDED_REQUESTS {
        recorded.pop_front();
    }
    recorded.push_back(RecordedRequest {
        method: request.method.clone(),
        path: request.path.clone(),
        query: request.query.clone(),
        headers: request
            .headers
            .iter()
            .map(|(n, v)| {
                let v = if n == "authorization" {
                    "Bearer [redacted]".to_string()
                } else {
                    v.clone()
                };
                (n.clone(), v)
            })
            .collect(),
        authorized,
        body: request.body.clone(),
    });
}
