use crate::types::{
    IPPolicy, IPPolicyCreate, IPPolicyList, IPPolicyRule, IPPolicyRuleCreate, IPPolicyRuleList,
    IPPolicyRuleUpdate, IPPolicyUpdate,
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
