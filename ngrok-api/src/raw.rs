//! Requests to any path of the API, declared or not: [`Client::request`] gives a
//! [`RawRequest`], a plain value (no I/O) with a query and a JSON body, sent with
//! [`send`](RawRequest::send), [`send_json`](RawRequest::send_json) or
//! [`send_empty`](RawRequest::send_empty), or walked as a paged list with
//! [`list`](RawRequest::list).
//!
//! A raw request is turned into the same request value the declared operations use and
//! goes through the same sending, retrying and reading code, so every guarantee of the
//! client holds for it: its headers, retries by method, the body cap, the redaction of the
//! key, logging, and the origin: a raw path is only ever a path on the configured base URL,
//! and a raw list follows `next_page_uri` only there, by the same rules as declared lists.
//!
//! Not here: the entry method (`client.rs`), sending (`transport.rs`), paging (`paging.rs`).

use std::fmt;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::DecodeError;
use crate::meta::{ListMeta, Method, OperationKind, OperationMeta};
use crate::paging::{List, Pages};
use crate::percent::{decode, encode_into};
use crate::request::Request;
use crate::response::redact;
use crate::{Client, Error, Result};

/// A request to any path of the API, built with [`Client::request`]; nothing is sent
/// until one of the `send` methods is called or the [`list`](RawRequest::list) is walked.
///
/// The root resource, which lists the API's collections:
///
/// ```no_run
/// use ngrok_api::Method;
///
/// let client = ngrok_api::Client::from_env()?;
/// let root = client.request(Method::Get, "/").send_json()?;
/// println!("{root:#}");
/// # Ok::<(), ngrok_api::Error>(())
/// ```
///
/// An operation this crate does not declare (yet), with a typed answer:
///
/// ```no_run
/// # use ngrok_api::Method;
/// # let client = ngrok_api::Client::from_env()?;
/// #[derive(serde::Deserialize)]
/// struct Widget { id: String }
///
/// let widget: Widget = client
///     .request(Method::Post, "/widgets")
///     .json(&serde_json::json!({ "description": "made raw" }))
///     .send()?;
/// client.request(Method::Delete, "/widgets").segment(&widget.id).send_empty()?;
/// # Ok::<(), ngrok_api::Error>(())
/// ```
///
/// The path must start with `/` and name a path on the configured base URL: no scheme or
/// host, no `?` (use [`query`](RawRequest::query)), no `#`, no `.` or `..` segment, and
/// only characters a URL path may hold (percent-encode the others, or append values with
/// [`segment`](RawRequest::segment), which encodes them). A path that breaks these rules
/// is an [`Error::InvalidArgument`] when the request is sent, and nothing is sent.
#[derive(Clone)]
#[must_use = "a raw request sends nothing until it is sent or its list is walked"]
pub struct RawRequest {
    client: Client,
    method: Method,
    path: String,
    /// `name=value` pairs joined with `&`, already percent-encoded.
    query: String,
    body: Option<Vec<u8>>,
    /// The first thing wrong with the request, reported when it is sent.
    invalid: Option<String>,
}

impl fmt::Debug for RawRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("body_bytes", &self.body.as_ref().map(Vec::len))
            .finish_non_exhaustive()
    }
}

impl RawRequest {
    pub(crate) fn new(client: Client, method: Method, path: String) -> RawRequest {
        let invalid = check_path(&path)
            .err()
            .map(|why| format!("{}: path {path:?} {why}", label(method)));
        RawRequest {
            client,
            method,
            path,
            query: String::new(),
            body: None,
            invalid,
        }
    }

    /// Adds a query parameter; the name and value are percent-encoded.
    pub fn query(mut self, name: &str, value: impl AsRef<str>) -> Self {
        if !self.query.is_empty() {
            self.query.push('&');
        }
        encode_into(&mut self.query, name);
        self.query.push('=');
        encode_into(&mut self.query, value.as_ref());
        self
    }

    /// Appends `/` and one path segment, percent-encoded so that it stays one segment
    /// (an id, say). An empty value is an [`Error::InvalidArgument`] when sent.
    pub fn segment(mut self, value: &str) -> Self {
        if value.is_empty() {
            self.fail(format!(
                "{}: an empty segment after {:?}",
                label(self.method),
                self.path
            ));
        }
        self.path.push('/');
        encode_into(&mut self.path, value);
        self
    }

