//! Routing: from a request's method and path to the service operation that answers it,
//! using the path templates of the registry's operations; and the check that a path
//! placeholder holding an id has the right prefix.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use ngrok_api::meta::{OperationMeta, ServiceMeta};

use crate::errors;
use crate::http::{percent_decode, HttpResponse};

/// One `/`-separated part of a path template.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Segment {
    Literal(&'static str),
    Param(&'static str),
}

/// The segments of a path template (`/edges/https/{edge_id}/routes`).
pub(crate) fn segments(template: &'static str) -> Vec<Segment> {
    template
        .split('/')
        .skip(1)
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => Segment::Param(name),
                None => Segment::Literal(s),
            },
        )
        .collect()
}

/// Whether two templates match the same paths (placeholders may be named differently).
pub(crate) fn same_shape(a: &[Segment], b: &[Segment]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| match (x, y) {
            (Segment::Literal(x), Segment::Literal(y)) => x == y,
            (Segment::Param(_), Segment::Param(_)) => true,
            _ => false,
        })
}

/// An operation's route.
pub(crate) struct Route {
    pub(crate) service: &'static ServiceMeta,
    pub(crate) op: &'static OperationMeta,
    segments: Vec<Segment>,
    /// For each placeholder, in order, the id prefix its value must have (`None`: any
    /// value), worked out on the first [`Route::check_ids`] rather than per request.
    prefixes: OnceLock<Vec<Option<&'static str>>>,
}

/// Every operation's route, literal segments preferred over placeholders.
pub(crate) struct Router {
    routes: Vec<Route>,
    /// The routes (indices into `routes`, in its order) by their first segment, so that
    /// a path is compared with the few that could match it.
    by_start: HashMap<&'static str, Vec<usize>>,
    /// The routes whose first segment is a placeholder (none in the API), in that order.
    open_start: Vec<usize>,
}

/// Where a request goes.
pub(crate) enum Routed<'r> {
    /// To this operation, with these placeholder values (decoded).
    Found(&'r Route, Vec<String>),
    /// The path matches some operation, but not with this method.
    WrongMethod,
    /// The path matches no operation.
    Nowhere,
}

impl Router {
    pub(crate) fn new(services: &[&'static ServiceMeta]) -> Router {
        let mut routes = Vec::new();
        for &service in services {
            for op in service.operations {
                routes.push(Route {
                    service,
                    op,
                    segments: segments(op.path),
                    prefixes: OnceLock::new(),
                });
            }
        }
        // Prefer literal segments over placeholders when two templates match (a stable
        // sort, so declaration order breaks ties).
        routes.sort_by_key(|r| {
            std::cmp::Reverse(
                r.segments
                    .iter()
                    .filter(|s| matches!(s, Segment::Literal(_)))
                    .count(),
            )
        });
        let mut by_start: HashMap<_, Vec<usize>> = HashMap::new();
        let mut open_start = Vec::new();
        for (index, route) in routes.iter().enumerate() {
            match route.segments.first() {
                Some(Segment::Literal(first)) => by_start.entry(*first).or_default().push(index),
                _ => open_start.push(index),
            }
        }
        Router {
            routes,
            by_start,
            open_start,
        }
    }

    /// The routes that may match a path starting with `first`, in the order of `routes`
    /// (the preferred first).
    fn candidates<'r>(&'r self, first: &str) -> impl Iterator<Item = &'r Route> + 'r {
        let mut starting = self
            .by_start
            .get(first)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .peekable();
        let mut any = self.open_start.iter().copied().peekable();
        // Both lists are in `routes`' order: merged, they stay in it.
        std::iter::from_fn(move || match (starting.peek(), any.peek()) {
            (Some(a), Some(b)) if b < a => any.next(),
            (Some(_), _) => starting.next(),
            (None, _) => any.next(),
        })
        .map(|index| &self.routes[index])
    }

