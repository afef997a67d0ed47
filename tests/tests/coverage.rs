//! Coverage: the declarations of this workspace against the API catalog.
//!
//! `api/catalog.json` is a facts-only description of every service, operation and schema of
//! the ngrok API (see `api/README.md`). These tests walk it and compare every entry with the
//! registry the macros generate ([`ngrok_api::registry`]) and with the described types
//! ([`ngrok_api::types::schemas`]). Removing a declaration, mistyping a path, a method, a
//! request or response type, or dropping a field makes one of them fail with a message that
//! names the entry.
//!
//! The types of `ngrok-api/src/types/` are written by hand, and this binary is their guard:
//! for a schema or field they lack, or one of the wrong type (`Option`, `Vec`, `Timestamp`,
//! integer width, `#[secret]`), the failure prints the declaration to paste and the file and
//! line where it goes. Its modules, under `coverage/`:
//!
//! - `declaration.rs`: the catalog type -> Rust type mapping, the rules for time and secret
//!   fields, and the printed declarations;
//! - `rust_source.rs`: the types and doc comments of the source files, read as text;
//! - `type_problems.rs`: the comparison of the catalog's schemas with the types;
//! - `roles.rs`: the role (`#[model(request)]` or `#[model(response)]`) the catalog gives
//!   each schema, from the operations that return it, directly or nested;
//! - `spec_words.rs`: the check that no doc repeats seven words in a row of the published
//!   OpenAPI spec (skipped, saying why, when the spec is not found).
//!
//! Beside them, `rust_version.rs` holds the same kind of guard for the manifests: each
//! crate's `rust-version` against those its dependencies declare (from `cargo metadata`).

use std::collections::{BTreeMap, BTreeSet};

use ngrok_api::meta::{OperationMeta, Schema, ServiceMeta};
use serde_json::Value;

#[path = "coverage/declaration.rs"]
mod declaration;
#[path = "coverage/roles.rs"]
mod roles;
#[path = "coverage/rust_source.rs"]
mod rust_source;
#[path = "coverage/rust_version.rs"]
mod rust_version;
#[path = "coverage/spec_words.rs"]
mod spec_words;
#[path = "coverage/type_problems.rs"]
mod type_problems;

const CATALOG: &str = include_str!("../../api/catalog.json");

fn catalog() -> Value {
    serde_json::from_str(CATALOG).expect("api/catalog.json is valid JSON")
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("catalog entry without {key}: {value}"))
}

fn declared_services() -> BTreeMap<(Option<&'static str>, &'static str), &'static ServiceMeta> {
    ngrok_api::registry()
        .iter()
        .map(|meta| meta())
        .map(|m| ((m.group, m.name), m))
        .collect()
}

fn declared_schemas() -> BTreeMap<&'static str, &'static Schema> {
    ngrok_api::types::schemas()
        .iter()
        .map(|schema| schema())
        .map(|s| (s.name, s))
        .collect()
}

/// Lists that take `filter` although neither source of the catalog sends it there:
/// `endpoints.list`, where the official Rust client (ngrok-api 0.12) sends `filter` and
/// deprecates the spec's `ids`/`urls` in its favour (see `services/endpoints.rs`).
const FILTER_BEYOND_THE_CATALOG: &[&str] = &["endpoints.list"];