    /// Sends `body` as JSON. `GET` and `DELETE` carry no body: setting one is an
    /// [`Error::InvalidArgument`] when sent, as is a body that does not serialise.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = Some(bytes),
            Err(err) => self.fail(format!(
                "{}: the body does not serialise: {err}",
                label(self.method)
            )),
        }
        self
    }

    /// Sends the request and decodes a successful JSON answer into `T`.
    pub fn send<T: DeserializeOwned>(self) -> Result<T> {
        let (client, request) = self.into_request()?;
        client.execute(&request)
    }

    /// Sends the request and returns a successful answer as JSON; an answer without a
    /// body (`204 No Content`) is `Value::Null`.
    pub fn send_json(self) -> Result<Value> {
        let (client, request) = self.into_request()?;
        let response = client.send_and_check(&request)?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        response.decode(request.operation, &client.inner.api_key)
    }

    /// Sends the request and ignores the body of a successful answer.
    pub fn send_empty(self) -> Result<()> {
        let (client, request) = self.into_request()?;
        client.execute_empty(&request)
    }

    /// The items of a paged list, whose pages hold them in the array `items_field`
    /// (`"reserved_domains"`), following each page's `next_page_uri` by the rules of
    /// declared lists: only on the configured origin, never the same page twice, and a
    /// failure after the first page is an [`Error::ListInterrupted`] that says where to
    /// resume. The request must be a `GET` without a body; set `limit`, `before_id` or
    /// `filter` with [`query`](RawRequest::query).
    ///
    /// ```no_run
    /// # use ngrok_api::Method;
    /// # let client = ngrok_api::Client::from_env()?;
    /// for domain in client
    ///     .request(Method::Get, "/reserved_domains")
    ///     .query("limit", "50")
    ///     .list("reserved_domains")
    /// {
    ///     println!("{}", domain?["domain"]);
    /// }
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn list(mut self, items_field: impl Into<String>) -> RawList {
        if self.method != Method::Get {
            self.fail(format!(
                "raw.list: a list is read with GET, not {}",
                self.method
            ));
        }
        if self.body.is_some() {
            self.fail("raw.list: a list request carries no body".to_string());
        }
        let client = self.client.clone();
        let first_page = self.into_request().map(|(_, request)| request.url);
        // No query settings are given to `List`: the first page's URL is used as it is.
        let pages = List::<Map<String, Value>, ()>::new(
            client.clone(),
            &RAW_LIST,
            first_page,
            |page| page.get("next_page_uri").and_then(Value::as_str),
            |_| Vec::new(),
        )
        .pages();
        RawList {
            client,
            pages,
            items_field: items_field.into(),
            current: Vec::new().into_iter(),
            pages_read: 0,
            last_id: None,
            done: false,
        }
    }

    fn fail(&mut self, why: String) {
        self.invalid.get_or_insert(why);
    }

    /// The request to send, or what is wrong with it.
    fn into_request(self) -> Result<(Client, Request)> {
        if let Some(why) = self.invalid {
            return Err(Error::InvalidArgument(why));
        }
        if self.body.is_some() && matches!(self.method, Method::Get | Method::Delete) {
            return Err(Error::InvalidArgument(format!(
                "{}: a {} request carries no body",
                label(self.method),
                self.method
            )));
        }
        let mut url = format!("{}{}", self.client.base_url(), self.path);
        if !self.query.is_empty() {
            url.push('?');
            url.push_str(&self.query);
        }
        let request = Request {
            method: self.method,
            url,
            body: self.body,
            operation: label(self.method),
        };
        Ok((self.client, request))
    }
}

/// The label of raw requests in errors and logs.
fn label(method: Method) -> &'static str {
    match method {
        Method::Get => "raw.get",
        Method::Post => "raw.post",
        Method::Put => "raw.put",
        Method::Patch => "raw.patch",
        Method::Delete => "raw.delete",
    }
}

/// What paging needs to know of a raw list: its label (for errors and logs).
static RAW_LIST: OperationMeta = OperationMeta {
    name: "list",
    label: "raw.list",
    kind: OperationKind::List,
    method: Method::Get,
    path: "/",
    request: None,
    response: None,
    list: Some(ListMeta {
        items_field: "",
        paged: true,
        filter: true,
    }),
};

/// Why `path` cannot be sent as a path on the configured base URL, if it cannot.
fn check_path(path: &str) -> std::result::Result<(), &'static str> {
    if !path.starts_with('/') {
        return Err("must start with `/` (it is a path on the configured base URL)");
    }
    if path.starts_with("//") {
        return Err("must not start with `//` (a path must not name a host)");
    }
    if path.contains('?') {
        return Err("must not have a query: add its parameters with `.query(..)`");
    }
    if path.contains('#') {
        return Err("must not have a #fragment");
    }
    let bytes = path.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let allowed = b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/%".contains(&b);
        if !allowed {
            return Err(
                "has a character a URL path cannot hold: percent-encode it, or use `.segment(..)`",
            );
        }
        if b == b'%'
            && !(bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
        {
            return Err("has a `%` that does not start an escape such as `%2F`");
        }
    }
    // A server may resolve `..` and reach another path than the one written.
    if path
        .split('/')
        .any(|seg| matches!(decode(seg).as_str(), "." | ".."))
    {
        return Err("must not have a `.` or `..` segment");
    }
    Ok(())
}

