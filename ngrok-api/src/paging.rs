//! Lists: the query (`limit`, `before_id`, `filter`), then the pages one at a time or every
//! item lazily, following each page's `next_page_uri` only on the configured origin.
//!
//! A new query parameter of lists goes here: a setter on [`List`] and a line in its
//! first-page URL. Not here: the path of the first page (`request.rs`), sending each page
//! (`transport.rs`), what makes a `next_page_uri` safe to follow (`origin.rs`).

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, RandomState};

use serde::de::DeserializeOwned;

use crate::meta::OperationMeta;
use crate::percent::{decode, encode_into};
use crate::response::redact;
use crate::{Client, Error, Result};

/// A list call being prepared: set the query, then walk the results with
/// [`iter`](List::iter) (every item, fetching pages as needed) or [`pages`](List::pages)
/// (one page at a time). Nothing is sent until the first item or page is asked for.
///
/// `P` is the page type the API returns (`ReservedDomainList`) and `I` the item type
/// (`ReservedDomain`).
///
/// ```no_run
/// # let client = ngrok_api::Client::new("key");
/// // Every reserved domain, 50 per request.
/// for domain in client.reserved_domains().list().limit(50).iter() {
///     let domain = domain?;
///     println!("{} {}", domain.id, domain.domain);
/// }
/// // Just the first page.
/// if let Some(page) = client.api_keys().list().limit(10).pages().next() {
///     println!("{} keys on the first page", page?.keys.len());
/// }
/// # Ok::<(), ngrok_api::Error>(())
/// ```
#[must_use = "a list sends nothing until it is iterated"]
pub struct List<P, I> {
    client: Client,
    op: &'static OperationMeta,
    url: Result<String>,
    limit: Option<u32>,
    before_id: Option<String>,
    filter: Option<String>,
    next_page_uri: fn(&P) -> Option<&str>,
    into_items: fn(P) -> Vec<I>,
}

impl<P, I> fmt::Debug for List<P, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("List")
            .field("operation", &self.op.label)
            .field("limit", &self.limit)
            .field("before_id", &self.before_id)
            .field("filter", &self.filter)
            .finish_non_exhaustive()
    }
}

impl<P: DeserializeOwned, I> List<P, I> {
    /// A list of `op` whose first page, before the query, is at `url` (or an error to
    /// report when the list is walked).
    pub(crate) fn new(
        client: Client,
        op: &'static OperationMeta,
        url: Result<String>,
        next_page_uri: fn(&P) -> Option<&str>,
        into_items: fn(P) -> Vec<I>,
    ) -> Self {
        List {
            client,
            op,
            url,
            limit: None,
            before_id: None,
            filter: None,
            next_page_uri,
            into_items,
        }
    }

    /// How many items each page holds, 1 to 100 (the API's default is 100).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Start after the item with this id: items are listed newest first, so this lists
    /// the items older than it.
    pub fn before_id(mut self, id: impl Into<String>) -> Self {
        self.before_id = Some(id.into());
        self
    }

    /// Keep only the items matching a CEL expression, such as
    /// `obj.description == "prod"`. Only lists that document a filter accept one; on the
    /// others the first call fails with [`Error::InvalidArgument`]. The language, and the
    /// fields each list lets a filter name, are in [`filtering`](crate::filtering).
    pub fn filter(mut self, expression: impl Into<String>) -> Self {
        self.filter = Some(expression.into());
        self
    }

    /// The pages, fetched one per call to `next`.
    pub fn pages(mut self) -> Pages<P> {
        let first = self.first_url();
        Pages {
            client: self.client,
            op: self.op,
            next: Some(first),
            seen: HashSet::new(),
            hasher: RandomState::new(),
            next_page_uri: self.next_page_uri,
            pages_read: 0,
        }
    }

    /// Every item, in the API's order (newest first), fetching the next page when the
    /// current one is used up. After an error the iterator ends.
    pub fn iter(self) -> Items<P, I> {
        let into_items = self.into_items;
        Items {
            pages: self.pages(),
            current: Vec::new().into_iter(),
            into_items,
        }
    }

    /// The URL of the first page; called once, when the list is walked.
    fn first_url(&mut self) -> Result<String> {
        let mut url = std::mem::replace(&mut self.url, Ok(String::new()))?;
        let mut sep = '?';
        let mut param = |url: &mut String, name: &str, value: &str| {
            url.push(sep);
            sep = '&';
            url.push_str(name);
            url.push('=');
            encode_into(url, value);
        };
        if let Some(limit) = self.limit {
            if !(1..=100).contains(&limit) {
                return Err(Error::InvalidArgument(format!(
                    "{}: limit must be between 1 and 100, got {limit}",
                    self.op.label
                )));
            }
            param(&mut url, "limit", &limit.to_string());
        }
        if let Some(before_id) = &self.before_id {
            if before_id.is_empty() {
                return Err(Error::InvalidArgument(format!(
                    "{}: before_id must not be empty",
                    self.op.label
                )));
            }
            param(&mut url, "before_id", before_id);
        }
        if let Some(filter) = &self.filter {
            if !self.op.list.is_some_and(|l| l.filter) {
                return Err(Error::InvalidArgument(format!(
                    "{} does not accept a filter",
                    self.op.label
                )));
            }
            param(&mut url, "filter", filter);
        }
        Ok(url)
    }
}

impl<P: DeserializeOwned, I> IntoIterator for List<P, I> {
    type Item = Result<I>;
    type IntoIter = Items<P, I>;
    fn into_iter(self) -> Items<P, I> {
        self.iter()
    }
}

