#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::service(
    name = widgets,
    path = "/widgets",
    id_prefx = "wdg",
    resource = Widget,
    get,
)]
/// The widgets.
pub struct Widgets;

fn main() {}
