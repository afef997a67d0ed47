//! The catalog: the services one emulator serves and what is worked out from them once at
//! start-up (their relations, the checked table of special cases), with the base URL that
//! item URIs start with. Operations read it; nothing in it changes while serving.

use std::collections::HashMap;

use ngrok_api::meta::ServiceMeta;

use crate::relations::references::RefResolver;
use crate::relations::Relations;
use crate::routing::{segments, Segment};
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
        Catalog {
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
