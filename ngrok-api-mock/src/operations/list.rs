//! Lists: newest first, paged with `limit`, `before_id` and `next_page_uri`, filtered
//! with a CEL `filter`; and lists under an item (`GET /vaults/{id}/secrets`), which show
//! the items that refer to it.
//!
//! A list is answered in three steps so that the store is held only while items are
//! picked, never while they are filtered or written: [`prepare`] reads the query (the
//! filter is parsed there) before the store is locked; [`Prepared::gather`], with the
//! store held, takes the collection's snapshot of shown items (one `Arc`, kept from one
//! list to the next until the collection changes; `store.rs`), or for nested items the
//! shown forms of those under the parent; [`Gathered::answer`] filters, pages and writes
//! the page after the store is released, copying each item's kept JSON.

use std::fmt::Write as _;
use std::sync::Arc;

use ngrok_api::meta::{FieldType, OperationKind, OperationMeta, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::errors;
use crate::filter::{Filter, FilterError};
use crate::http::{HttpRequest, HttpResponse};
use crate::relations::embedding::{shown, since};
use crate::relations::references::refers_to;
use crate::response::{Answer, Spliced};
use crate::schema::strip_nullable;
use crate::store::{Entry, Shown, Snapshot, State};

use super::{item_params, Call};

/// Which items of a collection a list shows.
#[derive(Clone, Copy)]
enum Scope<'a> {
    /// The items under these parent ids (none for a top-level collection).
    Under(&'a [String]),
    /// The items that refer to the item with this id.
    ReferringTo(&'a str),
}

/// What a list request asks for, read from its query before the store is locked.
struct Asked {
    /// The parsed filter, or why it does not parse (answered after the checks that
    /// come first: an unknown parent is a 404 whatever the filter).
    filter: Result<Option<Filter>, FilterError>,
    /// The filter as sent, for `next_page_uri`.
    filter_text: Option<String>,
    limit: usize,
    /// The sort key (id suffix) of `before_id`.
    before: Option<String>,
}

impl Asked {
    /// Reads the query of a list of `items` (whose fields the filter may name).
    fn read(items: &ServiceMeta, query: &[(String, String)]) -> Asked {
        let get = |name: &str| {
            query
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let filter_text = get("filter").map(str::to_string);
        // `timestamp(time.now)` in a filter reads the server's clock (only if the filter
        // has it): the wall clock, or the controllable one of a deterministic server.
        let clock = crate::determinism::now_timestamp;
        Asked {
            filter: filter_text
                .as_deref()
                .map(|text| Filter::parse(text, items, &clock))
                .transpose(),
            filter_text,
            limit: get("limit")
                .and_then(|l| l.parse::<usize>().ok())
                .unwrap_or(100),
            before: get("before_id").map(|id| id.rsplit('_').next().unwrap_or(id).to_string()),
        }
    }
}

/// A list request, read before the store is locked.
pub(crate) struct Prepared<'c> {
    service: &'static ServiceMeta,
    op: &'static OperationMeta,
    /// Under an item (`/vaults/{id}/secrets`) rather than a plain list.
    related: bool,
    params: &'c [String],
    asked: Asked,
}

/// Whether `call` is a list (of a collection or under an item): if so, its query read.
pub(crate) fn prepare<'c>(catalog: &Catalog, call: &'c Call<'_>) -> Option<Prepared<'c>> {
    if call.service.is_singleton() {
        return None;
    }
    let related = match call.op.kind {
        OperationKind::List => false,
        OperationKind::Action if call.op.list.is_some() => true,
        _ => return None,
    };
    Some(Prepared {
        service: call.service,
        op: call.op,
        related,
        params: &call.params,
        asked: Asked::read(listed(catalog, call.service, call.op, related), &call.query),
    })
}

/// A list of the items of `service` in `scope`, answered with the store held throughout
/// (for a caller holding it anyway; `Api::handle` releases it before [`Gathered::answer`]).
pub(super) fn list(
    catalog: &Catalog,
    state: &State,
    service: &'static ServiceMeta,
    op: &'static OperationMeta,
    params: &[String],
    query: &[(String, String)],
    request: &HttpRequest,
) -> HttpResponse {
    answer_now(catalog, state, service, op, false, params, query, request)
}

/// A list under an item (`GET /vaults/{id}/secrets`): the items of the collection that
/// holds the list's item type and that refer to this item (a secret's `vault`).
pub(super) fn list_related(
    catalog: &Catalog,
    state: &State,
    service: &'static ServiceMeta,
    op: &'static OperationMeta,
    params: &[String],
    query: &[(String, String)],
    request: &HttpRequest,
) -> HttpResponse {
    answer_now(catalog, state, service, op, true, params, query, request)
}

#[allow(clippy::too_many_arguments)]
fn answer_now(
    catalog: &Catalog,
    state: &State,
    service: &'static ServiceMeta,
    op: &'static OperationMeta,
    related: bool,
    params: &[String],
    query: &[(String, String)],
    request: &HttpRequest,
) -> HttpResponse {
    let prepared = Prepared {
        service,
        op,
        related,
        params,
        asked: Asked::read(listed(catalog, service, op, related), query),
    };
    match prepared.gather(catalog, state) {
        Ok(gathered) => gathered.answer(catalog, request).into_response(),
        Err(response) => response,
    }
}

/// What a list took from the store: the candidate items (a collection's snapshot, or the
/// nested items under one parent, as few as the page needs when nothing is filtered
/// out) and the query, to filter, page and write with the store released.
pub(crate) struct Gathered<'c> {
    op: &'static OperationMeta,
    /// For a list under an item, that item's id: the items shown must refer to it.
    referring_to: Option<&'c str>,
    filter: Option<Filter>,
    filter_text: Option<String>,
    limit: usize,
    /// The candidates (oldest first) are those of `snapshot` before `before`.
    snapshot: Arc<Snapshot>,
    before: Option<String>,
}

impl<'c> Prepared<'c> {
    /// Takes what the list shows from `state` (the store, held by the caller): the only
    /// step that needs it, and a short one, since each item's shown form is kept made.
    pub(crate) fn gather(
        self,
        catalog: &Catalog,
        state: &State,
    ) -> Result<Gathered<'c>, HttpResponse> {
        let Prepared {
            service,
            op,
            related,
            params,
            asked,
        } = self;
        let (items_service, scope) = if related {
            let item_params = item_params(service, params);
            let (Some(_), Some(id), Some(_)) = (
                state.entry(&catalog.name_of(service), item_params),
                item_params.last(),
                op.list,
            ) else {
                return Err(errors::not_found());
            };
            match related_items(catalog, op) {
                Some(items) => (items, Scope::ReferringTo(id)),
                None => return Err(errors::not_found()),
            }
        } else {
            (service, Scope::Under(params))
        };
        let Some(list) = op.list else {
            return Err(errors::not_found());
        };
        let Asked {
            filter,
            filter_text,
            limit,
            before,
        } = asked;
        let filter = filter.map_err(|why| errors::bad_filter(&why))?;
        let since = since(catalog, state, items_service);
        let show = |entry: &Entry, kept: Option<&Shown>| match kept {
            Some(kept) if kept.is_current(since) => kept.clone(),
            _ => shown(catalog, state, items_service, entry, None, since),
        };
        let collection = state.collection(&catalog.name_of(items_service));
        let (snapshot, before) = match (collection, scope) {
            (None, _) => (Arc::default(), None),
            // Nested items (a route of one edge): those under `params` only, taken now
            // (one by one, so as few as the page needs when nothing is filtered out).
            (Some(collection), Scope::Under(params)) if !params.is_empty() => {
                let wanted = match &filter {
                    None if list.paged => limit.saturating_add(1),
                    _ => usize::MAX,
                };
                let mut items: Vec<(Box<str>, Shown)> = collection
                    .shown_before(before.as_deref())
                    .rev()
                    .filter(|(entry, _)| entry.params.starts_with(params))
                    .take(wanted)
                    .map(|(entry, kept)| (Box::default(), show(entry, kept)))
                    .collect();
                items.reverse();
                (Arc::new(Snapshot::new(state.version(), items)), None)
            }
            // A whole collection: its snapshot, kept from one list to the next.
            (Some(collection), _) => (collection.snapshot(since, state.version(), show), before),
        };
        Ok(Gathered {
            op,
            referring_to: match scope {
                Scope::ReferringTo(id) => Some(id),
                Scope::Under(_) => None,
            },
            filter,
            filter_text,
            limit,
            snapshot,
            before,
        })
    }
}

