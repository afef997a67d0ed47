//! The table of per-service validation rules: which field of which service the API checks,
//! how, and with which status and `ERR_NGROK_<code>`. A new rule is a new row here (and a
//! new kind of check a new variant of [`Check`] with its file in this folder). The codes
//! come from ngrok's error reference (`../shared/api/errors.md` summarises them).
//!
//! Rules that hold for every resource alike are not rows: `description` and `metadata`
//! lengths (`lengths.rs`, with each service's codes in [`LENGTH_CODES`]) apply to every
//! service whose request has those fields.
//!
//! The table is checked against the registry when an emulator starts ([`check`]): a row
//! naming a service, field or target that does not exist, or a module field that the
//! module's own `PUT` does not take, stops the start with a message naming the row.

use ngrok_api::meta::{OperationKind, Schema, ServiceMeta};

use super::formats::Format;
use crate::relations::Relations;

/// One rule: `service`'s `field` must pass `check`, else the API answers `status` with
/// `ERR_NGROK_<code>`.
pub(crate) struct Rule {
    /// The qualified service name (`"reserved_domains"`, `"backends.failover"`).
    pub(crate) service: &'static str,
    /// The request field, dotted for a field of a nested object
    /// (`"ip_restriction.ip_policy_ids"`); for [`Check::InUseBy`], the referring
    /// service's resource field; empty for [`Check::NotEmptyUpdate`].
    pub(crate) field: &'static str,
    /// What is checked.
    pub(crate) check: Check,
    /// The answer's status.
    pub(crate) status: u16,
    /// The number of the answer's `ERR_NGROK_<code>`.
    pub(crate) code: u32,
}

