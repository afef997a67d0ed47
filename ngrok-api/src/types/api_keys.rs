//! API keys: the credentials that authenticate calls to this API.

use crate::Timestamp;

/// An API key: a credential for calling this API, as returned when a key is created, read or
/// listed. Its `token` is only present in the answer to the create call.
#[crate::model(response)]
pub struct APIKey {
    /// The API key's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this API key.
    pub uri: String,
    /// A human-readable note on what the API key is for; at most 255 bytes. Empty if none was
    /// given.
    pub description: String,
    /// Free-form data for your programs to attach to the API key, such as a JSON document; at most
    /// 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The creation time of the API key.
    pub created_at: Timestamp,
    /// The bearer token that authenticates API calls made with this key. Only the answer to
    /// creating the key carries it (every later read gives `None`), so store it then. Hidden from
    /// `Debug` output.
    #[secret]
    pub token: Option<String>,
    /// The id of the user or bot user that owns the API key.
    pub owner_id: Option<String>,
}

/// The fields to send when creating an API key. All of them are optional.
#[crate::model(request)]
pub struct APIKeyCreate {
    /// A human-readable note on what the API key is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the API key, such as a JSON document; at most
    /// 4096 bytes. Optional.
    pub metadata: String,
    /// The user or bot user to own the new key; `None` means the caller. Only administrators may
    /// name someone else.
    pub owner_id: Option<String>,
}

/// The fields to change on an API key. `None` leaves a field unchanged; `Some(String::new())`
/// clears it.
#[crate::model(request)]
pub struct APIKeyUpdate {
    /// The id of the API key to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the API key. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub description: Option<String>,
    /// New machine-readable data for the API key. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub metadata: Option<String>,
}

/// One page of API keys. `next_page_uri` leads to the following page; the list iterators follow it
/// for you.
#[crate::model(response)]
pub struct APIKeyList {
    /// The API keys on this page.
    pub keys: Vec<APIKey>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
