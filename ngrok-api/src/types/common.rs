//! Small types that many services share: references to other objects and bare ids.

/// A reference to another API object: its id and the API URL it can be read from.
#[crate::model(response)]
pub struct Ref {
    /// The referenced object's id.
    pub id: String,
    /// The API URL at which the referenced object can be read.
    pub uri: String,
}

/// Only an object's id: the argument of calls that need nothing else, such as stopping or
/// restarting a tunnel session. The id goes into the request path, so no body is sent.
#[crate::model(request)]
pub struct Item {
    /// The id of the object to act on. It goes into the request path.
    pub id: String,
}