    /// The route for `method` on `path` (still percent-encoded); 400 ERR_NGROK_223 when
    /// the path does not decode. Only segments holding a `%` are decoded (into a new
    /// string); the others are compared as they are, and only the placeholder values of
    /// the route found are copied.
    pub(crate) fn route(&self, method: &str, path: &str) -> Result<Routed<'_>, HttpResponse> {
        let Some(path_segments) = path
            .split('/')
            .skip(1)
            .map(|s| {
                if s.contains('%') {
                    percent_decode(s, false).map(Cow::Owned)
                } else {
                    Some(Cow::Borrowed(s))
                }
            })
            .collect::<Option<Vec<Cow<'_, str>>>>()
        else {
            return Err(errors::path_not_utf8());
        };
        let mut method_mismatch = false;
        let first = path_segments.first().map_or("", |s| s.as_ref());
        for route in self.candidates(first) {
            if !matches_route(&route.segments, &path_segments) {
                continue;
            }
            if route.op.method.as_str() != method {
                method_mismatch = true;
                continue;
            }
            let params = route
                .segments
                .iter()
                .zip(path_segments)
                .filter(|(segment, _)| matches!(segment, Segment::Param(_)))
                .map(|(_, value)| value.into_owned())
                .collect();
            return Ok(Routed::Found(route, params));
        }
        Ok(if method_mismatch {
            Routed::WrongMethod
        } else {
            Routed::Nowhere
        })
    }
}

impl Route {
    /// The API's answer to a path placeholder that should hold an id and does not: 400
    /// ERR_NGROK_223 when it is not `<prefix>_<letters and digits>` at all, 400
    /// ERR_NGROK_227 when it is an id of another kind (an `ipp_…` given to
    /// `/reserved_domains/{id}`). Placeholders whose service has no id prefix (an event
    /// source's `{type}`) pass as they are. `services` are those that may name a
    /// placeholder's item (the catalog's `ids_in_path` of this route's operation), the
    /// same on every call.
    pub(crate) fn check_ids(
        &self,
        services: &[&'static ServiceMeta],
        params: &[String],
    ) -> Result<(), HttpResponse> {
        let prefixes = self.prefixes.get_or_init(|| {
            let template = &self.segments;
            (0..template.len())
                .filter(|&i| matches!(template[i], Segment::Param(_)))
                .map(|i| id_prefix_of_item(services, &template[..=i]))
                .collect()
        });
        for (value, prefix) in params.iter().zip(prefixes) {
            let Some(prefix) = prefix else {
                continue;
            };
            let alphanumeric =
                |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric());
            let Some((given, _)) = value
                .split_once('_')
                .filter(|(head, tail)| alphanumeric(head) && alphanumeric(tail))
            else {
                return Err(errors::not_an_id(value));
            };
            if given != *prefix {
                return Err(errors::wrong_id_prefix(value, prefix));
            }
        }
        Ok(())
    }
}

/// Whether `path` (its segments, decoded) has the shape of `template`: the same number of
/// segments, the literals equal, and no placeholder empty.
fn matches_route(template: &[Segment], path: &[Cow<'_, str>]) -> bool {
    template.len() == path.len()
        && template.iter().zip(path).all(|(seg, value)| match seg {
            Segment::Literal(l) => *l == value.as_ref(),
            Segment::Param(_) => !value.is_empty(),
        })
}

/// The id prefix of the item that a path ending in a placeholder names: that of the
/// service whose item path (`<path>/{id}`) has this shape, if it is keyed by a prefixed id.
fn id_prefix_of_item(services: &[&'static ServiceMeta], item: &[Segment]) -> Option<&'static str> {
    let service = services.iter().find(|s| {
        let mut shape = segments(s.path);
        shape.push(Segment::Param("id"));
        !s.is_singleton() && same_shape(&shape, item)
    })?;
    match service.key {
        Some(key) if key != "id" => None,
        _ => service.id_prefix,
    }
}
