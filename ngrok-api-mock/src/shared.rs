//! What one running server shares among its connection threads (the API, the store,
//! the recorded requests, the scripted faults, the rate limit), and the order a request
//! meets them in: gate, rate limit, then the API.

use std::collections::{HashMap, VecDeque};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

use crate::api::Api;
use crate::errors;
use crate::faults::{Faults, RateLimit};
use crate::gate;
use crate::http::{HttpRequest, HttpResponse};
use crate::recording::{record, RecordedRequest};
use crate::store::State;

pub(crate) struct Shared {
    pub(crate) api: Api,
    pub(crate) state: Mutex<State>,
    /// The most recent requests, at most [`RECORDED_REQUESTS`](crate::RECORDED_REQUESTS).
    pub(crate) requests: Mutex<VecDeque<RecordedRequest>>,
    pub(crate) stopping: AtomicBool,
    /// The open connections, so that stopping can close them (their threads block on read).
    pub(crate) connections: Mutex<HashMap<u64, TcpStream>>,
    pub(crate) next_connection: AtomicU64,
    pub(crate) faults: Mutex<Faults>,
    pub(crate) rate_limit: Option<Mutex<RateLimit>>,
}

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in one connection's handler must not take the whole emulator down.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    /// Keeps a request for [`MockServer::requests`](crate::MockServer::requests).
    pub(crate) fn record(&self, request: &HttpRequest) {
        let authorized = gate::bearer_token(request) == Some(self.api.api_key.as_str());
        record(&mut lock(&self.requests), request, authorized);
    }

    /// The emulator's answer to a request (no fault involved).
    pub(crate) fn respond(&self, request: &HttpRequest) -> HttpResponse {
        let api = &self.api;
        let admitted = gate::authenticate(request, &api.api_key, |token| {
            api.is_authtoken(&lock(&self.state), token)
        })
        .and_then(|()| gate::check_version(request));
        if let Err(response) = admitted {
            return response;
        }
        if let Some(limit) = &self.rate_limit {
            if let Err(wait) = lock(limit).admit(Instant::now()) {
                let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                return errors::rate_limited(seconds);
            }
        }
        // `handle` locks the store for as long as it needs it, and no longer.
        api.handle(&self.state, request)
    }
}
