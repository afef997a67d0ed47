//! `crate = path` on both attributes: a crate that reaches `ngrok_api` through a
//! re-export still declares resources. The declarations below name the runtime only as
//! `crate::deps::api`, a re-export whose `__private` replaces two functions the
//! expansions call with counting wrappers; `main` checks that both counted, so this case
//! fails if either attribute ignored the option and went to `::ngrok_api` directly.

mod deps {
    /// The runtime, re-exported under another name.
    pub mod api {
        pub use ::ngrok_api::*;

        /// What the expansions call, with `is_zero` and `call` counting their calls.
        pub mod __private {
            pub use ::ngrok_api::__private::*;

            use std::sync::atomic::{AtomicUsize, Ordering};

            pub static IS_ZERO_CALLS: AtomicUsize = AtomicUsize::new(0);
            pub static CALLS: AtomicUsize = AtomicUsize::new(0);

            pub fn is_zero<T: ::ngrok_api::IsZero>(value: &T) -> bool {
                IS_ZERO_CALLS.fetch_add(1, Ordering::SeqCst);
                ::ngrok_api::__private::is_zero(value)
            }

            pub fn call<T: ::serde::de::DeserializeOwned>(
                client: &::ngrok_api::Client,
                op: &'static OperationMeta,
                args: &[&str],
                body: Body,
            ) -> ::ngrok_api::Result<T> {
                CALLS.fetch_add(1, Ordering::SeqCst);
                ::ngrok_api::__private::call(client, op, args, body)
            }
        }
    }
}

use std::sync::atomic::Ordering;

use deps::api::__private::{CALLS, IS_ZERO_CALLS};

#[deps::api::model(crate = crate::deps::api)]
/// A gizmo.
pub struct Gizmo {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its key, hidden from `Debug`.
    #[secret]
    pub token: Option<String>,
}

// serde's spelling, a string, works too.
#[deps::api::model(crate = "crate::deps::api")]
/// What creating a gizmo takes.
pub struct GizmoCreate {
    /// Its name.
    pub name: String,
}

#[deps::api::model(crate = crate::deps::api)]
/// A page of gizmos.
pub struct GizmoList {
    /// The gizmos.
    pub gizmos: Vec<Gizmo>,
    /// This page.
    pub uri: String,
    /// The next page.
    pub next_page_uri: Option<String>,
}

#[deps::api::service(
    crate = crate::deps::api,
    name = gizmos,
    path = "/gizmos",
    id_prefix = "gzm",
    resource = Gizmo,
    create(GizmoCreate),
    get,
    delete,
    list(GizmoList, items = gizmos),
)]
/// The gizmos.
pub struct Gizmos;

fn main() {
    let server = ngrok_api_mock::MockServer::builder()
        .service::<Gizmos>()
        .start()
        .expect("start the emulator");
    let gizmos = server.client().service::<Gizmos>();

    let created = gizmos
        .create(&GizmoCreate {
            name: "one".into(),
            ..Default::default()
        })
        .expect("create");
    assert!(created.id.starts_with("gzm_"), "{created:?}");
    assert_eq!(gizmos.get(&created.id).expect("get").name, "one");
    assert_eq!(gizmos.list().iter().count(), 1);
    gizmos.delete(&created.id).expect("delete");

    // Serialising the request asked the re-export's `is_zero`; create and get went
    // through its `call`.
    assert!(IS_ZERO_CALLS.load(Ordering::SeqCst) > 0, "model ignored `crate`");
    assert_eq!(CALLS.load(Ordering::SeqCst), 2, "service ignored `crate`");
    let secret = Gizmo {
        token: Some("hidden-value".into()),
        ..Default::default()
    };
    assert!(!format!("{secret:?}").contains("hidden-value"));
}
