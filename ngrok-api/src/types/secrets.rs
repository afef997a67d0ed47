//! Vaults and the secrets kept in them: named values that can be written through the API but never
//! read back.

use super::Ref;
use crate::Timestamp;

/// A secret: a named value kept in a vault, as returned when it is created, read or listed. The
/// value itself is never returned; this type has no field for it.
#[crate::model(response)]
pub struct Secret {
    /// The secret's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this secret.
    pub uri: String,
    /// The creation time of the secret.
    pub created_at: Timestamp,
    /// When the secret was last changed.
    pub updated_at: Timestamp,
    /// The secret's name.
    pub name: String,
    /// A human-readable note on what the secret is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the secret, such as a JSON document. Empty if
    /// none was given.
    pub metadata: String,
    /// A reference to whoever created the secret.
    pub created_by: Ref,
    /// A reference to whoever changed the secret last.
    pub last_updated_by: Ref,
    /// The vault that holds the secret.
    pub vault: Ref,
    /// The name of the vault that holds the secret. Newer than the published spec (Go client only).
    pub vault_name: String,
}

/// The fields to send when storing a secret. Name the vault that is to hold it with `vault_id`.
#[crate::model(request)]
pub struct SecretCreate {
    /// The name to give the new secret.
    pub name: String,
    /// The value to keep secret. It can be written but never read back. Hidden from `Debug` output.
    #[secret]
    pub value: String,
    /// Free-form data for your programs to attach to the secret, such as a JSON document. Optional.
    pub metadata: String,
    /// A human-readable note on what the secret is for. Optional.
    pub description: String,
    /// The id of the vault that is to hold the secret. Required.
    pub vault_id: String,
    /// The name of the vault that is to hold the secret. Newer than the published spec (Go client
    /// only); how it combines with `vault_id` is not documented.
    pub vault_name: String,
}

/// The fields to change on a secret, its value included. `None` leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata.
#[crate::model(request)]
pub struct SecretUpdate {
    /// The id of the secret to change. It goes into the request path.
    pub id: String,
    /// A new name for the secret; `None` leaves it unchanged.
    pub name: Option<String>,
    /// A new value for the secret; `None` keeps the current one. Hidden from `Debug` output.
    #[secret]
    pub value: Option<String>,
    /// New machine-readable data for the secret. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub metadata: Option<String>,
    /// A new human-readable note on the secret. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub description: Option<String>,
}

/// One page of secrets, from the list of all secrets or from the secrets of one vault.
/// `next_page_uri` leads to the following page; the list iterators follow it for you.
#[crate::model(response)]
pub struct SecretList {
    /// The secrets on this page.
    pub secrets: Vec<Secret>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// A vault: a named container that holds secrets.
#[crate::model(response)]
pub struct Vault {
    /// The vault's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this vault.
    pub uri: String,
    /// The creation time of the vault.
    pub created_at: Timestamp,
    /// When the vault was last changed.
    pub updated_at: Timestamp,
    /// The vault's name.
    pub name: String,
    /// A human-readable note on what the vault is for. Empty if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the vault, such as a JSON document. Empty if
    /// none was given.
    pub metadata: String,
    /// Who created the vault. A plain string here, where [`Secret`] has a [`Ref`](super::Ref).
    pub created_by: String,
    /// Who changed the vault last. A plain string here, where [`Secret`] has a [`Ref`](super::Ref).
    pub last_updated_by: String,
}

/// The fields to send when creating a vault.
#[crate::model(request)]
pub struct VaultCreate {
    /// The name to give the new vault.
    pub name: String,
    /// Free-form data for your programs to attach to the vault, such as a JSON document. Optional.
    pub metadata: String,
    /// A human-readable note on what the vault is for. Optional.
    pub description: String,
}

/// The fields to change on a vault. `None` leaves a field unchanged; `Some(String::new())` clears
/// the description or metadata.
#[crate::model(request)]
pub struct VaultUpdate {
    /// The id of the vault to change. It goes into the request path.
    pub id: String,
    /// A new name for the vault; `None` leaves it unchanged.
    pub name: Option<String>,
    /// New machine-readable data for the vault. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub metadata: Option<String>,
    /// A new human-readable note on the vault. `None` leaves it unchanged; `Some(String::new())`
    /// clears it.
    pub description: Option<String>,
}

/// One page of vaults. `next_page_uri` leads to the following page; the list iterators follow it
/// for you.
#[crate::model(response)]
pub struct VaultList {
    /// The vaults on this page.
    pub vaults: Vec<Vault>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
