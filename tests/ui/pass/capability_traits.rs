//! The capability traits `#[service]` implements, used the way generic code uses them:
//! one function per shape (collection, nested collection, singleton module) run on the
//! built-in services against the emulator, plus a declaration of our own.

use ngrok_api::capability::path_len;
use ngrok_api::services::{HTTPSEdgeMutualTLSModule, HTTPSEdgeRoutes, ReservedDomains};
use ngrok_api::types::{
    EndpointMutualTLSMutate, HTTPSEdgeCreate, HTTPSEdgeRouteCreate, HTTPSEdgeRouteUpdate,
    ReservedDomainCreate, ReservedDomainUpdate,
};
use ngrok_api::{Create, Delete, Error, Get, ListItems, Replace, Resource, Result, Update};

/// Create, get, update, list and delete on any service, given the path of an item.
fn collection_cycle<S>(
    service: &S,
    create: &S::CreateRequest,
    update: impl Fn(&S::Item) -> S::UpdateRequest,
    path: impl Fn(&S::Item) -> Vec<String>,
) -> Result<S::Item>
where
    S: Create + Get + Update + Delete,
    S::Item: PartialEq + std::fmt::Debug,
{
    let created = service.create(create)?;
    let owned = path(&created);
    let path: Vec<&str> = owned.iter().map(String::as_str).collect();
    assert_eq!(service.get(&path)?, created);
    let updated = service.update(&update(&created))?;
    assert_ne!(updated, created);
    assert_eq!(service.get(&path)?, updated);
    service.delete(&path)?;
    assert!(matches!(service.get(&path), Err(e) if e.is_not_found()));
    Ok(updated)
}

/// How many items a paged list holds.
fn count<S: ListItems>(service: &S, parents: &[&str]) -> Result<usize> {
    service.list(parents)?.iter().try_fold(0, |n, item| item.map(|_| n + 1))
}

/// Replace, get and delete on any singleton module.
fn module_cycle<S>(service: &S, path: &[&str], request: &S::ReplaceRequest) -> Result<S::Item>
where
    S: Replace + Get + Delete,
    S::Item: PartialEq + std::fmt::Debug,
{
    let replaced = service.replace(path, request)?;
    assert_eq!(service.get(path)?, replaced);
    service.delete(path)?;
    Ok(replaced)
}

// Each compiles only if `S` has the traits: the bounds are the check.
fn has_collection_traits<S: Create + Get + Update + Delete + ListItems>() {}
fn has_nested_traits<S: Create + Get + Update + Delete>() {}
fn has_module_traits<S: Replace + Get + Delete>() {}
fn has_things_traits<S: Get<Item = Thing> + ListItems<Page = ThingList>>() {}

#[ngrok_api::model]
/// A thing.
pub struct Thing {
    /// Its id.
    pub id: String,
}

#[ngrok_api::model]
/// A page of things.
pub struct ThingList {
    /// The things.
    pub things: Vec<Thing>,
    /// The next page.
    pub next_page_uri: Option<String>,
}

#[ngrok_api::service(
    name = things,
    path = "/things",
    resource = Thing,
    get,
    list(ThingList, items = things),
    action(frobnicate, POST "/{id}/frobnicate"),
)]
/// The things: only `get` and `list` have traits; the action stays the handle's own.
pub struct Things;

fn main() {
    has_collection_traits::<ReservedDomains>();
    has_nested_traits::<HTTPSEdgeRoutes>();
    has_module_traits::<HTTPSEdgeMutualTLSModule>();
    has_things_traits::<Things>();

    let server = ngrok_api_mock::MockServer::start();
    let client = server.client();

    // A top-level collection: the path is the item's id.
    let domains = client.reserved_domains();
    let before = count(&domains, &[]).unwrap();
    let updated = collection_cycle(
        &domains,
        &ReservedDomainCreate {
            domain: "generic.example.com".into(),
            ..Default::default()
        },
        |d| ReservedDomainUpdate {
            id: d.id.clone(),
            description: Some("changed".into()),
            ..Default::default()
        },
        |d| vec![d.id.clone()],
    )
    .unwrap();
    assert_eq!(updated.description, "changed");
    assert_eq!(count(&domains, &[]).unwrap(), before);

    // A nested collection: the path is the edge's id, then the route's.
    let edge = client
        .edges()
        .https()
        .create(&HTTPSEdgeCreate::default())
        .unwrap();
    let edge_id = edge.id.clone();
    let route = collection_cycle(
        &client.edges().https_routes(),
        &HTTPSEdgeRouteCreate {
            edge_id: edge.id.clone(),
            match_type: "path_prefix".into(),
            r#match: "/api".into(),
            ..Default::default()
        },
        |r| HTTPSEdgeRouteUpdate {
            edge_id: r.edge_id.clone(),
            id: r.id.clone(),
            match_type: r.match_type.clone(),
            r#match: r.r#match.clone(),
            description: "changed".into(),
            ..Default::default()
        },
        move |r| vec![edge_id.clone(), r.id.clone()],
    )
    .unwrap();
    assert_eq!(route.edge_id, edge.id);

    // A singleton module: the path is its parent's id.
    let module = module_cycle(
        &client.edge_modules().https_edge_mutual_tls(),
        &[&edge.id],
        &EndpointMutualTLSMutate {
            enabled: Some(false),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(module.enabled, Some(false));

    // A slice of the wrong length is refused before anything is sent.
    assert_eq!(path_len::<HTTPSEdgeRoutes>("get"), Some(2));
    let requests = server.requests().len();
    let routes = client.edges().https_routes();
    for path in [&[][..], &["edghtsrt_1"][..], &["a", "b", "c"][..]] {
        match Get::get(&routes, path) {
            Err(Error::InvalidArgument(message)) => {
                assert!(message.contains("edges.https_routes.get takes 2"), "{message}")
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(matches!(
        ListItems::list(&domains, &["extra"]),
        Err(Error::InvalidArgument(_))
    ));
    assert!(matches!(
        Replace::replace(
            &client.edge_modules().https_edge_mutual_tls(),
            &[],
            &EndpointMutualTLSMutate::default()
        ),
        Err(Error::InvalidArgument(_))
    ));
    assert_eq!(server.requests().len(), requests, "nothing was sent");

    // The inherent methods are still the ones a concrete handle calls.
    let _: fn(&ReservedDomains, &str) -> Result<<ReservedDomains as Resource>::Item> =
        ReservedDomains::get;
}
