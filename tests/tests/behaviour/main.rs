//! How the client and the emulator behave, whatever the service: building a client, the
//! errors it returns, paging, retries under faults, batch jobs under the rate limit, raw
//! calls to any path, keeping the key secret, unknown fields, properties over any
//! response, concurrency, decoding and writing JSON the way the API does (wire), and a
//! service declared outside `ngrok-api`; and for the emulator: its protocol checks, its
//! filter language, hostile clients over raw sockets (hardening), expectations, the
//! journal and reset, the admin API over raw HTTP, deterministic mode and typed seeding,
//! the builder's host, public URL and state file. One module per concern; the tests of
//! what one service does (and each validation rule) are in the `services` test binary.
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
