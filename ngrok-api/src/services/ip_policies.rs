use crate::types::{
    IPPolicy, IPPolicyCreate, IPPolicyList, IPPolicyRule, IPPolicyRuleCreate, IPPolicyRuleList,
    IPPolicyRuleUpdate, IPPolicyUpdate, IPRestriction, IPRestrictionCreate, IPRestrictionList,
    IPRestrictionUpdate,
};

/// IP policies: named sets of allow and deny rules over client addresses, attached to
/// endpoints and edges to restrict who can connect.
#[crate::service(
    name = ip_policies,
    path = "/ip_policies",
    id_prefix = "ipp",
    resource = IPPolicy,
    create(IPPolicyCreate),
    get,
    update(IPPolicyUpdate),
    delete,
    list(IPPolicyList, items = ip_policies, filter),
)]
pub struct IPPolicies;

/// IP policy rules: the CIDR blocks that an IP policy allows or denies. Each rule
/// belongs to one policy, named by `ip_policy_id` when it is created.
#[crate::service(
    name = ip_policy_rules,
    path = "/ip_policy_rules",
    id_prefix = "ipr",
    resource = IPPolicyRule,
    create(IPPolicyRuleCreate),
    get,
    update(IPPolicyRuleUpdate),
    delete,
    list(IPPolicyRuleList, items = ip_policy_rules, filter),
)]
pub struct IPPolicyRules;

/// IP restrictions: apply IP policies to the account itself, limiting who may use the dashboard,
/// call this API, connect agents or reach the endpoints (the restriction's `type`).
///
/// A restriction that is not `enforced` only issues warnings, which makes it a safe way to try one
/// out: an enforced `api` or `dashboard` restriction applies to you too. The `type` cannot be
/// changed after creation.
#[crate::service(
    name = ip_restrictions,
    path = "/ip_restrictions",
    id_prefix = "ipx",
    resource = IPRestriction,
    create(IPRestrictionCreate),
    get,
    update(IPRestrictionUpdate),
    delete,
    list(IPRestrictionList, items = ip_restrictions, filter),
)]
pub struct IPRestrictions;
