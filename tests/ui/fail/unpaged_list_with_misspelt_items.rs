#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::model]
/// All the widgets.
pub struct WidgetList {
    /// The widgets.
    pub widgets: Vec<Widget>,
}

#[ngrok_api::service(
    name = widgets,
    path = "/widgets",
    resource = Widget,
    list(WidgetList, items = widgts, unpaged),
)]
/// The widgets.
pub struct Widgets;

fn main() {}
