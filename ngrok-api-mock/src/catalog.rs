//! The catalog: the services one emulator serves and what is worked out from them once at
//! start-up (their relations, the checked table of special cases), with the base URL that
//! item URIs start with. Operations read it; nothing in it changes while serving.

use std::collections::HashMap;

use ngrok_api::meta::{OperationMeta, ServiceMeta};

use crate::relations::references::RefResolver;
use crate::relations::Relations;
use crate::routing::{same_shape, segments, Segment};
use crate::shapes::Shapes;
use crate::special_cases::{check_unset_values, SpecialCases, TABLE, UNSET_VALUES};

/// The services served and their relations.
pub(crate) struct Catalog {
    /// `http://127.0.0.1:<port>`, without a trailing `/`.
    pub(crate) base_url: String,
    pub(crate) services: Vec<&'static ServiceMeta>,
    pub(crate) relations: Relations,
    pub(crate) special: SpecialCases,
    /// What every answer's objects look like with nothing set.
    pub(crate) shapes: Shapes,
    /// Each service's qualified name, and the collections whose items its items show
    /// (nested items, at any depth), by `(group, name)`: looked up on every request,
    /// so neither is worked out (nor its name allocated) there.
    names: HashMap<(Option<&'static str>, &'static str), Names>,
    /// By a nested service's qualified name, the services whose items show its items.
    shown_in: HashMap<String, Vec<String>>,
    /// By operation label, the services whose item ids its path holds (see
    /// [`Catalog::ids_in_path`]).
    ids_in_path: HashMap<&'static str, Vec<&'static ServiceMeta>>,
}

/// A service's qualified name, and what its items show.
struct Names {
    service: &'static ServiceMeta,
    qualified: String,
    /// The qualified names of the collections whose items an item of this service
    /// embeds, its children's children included.
    shows: Vec<String>,
}

fn key_of(service: &ServiceMeta) -> (Option<&'static str>, &'static str) {
    (service.group, service.name)
}

impl Catalog {
    /// # Panics
    ///
    /// When a row of the special-case tables names a service (or action, schema or key)
    /// that `services` lacks: the emulator and the declarations it serves have drifted
    /// apart.
    pub(crate) fn new(base_url: String, services: Vec<&'static ServiceMeta>) -> Catalog {
        let special = SpecialCases::check(TABLE, &services)
            .unwrap_or_else(|why| panic!("ngrok-api-mock cannot start: {why}"));
        if let Err(why) = check_unset_values(UNSET_VALUES, &services) {
            panic!("ngrok-api-mock cannot start: {why}");
        }
        if let Err(why) = crate::validation::check_table(&services) {
            panic!("ngrok-api-mock cannot start: {why}");
        }
        let relations = Relations::new(&services);
        let names = services
            .iter()
            .map(|&service| {
                let names = Names {
                    service,
                    qualified: service.qualified_name(),
                    shows: shown_collections(&relations, &service.qualified_name()),
                };
                (key_of(service), names)
            })
            .collect();
        let mut shown_in: HashMap<String, Vec<String>> = HashMap::new();
        for service in &services {
            let parent = service.qualified_name();
            for embed in relations.embeds_of(&parent) {
                shown_in
                    .entry(embed.child.qualified_name())
                    .or_default()
                    .push(parent.clone());
            }
        }
        let ids_in_path = services
            .iter()
            .flat_map(|s| s.operations)
            .map(|op| (op.label, ids_in_path(&services, op)))
            .collect();
        Catalog {
            ids_in_path,
            shapes: Shapes::new(&services),
            base_url,
            relations,
            services,
            special,
            names,
            shown_in,
        }
    }

