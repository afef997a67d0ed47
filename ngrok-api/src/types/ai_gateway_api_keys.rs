//! API keys of ngrok's AI gateway, each tied to an endpoint. Newer than the published spec; only
//! the Go client knows them.

use super::Ref;
use crate::Timestamp;

/// An API key of ngrok's AI gateway, tied to one endpoint, as returned when it is created, read or
/// listed.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct AIGatewayAPIKey {
    /// The AI gateway API key's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this AI gateway API key.
    pub uri: String,
    /// The creation time of the AI gateway API key.
    pub created_at: Timestamp,
    /// When the AI gateway API key was last changed.
    pub updated_at: Timestamp,
    /// A human-readable note on what the AI gateway API key is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the AI gateway API key, such as a JSON
    /// document. Empty if none was given.
    pub metadata: String,
    /// A reference to whoever created the AI gateway API key.
    pub created_by: Ref,
    /// A reference to whoever changed the AI gateway API key last.
    pub last_updated_by: Ref,
    /// The endpoint the key is tied to.
    pub endpoint: Ref,
    /// The secret value of the key. Whether reads after creation still return it is not documented,
    /// so store it from the answer to the create call; empty when the API leaves it out. Hidden
    /// from `Debug` output.
    #[secret]
    pub token: String,
    /// A name to show for the key. Neither the create nor the update call takes it.
    pub display_name: String,
    /// When the key was last used, as the API writes it (kept as text, since its format is not
    /// documented); `None` when the API sends no value.
    pub last_used: Option<String>,
}

/// The fields to send when creating an AI gateway API key.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct AIGatewayAPIKeyCreate {
    /// A human-readable note on what the AI gateway API key is for. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the AI gateway API key, such as a JSON
    /// document. Optional.
    pub metadata: String,
    /// The id of the endpoint to tie the key to.
    pub endpoint_id: String,
}

/// The fields to change on an AI gateway API key. `None` leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct AIGatewayAPIKeyUpdate {
    /// The id of the AI gateway API key to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the AI gateway API key. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the AI gateway API key. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// The id of another endpoint to tie the key to; `None` leaves it unchanged.
    pub endpoint_id: Option<String>,
}

/// One page of AI gateway API keys. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct AIGatewayAPIKeyList {
    /// The AI gateway API keys on this page.
    pub ai_gateway_api_keys: Vec<AIGatewayAPIKey>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
