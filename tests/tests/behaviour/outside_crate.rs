//! A service declared outside `ngrok-api`, with the public macros, served by the emulator
//! next to the built-in services and called over real HTTP.

use ngrok_api::meta::{Method, OperationKind};
use ngrok_api::types::ReservedDomainCreate;
use ngrok_api::{Client, Service};
use ngrok_api_mock::MockServer;

#[ngrok_api::model]
/// A widget of the (imaginary) widgets API.
pub struct Widget {
    /// Its id, `wdg_…`.
    pub id: String,
    /// Its URI.
    pub uri: String,
    /// When it was made.
    pub created_at: String,
    /// Its name.
    pub name: String,
    /// Its size.
    pub size: u32,
    /// A note about it.
    pub description: String,
}

#[ngrok_api::model]
/// What creating a widget takes.
pub struct WidgetCreate {
    /// Its name.
    pub name: String,
    /// Its size.
    pub size: u32,
    /// A note about it.
    pub description: String,
}

#[ngrok_api::model]
/// A partial change to a widget: fields left `None` stay as they are.
pub struct WidgetUpdate {
    /// Which widget.
    pub id: String,
    /// A new name.
    pub name: Option<String>,
    /// A new size.
    pub size: Option<u32>,
    /// A new note.
    pub description: Option<String>,
}

#[ngrok_api::model]
/// A page of widgets.
pub struct WidgetList {
    /// The widgets on this page.
    pub widgets: Vec<Widget>,
    /// This page.
    pub uri: String,
    /// The next page, if any.
    pub next_page_uri: Option<String>,
}

#[ngrok_api::service(
    name = widgets,
    path = "/widgets",
    id_prefix = "wdg",
    resource = Widget,
    create(WidgetCreate),
    get,
    update(WidgetUpdate),
    delete,
    list(WidgetList, items = widgets, filter),
    action(polish, POST "/{id}/polish"),
)]
/// The widgets on the account.
pub struct Widgets;

fn serve() -> (MockServer, Client) {
    let server = MockServer::builder()
        .service::<Widgets>()
        .start()
        .expect("start the emulator");
    let client = server.client();
    (server, client)
}

/// Creates `n` widgets named `w0`, `w1`, ...; returns them oldest first.
fn create_widgets(widgets: &Widgets, n: u32) -> Vec<Widget> {
    (0..n)
        .map(|i| {
            widgets
                .create(&WidgetCreate {
                    name: format!("w{i}"),
                    size: 10 + i,
                    description: if i % 2 == 0 { "even" } else { "odd" }.into(),
                    ..Default::default()
                })
                .expect("create a widget")
        })
        .collect()
}

#[test]
fn the_declaration_is_described_by_its_meta() {
    let meta = <Widgets as Service>::meta();
    assert_eq!(meta.name, "widgets");
    assert_eq!(meta.group, None);
    assert_eq!(meta.qualified_name(), "widgets");
    assert_eq!(meta.path, "/widgets");
    assert_eq!(meta.key, Some("id"));
    assert_eq!(meta.id_prefix, Some("wdg"));
    assert!(!meta.is_singleton());
    assert_eq!((meta.resource)().name, "Widget");
    let ops: Vec<(&str, OperationKind, Method, &str)> = meta
        .operations
        .iter()
        .map(|op| (op.name, op.kind, op.method, op.path))
        .collect();
    assert_eq!(
        ops,
        [
            ("create", OperationKind::Create, Method::Post, "/widgets"),
            ("get", OperationKind::Get, Method::Get, "/widgets/{id}"),
            (
                "update",
                OperationKind::Update,
                Method::Patch,
                "/widgets/{id}"
            ),
            (
                "delete",
                OperationKind::Delete,
                Method::Delete,
                "/widgets/{id}"
            ),
            ("list", OperationKind::List, Method::Get, "/widgets"),
            (
                "polish",
                OperationKind::Action,
                Method::Post,
                "/widgets/{id}/polish"
            ),
        ]
    );
    let create = meta.operation("create").unwrap();
    assert_eq!(create.request.map(|s| s().name), Some("WidgetCreate"));
    assert_eq!(create.success_status(), 201);
    let list = meta.operation("list").unwrap().list.unwrap();
    assert_eq!(list.items_field, "widgets");
    assert!(list.paged && list.filter);
    let polish = meta.operation("polish").unwrap();
    assert_eq!(polish.label, "widgets.polish");
    assert!(polish.request.is_none() && polish.response.is_none());
    assert_eq!(polish.success_status(), 204);
    assert!(
        ngrok_api::registry()
            .iter()
            .all(|meta| meta().name != "widgets"),
        "a service declared outside ngrok-api is not in its registry"
    );
}

