//! A collection with every shorthand and two actions: one DELETE without a body, one POST
//! with a request and a response.

use ngrok_api::meta::{Method, OperationKind};
use ngrok_api::{Client, List, Result, Service};

#[ngrok_api::model]
/// A thing.
pub struct Thing {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its label.
    pub label: Option<String>,
}

#[ngrok_api::model]
/// What creating a thing takes.
pub struct ThingCreate {
    /// Its name.
    pub name: String,
}

#[ngrok_api::model]
/// A partial change to a thing.
pub struct ThingUpdate {
    /// Which thing.
    pub id: String,
    /// A new name, if set.
    pub name: Option<String>,
}

#[ngrok_api::model]
/// A new name for a thing.
pub struct ThingRename {
    /// Which thing (goes into the path, not the body).
    pub id: String,
    /// The new name.
    pub name: String,
}

#[ngrok_api::model]
/// A page of things.
pub struct ThingList {
    /// The things.
    pub things: Vec<Thing>,
    /// This page.
    pub uri: String,
    /// The next page.
    pub next_page_uri: Option<String>,
}

#[ngrok_api::service(
    name = things,
    path = "/things",
    id_prefix = "thg",
    resource = Thing,
    create(ThingCreate),
    get,
    update(ThingUpdate),
    delete,
    list(ThingList, items = things, filter),
    action(delete_label, DELETE "/{id}/label"),
    action(rename, POST "/{id}/rename", request = ThingRename, response = Thing),
)]
/// The things.
pub struct Things;

/// Checks every signature; never called, so nothing is sent.
fn _shapes(client: &Client) -> Result<()> {
    let h: Things = client.service::<Things>();
    let created: Thing = h.create(&ThingCreate { name: "a".into(), ..Default::default() })?;
    let _x: Thing = h.get(&created.id)?;
    let _x: Thing = h.update(&ThingUpdate {
        id: created.id.clone(),
        name: None,
        ..Default::default()
    })?;
    let _x: Thing = h.rename(&ThingRename {
        id: created.id.clone(),
        name: "b".into(),
        ..Default::default()
    })?;
    let (): () = h.delete_label(&created.id)?;
    let (): () = h.delete(&created.id)?;
    let list: List<ThingList, Thing> = h.list();
    for thing in list.filter("obj.name == \"a\"").limit(10).iter() {
        let _x: Thing = thing?;
    }
    for page in h.list().pages() {
        let _x: ThingList = page?;
    }

    // The exact signatures.
    let _: fn(&Things, &ThingCreate) -> Result<Thing> = Things::create;
    let _: fn(&Things, &str) -> Result<Thing> = Things::get;
    let _: fn(&Things, &ThingUpdate) -> Result<Thing> = Things::update;
    let _: fn(&Things, &str) -> Result<()> = Things::delete;
    let _: fn(&Things) -> List<ThingList, Thing> = Things::list;
    let _: fn(&Things, &str) -> Result<()> = Things::delete_label;
    let _: fn(&Things, &ThingRename) -> Result<Thing> = Things::rename;
    Ok(())
}

fn main() {
    let meta = Things::meta();
    assert_eq!(meta.name, "things");
    assert_eq!(meta.path, "/things");
    assert_eq!(meta.key, Some("id"));
    assert_eq!(meta.id_prefix, Some("thg"));
    assert_eq!((meta.resource)().name, "Thing");
    let ops: Vec<(&str, Method, &str)> = meta
        .operations
        .iter()
        .map(|op| (op.name, op.method, op.path))
        .collect();
    assert_eq!(
        ops,
        [
            ("create", Method::Post, "/things"),
            ("get", Method::Get, "/things/{id}"),
            ("update", Method::Patch, "/things/{id}"),
            ("delete", Method::Delete, "/things/{id}"),
            ("list", Method::Get, "/things"),
            ("delete_label", Method::Delete, "/things/{id}/label"),
            ("rename", Method::Post, "/things/{id}/rename"),
        ]
    );
    let rename = meta.operation("rename").unwrap();
    assert_eq!(rename.kind, OperationKind::Action);
    assert_eq!(rename.request.map(|s| s().name), Some("ThingRename"));
    assert_eq!(rename.response.map(|s| s().name), Some("Thing"));
    let list = meta.operation("list").unwrap().list.unwrap();
    assert!(list.paged && list.filter);
    assert_eq!(list.items_field, "things");
    assert_eq!(
        meta.operation("delete_label").unwrap().success_status(),
        204
    );
}
