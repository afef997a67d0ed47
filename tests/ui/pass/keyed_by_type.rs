//! Items keyed by a `{type}` placeholder instead of an id, listed whole (`unpaged`).

use ngrok_api::{Client, Result, Service};

#[ngrok_api::model]
/// One event type a subscription receives.
pub struct Source {
    /// The event type; the item's key.
    pub r#type: String,
    /// Its URI.
    pub uri: String,
}

#[ngrok_api::model]
/// What adding a source takes.
pub struct SourceCreate {
    /// The subscription (goes into the path).
    pub subscription_id: String,
    /// The event type.
    pub r#type: String,
}

#[ngrok_api::model]
/// Every source of a subscription.
pub struct SourceList {
    /// The sources.
    pub sources: Vec<Source>,
    /// This list.
    pub uri: String,
}

#[ngrok_api::service(
    name = sources,
    path = "/subscriptions/{subscription_id}/sources",
    key = type,
    resource = Source,
    create(SourceCreate),
    get,
    delete,
    list(SourceList, items = sources, unpaged),
)]
/// The sources of a subscription.
pub struct Sources;

fn _shapes(client: &Client) -> Result<()> {
    let h = client.service::<Sources>();
    let source: Source = h.create(&SourceCreate {
        subscription_id: "sub_1".into(),
        r#type: "ip_policy.created".into(),
        ..Default::default()
    })?;
    let _x: Source = h.get("sub_1", &source.r#type)?;
    let all: SourceList = h.list("sub_1")?;
    let _x: Vec<Source> = all.sources;
    let (): () = h.delete("sub_1", "ip_policy.created")?;

    let _: fn(&Sources, &SourceCreate) -> Result<Source> = Sources::create;
    let _: fn(&Sources, &str, &str) -> Result<Source> = Sources::get;
    let _: fn(&Sources, &str) -> Result<SourceList> = Sources::list;
    let _: fn(&Sources, &str, &str) -> Result<()> = Sources::delete;
    Ok(())
}

fn main() {
    let meta = Sources::meta();
    assert_eq!(meta.key, Some("type"));
    assert_eq!(
        meta.operation("get").unwrap().path,
        "/subscriptions/{subscription_id}/sources/{type}"
    );
    let list = meta.operation("list").unwrap().list.unwrap();
    assert!(!list.paged && !list.filter);
    assert_eq!(list.items_field, "sources");
}
