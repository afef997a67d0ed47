//! Serving connections: the accept loop (which answers 503 beyond the connection cap),
//! and on each keep-alive connection the loop that reads a request, records it, applies a
//! scripted fault if one matches, and writes the answer; a request that cannot be served
//! (malformed, too large, too slow) gets its error answer and the connection is closed.

use std::io::{BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::deadline::DeadlineStream;
use crate::errors;
use crate::exchange::{exchange, Outcome};
use crate::faults::{self, Fault, FaultKind};
use crate::http::{
    encode_response, read_request, write_answer, write_response, HttpRequest, HttpResponse,
    Incoming, ReadError,
};
use crate::refused::Refuser;
use crate::response::Answer;
use crate::shared::{lock, Shared};

/// How long the accept loop waits after `accept` fails. The usual cause is a full file
/// table (EMFILE), which only closing connections cures: retrying at once would spin.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(50);
/// How long, and how many bytes, a connection refused with an error answer is still read
/// (and the bytes dropped) before it is closed. Closing a socket with unread bytes sends
/// a reset, which can destroy the answer before the client reads it.
const LINGER: Duration = Duration::from_secs(2);
const LINGER_BYTES: u64 = 16 * 1024 * 1024;

pub(crate) fn accept_loop(listener: &TcpListener, shared: &Arc<Shared>) {
    let refuser = Refuser::start(shared.limits.max_connections);
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else {
            std::thread::sleep(ACCEPT_BACKOFF);
            continue;
        };
        let id = shared.next_connection.fetch_add(1, Ordering::Relaxed);
        let mut open = lock(&shared.connections);
        if open.len() >= shared.limits.max_connections {
            drop(open);
            refuser.refuse(stream);
            continue;
        }
        // Shared rather than cloned: one file descriptor per connection, so that the cap,
        // not the process's file table, is what runs out first.
        let stream = Arc::new(stream);
        open.insert(id, Arc::clone(&stream));
        drop(open);
        let spawned = {
            let shared = Arc::clone(shared);
            std::thread::Builder::new()
                .name("ngrok-api-mock-conn".into())
                .spawn(move || {
                    serve_connection(&stream, &shared);
                    lock(&shared.connections).remove(&id);
                })
        };
        if spawned.is_err() {
            // The stream went down with the closure; forget it so it does not count.
            lock(&shared.connections).remove(&id);
        }
    }
}

/// Reads and drops what the client still sends, until it closes, [`LINGER`] passes or
/// [`LINGER_BYTES`] have come, so that closing does not reset the connection under an
/// answer the client has not read yet.
fn linger(mut stream: DeadlineStream<'_>) {
    stream.set_deadline(Instant::now() + LINGER);
    let _ = std::io::copy(
        &mut stream.by_ref().take(LINGER_BYTES),
        &mut std::io::sink(),
    );
}

/// Sends `answer` on a connection that cannot go on, then closes it gracefully.
fn answer_and_close(
    mut writer: &TcpStream,
    answer: &HttpResponse,
    reader: BufReader<DeadlineStream<'_>>,
) {
    if write_response(&mut writer, answer, true).is_ok() {
        let _ = writer.shutdown(Shutdown::Write);
        linger(reader.into_inner());
    }
}

fn serve_connection(stream: &TcpStream, shared: &Shared) {
    let limits = shared.limits;
    let _ = stream.set_nodelay(true);
    // A client that stops reading its answers must not hold the thread for ever.
    let _ = stream.set_write_timeout(Some(limits.request_timeout.max(Duration::from_millis(1))));
    let mut writer = stream;
    let mut reader = BufReader::new(DeadlineStream::new(stream));
    loop {
        let Incoming {
            request,
            keep_alive,
        } = match read_request(&mut reader, &mut writer, &limits) {
            Ok(incoming) => incoming,
            Err(ReadError::Refused(answer)) => {
                return answer_and_close(writer, &answer, reader);
            }
            Err(ReadError::TimedOut) => {
                let answer = errors::request_timeout(limits.request_timeout);
                return answer_and_close(writer, &answer, reader);
            }
            Err(ReadError::Closed | ReadError::Idle | ReadError::Io) => return,
        };
        let answer = match exchange(shared, request) {
            Outcome::Answer(answer) => answer,
            Outcome::Fault(fault, request) => match faulted(shared, &request, fault, &mut writer) {
                Some(response) => response.into(),
                None => return,
            },
        };
        let close = !keep_alive || shared.stopping.load(Ordering::SeqCst);
        let Answer { response, spliced } = &answer;
        if write_answer(&mut writer, response, spliced.as_ref(), close).is_err() || close {
            return;
        }
    }
}

/// The answer to a request that met `fault`, or `None` when the fault has already ended
/// the connection (dropped it, or sent part of an answer).
fn faulted(
    shared: &Shared,
    request: &HttpRequest,
    fault: Fault,
    writer: &mut impl Write,
) -> Option<HttpResponse> {
    let mut response = match fault.kind {
        FaultKind::Status(status, code) => errors::injected(status, code.as_deref()),
        FaultKind::Raw(status, content_type, body) => HttpResponse {
            status,
            headers: vec![("content-type".into(), content_type)],
            body,
        },
        FaultKind::Delay(delay) => {
            std::thread::sleep(delay);
            shared.respond(request)
        }
        FaultKind::Drop => return None,
        FaultKind::LoseResponse => {
            shared.respond(request);
            return None;
        }
        FaultKind::Truncate => {
            let response = shared.respond(request);
            let bytes = encode_response(&response, true);
            // The headers and the first half of the body.
            let cut = bytes.len() - response.body.len() / 2 - response.body.len() % 2;
            let _ = writer.write_all(&bytes[..cut]);
            let _ = writer.flush();
            return None;
        }
        FaultKind::Oversized(size) => HttpResponse {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: faults::padding_body(size),
        },
    };
    if let Some(value) = fault.retry_after {
        response.headers.push(("retry-after".into(), value));
    }
    Some(response)
}
