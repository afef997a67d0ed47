//! Lists: newest first, paged with `limit`, `before_id` and `next_page_uri`, filtered
//! with a CEL `filter`; and lists under an item (`GET /vaults/{id}/secrets`), which show
//! the items that refer to it.

use ngrok_api::meta::{FieldType, OperationMeta, ServiceMeta};
use serde_json::{Map, Value};

use crate::catalog::Catalog;
use crate::errors;
use crate::filter::Filter;
use crate::http::{HttpRequest, HttpResponse};
use crate::relations::embedding::render;
use crate::relations::references::refers_to;
use crate::schema::strip_nullable;
use crate::store::State;

use super::item_params;

/// Which items of a collection a list shows.
#[derive(Clone, Copy)]
pub(super) enum Scope<'a> {
    /// The items under these parent ids (none for a top-level collection).
    Under(&'a [String]),
    /// The items that refer to the item with this id.
    ReferringTo(&'a str),
}

pub(super) fn list(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    op: &OperationMeta,
    scope: Scope<'_>,
    query: &[(String, String)],
    request: &HttpRequest,
) -> HttpResponse {
    let Some(list) = op.list else {
        return errors::not_found();
    };
    let get = |name: &str| {
        query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    // `timestamp(time.now)` in a filter reads the server's clock (only if the filter has
    // it): the wall clock, or the controllable one of a deterministic server.
    let clock = crate::determinism::now_timestamp;
    let filter = match get("filter").map(|f| Filter::parse(f, service, &clock)) {
        None => None,
        Some(Ok(expr)) => Some(expr),
        Some(Err(why)) => return errors::bad_filter(&why),
    };
    let limit = get("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(100);
    let before = get("before_id").map(|id| id.rsplit('_').next().unwrap_or(id));
    let mut matching = state
        .collection(&service.qualified_name())
        .into_iter()
        .flat_map(|collection| collection.before(before).rev())
        .filter(|e| match scope {
            Scope::Under(params) => e.params.starts_with(params),
            Scope::ReferringTo(_) => true,
        })
        .map(|e| render(catalog, state, service, e))
        .filter(|v| match scope {
            Scope::ReferringTo(id) => refers_to(v, id),
            Scope::Under(_) => true,
        })
        .filter(|v| filter.as_ref().is_none_or(|f| f.matches(v)));
    let base_url = &catalog.base_url;
    let page_uri = if request.query.is_empty() {
        format!("{base_url}{}", request.path)
    } else {
        format!("{base_url}{}?{}", request.path, request.query)
    };
    let mut page = Map::new();
    let page_schema = op.response;
    // The page's own fields are completed before its items go in: the items are
    // complete already (`render`), and walking them again would cost per item.
    let finish = |mut page: Map<String, Value>, items: Vec<Value>| {
        if let Some(schema) = page_schema {
            catalog.shapes.complete(schema(), &mut page);
        }
        page.insert(list.items_field.into(), Value::Array(items));
        page
    };
    if list.paged {
        let items: Vec<Value> = matching.by_ref().take(limit).collect();
        let more = matching.next().is_some();
        let next = match (
            more,
            items
                .last()
                .and_then(|i| i.get("id"))
                .and_then(Value::as_str),
        ) {
            (true, Some(last)) => {
                let mut next = format!("{base_url}{}?before_id={last}&limit={limit}", request.path);
                if let Some(f) = get("filter") {
                    next.push_str("&filter=");
                    next.push_str(&encode(f));
                }
                Value::String(next)
            }
            _ => Value::Null,
        };
        page.insert("uri".into(), Value::String(page_uri));
        page.insert("next_page_uri".into(), next);
        page = finish(page, items);
    } else {
        page.insert("uri".into(), Value::String(page_uri));
        let items = matching.collect();
        page = finish(page, items);
    }
    HttpResponse::json(200, &Value::Object(page))
}

/// A list under an item (`GET /vaults/{id}/secrets`): the items of the collection that
/// holds the list's item type and that refer to this item (a secret's `vault`).
pub(super) fn list_related(
    catalog: &Catalog,
    state: &State,
    service: &ServiceMeta,
    op: &OperationMeta,
    params: &[String],
    query: &[(String, String)],
    request: &HttpRequest,
) -> HttpResponse {
    let item_params = item_params(service, params);
    let (Some(_), Some(id), Some(list_meta), Some(page)) = (
        state.entry(&service.qualified_name(), item_params),
        item_params.last(),
        op.list,
        op.response,
    ) else {
        return errors::not_found();
    };
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
    let items = catalog.services.iter().find(|s| {
        !s.is_singleton() && !s.path.contains('{') && Some((s.resource)().name) == item_schema
    });
    match items {
        Some(items) => list(
            catalog,
            state,
            items,
            op,
            Scope::ReferringTo(id),
            query,
            request,
        ),
        None => errors::not_found(),
    }
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
