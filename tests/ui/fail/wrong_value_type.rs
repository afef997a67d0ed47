#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::service(
    name = "widgets",
    path = "/widgets",
    resource = Widget,
    get,
)]
/// The widgets.
pub struct Widgets;

fn main() {}
