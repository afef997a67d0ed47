//! IP policies and their rules: named sets of address ranges that allow or deny connections.

use super::Ref;
use crate::Timestamp;

/// An IP policy: a named set of rules that allow or deny connections by their source address. Edges
/// and routes apply policies through their IP restriction module.
#[crate::model(response)]
pub struct IPPolicy {
    /// The IP policy's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this IP policy.
    pub uri: String,
    /// The creation time of the IP policy.
    pub created_at: Timestamp,
    /// A human-readable note on what the IP policy is for; at most 255 bytes. Empty if none was
    /// given.
    pub description: String,
    /// Free-form data for your programs to attach to the IP policy, such as a JSON document; at
    /// most 4096 bytes. Empty if none was given.
    pub metadata: String,
}

/// The fields to send when creating an IP policy. Both are optional.
#[crate::model(request)]
pub struct IPPolicyCreate {
    /// A human-readable note on what the IP policy is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the IP policy, such as a JSON document; at
    /// most 4096 bytes. Optional.
    pub metadata: String,
}

/// The fields to change on an IP policy. `None` leaves a field unchanged; `Some(String::new())`
/// clears it.
#[crate::model(request)]
pub struct IPPolicyUpdate {
    /// The id of the IP policy to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the IP policy. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the IP policy. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
}

/// One page of IP policies. `next_page_uri` leads to the following page; the list iterators follow
/// it for you.
#[crate::model(response)]
pub struct IPPolicyList {
    /// The IP policies on this page.
    pub ip_policies: Vec<IPPolicy>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// One rule of an IP policy: an address range and whether connections from it are allowed or
/// denied.
#[crate::model(response)]
pub struct IPPolicyRule {
    /// The IP policy rule's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this IP policy rule.
    pub uri: String,
    /// The creation time of the IP policy rule.
    pub created_at: Timestamp,
    /// A human-readable note on what the IP policy rule is for; at most 255 bytes. Empty if none
    /// was given.
    pub description: String,
    /// Free-form data for your programs to attach to the IP policy rule, such as a JSON document;
    /// at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The address or range the rule covers, in CIDR notation: IPv4 (`192.0.2.0/24`) or IPv6
    /// (`2001:db8::/32`). A single address is a range of one.
    pub cidr: String,
    /// The IP policy the rule belongs to.
    pub ip_policy: Ref,
    /// What happens to connections from the range: `allow` or `deny`.
    pub action: String,
}

/// The fields to send when adding a rule to an IP policy. `cidr`, `ip_policy_id` and `action` must
/// be set.
#[crate::model(request)]
pub struct IPPolicyRuleCreate {
    /// A human-readable note on what the IP policy rule is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the IP policy rule, such as a JSON document;
    /// at most 4096 bytes. Optional.
    pub metadata: String,
    /// The address or range the rule covers, in CIDR notation: IPv4 (`192.0.2.0/24`) or IPv6
    /// (`2001:db8::/32`). Required.
    pub cidr: String,
    /// The id of the IP policy to add the rule to. Required.
    pub ip_policy_id: String,
    /// What happens to connections from the range: `Some("allow")` or `Some("deny")`. Required,
    /// although the type allows `None`.
    pub action: Option<String>,
}

/// The fields to change on an IP policy rule. `None` leaves a field unchanged;
/// `Some(String::new())` clears a description or metadata. The policy and the action of a rule
/// cannot be changed.
#[crate::model(request)]
pub struct IPPolicyRuleUpdate {
    /// The id of the IP policy rule to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the IP policy rule. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the IP policy rule. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new address or range for the rule, in CIDR notation; `None` leaves it unchanged.
    pub cidr: Option<String>,
}

/// One page of IP policy rules. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct IPPolicyRuleList {
    /// The IP policy rules on this page.
    pub ip_policy_rules: Vec<IPPolicyRule>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
