//! A model's role decides how it serialises: `response` writes every field the way the API
//! does, `request` (the default) leaves out what is unset. Both decode `null` as the
//! default, and the role shows in `Model::ROLE`.

use ngrok_api::{Model, Role};

#[ngrok_api::model(response)]
/// A widget as the API returns it.
pub struct Widget {
    /// Its id.
    pub id: String,
    /// Its size, if known.
    pub size: Option<u32>,
    /// Whether it is in use.
    pub active: bool,
    /// Its tags.
    pub tags: Vec<String>,
}

#[ngrok_api::model(request)]
/// What to change on a widget.
pub struct WidgetUpdate {
    /// The widget's id.
    pub id: String,
    /// The new description; `Some("")` clears it.
    pub description: Option<String>,
    /// The new size.
    pub size: Option<u32>,
    /// Whether to mark it in use.
    pub active: bool,
}

#[ngrok_api::model]
/// No role given: a request.
pub struct WidgetCreate {
    /// Its size.
    pub size: u32,
}

fn main() {
    assert_eq!(Widget::ROLE, Role::Response);
    assert_eq!(WidgetUpdate::ROLE, Role::Request);
    assert_eq!(WidgetCreate::ROLE, Role::Request);

    let widget: Widget =
        serde_json::from_str(r#"{"id":"w_1","size":null,"active":null,"tags":null,"x":1}"#)
            .unwrap();
    assert_eq!(
        serde_json::to_string(&widget).unwrap(),
        r#"{"id":"w_1","size":null,"active":false,"tags":[],"x":1}"#
    );

    let update = WidgetUpdate {
        id: "w_1".into(),
        description: Some(String::new()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&update).unwrap(),
        r#"{"id":"w_1","description":""}"#
    );
    assert_eq!(serde_json::to_string(&WidgetCreate::default()).unwrap(), "{}");
}