/// Compares one catalog operation with its declaration; returns the differences.
fn compare_operation(
    label: &str,
    want: &Value,
    got: &OperationMeta,
    schemas: &Value,
) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |what: &str, want: String, got: String| {
        if want != got {
            problems.push(format!(
                "{label}: {what} is {got:?}, the catalog says {want:?}"
            ));
        }
    };
    check(
        "method",
        text(want, "method").to_owned(),
        got.method.as_str().to_owned(),
    );
    check("path", text(want, "path").to_owned(), got.path.to_owned());
    let schema_name = |value: &Value| value.as_str().unwrap_or("(none)").to_owned();
    let declared = |schema: Option<ngrok_api::meta::SchemaFn>| {
        schema.map_or_else(|| "(none)".to_owned(), |s| s().name.to_owned())
    };
    // A request type whose only fields are path parameters sends `{}`: the declaration
    // takes the ids as arguments instead and sends the same empty object.
    let only_path_fields = want["request"].as_str().is_some_and(|request| {
        let fields = schemas[request]["fields"].as_array().cloned();
        let params = want["path_params"].as_array().cloned().unwrap_or_default();
        fields.is_some_and(|f| f.iter().all(|field| params.contains(&field["json"])))
    });
    if only_path_fields && got.request.is_none() {
        check(
            "method of a call sending {}",
            "POST".into(),
            got.method.as_str().into(),
        );
    } else {
        check(
            "request type",
            schema_name(&want["request"]),
            declared(got.request),
        );
    }
    check(
        "response type",
        schema_name(&want["response"]),
        declared(got.response),
    );
    check(
        "success status",
        want["success_status"].to_string(),
        got.success_status().to_string(),
    );
    let list_field = want["list_field"].as_str();
    match (list_field, &got.list) {
        (None, None) => {}
        (Some(field), Some(list)) => {
            check("list field", field.to_owned(), list.items_field.to_owned());
            check(
                "paging",
                want["paginated"].to_string(),
                list.paged.to_string(),
            );
            let filter = want["query_params"]
                .as_array()
                .is_some_and(|q| q.iter().any(|p| p == "filter"))
                || FILTER_BEYOND_THE_CATALOG.contains(&label);
            check(
                "filter parameter",
                filter.to_string(),
                list.filter.to_string(),
            );
        }
        (want, got) => check(
            "list shape",
            format!("list of {want:?}"),
            format!("list of {:?}", got.map(|l| l.items_field)),
        ),
    }
    problems
}

