#[ngrok_api::model(reponse)]
/// A misspelt role.
pub struct Widget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::model(response = true)]
/// A role with a value.
pub struct Gadget {
    /// Its id.
    pub id: String,
}

#[ngrok_api::model(request, response)]
/// Two roles.
pub struct Gizmo {
    /// Its id.
    pub id: String,
}

fn main() {}
