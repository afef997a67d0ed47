//! A collection nested under another resource: every call names the parent too.

use ngrok_api::{Client, List, Result, Service};

#[ngrok_api::model]
/// A route of an edge.
pub struct Route {
    /// Its edge.
    pub edge_id: String,
    /// Its id.
    pub id: String,
    /// What it matches.
    pub r#match: String,
}

#[ngrok_api::model]
/// What creating a route takes.
pub struct RouteCreate {
    /// The edge to add it to (goes into the path).
    pub edge_id: String,
    /// What it matches.
    pub r#match: String,
}

#[ngrok_api::model]
/// A partial change to a route.
pub struct RouteUpdate {
    /// Its edge.
    pub edge_id: String,
    /// Which route.
    pub id: String,
    /// A new match, if set.
    pub r#match: Option<String>,
}

#[ngrok_api::model]
/// A page of routes.
pub struct RouteList {
    /// The routes.
    pub routes: Vec<Route>,
    /// The next page.
    pub next_page_uri: Option<String>,
}

#[ngrok_api::service(
    name = routes,
    group = edges,
    path = "/edges/{edge_id}/routes",
    id_prefix = "rt",
    resource = Route,
    create(RouteCreate),
    get,
    update(RouteUpdate),
    delete,
    list(RouteList, items = routes),
    action(restart, POST "/{id}/restart"),
)]
/// The routes of an edge.
pub struct Routes;

fn _shapes(client: &Client) -> Result<()> {
    let h = client.service::<Routes>();
    let route: Route = h.create(&RouteCreate {
        edge_id: "e_1".into(),
        r#match: "/".into(),
        ..Default::default()
    })?;
    let _x: Route = h.get(&route.edge_id, &route.id)?;
    let _x: Route = h.update(&RouteUpdate {
        edge_id: route.edge_id.clone(),
        id: route.id.clone(),
        r#match: Some("/api".into()),
        ..Default::default()
    })?;
    let (): () = h.restart("e_1", &route.id)?;
    let (): () = h.delete("e_1", &route.id)?;
    for r in h.list("e_1").iter() {
        let _x: Route = r?;
    }

    let _: fn(&Routes, &RouteCreate) -> Result<Route> = Routes::create;
    let _: fn(&Routes, &str, &str) -> Result<Route> = Routes::get;
    let _: fn(&Routes, &RouteUpdate) -> Result<Route> = Routes::update;
    let _: fn(&Routes, &str, &str) -> Result<()> = Routes::delete;
    let _: fn(&Routes, &str) -> List<RouteList, Route> = Routes::list;
    let _: fn(&Routes, &str, &str) -> Result<()> = Routes::restart;
    Ok(())
}

fn main() {
    let meta = Routes::meta();
    assert_eq!(meta.qualified_name(), "edges.routes");
    assert_eq!(meta.path, "/edges/{edge_id}/routes");
    let get = meta.operation("get").unwrap();
    assert_eq!(get.path, "/edges/{edge_id}/routes/{id}");
    assert_eq!(get.path_params().collect::<Vec<_>>(), ["edge_id", "id"]);
    assert_eq!(get.label, "edges.routes.get");
    assert_eq!(
        meta.operation("restart").unwrap().path,
        "/edges/{edge_id}/routes/{id}/restart"
    );
    assert_eq!(
        (meta.resource)().field("match").map(|f| f.json),
        Some("match")
    );
}
