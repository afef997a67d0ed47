//! Serving connections: the accept loop, and on each keep-alive connection the loop that
//! reads a request, records it, applies a scripted fault if one matches, and writes the
//! answer.

use std::io::{BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::errors;
use crate::exchange::{exchange, Outcome};
use crate::faults::{self, Fault, FaultKind};
use crate::http::{
    encode_response, read_request, write_response, HttpRequest, HttpResponse, ReadError,
};
use crate::shared::{lock, Shared};

pub(crate) fn accept_loop(listener: &TcpListener, shared: &Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let id = shared.next_connection.fetch_add(1, Ordering::Relaxed);
        if let Ok(clone) = stream.try_clone() {
            lock(&shared.connections).insert(id, clone);
        }
        let shared = Arc::clone(shared);
        let _ = std::thread::Builder::new()
            .name("ngrok-api-mock-conn".into())
            .spawn(move || {
                serve_connection(stream, &shared);
                lock(&shared.connections).remove(&id);
            });
    }
}

fn serve_connection(stream: TcpStream, shared: &Shared) {
    let _ = stream.set_nodelay(true);
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let request = match read_request(&mut reader) {
            Ok(request) => request,
            Err(ReadError::Malformed(why)) => {
                let _ = write_response(&mut writer, &errors::malformed_http(why), true);
                return;
            }
            Err(ReadError::Closed | ReadError::Io) => return,
        };
        let response = match exchange(shared, &request) {
            Outcome::Answer(response) => response,
            Outcome::Fault(fault) => match faulted(shared, &request, fault, &mut writer) {
                Some(response) => response,
                None => return,
            },
        };
        let close = request.wants_close() || shared.stopping.load(Ordering::SeqCst);
        if write_response(&mut writer, &response, close).is_err() || close {
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
    writer: &mut TcpStream,
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
