#[ngrok_api::model]
/// The colour of a widget.
pub enum Colour {
    /// Red.
    Red,
    /// Blue.
    Blue,
}

fn main() {}
