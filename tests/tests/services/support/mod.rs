//! What the service tests share. Each area module starts with `use crate::support::*;`,
//! which brings in the API types, the client and emulator, the fixtures, the request
//! assertions and the `service_tests!`, `lifecycle!` and `module_cycle!` macros.

mod cycles;
mod every_operation;
mod expect;
mod fixtures;
mod requests;

pub use ngrok_api::types::*;
pub use ngrok_api::{Client, Timestamp};
pub use ngrok_api_mock::MockServer;
pub use ngrok_api_tests::{assert_not_found, assert_recent, ip_policy};
pub use serde_json::json;

pub(crate) use cycles::{lifecycle, module_cycle};
pub(crate) use every_operation::service_tests;
pub use every_operation::{run, Tested};
pub use expect::*;
pub use fixtures::*;
pub use requests::*;
