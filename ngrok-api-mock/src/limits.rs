//! The caps and timeouts that keep one client from starving the others: how large a
//! request body may be, how long a request may take to arrive, how long an idle
//! keep-alive connection is kept, and how many connections are open at once. Set on
//! [`MockServerBuilder`](crate::MockServerBuilder); the binary keeps the defaults.

use std::time::Duration;

/// The largest request body accepted by default: far above the API's largest legitimate
/// bodies (traffic policies and PEM certificate chains are tens of KiB), far below what
/// would let a few clients exhaust memory.
pub(crate) const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;
/// How long a request may take from its first byte to its last, by default.
pub(crate) const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a keep-alive connection may wait for its next request, by default.
pub(crate) const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// How many connections may be open at once, by default; each holds a thread and one
/// file descriptor, so that the cap is reached well before a file table of 1,024 is full.
pub(crate) const DEFAULT_MAX_CONNECTIONS: usize = 512;

/// The limits one server enforces on its connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// A request announcing a longer body is answered 413 before the body is read.
    pub(crate) max_body_bytes: usize,
    /// A request not complete this long after its first byte is answered 408.
    pub(crate) request_timeout: Duration,
    /// A kept-alive connection with no new request for this long is closed.
    pub(crate) idle_timeout: Duration,
    /// A connection beyond this many open ones is answered 503 and closed.
    pub(crate) max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            request_timeout: DEFAULT_REQUEST_TIMEOUT,
            idle_timeout: DEFAULT_IDLE_TIMEOUT,
            max_connections: DEFAULT_MAX_CONNECTIONS,
        }
    }
}
