//! An in-process emulator of the ngrok HTTP API, for tests that need no account and no
//! network.
//!
//! [`MockServer::start`] serves, on a random loopback port, every service that
//! `ngrok-api` declares: ids with each resource's prefix, partial updates, newest-first
//! paging with `limit`, `before_id` and `next_page_uri`, nested resources, singleton
//! modules, and the API's JSON errors for a bad key, a missing `ngrok-version` header,
//! an unknown id or a bad body.
//!
//! ```
//! use ngrok_api::types::ReservedDomainCreate;
//!
//! let server = ngrok_api_mock::MockServer::start();
//! let client = server.client();
//! let created = client.reserved_domains().create(&ReservedDomainCreate {
//!     domain: "app.example.com".into(),
//!     ..Default::default()
//! })?;
//! assert!(created.id.starts_with("rd_"));
//! assert_eq!(client.reserved_domains().get(&created.id)?.domain, "app.example.com");
//! # Ok::<(), ngrok_api::Error>(())
//! ```
//!
//! It refuses what the API refuses (required fields, lengths, uniqueness, references,
//! formats) with the API's error codes, and speaks the API's `filter` language. For tests:
//!
//! - [`MockServer::expect`] sets wiremock-style expectations on operations by name,
//!   checked by [`MockServer::verify`] and when the server is dropped;
//! - [`MockServer::requests`] is the journal, each request with its operation, path ids and
//!   a typed body ([`RecordedRequest::body_as`]);
//! - [`MockServer::inject`] scripts faults ([`Fault`]), [`MockServerBuilder::rate_limit`]
//!   applies the account's rate limit, and [`MockServer::reset`] forgets everything;
//! - [`MockServerBuilder::seed`] makes ids and times reproducible, and [`MockServer::clock`]
//!   moves time without sleeping;
//! - [`MockServer::seed`] puts items of any service in place, also those the API cannot
//!   create (tunnels, tunnel sessions).
//!
//! The same server runs as a program, for other tools and languages:
//! `ngrok-api-mock --api-key secret` (on `127.0.0.1:18040`; see its `--help`), with an
//! admin API under `/__mock/` that offers all of the above over HTTP (the README lists it).
#![deny(missing_docs)]

// How a request travels, file by file: `server` (the handle and its builder) starts
// `connection`'s accept loop; each connection reads with `http` (held to the caps and
// timeouts of `limits`, reading against a `deadline`) and hands the request to
// `exchange`, which sends the reserved `/__mock/` paths to `admin`, and otherwise routes the
// request once (`routing`), checks its key, records it with `recording`, counts it for
// `expectations` and applies `faults`; then `shared` puts the request through the `gate`
// (version) and the rate limit to `api`, with its route, which asks the `gate` for the
// body and query, `relations` for the parent, and hands it to `operations`, which
// put creates, updates and deletes through `validation` (what the API refuses) and work
// on the `store`. Answers that are errors come from `errors`; anything done for a
// service because of its name is a row of `special_cases` (its computed values are in
// `computed`). `catalog` holds what is worked out from the registry once at start-up, among
// it `shapes`: every answer's objects are completed to the API's full shape there. Time
// (`clock`) and random bits (`ids`) come from the server's `determinism` sources, lent to
// the request's handling by `shared`; `seeding` puts items in place without a request.
mod admin;
mod api;
mod catalog;
mod clock;
mod computed;
mod connection;
mod deadline;
mod determinism;
mod errors;
mod exchange;
mod expectations;
mod faults;
mod filter;
mod gate;
mod http;
mod ids;
mod limits;
mod operations;
mod persistence;
mod rate_limit;
mod recording;
mod refused;
mod relations;
mod response;
mod rng;
mod routing;
mod schema;
mod seeding;
mod server;
mod shapes;
mod shared;
mod special_cases;
mod store;
mod sync;
mod validation;

pub use crate::clock::Clock;
pub use crate::expectations::{Expectation, UnknownOperation, VerificationError};
pub use crate::faults::Fault;
/// The filter parser's step counter, for the tests crate's property tests only.
#[doc(hidden)]
pub use crate::filter::parse_steps as __filter_parse_steps;
pub use crate::recording::{RecordedRequest, RECORDED_BYTES, RECORDED_REQUESTS};
pub use crate::seeding::SeedError;
pub use crate::server::{MockServer, MockServerBuilder};

// The README's Rust examples are compiled (and the runnable ones run) as doc tests here,
// where both the client and the emulator are in reach, so the README cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
