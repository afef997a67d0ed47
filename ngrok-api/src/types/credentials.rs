//! Tunnel credentials: the authtokens that ngrok agents connect with, and the rules that limit what
//! they may bind.

use crate::Timestamp;

/// A tunnel credential: an authtoken with which an ngrok agent connects and starts tunnel sessions,
/// possibly limited by ACL rules. Its `token` is only present in the answer to the create call.
#[crate::model(response)]
pub struct Credential {
    /// The tunnel credential's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this tunnel credential.
    pub uri: String,
    /// The creation time of the tunnel credential.
    pub created_at: Timestamp,
    /// A human-readable note on what the tunnel credential is for; at most 255 bytes. Empty if none
    /// was given.
    pub description: String,
    /// Free-form data for your programs to attach to the tunnel credential, such as a JSON
    /// document; at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The authtoken an ngrok agent connects with. Only the answer to creating the credential
    /// carries it (every later read gives `None`), so store it then. Hidden from `Debug` output.
    #[secret]
    pub token: Option<String>,
    /// The rules limiting what the tunnel credential may bind; empty when it is unrestricted.
    ///
    /// Each rule has the form `bind:<what>`, the only kind there is: a domain
    /// (`bind:app.example.com`, or `bind:*.example.com` for every name under it), an address, or a
    /// label (`bind:team=web`, where either side may be `*`). The single rule `*` allows
    /// everything.
    pub acl: Vec<String>,
    /// The id of the user or bot user that owns the tunnel credential.
    pub owner_id: Option<String>,
}

/// The fields to send when creating a tunnel credential. All of them are optional: ngrok generates
/// the authtoken and returns it this once.
#[crate::model(request)]
pub struct CredentialCreate {
    /// A human-readable note on what the tunnel credential is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the tunnel credential, such as a JSON
    /// document; at most 4096 bytes. Optional.
    pub metadata: String,
    /// Rules limiting what the tunnel credential may bind; empty leaves it unrestricted.
    ///
    /// Each rule has the form `bind:<what>`, the only kind there is: a domain
    /// (`bind:app.example.com`, or `bind:*.example.com` for every name under it), an address, or a
    /// label (`bind:team=web`, where either side may be `*`). The single rule `*` allows
    /// everything.
    pub acl: Vec<String>,
    /// The user or bot user to own the new tunnel credential; `None` means the caller. Only
    /// administrators may name someone else.
    pub owner_id: Option<String>,
}

/// The fields to change on a tunnel credential; its authtoken cannot be changed. `None` leaves the
/// description or metadata unchanged and `Some(String::new())` clears it; a non-empty `acl`
/// replaces the rules, while an empty one is not sent.
#[crate::model(request)]
pub struct CredentialUpdate {
    /// The id of the tunnel credential to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the tunnel credential. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the tunnel credential. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A complete new set of rules, replacing the current ones. An empty list is not sent and
    /// leaves them unchanged; to lift every restriction, send the single rule `*`.
    ///
    /// Each rule has the form `bind:<what>`, the only kind there is: a domain
    /// (`bind:app.example.com`, or `bind:*.example.com` for every name under it), an address, or a
    /// label (`bind:team=web`, where either side may be `*`). The single rule `*` allows
    /// everything.
    pub acl: Vec<String>,
}

/// One page of tunnel credentials. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct CredentialList {
    /// The tunnel credentials on this page.
    pub credentials: Vec<Credential>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