impl Gathered<'_> {
    /// Filters the candidates, takes the page and writes it: no store needed. The page's
    /// items are not copied into the body: the answer takes them from the snapshot's
    /// text when it is written (`Spliced`).
    pub(crate) fn answer(self, catalog: &Catalog, request: &HttpRequest) -> Answer {
        let Gathered {
            op,
            referring_to,
            filter,
            filter_text,
            limit,
            snapshot,
            before,
        } = self;
        let Some(list) = op.list else {
            return errors::not_found().into();
        };
        let value = |index: usize| snapshot.item(index).map_or(&Value::Null, |s| &*s.value);
        let end = snapshot.end(before.as_deref());
        // Nothing to filter out: the page is the `limit` items before `end`.
        let unfiltered = referring_to.is_none() && filter.is_none();
        let mut matching = (0..end)
            .rev()
            .filter(|&i| referring_to.is_none_or(|id| refers_to(value(i), id)))
            .filter(|&i| filter.as_ref().is_none_or(|f| f.matches(value(i))));
        let base_url = &catalog.base_url;
        let mut page_uri =
            String::with_capacity(base_url.len() + request.path.len() + request.query.len() + 1);
        page_uri.push_str(base_url);
        page_uri.push_str(&request.path);
        if !request.query.is_empty() {
            page_uri.push('?');
            page_uri.push_str(&request.query);
        }
        let mut page = Map::new();
        page.insert("uri".into(), Value::String(page_uri));
        let shown: Vec<usize> = if list.paged {
            let (shown, more): (Vec<usize>, bool) = if unfiltered {
                let start = end.saturating_sub(limit);
                ((start..end).rev().collect(), start > 0)
            } else {
                let shown = matching.by_ref().take(limit).collect();
                (shown, matching.next().is_some())
            };
            let last = shown
                .last()
                .and_then(|&i| value(i).get("id"))
                .and_then(Value::as_str);
            let next = match (more, last) {
                (true, Some(last)) => {
                    let mut next = String::with_capacity(
                        base_url.len() + request.path.len() + last.len() + 64,
                    );
                    for part in [base_url, &request.path, "?before_id=", last, "&limit="] {
                        next.push_str(part);
                    }
                    // Writing to a String cannot fail.
                    let _ = write!(next, "{limit}");
                    if let Some(f) = &filter_text {
                        next.push_str("&filter=");
                        next.push_str(&encode(f));
                    }
                    Value::String(next)
                }
                _ => Value::Null,
            };
            page.insert("next_page_uri".into(), next);
            shown
        } else {
            matching.collect()
        };
        // The page's own fields are completed before its items go in: the items are
        // complete already, and walking them again would cost per item.
        if let Some(schema) = op.response {
            catalog.shapes.complete(schema(), &mut page);
        }
        page.insert(list.items_field.into(), Value::Array(Vec::new()));
        let (body, at) = write_page(&page, list.items_field);
        let ranges = snapshot.item_ranges(&shown);
        Answer {
            response: HttpResponse {
                status: 200,
                headers: vec![("content-type".into(), "application/json".into())],
                body,
            },
            spliced: Some(Spliced {
                at,
                source: snapshot,
                ranges,
            }),
        }
    }
}

