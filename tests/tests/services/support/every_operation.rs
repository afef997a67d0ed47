//! The every-operation guarantee: each service test runs against a fresh emulator and then
//! must have sent every operation of the services it covers, as the registry declares them.

use ngrok_api::meta::ServiceMeta;
use ngrok_api::Client;
use ngrok_api_mock::MockServer;

fn service_meta(name: &str) -> &'static ServiceMeta {
    ngrok_api::registry()
        .iter()
        .map(|meta| meta())
        .find(|meta| meta.qualified_name() == name)
        .unwrap_or_else(|| panic!("no service {name} in the registry"))
}

/// Whether a request path (`/edges/https/edghts_1/routes`) fits a path template
/// (`/edges/https/{edge_id}/routes`).
fn path_fits(template: &str, path: &str) -> bool {
    let template: Vec<&str> = template.split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    template.len() == path.len()
        && template.iter().zip(&path).all(|(t, p)| {
            if t.starts_with('{') {
                !p.is_empty()
            } else {
                t == p
            }
        })
}

/// Asserts that the emulator received a call of every operation of every named service.
fn assert_every_operation_called(server: &MockServer, services: &[&str]) {
    let requests = server.requests();
    for name in services {
        for op in service_meta(name).operations {
            let called = requests
                .iter()
                .any(|r| r.method == op.method.as_str() && path_fits(op.path, &r.path));
            assert!(
                called,
                "{}: the test never sent {} {}",
                op.label, op.method, op.path
            );
        }
    }
}

/// Runs one service test against a fresh emulator, then checks it called every operation
/// of the services it covers.
pub fn run(services: &[&str], test: fn(&MockServer, &Client)) {
    let server = MockServer::start();
    let client = server.client();
    test(&server, &client);
    assert_every_operation_called(&server, services);
}

/// An area's service tests, each with the services whose every operation it sends.
pub type Tested = &'static [(&'static str, &'static [&'static str])];

/// Used once at the top of each area module: `service_tests! { name: ["service", ...], ... }`
/// generates `TESTED` (the table as data, for the registry check in `main.rs`) and, in `mod
/// every_operation`, one `#[test]` per entry that runs the function of that name against a
/// fresh emulator and then checks that it sent every operation of the listed services.
macro_rules! service_tests {
    ($($test:ident: [$($service:literal),+ $(,)?],)*) => {
        /// The service tests of this area and the services whose every operation each sends.
        pub(crate) const TESTED: $crate::support::Tested =
            &[$((stringify!($test), &[$($service),+]),)*];

        mod every_operation {
            $(
                #[test]
                fn $test() {
                    $crate::support::run(&[$($service),+], super::$test);
                }
            )*
        }
    };
}

pub(crate) use service_tests;

#[cfg(test)]
mod tests {
    use super::path_fits;

    #[test]
    fn path_fits_matches_placeholders_only_against_non_empty_segments() {
        let template = "/edges/https/{edge_id}/routes/{id}/backend";
        assert!(path_fits(
            template,
            "/edges/https/edghts_1/routes/edghtsrt_2/backend"
        ));
        assert!(!path_fits(
            template,
            "/edges/https/edghts_1/routes//backend"
        ));
        assert!(!path_fits(
            template,
            "/edges/https/edghts_1/routes/edghtsrt_2/oauth"
        ));
        assert!(!path_fits("/vaults/{id}", "/vaults/vault_1/secrets"));
    }
}
