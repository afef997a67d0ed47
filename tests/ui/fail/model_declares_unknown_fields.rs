#[ngrok_api::model]
/// A widget.
pub struct Widget {
    /// Its id.
    pub id: String,
    /// Declared by hand, but the attribute adds this field itself.
    pub unknown_fields: Vec<String>,
}

fn main() {}
