//! A singleton module of a resource: `replace`, `get` and `delete` act on one path.

use ngrok_api::meta::Method;
use ngrok_api::{Client, Result, Service};

#[ngrok_api::model]
/// The lock module of a box.
pub struct Lock {
    /// Whether it is on.
    pub enabled: Option<bool>,
    /// Who may open it.
    pub owners: Vec<String>,
}

#[ngrok_api::model]
/// The lock module, as set.
pub struct LockReplace {
    /// Whether it is on.
    pub enabled: Option<bool>,
    /// Who may open it.
    pub owners: Vec<String>,
}

#[ngrok_api::service(
    name = box_lock,
    group = box_modules,
    path = "/boxes/{id}/lock",
    singleton,
    resource = Lock,
    replace(LockReplace),
    get,
    delete,
)]
/// The lock module of a box.
pub struct BoxLockModule;

fn _shapes(client: &Client) -> Result<()> {
    let h = client.service::<BoxLockModule>();
    let set: Lock = h.replace(
        "box_1",
        &LockReplace {
            enabled: Some(true),
            owners: vec!["me".into()],
            ..Default::default()
        },
    )?;
    let _x: Lock = h.get("box_1")?;
    let (): () = h.delete("box_1")?;
    let _ = set;

    let _: fn(&BoxLockModule, &str, &LockReplace) -> Result<Lock> = BoxLockModule::replace;
    let _: fn(&BoxLockModule, &str) -> Result<Lock> = BoxLockModule::get;
    let _: fn(&BoxLockModule, &str) -> Result<()> = BoxLockModule::delete;
    Ok(())
}

fn main() {
    let meta = BoxLockModule::meta();
    assert!(meta.is_singleton());
    assert_eq!(meta.key, None);
    let ops: Vec<(&str, Method, &str)> = meta
        .operations
        .iter()
        .map(|op| (op.name, op.method, op.path))
        .collect();
    assert_eq!(
        ops,
        [
            ("replace", Method::Put, "/boxes/{id}/lock"),
            ("get", Method::Get, "/boxes/{id}/lock"),
            ("delete", Method::Delete, "/boxes/{id}/lock"),
        ]
    );
}
