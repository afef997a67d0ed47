//! How the client and the emulator behave, whatever the service: building a client, the
//! errors it returns, paging, retries under faults, batch jobs under the rate limit, raw
//! calls to any path, keeping the key secret, unknown fields, properties over any
//! response, concurrency, the emulator's deterministic mode and typed seeding, its protocol checks, decoding and writing JSON the way
//! the API does (wire), and a service declared outside `ngrok-api`. One module per concern;
//! the tests of what one service does are in the `services` test binary instead.
//!
//! The tests of all these modules share one process and run on parallel threads, so none
//! of them may set environment variables or rely on being alone: the one test that needs
//! a process-wide logger of its own is the `logging` binary.

mod admin;
mod client;
mod concurrency;
mod deterministic;
mod emulator;
mod errors;
mod expectations;
mod faults;
mod filters;
mod hardening;
mod outside_crate;
mod paging;
mod properties;
mod protocol;
mod rate_limit;
mod raw;
mod secrets;
mod seeding;
mod tls_and_proxies;
mod unknown_fields;
mod wire;
