//! The services of the API, against the emulator, one module per area.
//!
//! Each area module holds, for each of its services, the test that sends every operation
//! of the service (`<area>::every_operation::<service>`, declared by the `service_tests!`
//! table at the top of the module) and then the deeper tests of what that service does.
//! Behaviour that spans several areas lives in `across_services`; `conformance` replays
//! the API's documented exchanges and compares the answers' shapes; `wire` reads answers
//! and sends updates as raw JSON (every field written, zero values in updates); `rules`
//! sends each validation rule of the emulator a request that breaks it, through raw HTTP
//! (status, error code, the field named, nothing stored). The last test here
//! compares the services the areas cover with `ngrok_api::registry()`, so a service added
//! to the registry without a test fails it.
//!
//! Where a new test goes: a behaviour of one service goes in its area's module, next to
//! that service's `every_operation` function; a new service gets a function and an entry
//! in its area's `service_tests!` table (or a new area module, listed in `AREAS`).

use std::collections::BTreeSet;

use support::Tested;

mod support;

mod abuse_reports;
mod accounts;
mod agents_and_tunnels;
mod backends;
mod certificates;
mod domains_and_addresses;
mod edge_modules;
mod edges;
mod endpoints;
mod events;
mod ip_policies;
mod vaults_and_secrets;

mod across_services;
mod conformance;
mod rules;
mod wire;

/// Every area module and its `service_tests!` table.
const AREAS: &[(&str, Tested)] = &[
    ("abuse_reports", abuse_reports::TESTED),
    ("accounts", accounts::TESTED),
    ("agents_and_tunnels", agents_and_tunnels::TESTED),
    ("backends", backends::TESTED),
    ("certificates", certificates::TESTED),
    ("domains_and_addresses", domains_and_addresses::TESTED),
    ("edge_modules", edge_modules::TESTED),
    ("edges", edges::TESTED),
    ("endpoints", endpoints::TESTED),
    ("events", events::TESTED),
    ("ip_policies", ip_policies::TESTED),
    ("vaults_and_secrets", vaults_and_secrets::TESTED),
];

#[test]
fn every_registry_service_has_a_test_that_sends_each_of_its_operations() {
    let registry: BTreeSet<String> = ngrok_api::registry()
        .iter()
        .map(|meta| meta().qualified_name())
        .collect();
    let mut tested = BTreeSet::new();
    for (area, table) in AREAS {
        for (test, services) in *table {
            for service in *services {
                assert!(
                    registry.contains(*service),
                    "{area}::every_operation::{test} covers {service:?}, which is not in the registry"
                );
                assert!(
                    tested.insert((*service).to_string()),
                    "{service} is covered by two tests"
                );
            }
        }
    }
    let untested: Vec<&String> = registry.difference(&tested).collect();
    assert!(
        untested.is_empty(),
        "services with no test (add one to the `service_tests!` table of their area module \
         under tests/tests/services/): {untested:?}"
    );
}
