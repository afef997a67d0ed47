//! What one running server shares among its connection threads (the API, the store,
//! the journal, the expectations, the scripted faults, the rate limit), and the order a
//! request meets them in: gate, rate limit, then the API.

use std::collections::HashMap;
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex};

use crate::api::Api;
use crate::determinism::Sources;
use crate::errors;
use crate::expectations::Expectations;
use crate::faults::{Faults, RateLimit};
use crate::gate;
use crate::http::{HttpRequest, HttpResponse};
use crate::limits::Limits;
use crate::persistence;
use crate::recording::Journal;
use crate::response::Answer;
use crate::routing::Routed;
use crate::store::State;

pub(crate) struct Shared {
    pub(crate) api: Api,
    pub(crate) state: Mutex<State>,
    /// The most recent requests, within [`RECORDED_REQUESTS`](crate::RECORDED_REQUESTS)
    /// and [`RECORDED_BYTES`](crate::RECORDED_BYTES).
    pub(crate) requests: Mutex<Journal>,
    /// Shared with the [`Expectation`](crate::Expectation) handles, which change their spec.
    pub(crate) expectations: Arc<Mutex<Expectations>>,
    /// The label of every operation served (`"reserved_domains.create"`), to check names.
    pub(crate) labels: Vec<&'static str>,
    pub(crate) stopping: AtomicBool,
    /// The open connections, so that stopping can close them (their threads block on read).
    pub(crate) connections: Mutex<HashMap<u64, Arc<TcpStream>>>,
    pub(crate) next_connection: AtomicU64,
    pub(crate) faults: Mutex<Faults>,
    /// Set at start or through the admin API; `None` when off.
    pub(crate) rate_limit: Mutex<Option<RateLimit>>,
    /// The clock and, when seeded, the random generator, lent to each request's handling.
    pub(crate) sources: Arc<Sources>,
    /// The caps and timeouts every connection is held to.
    pub(crate) limits: Limits,
    /// Where the store is written after every change (`--state FILE`), if anywhere.
    pub(crate) state_file: Option<persistence::StateFile>,
}

pub(crate) use crate::sync::lock;

impl Shared {
    /// The emulator's answer to a request (no fault involved).
    pub(crate) fn respond(&self, request: &HttpRequest) -> HttpResponse {
        self.respond_routed(request, self.api.route(request), false)
            .into_response()
    }

    /// [`Shared::respond`] for a request already routed (`routed` is `Api::route`'s
    /// answer), so that a request is routed once on its way; `authorized` when its key
    /// is known to be the server's already (else the gate checks it).
    pub(crate) fn respond_routed(
        &self,
        request: &HttpRequest,
        routed: Result<Routed<'_>, HttpResponse>,
        authorized: bool,
    ) -> Answer {
        self.sources.tick();
        self.sources
            .enter(|| self.respond_now(request, routed, authorized))
    }

    fn respond_now(
        &self,
        request: &HttpRequest,
        routed: Result<Routed<'_>, HttpResponse>,
        authorized: bool,
    ) -> Answer {
        let api = &self.api;
        let authenticated = if authorized {
            Ok(())
        } else {
            gate::authenticate(request, &api.api_key, |token| {
                api.is_authtoken(&lock(&self.state), token)
            })
        };
        let admitted = authenticated.and_then(|()| gate::check_version(request));
        if let Err(response) = admitted {
            return response.into();
        }
        if let Some(limit) = lock(&self.rate_limit).as_mut() {
            if let Err(wait) = limit.admit(self.sources.clock.now()) {
                let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                return errors::rate_limited(seconds).into();
            }
        }
        // `handle` locks the store for as long as it needs it, and no longer.
        let response = api.handle_routed(&self.state, request, routed);
        if self.state_file.is_none() {
            return response;
        }
        // Saved under the lock, so each save writes the store as it is then: a later
        // change's save holds this change too, and every answered change is on disk.
        self.persist(&lock(&self.state), request, response.into_response())
            .into()
    }

    /// After a request that changed the store, writes the state file (if there is one)
    /// before the change is answered, still under the store's lock so that files are
    /// written in the order of the changes; `response` is what to answer then. A failed
    /// write is answered with a 500 naming the file: the change is in memory, but the
    /// caller must not believe it is kept.
    pub(crate) fn persist(
        &self,
        state: &State,
        request: &HttpRequest,
        response: HttpResponse,
    ) -> HttpResponse {
        if !persistence::changed(request, &response) {
            return response;
        }
        match self.save_state(state) {
            Ok(()) => response,
            Err(why) => {
                eprintln!("ngrok-api-mock: {why}");
                errors::api_error(500, None, format!("the emulator {why}"))
            }
        }
    }

    /// Writes the state file (if there is one): after a request's change, a direct insert,
    /// seeding or a reset. The error names the file.
    pub(crate) fn save_state(&self, state: &State) -> Result<(), String> {
        match &self.state_file {
            Some(file) => persistence::save(file, state).map_err(|err| {
                format!("cannot write the state file {}: {err}", file.path.display())
            }),
            None => Ok(()),
        }
    }

    /// Puts the server back as it started: no items, faults, journal or expectations, and
    /// an empty rate-limit window (the limit itself stays).
    pub(crate) fn reset(&self) {
        *lock(&self.state) = State::default();
        lock(&self.faults).clear();
        if let Some(limit) = lock(&self.rate_limit).as_mut() {
            limit.clear();
        }
        lock(&self.requests).clear();
        lock(&self.expectations).clear();
        // A stopped (seeded) clock goes back to its start, and the seeded generator to its
        // seed, so a test after a reset sees what a test on a new server would.
        self.sources.restart();
        // The state file forgets the items too, or a restart would bring them back.
        if let Err(err) = self.save_state(&lock(&self.state)) {
            eprintln!("ngrok-api-mock: {err}");
        }
    }
}
