#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::service(
    name = routes,
    path = "/edges/{id}/routes",
    resource = Widget,
    get,
)]
/// The widgets.
pub struct Routes;

fn main() {}
