//! Assertions on what the client sent, read from the requests the emulator recorded.

use ngrok_api_mock::{MockServer, RecordedRequest};
use serde_json::Value;

/// The last request the emulator received.
pub fn last_request(server: &MockServer) -> RecordedRequest {
    server.requests().pop().expect("at least one request")
}

/// The JSON body of a recorded request.
pub fn body_json(request: &RecordedRequest) -> Value {
    serde_json::from_slice(&request.body).unwrap_or_else(|err| {
        panic!(
            "{} {} has no JSON body ({err}): {:?}",
            request.method,
            request.path,
            String::from_utf8_lossy(&request.body)
        )
    })
}

/// Asserts method and path, and that no query string was sent.
pub fn assert_call(request: &RecordedRequest, method: &str, path: &str) {
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        (method, path),
        "unexpected request"
    );
}

/// Asserts a request carried no body at all (GET and DELETE).
pub fn assert_no_body(request: &RecordedRequest) {
    assert!(
        request.body.is_empty(),
        "{} {} sent a body: {:?}",
        request.method,
        request.path,
        String::from_utf8_lossy(&request.body)
    );
}

/// Asserts the last request the emulator received was `method path`, without a query
/// string or a body.
pub fn assert_last_call_without_body(server: &MockServer, method: &str, path: &str) {
    let request = last_request(server);
    assert_call(&request, method, path);
    assert_no_body(&request);
}
