//! How services relate, worked out once from the registry's paths and schemas: which
//! service a nested service or singleton module lives under, and which parent list field
//! shows a nested service's items (an HTTPS edge's `routes`). The submodules use those
//! relations on stored items: references between items, embedding children in their
//! parent, and deleting children with their parent.

pub(crate) mod cascade;
pub(crate) mod embedding;
pub(crate) mod references;

use std::collections::HashMap;

use ngrok_api::meta::{FieldType, ServiceMeta};

use crate::errors;
use crate::http::HttpResponse;
use crate::routing::{same_shape, segments, Segment};
use crate::schema::strip_nullable;
use crate::store::State;

/// Where a nested service or singleton module lives.
#[derive(Clone, Copy)]
pub(crate) struct Parent {
    /// The service whose items hold this one's items or module.
    pub(crate) service: &'static ServiceMeta,
    /// For a singleton module, the parent's field that holds it.
    pub(crate) field: Option<&'static str>,
}

/// A parent list field that shows a nested service's items.
pub(crate) struct Embed {
    /// The parent's qualified name.
    pub(crate) parent: String,
    /// The parent's field (`routes`).
    pub(crate) field: &'static str,
    /// The nested service whose items the field lists.
    pub(crate) child: &'static ServiceMeta,
}

/// The relations among the services one emulator serves.
pub(crate) struct Relations {
    /// By the nested service's qualified name.
    parents: HashMap<String, Parent>,
    /// Nested (not singleton) services with their parent's qualified name, for cascading
    /// deletes.
    children: Vec<(&'static ServiceMeta, String)>,
    embeds: Vec<Embed>,
}

impl Relations {
    pub(crate) fn new(services: &[&'static ServiceMeta]) -> Relations {
        let mut parents = HashMap::new();
        let mut children = Vec::new();
        for &service in services {
            let mut segs = segments(service.path);
            if !segs.iter().any(|s| matches!(s, Segment::Param(_))) {
                continue;
            }
            // A singleton's path ends in its field (`…/routes/{id}/circuit_breaker`).
            let mut field = None;
            while let Some(Segment::Literal(last)) = segs.last() {
                field = Some(*last);
                segs.pop();
            }
            let parent = services.iter().find(|p| {
                !p.is_singleton() && {
                    let mut item = segments(p.path);
                    item.push(Segment::Param("key"));
                    same_shape(&item, &segs)
                }
            });
            if let Some(&parent) = parent {
                let field = if service.is_singleton() { field } else { None };
                if field.is_none() {
                    children.push((service, parent.qualified_name()));
                }
                parents.insert(
                    service.qualified_name(),
                    Parent {
                        service: parent,
                        field,
                    },
                );
            }
        }
        let mut embeds = Vec::new();
        for (child, parent_name) in &children {
            let Some(parent) = parents.get(&child.qualified_name()) else {
                continue;
            };
            let child_schema = (child.resource)().name;
            for f in (parent.service.resource)().fields {
                if let FieldType::List(inner) = strip_nullable((f.ty)()) {
                    if matches!(inner(), FieldType::Object(s) if s().name == child_schema) {
                        embeds.push(Embed {
                            parent: parent_name.clone(),
                            field: f.json,
                            child,
                        });
                    }
                }
            }
        }
        Relations {
            parents,
            children,
            embeds,
        }
    }

    /// Where a nested service or singleton module lives; `None` for a top-level service.
    pub(crate) fn parent_of(&self, service: &ServiceMeta) -> Option<Parent> {
        self.parents.get(&service.qualified_name()).copied()
    }

    /// The list fields of `parent` (a qualified name) that show nested items.
    pub(crate) fn embeds_of<'s: 'n, 'n>(
        &'s self,
        parent: &'n str,
    ) -> impl Iterator<Item = &'s Embed> + 'n {
        self.embeds.iter().filter(move |e| e.parent == parent)
    }

    /// The singleton modules that live in items of `parent`, with the field holding each.
    pub(crate) fn modules_of<'a>(
        &'a self,
        parent: &'a ServiceMeta,
    ) -> impl Iterator<Item = (&'static str, &'a str)> + 'a {
        self.parents
            .iter()
            .filter_map(move |(module, p)| match p.field {
                Some(field) if same_service(p.service, parent) => Some((field, module.as_str())),
                _ => None,
            })
    }

    /// The services nested (not as singletons) in `parent` (a qualified name).
    pub(crate) fn children_of<'a>(
        &'a self,
        parent: &'a str,
    ) -> impl Iterator<Item = &'static ServiceMeta> + 'a {
        self.children
            .iter()
            .filter(move |(_, p)| p == parent)
            .map(|&(child, _)| child)
    }

    /// 404 when a nested item's parent (with path ids `parent_params`) does not exist.
    pub(crate) fn check_parent(
        &self,
        state: &State,
        service: &ServiceMeta,
        parent_params: &[String],
    ) -> Result<(), HttpResponse> {
        match self.parent_of(service) {
            Some(parent) if !state.contains(&parent.service.qualified_name(), parent_params) => {
                Err(errors::not_found())
            }
            _ => Ok(()),
        }
    }
}

/// Whether two descriptions are of the same service (compared by value: a description
/// reached twice need not be at one address).
fn same_service(a: &ServiceMeta, b: &ServiceMeta) -> bool {
    a.name == b.name && a.group == b.group && a.path == b.path
}
