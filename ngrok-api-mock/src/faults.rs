//! Scripted faults and the account rate limit: ways for tests to make the emulator fail
//! the way a real network and a real API sometimes do.

use std::time::Duration;

use serde_json::json;

pub(crate) use crate::rate_limit::RateLimit;

/// A fault for the emulator to inject into matching requests, added with
/// [`MockServer::inject`](crate::MockServer::inject).
///
/// A fault matches every request unless narrowed with [`Fault::on`] (method and path
/// prefix), [`Fault::on_exact`] (method and whole path) or [`Fault::on_operation`] (the
/// operation's label), and applies to the next matching request only unless
/// [`Fault::times`] says more. Faults are tried in the
/// order they were injected; the first one that matches and has uses left applies.
///
/// ```
/// use ngrok_api_mock::{Fault, MockServer};
///
/// let server = MockServer::start();
/// // The next two GETs of reserved domains answer 503; the third is served normally.
/// server.inject(Fault::status(503).on("GET", "/reserved_domains").times(2));
/// let client = server
///     .client_builder()
///     .max_retries(2)
///     .retry_base_delay(std::time::Duration::from_millis(1))
///     .build()?;
/// let domains = client.reserved_domains().list().iter().count();
/// assert_eq!(domains, 0);
/// assert_eq!(server.requests().len(), 3);
/// # Ok::<(), ngrok_api::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub(crate) kind: FaultKind,
    pub(crate) method: Option<String>,
    pub(crate) path_prefix: Option<String>,
    /// Whether `path_prefix` must be the whole path.
    pub(crate) exact: bool,
    /// The label of the operation a request must route to (`"reserved_domains.create"`).
    pub(crate) operation: Option<String>,
    pub(crate) times: usize,
    pub(crate) retry_after: Option<String>,
}

/// What a [`Fault`] does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FaultKind {
    /// Answer with this status and the API's JSON error body, without handling.
    Status(u16, Option<String>),
    /// Answer with this status, content type and body, without handling.
    Raw(u16, String, Vec<u8>),
    /// Wait, then handle the request normally.
    Delay(Duration),
    /// Close the connection without answering; the request is not handled.
    Drop,
    /// Handle the request (its effects happen), then close without answering.
    LoseResponse,
    /// Handle the request, then send the headers and only half of the body, and close.
    Truncate,
    /// Answer 200 with a valid JSON body of about this many bytes, without handling.
    Oversized(usize),
}

impl Fault {
    fn new(kind: FaultKind) -> Fault {
        Fault {
            kind,
            method: None,
            path_prefix: None,
            exact: false,
            operation: None,
            times: 1,
            retry_after: None,
        }
    }

    /// Answer with `status` and the API's JSON error body (without an `error_code`); the
    /// request is not handled.
    pub fn status(status: u16) -> Fault {
        Fault::new(FaultKind::Status(status, None))
    }

    /// Answer with `status` and the API's JSON error body carrying `error_code`
    /// (`"ERR_NGROK_226"`); the request is not handled.
    pub fn api_error(status: u16, error_code: &str) -> Fault {
        Fault::new(FaultKind::Status(status, Some(error_code.to_string())))
    }