/// The pages of a [`List`], one request per page.
pub struct Pages<P> {
    client: Client,
    op: &'static OperationMeta,
    next: Option<Result<String>>,
    /// Hashes of the URLs already requested, to stop a server that loops.
    seen: HashSet<u64>,
    hasher: RandomState,
    next_page_uri: fn(&P) -> Option<&str>,
    pages_read: usize,
}

impl<P> fmt::Debug for Pages<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("operation", &self.op.label)
            .field("pages_fetched", &self.seen.len())
            .field("done", &self.next.is_none())
            .finish_non_exhaustive()
    }
}

impl<P: DeserializeOwned> Iterator for Pages<P> {
    type Item = Result<P>;

    fn next(&mut self) -> Option<Result<P>> {
        let url = match self.next.take()? {
            Ok(url) => url,
            Err(err) => return Some(Err(err)),
        };
        self.seen.insert(self.hasher.hash_one(&url));
        let page: P = match self.client.get_page(self.op.label, &url) {
            Ok(page) => page,
            Err(err) if self.pages_read == 0 => return Some(Err(err)),
            Err(err) => {
                return Some(Err(Error::ListInterrupted {
                    operation: self.op.label,
                    pages_read: self.pages_read,
                    // The server chose this cursor; it might echo the key.
                    before_id: query_param(&url, "before_id")
                        .map(|id| redact(&id, &self.client.inner.api_key)),
                    source: Box::new(err),
                }));
            }
        };
        self.pages_read += 1;
        self.next = match (self.next_page_uri)(&page) {
            None | Some("") => None,
            Some(uri) => Some(
                self.resolve_next_page(uri)
                    .and_then(|url| self.check_not_seen(uri, url)),
            ),
        };
        Some(Ok(page))
    }
}

impl<P> Pages<P> {
    /// The URL to request for a `next_page_uri`, if it is safe to send the key there.
    fn resolve_next_page(&self, uri: &str) -> Result<String> {
        self.client
            .inner
            .origin
            .resolve(uri)
            .map_err(|reason| Error::UnsafeNextPage {
                uri: shorten(&redact(uri, &self.client.inner.api_key)),
                reason,
            })
    }

    fn check_not_seen(&self, uri: &str, url: String) -> Result<String> {
        if self.seen.contains(&self.hasher.hash_one(&url)) {
            Err(Error::UnsafeNextPage {
                uri: shorten(&redact(uri, &self.client.inner.api_key)),
                reason: "that page was already fetched; the list would never end",
            })
        } else {
            Ok(url)
        }
    }
}

/// Every item of a [`List`], across pages.
pub struct Items<P, I> {
    pages: Pages<P>,
    current: std::vec::IntoIter<I>,
    into_items: fn(P) -> Vec<I>,
}

impl<P, I> fmt::Debug for Items<P, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.current.len())
            .finish()
    }
}

impl<P: DeserializeOwned, I> Iterator for Items<P, I> {
    type Item = Result<I>;

    fn next(&mut self) -> Option<Result<I>> {
        loop {
            if let Some(item) = self.current.next() {
                return Some(Ok(item));
            }
            match self.pages.next()? {
                Ok(page) => self.current = (self.into_items)(page).into_iter(),
                Err(err) => return Some(Err(err)),
            }
        }
    }
}

/// The decoded value of a query parameter of `url`.
fn query_param(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| decode(value))
    })
}

fn shorten(text: &str) -> String {
    const MAX: usize = 200;
    match text.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meta::{ListMeta, Method, OperationKind};

    fn list_op(filter: bool) -> &'static OperationMeta {
        Box::leak(Box::new(OperationMeta {
            name: "list",
            label: "widgets.list",
            kind: OperationKind::List,
            method: Method::Get,
            path: "/widgets",
            request: None,
            response: None,
            list: Some(ListMeta {
                items_field: "widgets",
                paged: true,
                filter,
            }),
        }))
    }

    /// A list whose first page, before the query, is `https://h/widgets`; nothing is sent.
    fn list(filter: bool) -> List<Vec<u8>, u8> {
        List::new(
            Client::new("k"),
            list_op(filter),
            Ok("https://h/widgets".into()),
            |_| None,
            |page| page,
        )
    }

    #[test]
    fn the_query_carries_every_setting_percent_encoded() {
        let url = list(true)
            .limit(50)
            .before_id("rd_1")
            .filter("obj.description == \"a&b\"")
            .first_url()
            .unwrap();
        assert_eq!(
            url,
            "https://h/widgets?limit=50&before_id=rd_1\
             &filter=obj.description%20%3D%3D%20%22a%26b%22"
        );
        assert_eq!(list(false).first_url().unwrap(), "https://h/widgets");
    }

    #[test]
    fn a_bad_setting_is_an_invalid_argument_before_anything_is_sent() {
        for mut bad in [
            list(true).limit(0),
            list(true).limit(101),
            list(true).before_id(""),
            list(false).filter("true"),
        ] {
            let err = bad.first_url().unwrap_err();
            assert!(
                matches!(&err, Error::InvalidArgument(m) if m.contains("widgets.list")),
                "{err:?}"
            );
        }
    }

    #[test]
    fn a_cursor_is_read_back_decoded() {
        let url = "https://h/widgets?limit=2&before_id=a%20b";
        assert_eq!(query_param(url, "before_id").as_deref(), Some("a b"));
        assert_eq!(query_param(url, "filter"), None);
        assert_eq!(query_param("https://h/widgets", "before_id"), None);
    }
}