    /// The service with this qualified name (`"reserved_domains"`, `"edges.https"`).
    pub(crate) fn service(&self, name: &str) -> Option<&'static ServiceMeta> {
        let (group, short) = match name.split_once('.') {
            Some((group, short)) => (Some(group), short),
            None => (None, name),
        };
        self.names
            .values()
            .find(|n| n.service.group == group && n.service.name == short)
            .map(|n| n.service)
    }

    /// The qualified name of `service` (one of those served), without allocating it.
    pub(crate) fn name_of(&self, service: &ServiceMeta) -> std::borrow::Cow<'_, str> {
        match self.names.get(&key_of(service)) {
            Some(names) => names.qualified.as_str().into(),
            None => service.qualified_name().into(),
        }
    }

    /// The services whose item ids the path of `op` holds, in the path's order (an HTTPS
    /// edge's, then a route's, for `/edges/https/{edge_id}/routes/{id}`): all the services
    /// that checking the path's ids looks at, so that it need not search all of them on
    /// every request. All the services when `op` is not one of those served.
    pub(crate) fn ids_in_path(&self, op: &OperationMeta) -> &[&'static ServiceMeta] {
        self.ids_in_path
            .get(op.label)
            .map_or(&self.services, Vec::as_slice)
    }

    /// The qualified names of the services whose items show the items of `name` (a
    /// qualified name) in a list field.
    pub(crate) fn shown_in(&self, name: &str) -> &[String] {
        self.shown_in.get(name).map_or(&[], Vec::as_slice)
    }

    /// The qualified names of the collections whose items an item of `service` shows
    /// (nested items, at any depth): when one of them changes, the item's shown form is
    /// out of date.
    pub(crate) fn shown_collections(&self, service: &ServiceMeta) -> &[String] {
        self.names
            .get(&key_of(service))
            .map_or(&[], |names| names.shows.as_slice())
    }

    /// The URI of the item of `service` with these path ids (parents' ids, then its key).
    pub(crate) fn item_uri(&self, service: &ServiceMeta, params: &[String]) -> String {
        let mut uri = self.base_url.clone();
        let mut values = params.iter();
        for seg in segments(service.path) {
            uri.push('/');
            match seg {
                Segment::Literal(s) => uri.push_str(s),
                Segment::Param(_) => {
                    uri.push_str(values.next().map(String::as_str).unwrap_or_default())
                }
            }
        }
        if let Some(key) = values.next() {
            uri.push('/');
            uri.push_str(key);
        }
        uri
    }
}

/// The collections whose items an item of `parent` embeds, at any depth.
fn shown_collections(relations: &Relations, parent: &str) -> Vec<String> {
    let mut shows: Vec<String> = Vec::new();
    let mut next = vec![parent.to_string()];
    while let Some(name) = next.pop() {
        for embed in relations.embeds_of(&name) {
            let child = embed.child.qualified_name();
            // A schema may hold itself; each collection counts once.
            if !shows.contains(&child) {
                shows.push(child.clone());
                next.push(child);
            }
        }
    }
    shows
}

/// For each placeholder of `op`'s path, the first service (in `services`' order) whose
/// item path has the shape of the path up to it.
fn ids_in_path(services: &[&'static ServiceMeta], op: &OperationMeta) -> Vec<&'static ServiceMeta> {
    let path = segments(op.path);
    (0..path.len())
        .filter(|&i| matches!(path[i], Segment::Param(_)))
        .filter_map(|i| {
            services.iter().copied().find(|s| {
                let mut item = segments(s.path);
                item.push(Segment::Param("id"));
                !s.is_singleton() && same_shape(&item, &path[..=i])
            })
        })
        .collect()
}

impl RefResolver for Catalog {
    /// The URI of a top-level item, found by its id's prefix.
    fn uri_of(&self, id: &str) -> String {
        let prefix = id.split('_').next().unwrap_or_default();
        self.services
            .iter()
            .find(|s| s.id_prefix == Some(prefix) && !s.path.contains('{'))
            .map(|s| format!("{}{}/{id}", self.base_url, s.path))
            .unwrap_or_default()
    }
}
