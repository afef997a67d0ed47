//! The one table of per-service special cases: everything the emulator does for a service
//! because of its name rather than its declaration. A service's special behaviour is added
//! here (with its function in `computed.rs` when it computes values), and nowhere else.
//!
//! The table is checked against the registry when an emulator starts
//! ([`SpecialCases::check`]), so that renaming or removing a service, or an action, that
//! an entry names fails at once with a message naming the entry, rather than silently
//! dropping the behaviour.
//!
//! A second table, [`UNSET_VALUES`], holds what the API writes for an unset field where
//! the rule of `shapes.rs` (null when nullable, else the zero value) does not say it,
//! and the keys it writes without declaring them; it is checked against the registry's
//! schemas the same way.
//!
//! Not in the tables because no name is involved: secrets shown only in the create answer
//! (every field the schema marks `secret`), embedded nested items and `x_id` references
//! (worked out from paths and schemas in `relations/`).

use ngrok_api::meta::{FieldType, OperationKind, ServiceMeta};
use serde_json::{Map, Value};

use crate::computed;
use crate::store::State;

/// Fills in values the API computes for a new item; gets the state to read other
/// collections and the base URL to build references.
pub(crate) type CreateHook = fn(&State, &str, &mut Map<String, Value>);

/// Fills in values the API computes for a singleton module set under the item with these
/// path ids.
pub(crate) type ReplaceHook = fn(&[String], &mut Map<String, Value>);

/// One row of the table.
pub(crate) struct SpecialCase {
    /// The qualified service name (`"reserved_addrs"`, `"edge_modules.https_edge_route_saml"`).
    pub(crate) service: &'static str,
    /// What the emulator does for it.
    pub(crate) behaviour: Behaviour,
}

/// What the emulator does for one service beyond what its declaration says.
pub(crate) enum Behaviour {
    /// Computes fields of each new item. `reads` names the other services whose items the
    /// hook reads (they are checked too).
    ComputeOnCreate {
        hook: CreateHook,
        reads: &'static [&'static str],
    },
    /// Computes fields of the singleton module each time it is set.
    ComputeOnReplace(ReplaceHook),
    /// The items' `token` is a tunnel authtoken: remembered at creation, so that the gate
    /// answers it with ERR_NGROK_206 rather than as an unknown API key.
    Authtokens,
    /// The named action deletes the item (stopping a tunnel session disconnects the agent,
    /// and its session goes with it).
    ActionDeletes(&'static str),
}

use Behaviour::{ActionDeletes, Authtokens, ComputeOnCreate, ComputeOnReplace};

/// The special cases of the services `ngrok-api` declares.
pub(crate) const TABLE: &[SpecialCase] = &[
    SpecialCase {
        service: "reserved_addrs",
        behaviour: ComputeOnCreate {
            hook: computed::reserved_addr,
            reads: &[],
        },
    },
    SpecialCase {
        service: "reserved_domains",
        behaviour: ComputeOnCreate {
            hook: computed::reserved_domain,
            reads: &[],
        },
    },
    SpecialCase {
        service: "agent_ingresses",
        behaviour: ComputeOnCreate {
            hook: computed::agent_ingress,
            reads: &[],
        },
    },
    SpecialCase {
        service: "ssh_certificate_authorities",
        behaviour: ComputeOnCreate {
            hook: computed::ssh_certificate_authority,
            reads: &[],
        },
    },
    SpecialCase {
        service: "abuse_reports",
        behaviour: ComputeOnCreate {
            hook: computed::abuse_report,
            reads: &[],
        },
    },
    SpecialCase {
        service: "secrets",
        behaviour: ComputeOnCreate {
            hook: computed::secret,
            reads: &["vaults"],
        },
    },
    SpecialCase {
        service: "backends.tunnel_group",
        behaviour: ComputeOnCreate {
            hook: computed::tunnel_group,
            reads: &["tunnels"],
        },
    },
    SpecialCase {
        service: "edge_modules.https_edge_tls_termination",
        behaviour: ComputeOnReplace(computed::tls_termination),
    },
    SpecialCase {
        service: "edge_modules.https_edge_route_saml",
        behaviour: ComputeOnReplace(computed::route_saml),
    },
    SpecialCase {
        service: "endpoints",
        behaviour: ComputeOnCreate {
            hook: computed::endpoint,
            reads: &[],
        },
    },
    SpecialCase {
        service: "credentials",
        behaviour: Authtokens,
    },
    SpecialCase {
        service: "tunnel_sessions",
        behaviour: ActionDeletes("stop"),
    },
];

