//! Building a request, and the generic operations every service method comes down to.
//!
//! A [`Request`] is a plain value: building one fills the operation's path template
//! (percent-encoding each value) and serialises the body, without any I/O, so it can be
//! tested on its own. [`call`], [`call_empty`] and [`list`] are what the methods generated
//! by `#[service]` call: they build the request here and hand it to the client to send.
//!
//! Not here: sending and retrying (`transport.rs`), reading the answer (`response.rs`), list
//! queries and paging (`paging.rs`), the percent-encoding itself (`percent.rs`).

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::meta::{Method, OperationMeta};
use crate::paging::List;
use crate::percent::encode_into;
use crate::{Client, Error, Result};

/// One HTTP request to the API, ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Request {
    pub(crate) method: Method,
    /// Absolute URL on the configured origin.
    pub(crate) url: String,
    pub(crate) body: Option<Vec<u8>>,
    /// The operation's label (`"reserved_domains.get"`), for errors and logs.
    pub(crate) operation: &'static str,
}

/// The body an operation sends.
#[derive(Debug)]
pub enum Body {
    /// No body (GET, DELETE).
    None,
    /// A JSON document.
    Json(Vec<u8>),
}

impl Request {
    /// The request for `op` on the API at `base_url`, with the path placeholders filled
    /// from `args`, in order.
    pub(crate) fn new(
        base_url: &str,
        op: &'static OperationMeta,
        args: &[&str],
        body: Body,
    ) -> Result<Request> {
        Ok(Request {
            method: op.method,
            url: url(base_url, op, args)?,
            body: match body {
                Body::None => None,
                Body::Json(bytes) => Some(bytes),
            },
            operation: op.label,
        })
    }
}

/// `base_url` followed by the path of `op`, its placeholders filled from `args` in order,
/// each percent-encoded so that a value cannot reach another path or the query.
pub(crate) fn url(base_url: &str, op: &'static OperationMeta, args: &[&str]) -> Result<String> {
    let mut url = base_url.to_string();
    let mut args = args.iter();
    for segment in op.path.split('/').skip(1) {
        url.push('/');
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => {
                let value = args.next().ok_or_else(|| {
                    Error::InvalidArgument(format!("{}: no value for `{name}`", op.label))
                })?;
                if value.is_empty() {
                    // `/reserved_domains/` would be the list, not the item.
                    return Err(Error::InvalidArgument(format!(
                        "{}: `{name}` must not be empty",
                        op.label
                    )));
                }
                encode_into(&mut url, value);
            }
            None => url.push_str(segment),
        }
    }
    Ok(url)
}

/// The JSON body of `request`, without the fields that went into the path.
pub fn json_body<B: Serialize>(
    op: &'static OperationMeta,
    request: &B,
    path_fields: &[&str],
) -> Result<Body> {
    let fail = |err: serde_json::Error| {
        Error::InvalidArgument(format!(
            "{}: the request does not serialise: {err}",
            op.label
        ))
    };
    let bytes = if path_fields.is_empty() {
        serde_json::to_vec(request).map_err(fail)?
    } else {
        let mut value = serde_json::to_value(request).map_err(fail)?;
        if let serde_json::Value::Object(map) = &mut value {
            for field in path_fields {
                map.remove(*field);
            }
        }
        serde_json::to_vec(&value).map_err(fail)?
    };
    Ok(Body::Json(bytes))
}

/// The `{}` body of actions that send nothing but must send JSON.
pub fn empty_object() -> Body {
    Body::Json(b"{}".to_vec())
}

/// Sends `op` and decodes its JSON answer.
pub fn call<T: DeserializeOwned>(
    client: &Client,
    op: &'static OperationMeta,
    args: &[&str],
    body: Body,
) -> Result<T> {
    let request = Request::new(client.base_url(), op, args, body)?;
    client.execute(&request)
}

