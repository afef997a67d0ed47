#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::service(
    name = m,
    path = "/widgets/{id}/m",
    singleton,
    key = name,
    resource = Widget,
    get,
)]
/// The widgets.
pub struct M;

fn main() {}
