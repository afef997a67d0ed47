#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::service(
    name = routes,
    path = "/edges/{edge_id}/routes",
    resource = Widget,
    get,
    action(restart, POST "/{edge_id}/restart"),
)]
/// The widgets.
pub struct Routes;

fn main() {}
