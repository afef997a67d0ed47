//! Capability traits: what a service handle can do, as traits, so that code can be
//! generic over services (the way kube's `Api<K>` is generic over resources).
//!
//! [`service`](crate::service) implements one trait per standard operation it declares,
//! next to the inherent method of the same name, which it forwards to:
//!
//! | declared | trait | method |
//! |---|---|---|
//! | (always) | [`Resource`] | the associated `Item` type: what the service's operations return |
//! | `get` | [`Get`] | `get(&self, path)` |
//! | `create(T)` | [`Create`] | `create(&self, &T)` |
//! | `update(T)` | [`Update`] | `update(&self, &T)` |
//! | `replace(T)` | [`Replace`] | `replace(&self, path, &T)` |
//! | `delete` | [`Delete`] | `delete(&self, path)` |
//! | `list(Page, items = field)` | [`ListItems`] | `list(&self, path)` |
//!
//! Actions and `unpaged` lists have no trait: they are the service's own.
//!
//! # Path arguments
//!
//! Inherent methods take one `&str` per placeholder of the operation's path; the traits
//! take them all as one slice, `path: &[&str]`, in path order: the parents' ids first,
//! then the item's own. For a top-level service that is just `&[id]`; for the routes of
//! an HTTPS edge (`/edges/https/{edge_id}/routes/{id}`) it is `&[edge_id, id]`; a list
//! takes the parents only (`&[]` at the top level); a singleton module takes its
//! parent's id. [`path_len`] says how many an operation takes. A slice of another
//! length is [`Error::InvalidArgument`] and sends
//! nothing. `create` and `update` take no slice: as with the inherent methods, their
//! placeholders are read from the request's fields.
//!
//! The inherent methods stay the ones to call on a known service: a method call on a
//! concrete handle picks them, so `use ngrok_api::Get;` changes nothing in such code.
//!
//! ```no_run
//! use ngrok_api::types::ReservedDomainCreate;
//! use ngrok_api::{Create, Delete, Get, Result};
//!
//! /// Creates an item, reads it back and deletes it, for any top-level service.
//! fn round_trip<S: Create + Get + Delete>(
//!     service: &S,
//!     request: &S::CreateRequest,
//!     id: impl Fn(&S::Item) -> &str,
//! ) -> Result<S::Item> {
//!     let created = service.create(request)?;
//!     let fetched = service.get(&[id(&created)])?;
//!     service.delete(&[id(&created)])?;
//!     Ok(fetched)
//! }
//!
//! let client = ngrok_api::Client::from_env()?;
//! let request = ReservedDomainCreate {
//!     domain: "app.example.com".into(),
//!     ..Default::default()
//! };
//! let domain = round_trip(&client.reserved_domains(), &request, |d| &d.id)?;
//! assert_eq!(domain.domain, "app.example.com");
//! # Ok::<(), ngrok_api::Error>(())
//! ```

use crate::meta::OperationMeta;
use crate::{Error, List, Result, Service};

/// A service whose standard operations act on one resource type.
pub trait Resource: Service {
    /// What `get`, `create`, `update` and `replace` return, and what `list` yields.
    type Item;
}

/// A service with `get`: fetches one item.
pub trait Get: Resource {
    /// Fetches the item at `path` (parents' ids, then the item's id).
    fn get(&self, path: &[&str]) -> Result<Self::Item>;
}

/// A service with `create`: makes a new item.
pub trait Create: Resource {
    /// What creating an item takes; parents' ids are fields of it.
    type CreateRequest;
    /// Creates an item.
    fn create(&self, request: &Self::CreateRequest) -> Result<Self::Item>;
}

/// A service with `update`: changes the fields of an item that the request sets.
pub trait Update: Resource {
    /// What updating an item takes; the item's id and its parents' are fields of it.
    type UpdateRequest;
    /// Updates an item and returns it as it now is.
    fn update(&self, request: &Self::UpdateRequest) -> Result<Self::Item>;
}

/// A singleton module with `replace`: sets the module as a whole.
pub trait Replace: Resource {
    /// What the module is set to.
    type ReplaceRequest;
    /// Sets the module at `path` (its parent's id) and returns it as it now is.
    fn replace(&self, path: &[&str], request: &Self::ReplaceRequest) -> Result<Self::Item>;
}

/// A service with `delete`: removes an item (or a singleton module).
pub trait Delete: Service {
    /// Deletes the item at `path` (parents' ids, then the item's id).
    fn delete(&self, path: &[&str]) -> Result<()>;
}

/// A service with a paged `list`: its items, page after page.
pub trait ListItems: Resource {
    /// One page of the list, as the API sends it.
    type Page: serde::de::DeserializeOwned;
    /// The items under `path` (the parents' ids; `&[]` for a top-level service). Unlike
    /// the inherent `list`, this returns a `Result`: the error is a `path` of the wrong
    /// length, found before anything is sent.
    fn list(&self, path: &[&str]) -> Result<List<Self::Page, Self::Item>>;
}

/// How many path arguments the operation `name` of `S` takes, or `None` if `S` has no
/// such operation.
///
/// ```
/// use ngrok_api::services::{HTTPSEdgeRoutes, ReservedDomains};
///
/// assert_eq!(ngrok_api::capability::path_len::<ReservedDomains>("get"), Some(1));
/// assert_eq!(ngrok_api::capability::path_len::<ReservedDomains>("list"), Some(0));
/// assert_eq!(ngrok_api::capability::path_len::<HTTPSEdgeRoutes>("delete"), Some(2));
/// assert_eq!(ngrok_api::capability::path_len::<HTTPSEdgeRoutes>("list"), None);
/// ```
pub fn path_len<S: Service>(name: &str) -> Option<usize> {
    S::meta().operation(name).map(|op| op.path_params().count())
}

/// The path arguments of a trait call as the array the inherent method takes, or an
/// error naming the operation and what it expects. Called by expansions, through
/// `__private` like everything else they reach.
#[doc(hidden)]
pub fn path_args<'a, const N: usize>(
    op: &'static OperationMeta,
    path: &[&'a str],
) -> Result<[&'a str; N]> {
    <[&str; N]>::try_from(path).map_err(|_| {
        let expected: Vec<&str> = op.path_params().collect();
        Error::InvalidArgument(format!(
            "{} takes {} path argument(s) ({}), got {}",
            op.label,
            N,
            expected.join(", "),
            path.len()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::{HTTPSEdgeRoutes, ReservedDomains};

    fn op<S: Service>(name: &str) -> &'static OperationMeta {
        S::meta().operation(name).unwrap()
    }

    #[test]
    fn path_args_of_the_right_length_are_returned_in_order() {
        let args = path_args::<2>(op::<HTTPSEdgeRoutes>("get"), &["edghts_1", "edghtsrt_2"]);
        assert_eq!(args.unwrap(), ["edghts_1", "edghtsrt_2"]);
    }

    #[test]
    fn path_args_of_another_length_name_the_operation_and_its_placeholders() {
        let err = path_args::<2>(op::<HTTPSEdgeRoutes>("get"), &["edghtsrt_2"]).unwrap_err();
        let Error::InvalidArgument(message) = err else {
            panic!("{err:?}")
        };
        assert_eq!(
            message,
            "edges.https_routes.get takes 2 path argument(s) (edge_id, id), got 1"
        );
    }

    #[test]
    fn path_len_counts_placeholders() {
        assert_eq!(path_len::<ReservedDomains>("delete"), Some(1));
        assert_eq!(path_len::<ReservedDomains>("create"), Some(0));
        assert_eq!(path_len::<ReservedDomains>("nope"), None);
    }
}
