//! The journal: the requests a server received, kept for
//! [`MockServer::requests`](crate::MockServer::requests) with their credential redacted,
//! each with the operation it was routed to and its path ids, capped by count and by bytes.

use std::collections::VecDeque;
use std::sync::OnceLock;

use ngrok_api::meta::OperationMeta;

use serde_json::Value;

use crate::http::{percent_decode, HttpRequest};
use crate::routing::{segments, Segment};

/// How many requests a server keeps for [`MockServer::requests`](crate::MockServer::requests);
/// older ones are dropped.
pub const RECORDED_REQUESTS: usize = 10_000;

/// How many bytes of requests (method, path, query, headers and body together) a server
/// keeps for [`MockServer::requests`](crate::MockServer::requests); the oldest are dropped
/// first, so that a long-running emulator fed large bodies stays small.
pub const RECORDED_BYTES: usize = 64 * 1024 * 1024;

/// A request the emulator received, for assertions in tests.
///
/// A request that did not carry the server's API key is recorded without its body (its
/// [`body`](RecordedRequest::body) is empty and [`authorized`](RecordedRequest::authorized)
/// is `false`), so that clients without the key cannot fill the emulator's memory.
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
    /// The body as received (empty for a request without the key).
    pub body: Vec<u8>,
    /// The operation the path and method route to, by its label
    /// (`"reserved_domains.create"`, `"edges.https_routes.get"`); `None` when no operation
    /// answers them.
    pub operation: Option<String>,
    /// The values of the path's placeholders, decoded, with the placeholder names of the
    /// operation's path template (`[("edge_id", "edghts_…"), ("id", "edghtsrt_…")]`);
    /// empty when [`operation`](RecordedRequest::operation) is `None`.
    pub path_ids: Vec<(String, String)>,
}

impl RecordedRequest {
    /// The value of a header (name in lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The value of a path placeholder (`"id"`, `"edge_id"`).
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// let _ = server.client().reserved_domains().get("rd_123");
    /// let request = &server.requests()[0];
    /// assert_eq!(request.operation.as_deref(), Some("reserved_domains.get"));
    /// assert_eq!(request.path_id("id"), Some("rd_123"));
    /// ```
    pub fn path_id(&self, name: &str) -> Option<&str> {
        self.path_ids
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body decoded into a type, typically the operation's request type; an empty body
    /// decodes as `{}`.
    ///
    /// ```
    /// use ngrok_api::types::ReservedDomainCreate;
    ///
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.client().reserved_domains().create(&ReservedDomainCreate {
    ///     domain: "app.example.com".into(),
    ///     ..Default::default()
    /// })?;
    /// let sent: ReservedDomainCreate = server.requests()[0].body_as().unwrap();
    /// assert_eq!(sent.domain, "app.example.com");
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn body_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return serde_json::from_slice(b"{}");
        }
        serde_json::from_slice(&self.body)
    }

    /// The body as JSON, or `None` when it is empty or not JSON.
    ///
    /// ```
    /// use ngrok_api::types::IPPolicyCreate;
    ///
    /// let server = ngrok_api_mock::MockServer::start();
    /// let create = IPPolicyCreate { description: "office".into(), ..Default::default() };
    /// server.client().ip_policies().create(&create)?;
    /// assert_eq!(server.requests()[0].body_json().unwrap()["description"], "office");
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn body_json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// The recorded requests, oldest first, within [`RECORDED_REQUESTS`] and [`RECORDED_BYTES`].
#[derive(Debug, Default)]
pub(crate) struct Journal {
    requests: VecDeque<Kept>,
    bytes: usize,
}

impl Journal {
    /// Adds `request`, dropping the oldest ones past either cap.
    pub(crate) fn record(&mut self, request: Kept) {
        let weight = request.weight;
        while !self.requests.is_empty()
            && (self.requests.len() >= RECORDED_REQUESTS || self.bytes + weight > RECORDED_BYTES)
        {
            if let Some(oldest) = self.requests.pop_front() {
                self.bytes -= oldest.weight;
            }
        }
        self.bytes += weight;
        self.requests.push_back(request);
    }

    /// The requests, each made a [`RecordedRequest`] on its first reading.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &RecordedRequest> {
        self.requests.iter().map(Kept::recorded)
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.requests.len()
    }

    pub(crate) fn clear(&mut self) {
        self.requests.clear();
        self.bytes = 0;
    }
}

/// A request as the journal keeps it: its text in one buffer and its body, made a
/// [`RecordedRequest`] (a string per header, the path ids decoded) only when the journal
/// is read. Every request is recorded and few are read back, so recording costs two
/// allocations rather than one per string.
#[derive(Debug)]
pub(crate) struct Kept {
    /// The method, path, query, then each header's name and value (the credential
    /// redacted), one after another.
    text: String,
    /// Where each of those ends in `text`.
    ends: Vec<usize>,
    authorized: bool,
    body: Vec<u8>,
    /// The operation the request routes to.
    op: Option<&'static OperationMeta>,
    /// The bytes it counts for in the byte cap: those of its text and its body.
    weight: usize,
    recorded: OnceLock<RecordedRequest>,
}

/// What an `authorization` header is recorded as.
const REDACTED: &str = "Bearer [redacted]";

impl Kept {
    /// What the journal keeps of `request` (routed to `op`): the credential redacted, and
    /// the body only when the request carried the key.
    pub(crate) fn new(
        request: &HttpRequest,
        authorized: bool,
        op: Option<&'static OperationMeta>,
    ) -> Kept {
        let header_parts = request.headers.iter().flat_map(|(name, value)| {
            let value = if name == "authorization" {
                REDACTED
            } else {
                value
            };
            [name.as_str(), value]
        });
        let parts = [
            request.method.as_str(),
            request.path.as_str(),
            request.query.as_str(),
        ]
        .into_iter()
        .chain(header_parts);
        let mut text = String::with_capacity(
            request.method.len()
                + request.path.len()
                + request.query.len()
                + request
                    .headers
                    .iter()
                    .map(|(n, v)| n.len() + v.len().max(REDACTED.len()))
                    .sum::<usize>(),
        );
        let mut ends = Vec::with_capacity(3 + 2 * request.headers.len());
        for part in parts {
            text.push_str(part);
            ends.push(text.len());
        }
        let body = if authorized {
            request.body.clone()
        } else {
            Vec::new()
        };
        Kept {
            weight: text.len() + body.len(),
            text,
            ends,
            authorized,
            body,
            op,
            recorded: OnceLock::new(),
        }
    }