    /// Answer with any status, content type and body, such as the HTML error page of a
    /// proxy; the request is not handled.
    pub fn raw(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Fault {
        Fault::new(FaultKind::Raw(
            status,
            content_type.to_string(),
            body.into(),
        ))
    }

    /// Wait this long, then handle the request normally: a slow or stalled server.
    pub fn delay(delay: Duration) -> Fault {
        Fault::new(FaultKind::Delay(delay))
    }

    /// Close the connection as soon as the request is read, without answering; the
    /// request has no effect.
    pub fn drop_connection() -> Fault {
        Fault::new(FaultKind::Drop)
    }

    /// Handle the request (it takes effect), then close the connection without
    /// answering: the client cannot tell whether it worked.
    pub fn lose_response() -> Fault {
        Fault::new(FaultKind::LoseResponse)
    }

    /// Handle the request (it takes effect), then send the response's headers and only
    /// half of its body before closing the connection.
    pub fn truncated_body() -> Fault {
        Fault::new(FaultKind::Truncate)
    }

    /// Answer 200 with a well-formed JSON object of about `bytes` bytes; the request is
    /// not handled.
    pub fn oversized_body(bytes: usize) -> Fault {
        Fault::new(FaultKind::Oversized(bytes))
    }

    /// Only requests with this method and a path starting with `path_prefix`
    /// (`"/reserved_domains"`); `"*"` as the method matches any.
    pub fn on(mut self, method: &str, path_prefix: &str) -> Fault {
        self.method = (method != "*").then(|| method.to_ascii_uppercase());
        self.path_prefix = Some(path_prefix.to_string());
        self.exact = false;
        self
    }

    /// Only requests with this method and exactly this path (still percent-encoded, without
    /// the query string); `"*"` as the method matches any.
    ///
    /// ```
    /// use ngrok_api_mock::{Fault, MockServer};
    ///
    /// let server = MockServer::start();
    /// // Only the list fails: `/reserved_domains/rd_1` starts with the path but is not it.
    /// server.inject(Fault::status(503).on_exact("*", "/reserved_domains").times(5));
    /// let client = server.client();
    /// assert!(client.reserved_domains().get("rd_1").unwrap_err().is_not_found());
    /// assert!(client.reserved_domains().list().iter().next().unwrap().is_err());
    /// ```
    pub fn on_exact(self, method: &str, path: &str) -> Fault {
        let mut fault = self.on(method, path);
        fault.exact = true;
        fault
    }

    /// Only requests routed to this operation, named by its label
    /// (`"reserved_domains.create"`, `"edges.https_routes.get"`; the labels are those of
    /// [`RecordedRequest::operation`](crate::RecordedRequest::operation)). A label that no
    /// served operation has never matches; [`MockServer::try_inject`](crate::MockServer::try_inject)
    /// refuses it instead.
    ///
    /// ```
    /// use ngrok_api::types::ReservedDomainCreate;
    /// use ngrok_api_mock::{Fault, MockServer};
    ///
    /// let server = MockServer::start();
    /// server.try_inject(Fault::status(500).on_operation("reserved_domains.create")).unwrap();
    /// let client = server.client();
    /// let create = ReservedDomainCreate { domain: "app.example.com".into(), ..Default::default() };
    /// assert!(client.reserved_domains().create(&create).is_err());
    /// assert!(client.reserved_domains().create(&create).is_ok());
    /// ```
    pub fn on_operation(mut self, operation: &str) -> Fault {
        self.operation = Some(operation.to_string());
        self
    }

    /// Apply to the next `times` matching requests (default 1).
    pub fn times(mut self, times: usize) -> Fault {
        self.times = times;
        self
    }

    /// Add a `Retry-After` header with this value (`"2"`, or an HTTP date) to the answer.
    pub fn retry_after(mut self, value: &str) -> Fault {
        self.retry_after = Some(value.to_string());
        self
    }

    fn matches(&self, method: &str, path: &str, operation: Option<&str>) -> bool {
        self.times > 0
            && self.method.as_deref().is_none_or(|m| m == method)
            && self.path_prefix.as_deref().is_none_or(|prefix| {
                if self.exact {
                    path == prefix
                } else {
                    path.starts_with(prefix)
                }
            })
            && self
                .operation
                .as_deref()
                .is_none_or(|wanted| operation == Some(wanted))
    }
}

/// The faults waiting to be used.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    queue: Vec<Fault>,
}

impl Faults {
    pub(crate) fn push(&mut self, fault: Fault) {
        if fault.times > 0 {
            self.queue.push(fault);
        }
    }

    /// Takes one use of the first fault matching a request routed to `operation`.
    pub(crate) fn take(
        &mut self,
        method: &str,
        path: &str,
        operation: Option<&str>,
    ) -> Option<Fault> {
        let index = self
            .queue
            .iter()
            .position(|f| f.matches(method, path, operation))?;
        let fault = &mut self.queue[index];
        fault.times -= 1;
        let used = fault.clone();
        if fault.times == 0 {
            self.queue.remove(index);
        }
        Some(used)
    }

    pub(crate) fn pending(&self) -> usize {
        self.queue.iter().map(|f| f.times).sum()
    }

    /// The faults waiting, in the order they are tried.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Fault> {
        self.queue.iter()
    }

    pub(crate) fn clear(&mut self) {
        self.queue.clear();
    }
}

/// A JSON object of about `bytes` bytes.
pub(crate) fn padding_body(bytes: usize) -> Vec<u8> {
    let pad = "x".repeat(bytes.saturating_sub(12));
    serde_json::to_vec(&json!({ "pad": pad })).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_used_in_order_and_only_as_often_as_asked() {
        let mut faults = Faults::default();
        faults.push(Fault::status(503).on("GET", "/a").times(2));
        faults.push(Fault::drop_connection());
        assert_eq!(faults.pending(), 3);
        assert_eq!(
            faults.take("POST", "/a", None).unwrap().kind,
            FaultKind::Drop
        );
        assert_eq!(faults.take("POST", "/a", None), None);
        assert!(matches!(
            faults.take("GET", "/a/b", None).unwrap().kind,
            FaultKind::Status(503, None)
        ));
        assert!(faults.take("GET", "/b", None).is_none());
        assert!(faults.take("GET", "/a", None).is_some());
        assert!(faults.take("GET", "/a", None).is_none());
        assert_eq!(faults.pending(), 0);
    }

    #[test]
    fn faults_match_an_exact_path_or_an_operation() {
        let mut faults = Faults::default();
        faults.push(Fault::drop_connection().on_exact("GET", "/a").times(2));
        faults.push(Fault::status(500).on_operation("as.create"));
        assert!(faults.take("GET", "/a/b", None).is_none());
        assert!(faults.take("GET", "/ab", None).is_none());
        assert!(faults.take("GET", "/a", None).is_some());
        assert!(faults.take("POST", "/a", Some("as.update")).is_none());
        assert!(faults.take("POST", "/x", None).is_none());
        let used = faults.take("POST", "/x", Some("as.create")).unwrap();
        assert_eq!(used.kind, FaultKind::Status(500, None));
        assert_eq!(faults.pending(), 1);
        faults.clear();
        assert_eq!(faults.pending(), 0);
    }

    #[test]
    fn padding_is_valid_json_of_the_asked_size() {
        let body = padding_body(1000);
        assert!((990..=1010).contains(&body.len()), "{}", body.len());
        assert!(serde_json::from_slice::<serde_json::Value>(&body).is_ok());
    }
}
