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
    name = mutual_tls,
    path = "/widgets/{id}/mutual_tls",
    singleton,
    resource = Widget,
    create(WidgetCreate),
    get,
)]
/// The widgets.
pub struct WidgetMutualTls;

fn main() {}