#[test]
fn a_service_declared_outside_ngrok_api_works_over_http() {
    let (server, client) = serve();
    let widgets = client.service::<Widgets>();

    // Create: ids carry the declared prefix, the emulator fills in the rest.
    let created = create_widgets(&widgets, 5);
    for (i, w) in created.iter().enumerate() {
        assert!(w.id.starts_with("wdg_"), "{}", w.id);
        assert_eq!(w.name, format!("w{i}"));
        assert_eq!(w.uri, format!("{}/widgets/{}", server.url(), w.id));
        assert!(!w.created_at.is_empty());
    }
    let mut ids: Vec<&str> = created.iter().map(|w| w.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5, "ids are unique");

    // Get.
    let fetched = widgets.get(&created[1].id).unwrap();
    assert_eq!(fetched, created[1]);

    // Update: only the fields that are set change.
    let updated = widgets
        .update(&WidgetUpdate {
            id: created[2].id.clone(),
            size: Some(99),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.size, 99);
    assert_eq!(updated.name, "w2", "a field left None stays unchanged");
    assert_eq!(
        updated.description, "even",
        "a field left None stays unchanged"
    );
    let again = widgets.get(&created[2].id).unwrap();
    assert_eq!(again, updated);
    let patch = server
        .requests()
        .into_iter()
        .rfind(|r| r.method == "PATCH")
        .expect("the update was sent");
    assert_eq!(patch.path, format!("/widgets/{}", created[2].id));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&patch.body).unwrap(),
        serde_json::json!({"size": 99}),
        "the id goes into the path and unset fields are not sent"
    );

    // List: newest first, two per page, three pages.
    server.clear_requests();
    let listed: Vec<String> = widgets
        .list()
        .limit(2)
        .iter()
        .map(|w| w.unwrap().id)
        .collect();
    let newest_first: Vec<String> = created.iter().rev().map(|w| w.id.clone()).collect();
    assert_eq!(listed, newest_first);
    let list_requests: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path == "/widgets")
        .collect();
    assert_eq!(
        list_requests.len(),
        3,
        "5 items at 2 per page: {list_requests:?}"
    );
    let sizes: Vec<usize> = widgets
        .list()
        .limit(2)
        .pages()
        .map(|page| page.unwrap().widgets.len())
        .collect();
    assert_eq!(sizes, [2, 2, 1]);

    // The declared filter is sent and applied.
    let odd: Vec<String> = widgets
        .list()
        .filter(r#"obj.description == "odd""#)
        .iter()
        .map(|w| w.unwrap().name)
        .collect();
    assert_eq!(odd, ["w3", "w1"]);

    // The action: POST with an empty JSON object, answered with 204.
    server.clear_requests();
    widgets.polish(&created[0].id).unwrap();
    let polish = &server.requests()[0];
    assert_eq!(polish.method, "POST");
    assert_eq!(polish.path, format!("/widgets/{}/polish", created[0].id));
    assert_eq!(polish.body, b"{}");
    let err = widgets.polish("wdg_missing").unwrap_err();
    assert!(err.is_not_found(), "{err:?}");

    // Delete, then the widget is gone.
    widgets.delete(&created[3].id).unwrap();
    let err = widgets.get(&created[3].id).unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    assert_eq!(err.status_code(), Some(404));
    let err = widgets.delete(&created[3].id).unwrap_err();
    assert!(err.is_not_found(), "deleting twice: {err:?}");
    assert_eq!(widgets.list().iter().count(), 4);
}

#[test]
fn built_in_services_still_work_on_the_same_server() {
    let (_server, client) = serve();
    assert_eq!(client.reserved_domains().list().iter().count(), 0);
    create_widgets(&client.service::<Widgets>(), 2);
    let domain = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "app.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(domain.id.starts_with("rd_"), "{}", domain.id);
    let domains: Vec<String> = client
        .reserved_domains()
        .list()
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    assert_eq!(
        domains,
        [domain.id.as_str()],
        "widgets do not show up as domains"
    );
    assert_eq!(client.service::<Widgets>().list().iter().count(), 2);
    // A domain's id is not a widget's: the emulator refuses it for its prefix, as the API does.
    let err = client.service::<Widgets>().get(&domain.id).unwrap_err();
    assert!(
        matches!(&err, ngrok_api::Error::Api(api)
            if api.status_code == 400 && api.error_code.as_deref() == Some("ERR_NGROK_227")),
        "{err:?}"
    );
}

#[test]
fn a_server_without_the_service_does_not_know_it() {
    let server = MockServer::start();
    let err = server
        .client()
        .service::<Widgets>()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
}