/// The items of a raw paged list, as JSON values; made by [`RawRequest::list`].
///
/// Nothing is sent until the first item is asked for; after an error the iterator ends.
#[must_use = "a list sends nothing until it is iterated"]
pub struct RawList {
    client: Client,
    pages: Pages<Map<String, Value>>,
    items_field: String,
    current: std::vec::IntoIter<Value>,
    pages_read: usize,
    /// The `id` of the last item returned: where to resume if a later page is unusable.
    last_id: Option<String>,
    done: bool,
}

impl fmt::Debug for RawList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawList")
            .field("items_field", &self.items_field)
            .field("pages", &self.pages)
            .field("buffered", &self.current.len())
            .finish_non_exhaustive()
    }
}

impl RawList {
    /// The items of `page`, or why it holds none where it should.
    fn items_of(&self, mut page: Map<String, Value>) -> Result<Vec<Value>> {
        match page.remove(&self.items_field) {
            Some(Value::Array(items)) => Ok(items),
            Some(Value::Null) => Ok(Vec::new()),
            found => {
                let mut keys: Vec<&str> = page.keys().map(String::as_str).collect();
                keys.sort_unstable();
                let what = match found {
                    None => "no".to_string(),
                    Some(other) => format!("a non-array ({})", json_kind(&other)),
                };
                let message = format!(
                    "the page has {what} `{}` field (its other fields: {})",
                    self.items_field,
                    keys.join(", ")
                );
                // The field names come from the server: keep the key out, as everywhere.
                let message = redact(&message, &self.client.inner.api_key);
                let error = Error::Decode(DecodeError::new(200, RAW_LIST.label, message));
                Err(if self.pages_read == 0 {
                    error
                } else {
                    Error::ListInterrupted {
                        operation: RAW_LIST.label,
                        pages_read: self.pages_read,
                        // The server chose the ids; one might echo the key.
                        before_id: self
                            .last_id
                            .as_deref()
                            .map(|id| redact(id, &self.client.inner.api_key)),
                        source: Box::new(error),
                    }
                })
            }
        }
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl Iterator for RawList {
    type Item = Result<Value>;

    fn next(&mut self) -> Option<Result<Value>> {
        loop {
            if let Some(item) = self.current.next() {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    self.last_id = Some(id.to_string());
                }
                return Some(Ok(item));
            }
            if self.done {
                return None;
            }
            let page = match self.pages.next() {
                None => return None,
                Some(Ok(page)) => page,
                Some(Err(err)) => {
                    self.done = true;
                    return Some(Err(err));
                }
            };
            match self.items_of(page) {
                Ok(items) => {
                    self.pages_read += 1;
                    self.current = items.into_iter();
                }
                Err(err) => {
                    self.done = true;
                    return Some(Err(err));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_must_stay_a_path_on_the_base_url() {
        for good in ["/", "/reserved_domains", "/a/b_c-d.e~f", "/x%2Fy", "/a:b@c"] {
            assert_eq!(check_path(good), Ok(()), "{good}");
        }
        for bad in [
            "",
            "reserved_domains",
            "https://evil.example/x",
            "//evil.example/x",
            "/x?limit=1",
            "/x#f",
            "/x y",
            "/x\n",
            "/é",
            "/x%2",
            "/x%zz",
            "/a/../b",
            "/a/.",
            "/a/%2e%2E/b",
            "/a/.%2e",
        ] {
            assert!(check_path(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn query_and_segments_are_percent_encoded_and_the_url_is_on_the_base_url() {
        let client = Client::new("k");
        let (_, request) = client
            .request(Method::Get, "/edges/https")
            .segment("a/b c")
            .query("filter", "obj.x == \"a&b\"")
            .query("limit", "2")
            .into_request()
            .unwrap();
        assert_eq!(
            request.url,
            "https://api.ngrok.com/edges/https/a%2Fb%20c\
             ?filter=obj.x%20%3D%3D%20%22a%26b%22&limit=2"
        );
        assert_eq!(request.operation, "raw.get");
        assert_eq!(request.body, None);
    }

    #[test]
    fn a_bad_request_is_an_invalid_argument_before_anything_is_sent() {
        let client = Client::new("k");
        let cases = [
            client.request(Method::Get, "x"),
            client.request(Method::Get, "/x").segment(""),
            client.request(Method::Get, "/x").json(&1),
            client.request(Method::Delete, "/x").json(&1),
            client.request(Method::Post, "/x").json(&{
                let mut bad = std::collections::HashMap::new();
                bad.insert(vec![1u8], 1);
                bad
            }),
        ];
        for case in cases {
            let err = case.into_request().unwrap_err();
            assert!(
                matches!(&err, Error::InvalidArgument(m) if m.starts_with("raw.")),
                "{err:?}"
            );
        }
        let (_, post) = client
            .request(Method::Post, "/x")
            .json(&serde_json::json!({"a": 1}))
            .into_request()
            .unwrap();
        assert_eq!(post.body.as_deref(), Some(&br#"{"a":1}"#[..]));
    }
}