    /// The request as [`MockServer::requests`](crate::MockServer::requests) shows it, made
    /// on the first call.
    fn recorded(&self) -> &RecordedRequest {
        self.recorded.get_or_init(|| {
            let mut start = 0;
            let mut parts = self.ends.iter().map(|&end| {
                let part = self.text[start..end].to_string();
                start = end;
                part
            });
            let mut next = || parts.next().unwrap_or_default();
            let (method, path, query) = (next(), next(), next());
            let mut headers = Vec::with_capacity(self.ends.len().saturating_sub(3) / 2);
            while let (Some(name), Some(value)) = (parts.next(), parts.next()) {
                headers.push((name, value));
            }
            let path_ids = self.op.map_or_else(Vec::new, |op| path_ids(op, &path));
            RecordedRequest {
                method,
                path,
                query,
                headers,
                authorized: self.authorized,
                body: self.body.clone(),
                operation: self.op.map(|op| op.label.to_string()),
                path_ids,
            }
        })
    }
}

/// The placeholders of `op`'s path template with their values in `path` (which routes
/// to `op`), decoded.
fn path_ids(op: &OperationMeta, path: &str) -> Vec<(String, String)> {
    segments(op.path)
        .into_iter()
        .zip(path.split('/').skip(1))
        .filter_map(|(segment, value)| match segment {
            Segment::Param(name) => Some((
                name.to_string(),
                percent_decode(value, false).unwrap_or_default(),
            )),
            Segment::Literal(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(query: &str, body: usize) -> HttpRequest {
        HttpRequest {
            method: "POST".into(),
            path: "/x".into(),
            query: query.into(),
            headers: Vec::new(),
            body: vec![b' '; body],
        }
    }

    fn request(body: usize) -> Kept {
        Kept::new(&http("", body), true, None)
    }

    #[test]
    fn the_journal_drops_the_oldest_past_the_byte_cap() {
        let mut journal = Journal::default();
        let big = RECORDED_BYTES / 3;
        for _ in 0..5 {
            journal.record(request(big));
        }
        assert_eq!(
            journal.len(),
            2,
            "three of a third each do not fit with the head"
        );
        assert!(journal.bytes <= RECORDED_BYTES);
        journal.clear();
        assert_eq!((journal.len(), journal.bytes), (0, 0));
    }

    #[test]
    fn the_journal_drops_the_oldest_past_the_count_cap() {
        let mut journal = Journal::default();
        for i in 0..RECORDED_REQUESTS + 3 {
            journal.record(Kept::new(&http(&i.to_string(), 0), true, None));
        }
        assert_eq!(journal.len(), RECORDED_REQUESTS);
        assert_eq!(journal.iter().next().unwrap().query, "3");
    }

    #[test]
    fn an_unauthorized_request_is_kept_without_its_body() {
        let http = HttpRequest {
            method: "POST".into(),
            path: "/reserved_domains".into(),
            query: String::new(),
            headers: vec![("authorization".into(), "Bearer nope".into())],
            body: vec![b'x'; 100],
        };
        let kept = Kept::new(&http, false, None);
        assert!(kept.recorded().body.is_empty());
        assert_eq!(
            kept.recorded().header("authorization"),
            Some("Bearer [redacted]")
        );
        assert_eq!(Kept::new(&http, true, None).recorded().body.len(), 100);
    }

    /// What is kept in one buffer reads back as the request came: every header in
    /// order, the credential redacted, the path ids decoded with their names.
    #[test]
    fn a_kept_request_reads_back_as_it_came() {
        let service = ngrok_api::registry()
            .iter()
            .map(|meta| meta())
            .find(|s| s.path == "/reserved_domains")
            .unwrap();
        let get = service.operation("get").unwrap();
        let headers: Vec<(String, String)> = [
            ("host", "127.0.0.1"),
            ("authorization", "Bearer secret"),
            ("ngrok-version", "2"),
            ("x-empty", ""),
        ]
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
        let http = HttpRequest {
            method: "GET".into(),
            path: "/reserved_domains/rd_a%5Fb".into(),
            query: "limit=1".into(),
            headers: headers.clone(),
            body: Vec::new(),
        };
        let kept = Kept::new(&http, true, Some(get));
        let mut redacted = headers;
        redacted[1].1 = "Bearer [redacted]".into();
        let expected = RecordedRequest {
            method: "GET".into(),
            path: "/reserved_domains/rd_a%5Fb".into(),
            query: "limit=1".into(),
            headers: redacted,
            authorized: true,
            body: Vec::new(),
            operation: Some(get.label.to_string()),
            path_ids: vec![("id".into(), "rd_a_b".into())],
        };
        assert_eq!(kept.recorded(), &expected);
        let weight: usize = expected
            .headers
            .iter()
            .map(|(n, v)| n.len() + v.len())
            .sum::<usize>()
            + "GET/reserved_domains/rd_a%5Fblimit=1".len();
        assert_eq!(kept.weight, weight);
    }
}
