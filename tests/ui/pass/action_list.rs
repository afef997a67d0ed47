//! An action that lists other items of a resource (`GET "/{id}/things"`), paged like
//! any list.

use ngrok_api::meta::{Method, OperationKind};
use ngrok_api::{Client, List, Result, Service};

#[ngrok_api::model]
/// A box of things.
pub struct Crate {
    /// Its id.
    pub id: String,
}

#[ngrok_api::model]
/// A thing in a box.
pub struct Thing {
    /// Its id.
    pub id: String,
    /// Its weight.
    pub weight: u32,
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
    name = crates,
    path = "/crates",
    id_prefix = "crt",
    resource = Crate,
    get,
    action(things, GET "/{id}/things", list(ThingList, items = things, item = Thing)),
)]
/// The crates.
pub struct Crates;

fn _shapes(client: &Client) -> Result<()> {
    let h = client.service::<Crates>();
    let _x: Crate = h.get("crt_1")?;
    let things: List<ThingList, Thing> = h.things("crt_1");
    let mut total = 0;
    for thing in things.limit(5).iter() {
        total += thing?.weight;
    }
    let _ = total;

    let _: fn(&Crates, &str) -> List<ThingList, Thing> = Crates::things;
    Ok(())
}

fn main() {
    let op = Crates::meta().operation("things").unwrap();
    assert_eq!(op.kind, OperationKind::Action);
    assert_eq!(op.method, Method::Get);
    assert_eq!(op.path, "/crates/{id}/things");
    assert_eq!(op.response.map(|s| s().name), Some("ThingList"));
    let list = op.list.unwrap();
    assert!(list.paged && !list.filter);
    assert_eq!(list.items_field, "things");
}
