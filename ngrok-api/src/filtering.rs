//! The `filter` of list calls ([`List::filter`](crate::List::filter)): the language the API
//! reads, and the fields each list lets a filter name.
//!
//! A filter is an expression in a subset of [CEL](https://cel.dev), evaluated once per item;
//! the item is called `obj`, and an item is listed when the expression is true.
//!
//! | what | written |
//! |---|---|
//! | logic | `!`, `&&`, `\|\|`, parentheses |
//! | comparisons | `==`, `!=`, `<`, `<=`, `>`, `>=` |
//! | membership | `obj.type in ["agent", "cloud"]`, `"public" in obj.bindings` |
//! | emptiness | `obj.acl == null`, `obj.description == ""`, `size(obj.acl) == 0` |
//! | text | `obj.domain.startsWith("api.")`, `.contains(..)`, `.endsWith(..)` (not on ids) |
//! | time | `timestamp("2025-10-31T09:23:45-07:00")`, `timestamp("2025-05-10Z")`, `timestamp(time.now)`, `.add("24h")`, `.subtract("7d")` (units `d`, `h`, `m`, `s`) |
//! | nested fields | `obj.certificate.id`, `obj.principal.id` |
//!
//! Literals are strings (`"…"` or `'…'`), numbers, `true`, `false` and `null`. There is no
//! indexing, arithmetic, ternary, type test or regular expression. A list literal goes only
//! on the right of `in`, and a field on the right of `in` takes a single literal on its left.
//! The API may refuse very large expressions; the `ngrok-api-mock` emulator refuses
//! nesting deeper than 64 levels and filters longer than 4 KiB.
//!
//! Each list lets a filter name only some of its items' fields; any other field is refused
//! with `400 invalid_cel_expression`, whose message names the allowed ones. A listed field
//! also allows the fields nested in it (`ip_policy` allows `ip_policy.id`). The lists and
//! their fields, as [`filterable_fields`] returns them:
//!
//! | list | fields |
//! |---|---|
//! | `endpoints` | id, created_at, description, metadata, principal.id, type, binding, bindings, url, pooling_enabled, scheme, region, name |
//! | `reserved_addrs` | id, created_at, description, metadata, addr, region |
//! | `reserved_domains` | id, created_at, description, metadata, domain, region, cname_target, certificate.id, acme_challenge_cname_target |
//! | `tls_certificates` | id, created_at, description, metadata, subject_common_name, not_after, not_before, serial_number |
//! | `certificate_authorities` | id, created_at, description, metadata, subject_common_name, not_before, not_after |
//! | `ip_policies` | id, created_at, description, metadata |
//! | `ip_policy_rules` | id, created_at, description, metadata, ip_policy, cidr, action |
//! | `agent_ingresses` | id, created_at, description, metadata, domain |
//! | `tunnel_sessions` | id, metadata, agent_version, ip, os, region, started_at, credential |
//! | `event_destinations` | id, created_at, description, metadata |
//! | `event_subscriptions` | id, created_at, description, metadata |
//! | `ip_restrictions` | id, created_at, description, metadata |
//! | `api_keys` | id, created_at, description, metadata, owner_id |
//! | `ssh_credentials` | id, created_at, description, metadata, owner_id, acl |
//! | `credentials` | id, created_at, description, metadata, owner_id, acl |
//! | `service_users` | id, created_at |
//! | `ssh_certificate_authorities` | id, created_at, description, metadata |
//! | `vaults` | id, created_at, description, metadata, name |
//! | `secrets` | id, created_at, description, metadata, name |
//!
//! ```
//! use ngrok_api::filtering::filterable_fields;
//!
//! let fields = filterable_fields("reserved_domains").unwrap();
//! assert!(fields.contains(&"domain") && fields.contains(&"certificate.id"));
//! assert_eq!(filterable_fields("service_users"), Some(&["id", "created_at"][..]));
//! // A list the API documents no filter for.
//! assert_eq!(filterable_fields("tunnels"), None);
//! ```

/// The fields a filter may name on each list, keyed by the service's qualified name.
///
/// The API's filtering guide lists them; `endpoints` also has `bindings`, the name of the
/// endpoint's field, because the guide's own example (`"public" in obj.bindings`) uses it
/// while its table says `binding`.
const FIELDS: &[(&str, &[&str])] = &[
    (
        "endpoints",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "principal.id",
            "type",
            "binding",
            "bindings",
            "url",
            "pooling_enabled",
            "scheme",
            "region",
            "name",
        ],
    ),
    (
        "reserved_addrs",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "addr",
            "region",
        ],
    ),
    (
        "reserved_domains",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "domain",
            "region",
            "cname_target",
            "certificate.id",
            "acme_challenge_cname_target",
        ],
    ),
    (
        "tls_certificates",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "subject_common_name",
            "not_after",
            "not_before",
            "serial_number",
        ],
    ),
    (
        "certificate_authorities",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "subject_common_name",
            "not_before",
            "not_after",
        ],
    ),
    ("ip_policies", SHARED),
    (
        "ip_policy_rules",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "ip_policy",
            "cidr",
            "action",
        ],
    ),
    (
        "agent_ingresses",
        &["id", "created_at", "description", "metadata", "domain"],
    ),
    (
        "tunnel_sessions",
        &[
            "id",
            "metadata",
            "agent_version",
            "ip",
            "os",
            "region",
            "started_at",
            "credential",
        ],
    ),
    ("event_destinations", SHARED),
    ("event_subscriptions", SHARED),
    ("ip_restrictions", SHARED),
    (
        "api_keys",
        &["id", "created_at", "description", "metadata", "owner_id"],
    ),
    (
        "ssh_credentials",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "owner_id",
            "acl",
        ],
    ),
    (
        "credentials",
        &[
            "id",
            "created_at",
            "description",
            "metadata",
            "owner_id",
            "acl",
        ],
    ),
    ("service_users", &["id", "created_at"]),
    ("ssh_certificate_authorities", SHARED),
    (
        "vaults",
        &["id", "created_at", "description", "metadata", "name"],
    ),
    (
        "secrets",
        &["id", "created_at", "description", "metadata", "name"],
    ),
];

/// The fields most resources share, which most lists let a filter name.
pub const SHARED: &[&str] = &["id", "created_at", "description", "metadata"];

/// The fields a filter may name on the list of the service with this qualified name
/// (`"reserved_domains"`, `"ip_policy_rules"`), as the API documents them; `None` for a
/// list the API documents no filter fields for. A dotted entry (`"certificate.id"`) is a
/// nested field; an entry also allows the fields nested in it.
pub fn filterable_fields(list: &str) -> Option<&'static [&'static str]> {
    FIELDS
        .iter()
        .find(|(name, _)| *name == list)
        .map(|(_, fields)| *fields)
}

/// The qualified names of the lists [`filterable_fields`] knows, in the guide's order.
pub fn filterable_lists() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_exactly_the_lists_that_take_a_filter() {
        let filtering: Vec<String> = crate::registry()
            .iter()
            .map(|meta| meta())
            .filter(|s| {
                s.operations
                    .iter()
                    .any(|o| o.list.is_some_and(|l| l.filter))
            })
            .map(|s| s.qualified_name())
            .collect();
        for list in filterable_lists() {
            assert!(filterable_fields(list).unwrap().contains(&"id"), "{list}");
            assert!(
                filtering.iter().any(|s| s == list),
                "{list} takes no filter"
            );
        }
        for service in &filtering {
            assert!(
                filterable_fields(service).is_some(),
                "{service} is not in the table"
            );
        }
    }
}
