#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
}

// Two unrelated mistakes: a parse error (`PUSH`) and a check error (the second `get`).
// Both are reported by one build.
#[ngrok_api::service(
    name = widgets,
    path = "/widgets",
    resource = Widget,
    get,
    action(polish, PUSH "/{id}/polish"),
    get,
)]
/// The widgets.
pub struct Widgets;

fn main() {}
