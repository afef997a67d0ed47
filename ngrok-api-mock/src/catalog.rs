//! The catalog: the services one emulator serves and what is worked out from them once at
//! start-up (their relations, the checked table of special cases), with the base URL that
//! item URIs start with. Operations read it; nothing in it changes while serving.

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
        Catalog {
            shapes: Shapes::new(&services),
            base_url,
            relations: Relations::new(&services),
            services,
            special,
        }
    }

    /// The service with this qualified name (`"reserved_domains"`, `"edges.https"`).
    pub(crate) fn service(&self, name: &str) -> Option<&'static ServiceMeta> {
        self.services
            .iter()
            .copied()
            .find(|s| s.qualified_name() == name)
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
