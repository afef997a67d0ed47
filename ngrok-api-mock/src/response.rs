//! An answer to write: status, headers and body. Apart from the HTTP reading and writing
//! (`http.rs`), so that the error constructors (`errors.rs`), which `http.rs` itself uses
//! for its 400s, 408s and 413s, need not depend on it.

use std::ops::Range;
use std::sync::Arc;

/// A response to write.
#[derive(Debug, Clone)]
pub(crate) struct HttpResponse {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl HttpResponse {
    pub(crate) fn json(status: u16, value: &serde_json::Value) -> HttpResponse {
        HttpResponse {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: serde_json::to_vec(value).unwrap_or_default(),
        }
    }

    pub(crate) fn empty(status: u16) -> HttpResponse {
        HttpResponse {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }
}

/// Bytes kept elsewhere (a collection's snapshot of its items' JSON), which an answer's
/// body may take parts of without copying them.
pub(crate) trait SharedBytes: Send + Sync {
    fn bytes(&self) -> &[u8];
}

/// Parts of shared bytes that go into a body at one place.
pub(crate) struct Spliced {
    /// Where in the response's own body they go.
    pub(crate) at: usize,
    pub(crate) source: Arc<dyn SharedBytes>,
    /// The parts of `source`'s bytes, in order.
    pub(crate) ranges: Vec<Range<usize>>,
}

impl Spliced {
    /// The bytes they add to a body.
    pub(crate) fn len(&self) -> usize {
        self.ranges.iter().map(ExactSizeIterator::len).sum()
    }
}

/// A response as the API answers it: an [`HttpResponse`], whose body may have parts of
/// shared bytes put in (a list page's items, written from the collection's snapshot
/// straight to the socket rather than copied into the body first).
pub(crate) struct Answer {
    pub(crate) response: HttpResponse,
    pub(crate) spliced: Option<Spliced>,
}

impl Answer {
    /// The answer as one [`HttpResponse`], the spliced bytes copied into its body.
    pub(crate) fn into_response(self) -> HttpResponse {
        let Answer {
            mut response,
            spliced,
        } = self;
        if let Some(spliced) = spliced {
            let bytes = spliced.source.bytes();
            let tail = response.body.split_off(spliced.at.min(response.body.len()));
            response.body.reserve(spliced.len() + tail.len());
            for range in &spliced.ranges {
                response.body.extend_from_slice(&bytes[range.clone()]);
            }
            response.body.extend_from_slice(&tail);
        }
        response
    }
}

impl From<HttpResponse> for Answer {
    fn from(response: HttpResponse) -> Answer {
        Answer {
            response,
            spliced: None,
        }
    }
}
