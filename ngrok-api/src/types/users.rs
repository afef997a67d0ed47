//! Bot users and service users: identities of the account for programs rather than people. Service
//! users are newer than the published spec; only the Go client knows them.

use crate::Timestamp;

/// A bot user: an identity of the account for programs rather than people. Like a user, it can own
/// API keys and credentials.
#[crate::model(response)]
pub struct BotUser {
    /// The bot user's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this bot user.
    pub uri: String,
    /// The bot user's name, for people to tell it apart.
    pub name: String,
    /// Whether the bot user is active.
    pub active: bool,
    /// The creation time of the bot user.
    pub created_at: Timestamp,
}

/// The fields to send when creating a bot user.
#[crate::model(request)]
pub struct BotUserCreate {
    /// A name for the new bot user, for people to tell it apart.
    pub name: String,
    /// Whether the new bot user starts out active; `None` leaves it to the API's default.
    pub active: Option<bool>,
}

/// The fields to change on a bot user: its name and whether it is active. `None` leaves a field
/// unchanged.
#[crate::model(request)]
pub struct BotUserUpdate {
    /// The id of the bot user to change. It goes into the request path.
    pub id: String,
    /// A new name for the bot user; `None` leaves it unchanged.
    pub name: Option<String>,
    /// `Some(false)` deactivates the bot user and `Some(true)` activates it again; `None` leaves it
    /// unchanged.
    pub active: Option<bool>,
}

/// One page of bot users. `next_page_uri` leads to the following page; the list iterators follow it
/// for you.
#[crate::model(response)]
pub struct BotUserList {
    /// The bot users on this page.
    pub bot_users: Vec<BotUser>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// A service user of the account: a name and whether it is active. It has the same fields as
/// [`BotUser`]; how the two kinds differ is not documented.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct ServiceUser {
    /// The service user's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this service user.
    pub uri: String,
    /// The service user's name.
    pub name: String,
    /// Whether the service user is active.
    pub active: bool,
    /// The creation time of the service user.
    pub created_at: Timestamp,
}

/// The fields to send when creating a service user.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct ServiceUserCreate {
    /// The name to give the new service user.
    pub name: String,
    /// Whether the new service user starts out active; `None` leaves it to the API's default.
    pub active: Option<bool>,
}

/// The fields to change on a service user: its name and whether it is active. `None` leaves a field
/// unchanged.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(request)]
pub struct ServiceUserUpdate {
    /// The id of the service user to change. It goes into the request path.
    pub id: String,
    /// A new name for the service user; `None` leaves it unchanged.
    pub name: Option<String>,
    /// `Some(false)` deactivates the service user and `Some(true)` activates it again; `None`
    /// leaves it unchanged.
    pub active: Option<bool>,
}

/// One page of service users. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
///
/// Newer than the published API spec: only the Go client knows this type.
#[crate::model(response)]
pub struct ServiceUserList {
    /// The service users on this page.
    pub service_users: Vec<ServiceUser>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
