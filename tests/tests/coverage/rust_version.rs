//! Each crate's `rust-version` against the `rust-version`s its dependencies declare.
//!
//! Only one toolchain is installed where the tests run, so nothing here compiles with the
//! declared version; instead the claim is checked against facts: a crate cannot build on a
//! Rust older than any crate it compiles with. What a crate's own code needs from std is
//! checked by clippy's `incompatible_msrv` lint, which reads the same `rust-version`.
//!
//! Which dependencies count: for a published crate, its normal and build dependencies and
//! theirs, since that is what its users compile; for an unpublished one (`publish = false`,
//! the test crate), its dev-dependencies too, since it is only ever built for its tests.
//! Every target platform counts, as `cargo metadata` resolves them all.

use std::collections::{BTreeSet, HashMap};
use std::process::Command;

use serde_json::Value;

/// A `rust-version` as numbers: `"1.85"` and `"1.85.0"` are both `[1, 85, 0]`.
type RustVersion = [u64; 3];

fn parse_version(text: &str) -> Option<RustVersion> {
    let mut parts = text.split('.').map(|part| part.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next().unwrap_or(Some(0))?;
    let patch = parts.next().unwrap_or(Some(0))?;
    Some([major, minor, patch])
}

fn show(version: RustVersion) -> String {
    match version {
        [major, minor, 0] => format!("{major}.{minor}"),
        [major, minor, patch] => format!("{major}.{minor}.{patch}"),
    }
}

/// One problem per line: a workspace crate without a `rust-version`, or one that declares
/// less than a crate it compiles with.
fn problems(metadata: &Value) -> Vec<String> {
    struct Package<'a> {
        name: &'a str,
        version: &'a str,
        rust_version: Option<RustVersion>,
        unpublished: bool,
        manifest_path: &'a str,
    }
    let packages: HashMap<&str, Package> = metadata["packages"]
        .as_array()
        .expect("metadata has packages")
        .iter()
        .map(|p| {
            let package = Package {
                name: p["name"].as_str().unwrap_or("?"),
                version: p["version"].as_str().unwrap_or("?"),
                rust_version: p["rust_version"].as_str().and_then(parse_version),
                // `publish = false` is an empty list of allowed registries.
                unpublished: p["publish"].as_array().is_some_and(Vec::is_empty),
                manifest_path: p["manifest_path"].as_str().unwrap_or("its Cargo.toml"),
            };
            (p["id"].as_str().unwrap_or("?"), package)
        })
        .collect();
    // package id -> (dependency id, is it only a dev-dependency?)
    let edges: HashMap<&str, Vec<(&str, bool)>> = metadata["resolve"]["nodes"]
        .as_array()
        .expect("metadata has a resolve graph")
        .iter()
        .map(|node| {
            let deps = node["deps"].as_array().into_iter().flatten().map(|dep| {
                let kinds = dep["dep_kinds"].as_array().into_iter().flatten();
                let dev_only = kinds.clone().count() > 0
                    && kinds.clone().all(|k| k["kind"].as_str() == Some("dev"));
                (dep["pkg"].as_str().unwrap_or("?"), dev_only)
            });
            (node["id"].as_str().unwrap_or("?"), deps.collect())
        })
        .collect();

    let mut problems = Vec::new();
    for member in metadata["workspace_members"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let member_id = member.as_str().unwrap_or("?");
        let crate_ = &packages[member_id];
        let Some(declared) = crate_.rust_version else {
            problems.push(format!(
                "{} declares no rust-version (or one that is not a version)",
                crate_.name
            ));
            continue;
        };
        // Walk the graph: dev-dependencies only out of an unpublished member itself.
        let mut seen = BTreeSet::new();
        let mut stack = vec![(member_id, true)];
        while let Some((id, is_member)) = stack.pop() {
            for &(dep, dev_only) in edges.get(id).into_iter().flatten() {
                let follow = !dev_only || (is_member && crate_.unpublished);
                if follow && seen.insert(dep) {
                    stack.push((dep, false));
                }
            }
        }
        for dep in seen {
            let dep = &packages[dep];
            if let Some(needed) = dep.rust_version.filter(|&needed| needed > declared) {
                problems.push(format!(
                    "{} declares rust-version {} but builds {} {}, which declares {}: \
                     raise the rust-version in {} (and the README's note)",
                    crate_.name,
                    show(declared),
                    dep.name,
                    dep.version,
                    show(needed),
                    crate_.manifest_path,
                ));
            }
        }
    }
    problems
}

#[test]
fn every_crate_declares_at_least_what_its_dependencies_declare() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml");
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .args(["--manifest-path", manifest])
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: Value = serde_json::from_slice(&output.stdout).expect("metadata is JSON");
    let members = metadata["workspace_members"].as_array().map_or(0, Vec::len);
    assert_eq!(members, 4, "the four crates of the workspace are checked");
    let problems = problems(&metadata);
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// The walk on a small graph: `lib` (published, 1.70) builds `dep` (1.75) and has a
/// dev-dependency `tool` (1.90); `dep` has a dev-dependency `far` (1.99); the unpublished
/// `suite` (1.80) has the dev-dependency `tool`.
#[test]
fn the_check_counts_what_each_crate_builds() {
    let package = |name: &str, rust: Option<&str>, publish: Value| {
        serde_json::json!({
            "id": name, "name": name, "version": "1.0.0", "rust_version": rust,
            "publish": publish, "manifest_path": format!("{name}/Cargo.toml"),
        })
    };
    let dep = |pkg: &str, kind: Option<&str>| serde_json::json!({"pkg": pkg, "dep_kinds": [{"kind": kind, "target": null}]});
    let metadata = serde_json::json!({
        "packages": [
            package("lib", Some("1.70"), Value::Null),
            package("suite", Some("1.80"), serde_json::json!([])),
            package("none", None, Value::Null),
            package("dep", Some("1.75.0"), Value::Null),
            package("tool", Some("1.90"), Value::Null),
            package("far", Some("1.99"), Value::Null),
        ],
        "workspace_members": ["lib", "suite", "none"],
        "resolve": {"nodes": [
            {"id": "lib", "deps": [dep("dep", None), dep("tool", Some("dev"))]},
            {"id": "suite", "deps": [dep("lib", None), dep("tool", Some("dev"))]},
            {"id": "none", "deps": []},
            {"id": "dep", "deps": [dep("far", Some("dev"))]},
            {"id": "tool", "deps": []},
            {"id": "far", "deps": []},
        ]},
    });
    assert_eq!(
        problems(&metadata),
        [
            "lib declares rust-version 1.70 but builds dep 1.0.0, which declares 1.75: \
             raise the rust-version in lib/Cargo.toml (and the README's note)",
            "suite declares rust-version 1.80 but builds tool 1.0.0, which declares 1.90: \
             raise the rust-version in suite/Cargo.toml (and the README's note)",
            "none declares no rust-version (or one that is not a version)",
        ],
        "lib's dev-dependency tool and dep's dev-dependency far are not built for users; \
         suite is unpublished, so its dev-dependency tool counts"
    );
}