/// What a rule checks.
pub(crate) enum Check {
    /// On create, the field is present and not blank (`""`, `[]`, `{}`); on update, a
    /// field sent is not blank.
    Required,
    /// No other item of the service (under the same parent, for a nested service) holds
    /// the same value.
    Unique,
    /// No other item of the service with the same value of the named field (the scope:
    /// a secret's `vault_id`) holds the same value.
    UniqueWithin(&'static str),
    /// A list of objects in which no two have the same value of the named key (a
    /// subscription's `sources` by `type`).
    Distinct(&'static str),
    /// Unique, except when the named boolean field is sent as `true` (a cloud endpoint's
    /// URL may be shared by endpoints that all pool).
    UniqueUnless(&'static str),
    /// Each id the field holds (a string, a list of them, or a map's keys) has the id
    /// prefix of one of these services.
    IdOf(&'static [&'static str]),
    /// Each id the field holds names an existing item of one of these services.
    Exists(&'static [&'static str]),
    /// The value has this format.
    Format(Format),
    /// The field may not be sent together with the named one.
    Excludes(&'static str),
    /// An object that sets exactly one of its fields (an event destination's `target` is
    /// one kind of target): more than one is the rule's code, none is `none`.
    OneMember { none: u32 },
    /// A number from `min` to `max` (both included; no upper bound for `None`), when sent:
    /// a circuit breaker's durations, bucket count and error threshold.
    Range { min: f64, max: Option<f64> },
    /// No two keys of the object differ only in case (a headers module's `add`).
    DistinctKeys,
    /// The field may not be sent (not blank) while the field at the dotted path `other`
    /// holds the word `equals`, in any case (a webhook secret for the SNS provider).
    ExcludedWhen {
        other: &'static str,
        equals: &'static str,
    },
    /// A timestamp later than the named timestamp field, when both are sent (a
    /// certificate's `valid_until` after its `valid_after`).
    After(&'static str),
    /// An update must change at least one field.
    NotEmptyUpdate,
    /// A delete is refused while an item of the named service refers to the item in its
    /// resource field `field`.
    InUseBy(&'static str),
}

/// The description and metadata length codes of each service the API gives its own;
/// other services answer [`GENERIC_LENGTH_CODE`].
pub(crate) const LENGTH_CODES: &[(&str, u32, u32)] = &[
    ("reserved_domains", 420, 421),
    ("reserved_addrs", 504, 505),
    ("credentials", 604, 605),
    ("api_keys", 604, 605),
    ("ssh_credentials", 604, 605),
    ("ip_policy_rules", 1421, 215),
    // Which of the pairs 1914/1915 and 1916/1917 is whose the reference does not say;
    // this order is our choice.
    ("tls_certificates", 1914, 1915),
    ("certificate_authorities", 1916, 1917),
    ("ssh_certificate_authorities", 1937, 1938),
    ("ssh_host_certificates", 1945, 1946),
    ("ssh_user_certificates", 1947, 1948),
    ("backends.failover", 6503, 6504),
    ("backends.http_response", 6503, 6504),
    ("backends.static_address", 6503, 6504),
    ("backends.tunnel_group", 6503, 6504),
    ("backends.weighted", 6503, 6504),
    ("agent_ingresses", 6700, 6701),
    ("edges.https", 7073, 7074),
    ("edges.tcp", 7073, 7074),
    ("edges.tls", 7073, 7074),
    ("endpoints", 18012, 18013),
    ("ai_gateway_api_keys", 27004, 27005),
];

/// The code of a too-long `description` or `metadata` on a service the API gives no code
/// of its own for it: the generic "unusable parameter value".
pub(crate) const GENERIC_LENGTH_CODE: u32 = 215;

/// The most bytes a `description` may have.
pub(crate) const DESCRIPTION_MAX: usize = 255;
/// The most bytes a `metadata` may have.
pub(crate) const METADATA_MAX: usize = 4096;

const fn rule(
    service: &'static str,
    field: &'static str,
    check: Check,
    status: u16,
    code: u32,
) -> Rule {
    Rule {
        service,
        field,
        check,
        status,
        code,
    }
}

const BACKENDS: &[&str] = &[
    "backends.failover",
    "backends.http_response",
    "backends.static_address",
    "backends.tunnel_group",
    "backends.weighted",
];

/// Names a vault or secret may use: letters, digits, `_`, `/` and `.` by the error
/// reference, and `-`, which ngrok's own documented exchanges use (`db-password`).
const NAME_CHARS: Format = Format::Chars("letters, digits, `_`, `-`, `/` and `.`");

/// An edge's hostports: `host:port`, every fault one code.
const HOST_PORT: Format = Format::HostPort { no_host: None };

/// The header names a headers module adds: HTTP tokens.
const HEADER_NAME: Format = Format::HeaderName;

/// The TLS versions a TLS termination module may require at least.
const TLS_VERSION: Format = Format::OneOf(&["1.0", "1.1", "1.2", "1.3"]);

/// A duration or count the API wants above 0 (whole numbers, so at least 1).
const ABOVE_ZERO: Check = Check::Range {
    min: 1.0,
    max: None,
};

use Check::*;

/// The per-service rules, in the order they are checked within a service (required
/// fields first).
#[rustfmt::skip]
pub(crate) const RULES: &[Rule] = &[
    // Reserved domains.
    rule("reserved_domains", "domain", Required, 400, 215),
    rule("reserved_domains", "domain", Format(Format::DomainName), 400, 406),
    rule("reserved_domains", "domain", Unique, 400, 413),
    rule("reserved_domains", "certificate_id", Excludes("certificate_management_policy"), 400, 434),
    rule("reserved_domains", "certificate_id", IdOf(&["tls_certificates"]), 400, 1965),
    rule("reserved_domains", "certificate_id", Exists(&["tls_certificates"]), 404, 1965),
    rule("reserved_domains", "", NotEmptyUpdate, 400, 422),
    rule("reserved_addrs", "", NotEmptyUpdate, 400, 506),
    // Credentials and keys.
    rule("credentials", "acl", Format(Format::Acl), 400, 600),
    rule("credentials", "", NotEmptyUpdate, 400, 606),
    rule("api_keys", "", NotEmptyUpdate, 400, 606),
    rule("ssh_credentials", "public_key", Required, 400, 611),
    rule("ssh_credentials", "public_key", Unique, 400, 609),
    rule("ssh_credentials", "acl", Format(Format::Acl), 400, 600),
    rule("ssh_credentials", "", NotEmptyUpdate, 400, 606),
    // IP policies, rules and restrictions.
    rule("ip_policies", "", NotEmptyUpdate, 400, 1400),
    rule("ip_policies", "ip_restrictions", InUseBy("ip_policies"), 400, 1420),
    rule("ip_policy_rules", "cidr", Required, 400, 1405),
    rule("ip_policy_rules", "ip_policy_id", Required, 400, 1405),
    rule("ip_policy_rules", "action", Required, 400, 1405),
    rule("ip_policy_rules", "cidr", Format(Format::Cidr), 400, 1406),
    rule("ip_policy_rules", "action", Format(Format::OneOf(&["allow", "deny"])), 400, 1422),
    rule("ip_policy_rules", "ip_policy_id", IdOf(&["ip_policies"]), 400, 1414),
    rule("ip_policy_rules", "ip_policy_id", Exists(&["ip_policies"]), 404, 1402),
    rule("ip_policy_rules", "cidr", UniqueWithin("ip_policy_id"), 400, 1408),
    rule("ip_policy_rules", "", NotEmptyUpdate, 400, 1401),
    rule("ip_restrictions", "type", Required, 400, 1803),
    rule("ip_restrictions", "ip_policy_ids", Required, 400, 1804),
    rule("ip_restrictions", "type", Format(Format::OneOf(&["dashboard", "api", "agent", "endpoints"])), 400, 1803),
    rule("ip_restrictions", "ip_policy_ids", Exists(&["ip_policies"]), 400, 1801),
    rule("ip_restrictions", "type", Unique, 400, 1802),
    // Certificates.
    rule("tls_certificates", "certificate_pem", Required, 400, 1922),
    rule("tls_certificates", "private_key_pem", Required, 400, 1901),
    rule("tls_certificates", "certificate_pem", Format(Format::Pem("CERTIFICATE")), 400, 1900),
    rule("tls_certificates", "private_key_pem", Format(Format::Pem("PRIVATE KEY")), 400, 1903),
    rule("certificate_authorities", "ca_pem", Required, 400, 1919),
    rule("certificate_authorities", "ca_pem", Format(Format::Pem("CERTIFICATE")), 400, 1920),
    // SSH certificates.
    rule("ssh_host_certificates", "public_key", Required, 400, 1952),
    rule("ssh_host_certificates", "ssh_certificate_authority_id", Required, 400, 215),
    rule("ssh_host_certificates", "ssh_certificate_authority_id", Exists(&["ssh_certificate_authorities"]), 404, 1949),
    rule("ssh_host_certificates", "valid_until", After("valid_after"), 400, 1963),
    rule("ssh_user_certificates", "public_key", Required, 400, 1952),
    rule("ssh_user_certificates", "ssh_certificate_authority_id", Required, 400, 215),
    rule("ssh_user_certificates", "ssh_certificate_authority_id", Exists(&["ssh_certificate_authorities"]), 404, 1951),
    rule("ssh_user_certificates", "valid_until", After("valid_after"), 400, 1962),
    rule("ssh_certificate_authorities", "ssh_host_certificates", InUseBy("ssh_certificate_authority_id"), 400, 1964),
    rule("ssh_certificate_authorities", "ssh_user_certificates", InUseBy("ssh_certificate_authority_id"), 400, 1964),
    // Events.
    rule("event_subscriptions", "destination_ids", IdOf(&["event_destinations"]), 400, 223),
    rule("event_subscriptions", "destination_ids", Exists(&["event_destinations"]), 404, 5103),
    rule("event_subscriptions", "sources", Distinct("type"), 400, 5127),
    rule("event_sources", "type", Unique, 400, 5127),
    rule("event_destinations", "format", Required, 400, 235),
    rule("event_destinations", "format", Format(Format::OneOf(&["json"])), 400, 235),
    rule("event_destinations", "target", Required, 400, 5100),
    rule("event_destinations", "target", OneMember { none: 236 }, 400, 5115),
    rule("event_destinations", "target.kinesis.auth", OneMember { none: 5107 }, 400, 5116),
    rule("event_destinations", "target.firehose.auth", OneMember { none: 5107 }, 400, 5116),
    rule("event_destinations", "target.cloudwatch_logs.auth", OneMember { none: 5107 }, 400, 5116),
    rule("event_destinations", "event_subscriptions", InUseBy("destinations"), 400, 5112),
    // Backends.
    rule("backends.failover", "backends", IdOf(BACKENDS), 400, 242),
    rule("backends.failover", "backends", Exists(BACKENDS), 400, 6501),
    rule("backends.weighted", "backends", IdOf(BACKENDS), 400, 242),
    rule("backends.weighted", "backends", Exists(BACKENDS), 400, 6501),
    rule("backends.static_address", "address", Format(Format::HostPort { no_host: Some(6507) }), 400, 6505),
    rule("backends.failover", "backends.failover", InUseBy("backends"), 400, 6502),
    rule("backends.failover", "backends.weighted", InUseBy("backends"), 400, 6502),
    rule("backends.http_response", "backends.failover", InUseBy("backends"), 400, 6502),
    rule("backends.http_response", "backends.weighted", InUseBy("backends"), 400, 6502),
    rule("backends.static_address", "backends.failover", InUseBy("backends"), 400, 6502),
    rule("backends.static_address", "backends.weighted", InUseBy("backends"), 400, 6502),
    rule("backends.tunnel_group", "backends.failover", InUseBy("backends"), 400, 6502),
    rule("backends.tunnel_group", "backends.weighted", InUseBy("backends"), 400, 6502),
    rule("backends.weighted", "backends.failover", InUseBy("backends"), 400, 6502),
    rule("backends.weighted", "backends.weighted", InUseBy("backends"), 400, 6502),
    // Edges, routes and the modules sent inside them.
    rule("edges.https", "hostports", Format(HOST_PORT), 400, 7104),
    rule("edges.tcp", "hostports", Format(HOST_PORT), 400, 7104),
    rule("edges.tls", "hostports", Format(HOST_PORT), 400, 7104),
    rule("edges.https", "mutual_tls.certificate_authority_ids", IdOf(&["certificate_authorities"]), 400, 228),
    rule("edges.https", "mutual_tls.certificate_authority_ids", Exists(&["certificate_authorities"]), 400, 7072),
    rule("edges.tls", "mutual_tls.certificate_authority_ids", IdOf(&["certificate_authorities"]), 400, 228),
    rule("edges.tls", "mutual_tls.certificate_authority_ids", Exists(&["certificate_authorities"]), 400, 7072),
    rule("edges.tls", "ip_restriction.ip_policy_ids", IdOf(&["ip_policies"]), 400, 229),
    rule("edges.tls", "ip_restriction.ip_policy_ids", Exists(&["ip_policies"]), 400, 7007),
    rule("edges.tls", "backend.backend_id", IdOf(BACKENDS), 400, 242),
    rule("edges.tls", "backend.backend_id", Exists(BACKENDS), 400, 6501),
    rule("edges.tcp", "ip_restriction.ip_policy_ids", IdOf(&["ip_policies"]), 400, 229),
    rule("edges.tcp", "ip_restriction.ip_policy_ids", Exists(&["ip_policies"]), 400, 7007),
    rule("edges.tcp", "backend.backend_id", IdOf(BACKENDS), 400, 242),
    rule("edges.tcp", "backend.backend_id", Exists(BACKENDS), 400, 6501),
    rule("edges.https_routes", "match", Required, 400, 7123),
    rule("edges.https_routes", "match_type", Required, 400, 7130),
    rule("edges.https_routes", "match_type", Format(Format::OneOf(&["exact_path", "path_prefix"])), 400, 7130),
    rule("edges.https_routes", "ip_restriction.ip_policy_ids", IdOf(&["ip_policies"]), 400, 229),
    rule("edges.https_routes", "ip_restriction.ip_policy_ids", Exists(&["ip_policies"]), 400, 7007),
    rule("edges.https_routes", "backend.backend_id", IdOf(BACKENDS), 400, 242),
    rule("edges.https_routes", "backend.backend_id", Exists(BACKENDS), 400, 6501),
    // Modules: the same rows hold for a module set on its own with `PUT`
    // (`validation::check_module`).
    rule("edges.https_routes", "ip_restriction.ip_policy_ids", Required, 400, 7025),
    rule("edges.tcp", "ip_restriction.ip_policy_ids", Required, 400, 7025),
    rule("edges.tls", "ip_restriction.ip_policy_ids", Required, 400, 7025),
    rule("edges.tls", "tls_termination.terminate_at", Format(Format::OneOf(&["edge", "agent", "upstream"])), 400, 224),
    rule("edges.https_routes", "circuit_breaker.tripped_duration", ABOVE_ZERO, 400, 7016),
    rule("edges.https_routes", "circuit_breaker.rolling_window", ABOVE_ZERO, 400, 7017),
    rule("edges.https_routes", "circuit_breaker.num_buckets", Range { min: 1.0, max: Some(128.0) }, 400, 7018),
    rule("edges.https_routes", "circuit_breaker.error_threshold_percentage", Range { min: 0.0, max: Some(1.0) }, 400, 7011),
    rule("edges.https_routes", "request_headers.add", Format(HEADER_NAME), 400, 7023),
    rule("edges.https_routes", "request_headers.add", DistinctKeys, 400, 7069),
    rule("edges.https_routes", "response_headers.add", Format(HEADER_NAME), 400, 7023),
    rule("edges.https_routes", "response_headers.add", DistinctKeys, 400, 7069),
    rule("edges.https_routes", "webhook_verification.provider", Required, 400, 7029),
    rule("edges.https_routes", "webhook_verification.secret", ExcludedWhen { other: "webhook_verification.provider", equals: "SNS" }, 400, 7026),
    rule("edges.https_routes", "oauth.cookie_prefix", Format(Format::CookiePrefix), 400, 7042),
    rule("edges.https", "tls_termination.min_version", Format(TLS_VERSION), 400, 219),
    rule("edges.tls", "tls_termination.min_version", Format(TLS_VERSION), 400, 219),
    rule("edges.https_routes", "oauth.provider", Required, 400, 7037),
    rule("edges.https_routes", "oauth.provider", OneMember { none: 7037 }, 400, 7036),
    rule("edges.https_routes", "oidc.issuer", Required, 400, 7088),
    rule("edges.https_routes", "oidc.client_id", Required, 400, 7089),
    rule("edges.https_routes", "oidc.client_secret", Required, 400, 7090),
    // A SAML module needs its identity provider's metadata (the URL form is not in the
    // request type, so the XML is the one way to give it).
    rule("edges.https_routes", "saml.idp_metadata", Required, 400, 7091),
    // Cloud endpoints.
    rule("endpoints", "url", Required, 400, 18015),
    rule("endpoints", "type", Required, 400, 18015),
    rule("endpoints", "traffic_policy", Required, 400, 18011),
    rule("endpoints", "url", Format(Format::EndpointUrl), 400, 18001),
    rule("endpoints", "url", UniqueUnless("pooling_enabled"), 400, 18009),
    rule("endpoints", "", NotEmptyUpdate, 400, 18004),
    // Agent ingresses.
    rule("agent_ingresses", "domain", Required, 400, 215),
    rule("agent_ingresses", "domain", Format(Format::DnsName), 400, 6704),
    rule("agent_ingresses", "domain", Unique, 400, 6706),
    // Vaults and secrets.
    rule("vaults", "name", Required, 400, 23001),
    rule("vaults", "name", Format(NAME_CHARS), 400, 23000),
    rule("vaults", "name", Unique, 400, 23004),
    rule("vaults", "secrets", InUseBy("vault"), 400, 23003),
    rule("secrets", "name", Required, 400, 24001),
    rule("secrets", "value", Required, 400, 24003),
    rule("secrets", "vault_id", Required, 400, 24008),
    rule("secrets", "name", Format(NAME_CHARS), 400, 24000),
    rule("secrets", "vault_id", IdOf(&["vaults"]), 400, 24006),
    rule("secrets", "vault_id", Exists(&["vaults"]), 404, 24006),
    rule("secrets", "name", UniqueWithin("vault_id"), 400, 24005),
    // Users.
    rule("service_users", "name", Required, 400, 4109),
    rule("service_users", "name", Unique, 400, 4112),
    rule("bot_users", "name", Required, 400, 4109),
    rule("bot_users", "name", Unique, 400, 4112),
    // Abuse reports.
    rule("abuse_reports", "urls", Required, 400, 215),
];

/// Checks every row of `rules` against `services`: the service exists and has what the
/// check needs (the field in its create or update request, the operation, the targets).
/// The error names the first row that does not fit.
pub(crate) fn check(rules: &[Rule], services: &[&'static ServiceMeta]) -> Result<(), String> {
    let find = |name: &str| {
        services
            .iter()
            .copied()
            .find(|s| s.qualified_name() == name)
    };
    let relations = Relations::new(services);
    for row in rules {
        let at = format!(
            "the validation rule `{}.{}` ({}, ERR_NGROK_{}; validation/table.rs)",
            row.service,
            row.field,
            row.check.describe(),
            row.code
        );
        let Some(service) = find(row.service) else {
            return Err(format!("{at} names no service the emulator serves"));
        };
        let request = |kind: OperationKind| {
            service
                .operations
                .iter()
                .find(|op| op.kind == kind)
                .and_then(|op| op.request)
                .map(|schema| schema())
        };
        let in_requests = [OperationKind::Create, OperationKind::Update]
            .into_iter()
            .filter_map(request)
            .any(|schema| has_path(schema, row.field));
        let targets = |names: &[&str]| {
            names
                .iter()
                .find(|n| find(n).is_none())
                .map(|n| n.to_string())
        };
        let problem = match &row.check {
            NotEmptyUpdate if request(OperationKind::Update).is_none() => {
                Some("the service has no update".to_string())
            }
            NotEmptyUpdate => None,
            InUseBy(field) => match find(row.field) {
                None => Some(format!("`{}` is no service", row.field)),
                Some(by) if (by.resource)().field(field).is_none() => {
                    Some(format!("`{}` items have no field `{field}`", row.field))
                }
                Some(_) => None,
            },
            _ if !in_requests => Some("no create or update request has the field".into()),
            UniqueWithin(scope) | UniqueUnless(scope)
                if !request(OperationKind::Create).is_some_and(|s| has_path(s, scope)) =>
            {
                Some(format!("the create request has no field `{scope}`"))
            }
            Excludes(other) | After(other) | ExcludedWhen { other, .. }
                if ![OperationKind::Create, OperationKind::Update]
                    .into_iter()
                    .filter_map(request)
                    .any(|s| has_path(s, other)) =>
            {
                Some(format!("no request has the field `{other}`"))
            }
            IdOf(names) | Exists(names) => {
                targets(names).map(|n| format!("the target `{n}` is no service"))
            }
            _ => None,
        };
        if let Some(problem) = problem.or_else(|| module_problem(row, services, &relations)) {
            return Err(format!("{at} does not fit: {problem}"));
        }
    }
    for (service, _, _) in LENGTH_CODES {
        if find(service).is_none() {
            return Err(format!(
                "the length codes of `{service}` (validation/table.rs) name no service the emulator serves"
            ));
        }
    }
    Ok(())
}

/// A row on a module's field (`ip_restriction.ip_policy_ids`) also holds for the module
/// set on its own with `PUT` (`validation::check_module`): the replace request of each
/// singleton stored in that field of the row's service must have the rest of the path.
fn module_problem(
    row: &Rule,
    services: &[&'static ServiceMeta],
    relations: &Relations,
) -> Option<String> {
    let (module, rest) = row.field.split_once('.')?;
    services
        .iter()
        .filter(|singleton| {
            relations.parent_of(singleton).is_some_and(|parent| {
                parent.service.qualified_name() == row.service && parent.field == Some(module)
            })
        })
        .find(|singleton| {
            !singleton
                .operations
                .iter()
                .filter(|op| op.kind == OperationKind::Replace)
                .filter_map(|op| op.request)
                .any(|schema| has_path(schema(), rest))
        })
        .map(|singleton| {
            format!(
                "the module `{}` is set with a replace whose request has no field `{rest}`",
                singleton.qualified_name()
            )
        })
}

/// Whether `schema` has the field at the dotted `path`.
fn has_path(schema: &Schema, path: &str) -> bool {
    let (first, rest) = match path.split_once('.') {
        Some((first, rest)) => (first, Some(rest)),
        None => (path, None),
    };
    let Some(field) = schema.field(first) else {
        return false;
    };
    match rest {
        None => true,
        Some(rest) => match crate::schema::strip_nullable((field.ty)()) {
            ngrok_api::meta::FieldType::Object(nested) => has_path(nested(), rest),
            _ => false,
        },
    }
}

impl Check {
    /// What the check is, in a few words (error messages and the README's table).
    pub(crate) fn describe(&self) -> String {
        match self {
            Required => "required".into(),
            Unique => "unique".into(),
            UniqueWithin(scope) => format!("unique per `{scope}`"),
            UniqueUnless(flag) => format!("unique unless `{flag}`"),
            Distinct(key) => format!("no two with one `{key}`"),
            IdOf(names) => format!("an id of {}", names.join(" or ")),
            Exists(names) => format!("names an existing {}", names.join(" or ")),
            Format(format) => format.describe(),
            Excludes(other) => format!("not with `{other}`"),
            After(other) => format!("later than `{other}`"),
            OneMember { none } => format!("exactly one member (none: {none})"),
            Range {
                min,
                max: Some(max),
            } => format!("a number from {min} to {max}"),
            Range { min, max: None } => format!("a number of at least {min}"),
            DistinctKeys => "no two keys differing only in case".into(),
            ExcludedWhen { other, equals } => format!("not sent when `{other}` is {equals}"),
            NotEmptyUpdate => "an update changes something".into(),
            InUseBy(field) => format!("no delete while referenced (by `{field}`)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ngrok_api::meta::OperationMeta;

    fn registry() -> Vec<&'static ServiceMeta> {
        ngrok_api::registry().iter().map(|meta| meta()).collect()
    }

    #[test]
    fn the_table_fits_the_registry() {
        if let Err(why) = check(RULES, &registry()) {
            panic!("{why}");
        }
    }

    #[test]
    fn a_row_naming_a_missing_service_or_field_is_refused_by_name() {
        let bad_service = [rule("reserved_domainz", "domain", Required, 400, 215)];
        let why = check(&bad_service, &registry()).expect_err("refused");
        assert!(why.contains("`reserved_domainz.domain`"), "{why}");
        assert!(why.contains("names no service"), "{why}");
        let bad_field = [rule("vaults", "nmae", Required, 400, 23001)];
        let why = check(&bad_field, &registry()).expect_err("refused");
        assert!(why.contains("`vaults.nmae`"), "{why}");
        let bad_target = [rule("secrets", "vault_id", Exists(&["vaultz"]), 404, 24006)];
        let why = check(&bad_target, &registry()).expect_err("refused");
        assert!(why.contains("`vaultz`"), "{why}");
        let bad_nested = [rule(
            "edges.tcp",
            "backend.backend_idd",
            Exists(BACKENDS),
            400,
            6501,
        )];
        assert!(check(&bad_nested, &registry()).is_err());
    }

    #[test]
    fn a_module_row_must_fit_the_module_set_on_its_own() {
        // The registry's modules take the same fields set on their own as inside their
        // edge, so the misfit is made: a TLS edge's TLS termination whose `PUT` takes an
        // object with no fields.
        static EMPTY: Schema = Schema {
            name: "Empty",
            fields: &[],
        };
        let row = [rule(
            "edges.tls",
            "tls_termination.terminate_at",
            Format(Format::OneOf(&["edge"])),
            400,
            224,
        )];
        let services: Vec<&'static ServiceMeta> = registry()
            .into_iter()
            .map(|service| {
                if service.qualified_name() != "edge_modules.tls_edge_tls_termination" {
                    return service;
                }
                let operations: Vec<OperationMeta> = service
                    .operations
                    .iter()
                    .map(|op| OperationMeta {
                        request: op.request.map(|_| (|| &EMPTY) as fn() -> &'static Schema),
                        ..*op
                    })
                    .collect();
                let operations: &'static [OperationMeta] = Vec::leak(operations);
                let service: &'static ServiceMeta = Box::leak(Box::new(ServiceMeta {
                    operations,
                    ..*service
                }));
                service
            })
            .collect();
        assert_eq!(check(&row, &registry()), Ok(()));
        let why = check(&row, &services).expect_err("refused");
        assert!(
            why.contains("`edge_modules.tls_edge_tls_termination`")
                && why.contains("`terminate_at`"),
            "{why}"
        );
    }

    /// The README's table of rules: `cargo test -p ngrok-api-mock --lib print_rules --
    /// --ignored --nocapture`.
    #[test]
    #[ignore = "prints the README's table"]
    fn print_rules() {
        println!("| service | field | rule | status | error code |\n|---|---|---|---|---|");
        for row in RULES {
            println!(
                "| `{}` | `{}` | {} | {} | ERR_NGROK_{} |",
                row.service,
                row.field,
                row.check.describe(),
                row.status,
                row.code
            );
        }
    }
}
