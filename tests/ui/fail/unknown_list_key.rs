#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::model]
/// A page of widgets.
pub struct WidgetList {
    /// The widgets.
    pub widgets: Vec<Widget>,
    /// The next page.
    pub next_page_uri: Option<String>,
}

#[ngrok_api::service(
    name = widgets,
    path = "/widgets",
    resource = Widget,
    list(WidgetList, itmes = widgets),
)]
/// The widgets.
pub struct Widgets;

fn main() {}
