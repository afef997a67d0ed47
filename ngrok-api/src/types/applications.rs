//! Application sessions and users: the visitors who signed in at your endpoints through an identity
//! provider, and the browser sessions they did it from.

use super::Ref;
use crate::Timestamp;

/// An application session: a browser session of a visitor who signed in through an identity
/// provider to reach one of your endpoints.
#[crate::model(response)]
pub struct ApplicationSession {
    /// The application session's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this application session.
    pub uri: String,
    /// The URL of the endpoint the session was opened at.
    pub public_url: String,
    /// The browser the visitor signed in with: its user agent, address and location.
    pub browser_session: BrowserSession,
    /// The signed-in user the session belongs to, or `None` if the API names none.
    pub application_user: Option<Ref>,
    /// The creation time of the application session.
    pub created_at: Timestamp,
    /// When the visitor last used the session.
    pub last_active: Timestamp,
    /// When the session runs out; after that the visitor has to sign in again.
    pub expires_at: Timestamp,
    /// The endpoint the session was opened at, or `None` if the API names none.
    pub endpoint: Option<Ref>,
    /// The edge the session belongs to; `None` when the endpoint was started by an agent.
    pub edge: Option<Ref>,
    /// The edge route the session belongs to; `None` when the endpoint was started by an agent.
    pub route: Option<Ref>,
}

/// One page of application sessions. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
#[crate::model(response)]
pub struct ApplicationSessionList {
    /// The application sessions on this page.
    pub application_sessions: Vec<ApplicationSession>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// The browser behind an application session: what its `User-Agent` header says, the address it
/// connected from and where that address is.
#[crate::model(response)]
pub struct BrowserSession {
    /// What the browser's `User-Agent` header says about it.
    pub user_agent: UserAgent,
    /// The IP address the browser connected from.
    pub ip_address: String,
    /// Where that IP address is located, or `None` if geolocation gave nothing.
    pub location: Option<Location>,
}

/// A `User-Agent` header, as received and as ngrok parsed it into browser, device and operating
/// system.
#[crate::model(response)]
pub struct UserAgent {
    /// The `User-Agent` header exactly as the browser sent it.
    pub raw: String,
    /// The browser's name, such as `Chrome`.
    pub browser_name: String,
    /// The browser's version, such as `102`.
    pub browser_version: String,
    /// The kind of device, such as `Desktop`.
    pub device_type: String,
    /// The operating system's name, such as `MacOS`.
    pub os_name: String,
    /// The operating system's version, such as `10.15.7`.
    pub os_version: String,
}

/// Where an IP address is on the map, as far as geolocation can tell. Every field is `None` when
/// unknown.
#[crate::model(response)]
pub struct Location {
    /// The ISO code of the country, or `None` if unknown.
    pub country_code: Option<String>,
    /// The latitude, in degrees, or `None` if unknown.
    pub latitude: Option<f64>,
    /// The longitude, in degrees, or `None` if unknown.
    pub longitude: Option<f64>,
    /// How precise the coordinates are: the radius around them, in kilometres, within which the
    /// address probably lies. `None` if unknown.
    pub lat_long_radius_km: Option<u64>,
}

/// An application user: someone who signed in through an identity provider to reach one of your
/// endpoints, with what the provider told ngrok about them.
#[crate::model(response)]
pub struct ApplicationUser {
    /// The application user's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this application user.
    pub uri: String,
    /// The identity provider the user signed in with.
    pub identity_provider: IdentityProvider,
    /// The user's unique id at the identity provider.
    pub provider_user_id: String,
    /// The user's username, as the identity provider gave it.
    pub username: String,
    /// The user's email address, as the identity provider gave it.
    pub email: String,
    /// The user's full name, as the identity provider gave it.
    pub name: String,
    /// The creation time of the application user.
    pub created_at: Timestamp,
    /// When the application user was last active.
    pub last_active: Timestamp,
    /// When the user last signed in.
    pub last_login: Timestamp,
}

/// One page of application users. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct ApplicationUserList {
    /// The application users on this page.
    pub application_users: Vec<ApplicationUser>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// The identity provider an application user signed in with.
#[crate::model(response)]
pub struct IdentityProvider {
    /// The provider's name, such as `Google`.
    pub name: String,
    /// The provider's URL, such as `https://accounts.google.com`.
    pub url: String,
}