/// Sends `op`, whose answer has no body.
pub fn call_empty(
    client: &Client,
    op: &'static OperationMeta,
    args: &[&str],
    body: Body,
) -> Result<()> {
    let request = Request::new(client.base_url(), op, args, body)?;
    client.execute_empty(&request)
}

/// A list of `op`; nothing is sent until it is walked.
pub fn list<P: DeserializeOwned, I>(
    client: &Client,
    op: &'static OperationMeta,
    args: &[&str],
    next_page_uri: fn(&P) -> Option<&str>,
    into_items: fn(P) -> Vec<I>,
) -> List<P, I> {
    // A bad argument is reported when the list is walked, where every list error is.
    let first_page = url(client.base_url(), op, args);
    List::new(client.clone(), op, first_page, next_page_uri, into_items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meta::OperationKind;

    const BASE: &str = "https://api.ngrok.com";

    static ROUTE_GET: OperationMeta = OperationMeta {
        name: "get",
        label: "edges.https_routes.get",
        kind: OperationKind::Get,
        method: Method::Get,
        path: "/edges/https/{edge_id}/routes/{id}",
        request: None,
        response: None,
        list: None,
    };

    static DOMAIN_UPDATE: OperationMeta = OperationMeta {
        name: "update",
        label: "reserved_domains.update",
        kind: OperationKind::Update,
        method: Method::Patch,
        path: "/reserved_domains/{id}",
        request: None,
        response: None,
        list: None,
    };

    #[test]
    fn fills_placeholders_in_order() {
        let request =
            Request::new(BASE, &ROUTE_GET, &["edghts_1", "edghtsrt_2"], Body::None).unwrap();
        assert_eq!(
            request,
            Request {
                method: Method::Get,
                url: "https://api.ngrok.com/edges/https/edghts_1/routes/edghtsrt_2".into(),
                body: None,
                operation: "edges.https_routes.get",
            }
        );
    }

    #[test]
    fn a_value_cannot_leave_its_path_segment() {
        let url = url(BASE, &ROUTE_GET, &["../x", "a b?c=d#e"]).unwrap();
        assert_eq!(
            url,
            "https://api.ngrok.com/edges/https/..%2Fx/routes/a%20b%3Fc%3Dd%23e"
        );
    }

    #[test]
    fn a_missing_or_empty_value_is_an_invalid_argument() {
        let err = url(BASE, &ROUTE_GET, &["edghts_1"]).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidArgument(m) if m.contains("`id`")),
            "{err:?}"
        );
        let err = url(BASE, &ROUTE_GET, &["", "edghtsrt_2"]).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidArgument(m) if m.contains("`edge_id` must not be empty")),
            "{err:?}"
        );
    }

    #[test]
    fn the_body_leaves_out_the_path_fields() {
        let update = serde_json::json!({"id": "rd_1", "description": "prod"});
        let Body::Json(bytes) = json_body(&DOMAIN_UPDATE, &update, &["id"]).unwrap() else {
            panic!("no body")
        };
        assert_eq!(bytes, br#"{"description":"prod"}"#);
        let Body::Json(bytes) = json_body(&DOMAIN_UPDATE, &update, &[]).unwrap() else {
            panic!("no body")
        };
        assert_eq!(bytes, br#"{"description":"prod","id":"rd_1"}"#);
    }

    #[test]
    fn a_request_that_does_not_serialise_is_an_invalid_argument() {
        let mut bad = std::collections::HashMap::new();
        bad.insert(vec![1u8], 1);
        let err = json_body(&DOMAIN_UPDATE, &bad, &[]).unwrap_err();
        assert!(
            matches!(&err, Error::InvalidArgument(m) if m.starts_with("reserved_domains.update:")),
            "{err:?}"
        );
    }

    #[test]
    fn the_body_goes_into_the_request() {
        let request = Request::new(BASE, &DOMAIN_UPDATE, &["rd_1"], empty_object()).unwrap();
        assert_eq!(request.method, Method::Patch);
        assert_eq!(request.body.as_deref(), Some(&b"{}"[..]));
    }
}
