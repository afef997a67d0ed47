#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::service(
    name = widgets,
    path = "/widgets",
    resource = Widget,
    get,
    get,
)]
/// The widgets: `get` is declared twice, and only that is reported; the code below
/// that uses the handle adds no errors of its own.
pub struct Widgets;

fn main() {
    let client = ngrok_api::Client::new("key");
    let _ = client.service::<Widgets>().get("w_1");
}
