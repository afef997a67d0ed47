#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
    /// The key to the widget.
    #[secret(redact)]
    pub token: String,
}

fn main() {}
