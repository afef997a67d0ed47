//! Connections beyond the cap: each is answered 503 at once, without its request being
//! read, then closed gently; all of them on one thread, so that a flood of connections
//! costs one thread rather than one each, and the accept loop never waits on a client.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender};
use std::time::{Duration, Instant};

use crate::errors;
use crate::http::encode_response;

/// How many refused connections may be waiting to close at once, and how many may be
/// queued for the closing thread; past that, a refused connection is closed at once. Each
/// holds a file descriptor, and with the default cap of 512 open connections these keep
/// the whole within the common limit of 1,024.
const LINGERING: usize = 128;
const QUEUED: usize = 128;
/// How long a refused connection is waited for to close by itself, and how many of its
/// bytes are read (and dropped) meanwhile. Closing a socket with unread bytes sends a
/// reset, which can destroy the 503 before the client reads it.
const LINGER: Duration = Duration::from_secs(1);
const LINGER_BYTES: usize = 64 * 1024;
/// How often the waiting connections are looked at.
const POLL: Duration = Duration::from_millis(10);

/// Refuses connections for the accept loop; its thread ends when this is dropped.
pub(crate) struct Refuser {
    /// The whole answer, encoded once.
    answer: Vec<u8>,
    /// `None` if the thread could not start: refused connections are then closed at once.
    closer: Option<SyncSender<TcpStream>>,
}

impl Refuser {
    pub(crate) fn start(max_connections: usize) -> Refuser {
        let (closer, to_close) = sync_channel(QUEUED);
        let started = std::thread::Builder::new()
            .name("ngrok-api-mock-refused".into())
            .spawn(move || close_gently(&to_close));
        Refuser {
            answer: encode_response(&errors::too_many_connections(max_connections), true),
            closer: started.ok().map(|_| closer),
        }
    }

    /// Answers 503 and hands the connection to the closing thread. Never blocks: the
    /// socket is non-blocking from here on, and a fresh socket's send buffer takes the
    /// small answer whole.
    pub(crate) fn refuse(&self, stream: TcpStream) {
        if stream.set_nonblocking(true).is_err() {
            return;
        }
        let _ = (&stream).write_all(&self.answer);
        let _ = stream.shutdown(Shutdown::Write);
        if let Some(closer) = &self.closer {
            // When the closing thread is behind, the connection is closed now.
            let _ = closer.try_send(stream);
        }
    }
}

/// A refused connection waiting for its client to close.
struct Lingering {
    stream: TcpStream,
    until: Instant,
    bytes_left: usize,
}

impl Lingering {
    /// Reads (and drops) what has come; whether to go on waiting.
    fn still_waiting(&mut self, now: Instant) -> bool {
        let mut buf = [0; 4096];
        loop {
            match (&self.stream).read(&mut buf) {
                Ok(0) => return false,
                Ok(n) if n >= self.bytes_left => return false,
                Ok(n) => self.bytes_left -= n,
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => return now < self.until,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
    }
}

/// The closing thread: takes refused connections and drops each once its client has
/// closed, [`LINGER`] has passed or [`LINGER_BYTES`] have come.
fn close_gently(to_close: &Receiver<TcpStream>) {
    let mut lingering: Vec<Lingering> = Vec::new();
    loop {
        let next = if lingering.is_empty() {
            to_close.recv().map_err(|_| RecvTimeoutError::Disconnected)
        } else {
            to_close.recv_timeout(POLL)
        };
        match next {
            Ok(stream) if lingering.len() < LINGERING => lingering.push(Lingering {
                stream,
                until: Instant::now() + LINGER,
                bytes_left: LINGER_BYTES,
            }),
            // Too many waiting already: this one is closed now.
            Ok(_) | Err(RecvTimeoutError::Timeout) => {}
            // The server has stopped.
            Err(RecvTimeoutError::Disconnected) => return,
        }
        let now = Instant::now();
        lingering.retain_mut(|waiting| waiting.still_waiting(now));
    }
}
