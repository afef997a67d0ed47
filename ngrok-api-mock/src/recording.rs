//! The journal: the requests a server received, kept for
//! [`MockServer::requests`](crate::MockServer::requests) with their credential redacted,
//! each with the operation it was routed to and its path ids, capped by count and by bytes.

use std::collections::VecDeque;

use serde_json::Value;

use crate::http::HttpRequest;

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

    /// The bytes this request counts for in the journal's byte cap.
    fn weight(&self) -> usize {
        let headers: usize = self.headers.iter().map(|(n, v)| n.len() + v.len()).sum();
        self.method.len() + self.path.len() + self.query.len() + headers + self.body.len()
    }
}

/// The recorded requests, oldest first, within [`RECORDED_REQUESTS`] and [`RECORDED_BYTES`].
#[derive(Debug, Default)]
pub(crate) struct Journal {
    requests: VecDeque<RecordedRequest>,
    bytes: usize,
}

impl Journal {
    /// Adds `request`, dropping the oldest ones past either cap.
    pub(crate) fn record(&mut self, request: RecordedRequest) {
        let weight = request.weight();
        while !self.requests.is_empty()
            && (self.requests.len() >= RECORDED_REQUESTS || self.bytes + weight > RECORDED_BYTES)
        {
            if let Some(oldest) = self.requests.pop_front() {
                self.bytes -= oldest.weight();
            }
        }
        self.bytes += weight;
        self.requests.push_back(request);
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &RecordedRequest> {
        self.requests.iter()
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

/// What the journal keeps of `request`: the credential redacted, and the body only when
/// the request carried the key. What `request` holds moves into the journal (the
/// caller copies it if it still needs it), with no second copy made here.
pub(crate) fn recorded(
    request: HttpRequest,
    authorized: bool,
    operation: Option<&str>,
    path_ids: Vec<(String, String)>,
) -> RecordedRequest {
    let HttpRequest {
        method,
        path,
        query,
        mut headers,
        body,
    } = request;
    for (name, value) in &mut headers {
        if name == "authorization" {
            *value = "Bearer [redacted]".to_string();
        }
    }
    RecordedRequest {
        method,
        path,
        query,
        headers,
        authorized,
        body: if authorized { body } else { Vec::new() },
        operation: operation.map(str::to_string),
        path_ids,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(body: usize) -> RecordedRequest {
        RecordedRequest {
            method: "POST".into(),
            path: "/x".into(),
            query: String::new(),
            headers: Vec::new(),
            authorized: true,
            body: vec![b' '; body],
            operation: None,
            path_ids: Vec::new(),
        }
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
            let mut r = request(0);
            r.query = i.to_string();
            journal.record(r);
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
        let kept = recorded(
            http.clone(),
            false,
            Some("reserved_domains.create"),
            Vec::new(),
        );
        assert!(kept.body.is_empty());
        assert_eq!(kept.header("authorization"), Some("Bearer [redacted]"));
        assert_eq!(recorded(http, true, None, Vec::new()).body.len(), 100);
    }
}