#[test]
fn every_catalog_operation_is_declared_with_its_method_path_and_types() {
    let catalog = catalog();
    let declared = declared_services();
    let mut problems = Vec::new();
    let mut operations = 0;
    for service in catalog["services"].as_array().unwrap() {
        let name = text(service, "name");
        let group = service["group"].as_str();
        let qualified = group.map_or(name.to_owned(), |g| format!("{g}.{name}"));
        let Some(meta) = declared.get(&(group, name)) else {
            problems.push(format!("service {qualified} is not declared"));
            continue;
        };
        let ops = service["operations"].as_array().unwrap();
        for op in ops {
            operations += 1;
            let op_name = text(op, "name");
            let label = format!("{qualified}.{op_name}");
            match meta.operation(op_name) {
                Some(got) => {
                    problems.extend(compare_operation(&label, op, got, &catalog["schemas"]))
                }
                None => problems.push(format!("operation {label} is not declared")),
            }
        }
        let known: BTreeSet<&str> = ops.iter().map(|op| text(op, "name")).collect();
        for extra in meta.operations.iter().filter(|o| !known.contains(o.name)) {
            problems.push(format!(
                "{qualified}.{} is declared but not in the catalog",
                extra.name
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert_eq!(operations, 252, "the catalog lists 252 operations");
}

#[test]
fn every_declared_service_is_in_the_catalog() {
    let catalog = catalog();
    let listed: BTreeSet<(Option<&str>, &str)> = catalog["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["group"].as_str(), text(s, "name")))
        .collect();
    let declared = declared_services();
    let extra: Vec<_> = declared.keys().filter(|k| !listed.contains(k)).collect();
    assert!(
        extra.is_empty(),
        "declared but not in the catalog: {extra:?}"
    );
    assert_eq!(declared.len(), 61, "61 services, each declared once");
    assert_eq!(
        ngrok_api::registry().len(),
        61,
        "no service is registered twice"
    );
}

#[test]
fn every_catalog_schema_is_a_type_with_every_field_and_its_type() {
    let catalog = catalog();
    let declared = declared_schemas();
    let files = rust_source::files_in(type_problems::TYPES_DIR);
    let structs = rust_source::structs(&files);
    let problems = type_problems::Inputs {
        catalog: &catalog["schemas"],
        declared: &declared,
        files: &files,
        structs: &structs,
        responses: &roles::response_schemas(&catalog),
    }
    .problems();
    assert!(
        problems.is_empty(),
        "{} difference(s) between api/catalog.json and {}/ (paste the declarations shown, then \
         write their docs where they say `{}`):\n\n{}\n",
        problems.len(),
        type_problems::TYPES_DIR,
        declaration::DOC_PLACEHOLDER,
        problems.join("\n\n")
    );
    assert_eq!(declared.len(), 231, "the catalog lists 231 schemas");
}

#[test]
fn secret_fields_are_hidden_from_debug_output() {
    // The credential fields the API returns must be marked: a change to the secret rules in
    // `coverage/declaration.rs` cannot silently unmark one.
    let declared = declared_schemas();
    let must_be_secret = [
        "APIKey.token",
        "Credential.token",
        "AIGatewayAPIKey.token",
        "TLSCertificateCreate.private_key_pem",
        "SecretCreate.value",
        "SecretUpdate.value",
        "EventTargetDatadog.api_key",
        "AWSCredentials.aws_secret_access_key",
        "EndpointWebhookValidation.secret",
        "EndpointOAuthGoogle.client_secret",
    ];
    let missing: Vec<_> = must_be_secret
        .iter()
        .filter(|q| {
            let (schema, field) = q.split_once('.').unwrap();
            !declared[schema].field(field).is_some_and(|f| f.secret)
        })
        .collect();
    assert!(missing.is_empty(), "not marked secret: {missing:?}");
}

#[test]
fn no_doc_repeats_the_published_spec() {
    let path = spec_words::spec_path();
    let Ok(spec) = std::fs::read_to_string(&path) else {
        println!(
            "skipped: the OpenAPI spec {} was not found; set {} to its path to run this check",
            path.display(),
            spec_words::SPEC_VAR
        );
        return;
    };
    let runs = spec_words::spec_runs(&spec);
    assert!(
        runs.len() > 1000,
        "{} has only {} runs of {} words: is it the ngrok OpenAPI spec?",
        path.display(),
        runs.len(),
        spec_words::RUN
    );
    let mut files = rust_source::files_in(type_problems::TYPES_DIR);
    files.extend(rust_source::files_in("ngrok-api/src/services"));
    let blocks = rust_source::doc_blocks(&files);
    let copies = spec_words::copies(&blocks, &runs);
    assert!(
        copies.is_empty(),
        "{} doc(s) repeat {} words in a row of {}; reword them:\n{}",
        copies.len(),
        spec_words::RUN,
        path.display(),
        copies
            .iter()
            .map(|c| format!("{}: \"{}\"", c.location, c.words))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn no_doc_of_a_type_is_left_a_placeholder() {
    let mut files = rust_source::files_in(type_problems::TYPES_DIR);
    files.extend(rust_source::files_in("ngrok-api/src/services"));
    let placeholders: Vec<String> = rust_source::doc_blocks(&files)
        .iter()
        .flat_map(|block| {
            block
                .lines
                .iter()
                .filter(|(_, text)| text.contains(declaration::DOC_PLACEHOLDER))
                .map(|(line, _)| format!("{}:{line}", block.file))
        })
        .collect();
    assert!(
        placeholders.is_empty(),
        "write the doc where the pasted declaration left `{}`:\n{}",
        declaration::DOC_PLACEHOLDER,
        placeholders.join("\n")
    );
}

#[test]
fn every_type_has_the_role_the_catalog_gives_it() {
    let catalog = catalog();
    let responses = roles::response_schemas(&catalog);
    let files = rust_source::files_in(type_problems::TYPES_DIR);
    let structs = rust_source::structs(&files);
    let mut problems = Vec::new();
    let mut counts = BTreeMap::new();
    for model in ngrok_api::types::models() {
        let name = (model.schema)().name;
        let (want, why) = match responses.get(name) {
            Some(why) => (ngrok_api::Role::Response, why.clone()),
            None => (
                ngrok_api::Role::Request,
                "no operation returns it, directly or nested".to_owned(),
            ),
        };
        *counts.entry(format!("{want:?}")).or_insert(0) += 1;
        if model.role != want {
            let at = structs
                .iter()
                .find(|s| s.name == name)
                .map_or_else(|| type_problems::TYPES_DIR.to_owned(), |s| s.location());
            let word = |role: ngrok_api::Role| format!("{role:?}").to_lowercase();
            problems.push(format!(
                "{name} at {at} is #[crate::model({})], but {why}: write #[crate::model({})] \
                 above it",
                word(model.role),
                word(want),
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} type(s) with the wrong role:\n{}",
        problems.len(),
        problems.join("\n")
    );
    let want_counts = BTreeMap::from([("Request".to_owned(), 105), ("Response".to_owned(), 126)]);
    assert_eq!(counts, want_counts, "roles of the 231 types");
}