/// What the API writes for an unset field, where it is not what the field's declaration
/// implies.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Unset {
    /// `null`.
    Null,
    /// `false`.
    False,
    /// `""`.
    EmptyString,
    /// For a nullable object: the object with its own fields unset, not `null`.
    Blank,
}

impl Unset {
    /// The JSON value written.
    pub(crate) fn value(self) -> serde_json::Value {
        match self {
            Unset::Null => Value::Null,
            Unset::False => Value::Bool(false),
            Unset::EmptyString => Value::String(String::new()),
            // Made from the nested schema's template (`shapes.rs`).
            Unset::Blank => Value::Object(serde_json::Map::new()),
        }
    }
}

/// One row of [`UNSET_VALUES`].
pub(crate) struct UnsetValue {
    /// The schema's name (`"TCPEdge"`).
    pub(crate) schema: &'static str,
    /// The key the API writes.
    pub(crate) field: &'static str,
    /// Its value when unset.
    pub(crate) written: Unset,
    /// Whether the catalog declares the key; a key it does not declare is one the API
    /// still writes from an older version of itself (checked at start-up).
    pub(crate) declared: bool,
}

/// What the API writes for an unset field where the declaration does not say it, as
/// ngrok's documented exchanges show (`api/wire-shapes.json`). Declared fields: lists the
/// API writes as `null` when empty. Undeclared keys: legacy fields the API still writes
/// on every answer, unset in anything the emulator can make.
pub(crate) const UNSET_VALUES: &[UnsetValue] = &[
    // Declared lists written as `null` when empty.
    unset("TCPEdge", "hostports", Unset::Null, true),
    unset(
        "KubernetesOperatorBinding",
        "endpoint_selectors",
        Unset::Null,
        true,
    ),
    // A declared nullable object the API writes even when it was never sent.
    unset("KubernetesOperator", "binding", Unset::Blank, true),
    // Undeclared keys: the edges' and routes' traffic policy before modules replaced it.
    unset("HTTPSEdgeRoute", "policy", Unset::Null, false),
    unset("TCPEdge", "policy", Unset::Null, false),
    unset("TLSEdge", "policy", Unset::Null, false),
    // Undeclared keys: reserved domains' and addresses' links to legacy endpoint
    // configurations, and two older domain settings.
    unset(
        "ReservedDomain",
        "http_endpoint_configuration",
        Unset::Null,
        false,
    ),
    unset(
        "ReservedDomain",
        "https_endpoint_configuration",
        Unset::Null,
        false,
    ),
    unset("ReservedDomain", "error_redirect_url", Unset::Null, false),
    unset("ReservedDomain", "is_dev", Unset::False, false),
    unset("ReservedAddr", "endpoint_configuration", Unset::Null, false),
    // Undeclared key: the SAML module's older name for its identity provider's metadata.
    unset(
        "EndpointSAML",
        "idp_metadata_url",
        Unset::EmptyString,
        false,
    ),
];

const fn unset(
    schema: &'static str,
    field: &'static str,
    written: Unset,
    declared: bool,
) -> UnsetValue {
    UnsetValue {
        schema,
        field,
        written,
        declared,
    }
}

