#[ngrok_api::model]
/// A widget reference.
pub struct WidgetRef(pub String);

fn main() {}
