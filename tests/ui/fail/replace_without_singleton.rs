#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::model]
/// What creating a widget takes.
pub struct WidgetCreate {
    /// Its size.
    pub size: u32,
}

#[ngrok_api::service(
    name = widgets,
    path = "/widgets",
    resource = Widget,
    get,
    replace(WidgetCreate),
)]
/// The widgets.
pub struct Widgets;

fn main() {}