/// Checks every row of [`UNSET_VALUES`] against the schemas reachable from `services`:
/// the schema exists, and the key is declared exactly when the row says so. The error
/// names the first row that does not fit.
pub(crate) fn check_unset_values(
    table: &[UnsetValue],
    services: &[&'static ServiceMeta],
) -> Result<(), String> {
    let mut schemas = std::collections::HashMap::new();
    let mut todo: Vec<&'static ngrok_api::meta::Schema> = Vec::new();
    for service in services {
        todo.push((service.resource)());
        todo.extend(
            service
                .operations
                .iter()
                .filter_map(|op| op.response.map(|r| r())),
        );
    }
    while let Some(schema) = todo.pop() {
        if schemas.insert(schema.name, schema).is_some() {
            continue;
        }
        for field in schema.fields {
            let mut ty = (field.ty)();
            loop {
                ty = match ty {
                    FieldType::Nullable(inner) | FieldType::List(inner) | FieldType::Map(inner) => {
                        inner()
                    }
                    FieldType::Object(nested) => {
                        todo.push(nested());
                        break;
                    }
                    _ => break,
                }
            }
        }
    }
    for row in table {
        let at = format!(
            "the unset value of `{}.{}` (special_cases.rs)",
            row.schema, row.field
        );
        let Some(schema) = schemas.get(row.schema) else {
            return Err(format!("{at} names a schema no service answers with"));
        };
        match (schema.field(row.field).is_some(), row.declared) {
            (true, false) => {
                return Err(format!(
                    "{at} is marked undeclared, but the schema declares it now"
                ))
            }
            (false, true) => {
                return Err(format!("{at} is marked declared, but the schema lacks it"))
            }
            _ => {}
        }
        let object = schema.field(row.field).is_some_and(|f| {
            matches!(
                crate::schema::strip_nullable((f.ty)()),
                FieldType::Object(_)
            )
        });
        if row.written == Unset::Blank && !object {
            return Err(format!(
                "{at} is written as a blank object, but is no object field"
            ));
        }
    }
    Ok(())
}

/// A table checked against the services an emulator serves.
pub(crate) struct SpecialCases {
    table: &'static [SpecialCase],
}

impl SpecialCases {
    /// Checks every row of `table` against `services`: the service exists, and is of the
    /// kind the behaviour needs. The error names the first row that does not fit.
    pub(crate) fn check(
        table: &'static [SpecialCase],
        services: &[&'static ServiceMeta],
    ) -> Result<SpecialCases, String> {
        let find = |name: &str| services.iter().find(|s| s.qualified_name() == name);
        for case in table {
            let row = format!(
                "the special case for `{}` (special_cases.rs, {})",
                case.service,
                case.behaviour.describe()
            );
            let Some(service) = find(case.service) else {
                return Err(format!(
                    "{row} names no service the emulator serves; rename or remove the row"
                ));
            };
            let problem = match &case.behaviour {
                ComputeOnCreate { reads, .. } => match reads.iter().find(|r| find(r).is_none()) {
                    Some(read) => Some(format!("it reads `{read}`, which no service is named")),
                    None if service.is_singleton() => Some("the service is a singleton".into()),
                    None => None,
                },
                ComputeOnReplace(_) if !service.is_singleton() => {
                    Some("the service is not a singleton module".into())
                }
                ComputeOnReplace(_) => None,
                Authtokens if (service.resource)().field("token").is_none() => {
                    Some("its resource has no `token` field".into())
                }
                Authtokens => None,
                ActionDeletes(action) => match service.operation(action) {
                    Some(op) if op.kind == OperationKind::Action => None,
                    _ => Some(format!("the service has no action `{action}`")),
                },
            };
            if let Some(problem) = problem {
                return Err(format!("{row} does not fit: {problem}"));
            }
        }
        Ok(SpecialCases { table })
    }

    fn rows<'a>(&self, service: &'a str) -> impl Iterator<Item = &'static Behaviour> + 'a {
        self.table
            .iter()
            .filter(move |case| case.service == service)
            .map(|case| &case.behaviour)
    }

    /// The hook computing fields of a new item of `service`, if any.
    pub(crate) fn on_create(&self, service: &str) -> Option<CreateHook> {
        self.rows(service).find_map(|b| match b {
            ComputeOnCreate { hook, .. } => Some(*hook),
            _ => None,
        })
    }

    /// The hook computing fields of the singleton module `service`, if any.
    pub(crate) fn on_replace(&self, service: &str) -> Option<ReplaceHook> {
        self.rows(service).find_map(|b| match b {
            ComputeOnReplace(hook) => Some(*hook),
            _ => None,
        })
    }

    /// Whether the action `action` of `service` deletes the item.
    pub(crate) fn action_deletes(&self, service: &str, action: &str) -> bool {
        self.rows(service)
            .any(|b| matches!(b, ActionDeletes(name) if *name == action))
    }

    /// Remembers the authtoken of a new item of `service`, if its items are authtokens.
    pub(crate) fn after_create(
        &self,
        state: &mut State,
        service: &str,
        created: &Map<String, Value>,
    ) {
        if !self.rows(service).any(|b| matches!(b, Authtokens)) {
            return;
        }
        if let (Some(Value::String(token)), Some(Value::String(id))) =
            (created.get("token"), created.get("id"))
        {
            state.authtokens.insert(token.clone(), id.clone());
        }
    }

    /// Whether `token` is the authtoken of an item that still exists: the API tells those
    /// apart from unknown API keys (ERR_NGROK_206).
    pub(crate) fn is_authtoken(&self, state: &State, token: &str) -> bool {
        let Some(id) = state.authtokens.get(token) else {
            return false;
        };
        self.table
            .iter()
            .filter(|case| matches!(case.behaviour, Authtokens))
            .any(|case| state.contains(case.service, std::slice::from_ref(id)))
    }
}

impl Behaviour {
    fn describe(&self) -> &'static str {
        match self {
            ComputeOnCreate { .. } => "values computed on create",
            ComputeOnReplace(_) => "values computed when the module is set",
            Authtokens => "items are tunnel authtokens",
            ActionDeletes(_) => "an action that deletes the item",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Vec<&'static ServiceMeta> {
        ngrok_api::registry().iter().map(|meta| meta()).collect()
    }

    #[test]
    fn the_table_fits_the_registry() {
        if let Err(why) = SpecialCases::check(TABLE, &registry()) {
            panic!("{why}");
        }
    }

    #[test]
    fn the_unset_values_fit_the_registry() {
        if let Err(why) = check_unset_values(UNSET_VALUES, &registry()) {
            panic!("{why}");
        }
    }

    #[test]
    fn an_unset_value_whose_key_the_schema_declares_now_is_refused() {
        let stale = [unset("HTTPSEdgeRoute", "match", Unset::Null, false)];
        let why = check_unset_values(&stale, &registry()).expect_err("refused");
        assert!(why.contains("`HTTPSEdgeRoute.match`"), "{why}");
        let unknown = [unset("HTTPSEdgeRoutes", "policy", Unset::Null, false)];
        assert!(check_unset_values(&unknown, &registry()).is_err());
    }

    #[test]
    fn a_row_naming_no_service_is_refused_by_name() {
        static BOGUS: &[SpecialCase] = &[SpecialCase {
            service: "reserved_adresses",
            behaviour: ComputeOnCreate {
                hook: computed::reserved_addr,
                reads: &[],
            },
        }];
        let why = SpecialCases::check(BOGUS, &registry())
            .err()
            .expect("refused");
        assert!(why.contains("`reserved_adresses`"), "{why}");
        assert!(why.contains("names no service"), "{why}");
    }

    #[test]
    fn a_row_of_the_wrong_kind_is_refused() {
        static WRONG: &[SpecialCase] = &[
            SpecialCase {
                service: "tunnel_sessions",
                behaviour: ActionDeletes("halt"),
            },
            SpecialCase {
                service: "reserved_domains",
                behaviour: ComputeOnReplace(computed::tls_termination),
            },
            SpecialCase {
                service: "secrets",
                behaviour: ComputeOnCreate {
                    hook: computed::secret,
                    reads: &["safes"],
                },
            },
        ];
        for row in 0..WRONG.len() {
            let why = SpecialCases::check(&WRONG[row..=row], &registry())
                .err()
                .expect("refused");
            assert!(why.contains(WRONG[row].service), "{why}");
        }
    }
}
