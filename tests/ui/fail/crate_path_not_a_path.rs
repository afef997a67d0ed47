#[ngrok_api::model(crate = "not a path")]
/// A widget: the crate path is a string that holds no path.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::service(
    crate = 5,
    name = widgets,
    path = "/widgets",
    resource = Widget,
    get,
)]
/// The widgets: the crate path is a number.
pub struct Widgets;

#[ngrok_api::model(crat = ::ngrok_api)]
/// A gadget: the key is misspelt.
pub struct Gadget {
    /// Its id.
    pub id: String,
}

fn main() {}
