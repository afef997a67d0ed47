//! One request's way through the emulator, once it has been read: the admin API takes
//! its own paths; any other request is routed (to know its operation and path ids), its key
//! checked, then it is recorded in the journal, counted by the expectations, and either
//! meets a scripted fault or is answered.
//!
//! The key is checked before anything is kept: a request without the server's key is
//! recorded without its body (so keyless clients cannot fill memory with large bodies; the
//! journal also caps its bytes) and is not counted by expectations, which are about what a
//! correctly configured client sent.

use serde_json::Value;

use crate::admin;
use crate::expectations::{shorten, Seen};
use crate::faults::Fault;
use crate::gate;
use crate::http::{query_pairs, HttpRequest};
use crate::recording::Kept;
use crate::response::Answer;
use crate::routing::Routed;
use crate::shared::{lock, Shared};

/// What becomes of a request.
pub(crate) enum Outcome {
    /// Write this answer.
    Answer(Answer),
    /// The request (given back) met this fault, for the connection to act out (some
    /// faults act on the socket).
    Fault(Fault, HttpRequest),
}

/// What becomes of `request`: its answer, or the fault it met (with the request, for the
/// connection to act the fault out).
pub(crate) fn exchange(shared: &Shared, request: HttpRequest) -> Outcome {
    if admin::is_admin(&request.path) {
        return Outcome::Answer(admin::handle(shared, &request).into());
    }
    let authorized = gate::authenticate(&request, &shared.api.api_key, |_| false).is_ok();
    let routed = shared.api.route(&request);
    let op = match &routed {
        Ok(Routed::Found(route, _)) => Some(route.op),
        _ => None,
    };
    let operation = op.map(|op| op.label);
    if authorized {
        let mut expectations = lock(&shared.expectations);
        // Only decode what an expectation on this operation will look at.
        let watched = operation.is_some_and(|op| expectations.watches(op));
        let query = if watched {
            query_pairs(&request.query).unwrap_or_default()
        } else {
            Vec::new()
        };
        let body = watched
            .then(|| serde_json::from_slice::<Value>(&request.body).ok())
            .flatten();
        let path_ids: Vec<(String, String)> = match &routed {
            Ok(Routed::Found(route, params)) if watched => route
                .op
                .path_params()
                .map(str::to_string)
                .zip(params.iter().cloned())
                .collect(),
            _ => Vec::new(),
        };
        let summary = || summarize(&request);
        let seen = Seen {
            operation,
            path_ids: &path_ids,
            query: &query,
            body: body.as_ref(),
            summary: &summary,
        };
        expectations.observe(&seen, &request.method, &request.path);
    } else {
        lock(&shared.expectations).observe_keyless();
    }
    // Recorded before it is answered: a test may wait for a request to be in the journal
    // to know that the emulator has it (`tests/tests/behaviour/concurrency.rs`).
    let kept = Kept::new(&request, authorized, op);
    lock(&shared.requests).record(kept);
    if let Some(fault) = lock(&shared.faults).take(&request.method, &request.path, operation) {
        return Outcome::Fault(fault, request);
    }
    Outcome::Answer(shared.respond_routed(&request, routed, authorized))
}

/// A request in one line for reports: method, path, query and the start of the body.
fn summarize(request: &HttpRequest) -> String {
    let mut line = format!("{} {}", request.method, request.path);
    if !request.query.is_empty() {
        line.push('?');
        line.push_str(&request.query);
    }
    if !request.body.is_empty() {
        line.push(' ');
        line.push_str(&shorten(&String::from_utf8_lossy(&request.body)));
    }
    line
}
