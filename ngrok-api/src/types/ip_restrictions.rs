//! IP restrictions: IP policies applied to the account itself, limiting who may use its dashboard
//! or API, connect its agents or reach its endpoints.

use super::Ref;
use crate::Timestamp;

/// An IP restriction: IP policies applied to one part of the account (the dashboard, the API, agent
/// connections or endpoints), either enforced or only warning.
#[crate::model(response)]
pub struct IPRestriction {
    /// The IP restriction's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this IP restriction.
    pub uri: String,
    /// The creation time of the IP restriction.
    pub created_at: Timestamp,
    /// A human-readable note on what the IP restriction is for; at most 255 bytes. Empty if none
    /// was given.
    pub description: String,
    /// Free-form data for your programs to attach to the IP restriction, such as a JSON document;
    /// at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// Whether connections from addresses the policies do not allow are blocked (`true`) or only
    /// cause warnings (`false`).
    pub enforced: bool,
    /// What the restriction guards: `dashboard`, `api`, `agent` or `endpoints`.
    pub r#type: String,
    /// The IP policies whose rules decide which addresses are let through.
    pub ip_policies: Vec<Ref>,
}

/// The fields to send when creating an IP restriction. `type` and at least one id in
/// `ip_policy_ids` must be set.
#[crate::model(request)]
pub struct IPRestrictionCreate {
    /// A human-readable note on what the IP restriction is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the IP restriction, such as a JSON document;
    /// at most 4096 bytes. Optional.
    pub metadata: String,
    /// `true` to block connections from addresses the policies do not allow; `false` (which is not
    /// sent) only issues warnings, a safe way to try a restriction out.
    pub enforced: bool,
    /// What the restriction is to guard: `dashboard`, `api`, `agent` or `endpoints`. Required, and
    /// fixed once created.
    pub r#type: String,
    /// The ids of the IP policies whose rules decide which addresses are let through. Required: an
    /// empty list is not sent.
    pub ip_policy_ids: Vec<String>,
}

/// The fields to change on an IP restriction. `None` leaves a field unchanged;
/// `Some(String::new())` clears a description or metadata; an empty `ip_policy_ids` is not sent.
/// The `type` of a restriction cannot be changed.
#[crate::model(request)]
pub struct IPRestrictionUpdate {
    /// The id of the IP restriction to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the IP restriction. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the IP restriction. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// Switch to blocking (`Some(true)`) or to warnings only (`Some(false)`); `None` leaves it
    /// unchanged.
    pub enforced: Option<bool>,
    /// The complete new set of IP policy ids; an empty list is not sent and leaves them unchanged.
    pub ip_policy_ids: Vec<String>,
}

/// One page of IP restrictions. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct IPRestrictionList {
    /// The IP restrictions on this page.
    pub ip_restrictions: Vec<IPRestriction>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