/// `page` as compact JSON, exactly as `serde_json` writes it, the list `items_field`
/// left empty (`[]`), and where in it the list's items go.
fn write_page(page: &Map<String, Value>, items_field: &str) -> (Vec<u8>, usize) {
    let mut out = Vec::with_capacity(512);
    let mut at = 0;
    out.push(b'{');
    for (n, (key, value)) in page.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        // Writing to a Vec cannot fail, and a map's keys and values always serialise.
        let _ = serde_json::to_writer(&mut out, key);
        out.push(b':');
        if key == items_field {
            out.push(b'[');
            at = out.len();
            out.push(b']');
        } else {
            let _ = serde_json::to_writer(&mut out, value);
        }
    }
    out.push(b'}');
    (out, at)
}

/// The top-level service holding the items a list under an item shows (a vault's
/// secrets): the one whose resource is the page's item type.
/// The service whose items a list shows: its own, or for a list under an item that of
/// the items referring to it (a vault's secrets), when there is one.
fn listed(
    catalog: &Catalog,
    service: &'static ServiceMeta,
    op: &OperationMeta,
    related: bool,
) -> &'static ServiceMeta {
    if related {
        related_items(catalog, op).unwrap_or(service)
    } else {
        service
    }
}

fn related_items(catalog: &Catalog, op: &OperationMeta) -> Option<&'static ServiceMeta> {
    let (list_meta, page) = (op.list?, op.response?);
    let item_schema =
        page()
            .field(list_meta.items_field)
            .and_then(|f| match strip_nullable((f.ty)()) {
                FieldType::List(inner) => match inner() {
                    FieldType::Object(schema) => Some(schema().name),
                    _ => None,
                },
                _ => None,
            });
    catalog.services.iter().copied().find(|s| {
        !s.is_singleton() && !s.path.contains('{') && Some((s.resource)().name) == item_schema
    })
}

/// Percent-encodes a query value for `next_page_uri`.
fn encode(value: &str) -> String {
    let mut out = String::new();
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_page_is_written_as_serde_json_writes_it() {
        let values: Vec<Value> = (0..5)
            .map(|n| json!({"id": format!("x_{n}"), "n": n}))
            .collect();
        let items = values
            .iter()
            .enumerate()
            .map(|(n, v)| (n.to_string().into(), Shown::new(v.clone(), 0)))
            .collect();
        let snapshot = Snapshot::new(0, items);
        // Newest first, with a gap (2 filtered out) and one index past the end.
        let picked = [4, 3, 1, 0, 9];
        let mut page = Map::new();
        page.insert("uri".into(), json!("http://h/xs?filter=a%22b"));
        page.insert("next_page_uri".into(), Value::Null);
        page.insert("xs".into(), Value::Array(Vec::new()));
        assert_eq!(snapshot.end(Some("2")), 2);
        let (body, at) = write_page(&page, "xs");
        let ranges = snapshot.item_ranges(&picked);
        assert_eq!(ranges.len(), 2, "two runs: 4 and 3, then 1 and 0");
        let written = Answer {
            response: HttpResponse {
                status: 200,
                headers: Vec::new(),
                body,
            },
            spliced: Some(Spliced {
                at,
                source: Arc::new(snapshot),
                ranges,
            }),
        }
        .into_response()
        .body;
        page.insert(
            "xs".into(),
            json!([values[4], values[3], values[1], values[0]]),
        );
        assert_eq!(
            String::from_utf8(written).unwrap(),
            serde_json::to_string(&page).unwrap()
        );
    }
}
