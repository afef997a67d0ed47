//! A minimal HTTP/1.1 server side: read one request, write one response. Hand-written
//! rather than taken from a crate because fault injection needs control of the socket
//! (dropped connections, truncated bodies), and what the emulator needs is small. Reading
//! is strict, so that nothing upstream of the emulator could find a request end elsewhere
//! than it does (one length, no line folding, no control bytes), and bounded: the head
//! by size, the body by the configured cap, both by the request deadline.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::time::Instant;

use crate::deadline::DeadlineStream;
use crate::errors;
use crate::limits::Limits;
pub(crate) use crate::response::HttpResponse;
use crate::response::Spliced;

/// The most parts one `writev` is given (Linux takes at most 1024).
const MAX_PARTS: usize = 1024;

/// The largest request head (request line and headers) the emulator reads.
const MAX_HEAD: usize = 64 * 1024;

/// A parsed request.
#[derive(Debug, Clone)]
pub(crate) struct HttpRequest {
    pub(crate) method: String,
    /// The path without the query string, still percent-encoded.
    pub(crate) path: String,
    /// The query string without `?`, still percent-encoded.
    pub(crate) query: String,
    /// Header names are lower-cased.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl HttpRequest {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a header that may be repeated, each split at its commas.
    fn header_list<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.headers
            .iter()
            .filter(move |(n, _)| n == name)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
    }

    fn has_connection_option(&self, option: &str) -> bool {
        self.header_list("connection")
            .any(|v| v.eq_ignore_ascii_case(option))
    }
}

/// A request as read from the wire, with whether the connection may carry another one.
#[derive(Debug)]
pub(crate) struct Incoming {
    pub(crate) request: HttpRequest,
    /// HTTP/1.1 unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    pub(crate) keep_alive: bool,
}

/// Why no request was read.
pub(crate) enum ReadError {
    /// The peer closed the connection between requests (the normal end of keep-alive).
    Closed,
    /// No request began within the idle timeout: close without a word.
    Idle,
    /// The socket failed.
    Io,
    /// A request began but was not complete within the request timeout: answer 408.
    TimedOut,
    /// The request is refused before it reaches the API (400, 413, 417, 505): send this
    /// answer, then close, since what follows on the connection cannot be trusted.
    Refused(HttpResponse),
}

impl From<io::Error> for ReadError {
    fn from(err: io::Error) -> Self {
        match err.kind() {
            io::ErrorKind::TimedOut => ReadError::TimedOut,
            _ => ReadError::Io,
        }
    }
}

fn malformed(why: &str) -> ReadError {
    ReadError::Refused(errors::malformed_http(why))
}

/// Reads one request from a keep-alive connection: waits up to the idle timeout for it
/// to begin, then up to the request timeout for the whole of it. `writer` is the same
/// connection, for the `100 Continue` a client may wait for before sending its body.
pub(crate) fn read_request(
    reader: &mut BufReader<DeadlineStream<'_>>,
    writer: &mut impl Write,
    limits: &Limits,
) -> Result<Incoming, ReadError> {
    wait_for_request(reader, limits)?;
    // The clock for the whole request starts at its first byte, whatever comes after.
    reader
        .get_mut()
        .set_deadline(Instant::now() + limits.request_timeout);
    let (request, http_1_1) = read_head(reader)?;
    let keep_alive = if http_1_1 {
        !request.has_connection_option("close")
    } else {
        request.has_connection_option("keep-alive") && !request.has_connection_option("close")
    };
    let length = body_length(&request)?;
    if length > limits.max_body_bytes {
        // Refused before a byte of the body is read (and without `100 Continue`).
        return Err(ReadError::Refused(errors::body_too_large(
            limits.max_body_bytes,
        )));
    }
    // HTTP/1.0 predates `Expect`: a 1.0 client's is ignored, and it gets no interim answer.
    if let Some(expect) = request.header("expect").filter(|_| http_1_1) {
        if !expect.eq_ignore_ascii_case("100-continue") {
            return Err(ReadError::Refused(errors::expectation_failed(expect)));
        }
        if length > 0 {
            writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
            writer.flush()?;
        }
    }
    let mut body = vec![0; length];
    match reader.read_exact(&mut body) {
        Ok(()) => {}
        Err(err) if err.kind() == io::ErrorKind::UnexpectedEof => {
            return Err(malformed(
                "the connection ended before the body announced by Content-Length",
            ))
        }
        Err(err) => return Err(err.into()),
    }
    Ok(Incoming {
        request: HttpRequest { body, ..request },
        keep_alive,
    })
}

/// Waits up to the idle timeout for the first byte of the next request.
fn wait_for_request(
    reader: &mut BufReader<DeadlineStream<'_>>,
    limits: &Limits,
) -> Result<(), ReadError> {
    reader
        .get_mut()
        .set_deadline(Instant::now() + limits.idle_timeout);
    match reader.fill_buf() {
        Ok([]) => Err(ReadError::Closed),
        Ok(_) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::TimedOut => Err(ReadError::Idle),
        Err(_) => Err(ReadError::Io),
    }
}

/// The request line and headers, as a request without its body, and whether it is
/// HTTP/1.1 (else 1.0).
fn read_head(reader: &mut BufReader<DeadlineStream<'_>>) -> Result<(HttpRequest, bool), ReadError> {
    let mut head = HeadReader {
        reader,
        left: MAX_HEAD,
        line: Vec::with_capacity(256),
    };
    // Blank lines before a request line are tolerated (some clients send one after a body).
    let mut line = "";
    while line.is_empty() {
        line = head.line()?;
    }
    let (method, target, http_1_1) = parse_request_line(line)?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target.to_string(), String::new()),
    };
    let method = method.to_string();
    let mut headers = Vec::with_capacity(8);
    loop {
        let line = head.line()?;
        if line.is_empty() {
            break;
        }
        headers.push(parse_header(line)?);
    }
    let request = HttpRequest {
        method,
        path,
        query,
        headers,
        body: Vec::new(),
    };
    Ok((request, http_1_1))
}

/// Reads the lines of a request head, at most [`MAX_HEAD`] bytes in all, each into the
/// same buffer (one allocation for the whole head).
struct HeadReader<'a, 'b> {
    reader: &'a mut BufReader<DeadlineStream<'b>>,
    left: usize,
    line: Vec<u8>,
}

impl HeadReader<'_, '_> {
    /// The next line, without its line ending.
    fn line(&mut self) -> Result<&str, ReadError> {
        let bytes = &mut self.line;
        bytes.clear();
        let n = self
            .reader
            .by_ref()
            .take(self.left as u64)
            .read_until(b'\n', bytes)?;
        self.left -= n;
        if !bytes.ends_with(b"\n") {
            return Err(malformed(if self.left == 0 {
                "the request head is larger than 64 KiB"
            } else {
                "the connection ended inside the request head"
            }));
        }
        bytes.pop();
        if bytes.ends_with(b"\r") {
            bytes.pop();
        }
        // Control characters (a lone CR, NUL, ...) have no place in a head; a tab may
        // separate a header's value.
        if bytes.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
            return Err(malformed("the request head contains a control character"));
        }
        std::str::from_utf8(bytes).map_err(|_| malformed("the request head is not valid UTF-8"))
    }
}

/// Method, target, and whether the version is 1.1 (else 1.0).
fn parse_request_line(line: &str) -> Result<(&str, &str, bool), ReadError> {
    let mut parts = line.split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed("malformed request line"));
    };
    if method.is_empty() || !method.bytes().all(is_token_byte) {
        return Err(malformed("malformed request line: invalid method"));
    }
    if !target.starts_with('/') || target.contains('\t') {
        return Err(malformed(
            "malformed request line: the target must be a path starting with /",
        ));
    }
    match version {
        "HTTP/1.1" => Ok((method, target, true)),
        "HTTP/1.0" => Ok((method, target, false)),
        _ if is_http_version(version) => Err(ReadError::Refused(
            errors::http_version_not_supported(version),
        )),
        _ => Err(malformed("malformed request line: invalid HTTP version")),
    }
}

/// `HTTP/<digit>.<digit>` or `HTTP/<digit>`: a version, though maybe not one we speak.
fn is_http_version(version: &str) -> bool {
    let Some(number) = version.strip_prefix("HTTP/") else {
        return false;
    };
    match number.as_bytes() {
        [major] => major.is_ascii_digit(),
        [major, b'.', minor] => major.is_ascii_digit() && minor.is_ascii_digit(),
        _ => false,
    }
}

/// One `name: value` line; the name lower-cased, the value without surrounding blanks.
fn parse_header(line: &str) -> Result<(String, String), ReadError> {
    if line.starts_with([' ', '\t']) {
        return Err(malformed(
            "malformed header: continuation lines (obsolete line folding) are not accepted",
        ));
    }
    let Some((name, value)) = line.split_once(':') else {
        return Err(malformed("malformed header line: no colon"));
    };
    if name.is_empty() || !name.bytes().all(is_token_byte) {
        return Err(malformed("malformed header line: invalid header name"));
    }
    Ok((
        name.to_ascii_lowercase(),
        value.trim_matches([' ', '\t']).to_string(),
    ))
}

/// Whether `b` may appear in a method or header name (an HTTP "token").
fn is_token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// The body's length from `Content-Length`, refusing anything that two parties could read
/// two ways (the root of request smuggling): differing lengths, or a length together with
/// `Transfer-Encoding`.
fn body_length(request: &HttpRequest) -> Result<usize, ReadError> {
    let mut length = None;
    for value in request.header_list("content-length") {
        if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(malformed("invalid Content-Length"));
        }
        // Digits too many for a usize are simply more than any cap.
        let n = value.parse::<usize>().unwrap_or(usize::MAX);
        if length.is_some_and(|first| first != n) {
            return Err(malformed("conflicting Content-Length headers"));
        }
        length = Some(n);
    }
    // Whatever the coding (chunked, or several headers of them), the emulator reads only
    // bodies framed by Content-Length: refusing all of them leaves no way to disagree.
    if request.header("transfer-encoding").is_some() {
        return Err(malformed(if length.is_some() {
            "a request must not have both Content-Length and Transfer-Encoding"
        } else {
            "Transfer-Encoding (chunked bodies) is not supported; send Content-Length"
        }));
    }
    Ok(length.unwrap_or(0))
}

/// Writes `response`: its head and body in one `writev` (no copy of the body), as many
/// more as the socket needs to take the rest.
pub(crate) fn write_response(
    stream: &mut impl Write,
    response: &HttpResponse,
    close: bool,
) -> io::Result<()> {
    write_answer(stream, response, None, close)
}

/// Writes `response` with `spliced`'s parts put into its body: the head, the body and
/// the parts, each from where it is, in as few `writev`s as the socket takes them in.
pub(crate) fn write_answer(
    stream: &mut impl Write,
    response: &HttpResponse,
    spliced: Option<&Spliced>,
    close: bool,
) -> io::Result<()> {
    let body: &[u8] = if response.status == 204 {
        &[]
    } else {
        &response.body
    };
    let extra = spliced.map_or(0, Spliced::len);
    let head = encode_head(response, body.len() + extra, close);
    let mut parts = Vec::with_capacity(3 + spliced.map_or(0, |s| s.ranges.len()));
    parts.push(io::IoSlice::new(&head));
    match spliced.filter(|_| !body.is_empty() || extra > 0) {
        Some(spliced) => {
            let (before, after) = body.split_at(spliced.at.min(body.len()));
            let bytes = spliced.source.bytes();
            parts.push(io::IoSlice::new(before));
            parts.extend(
                spliced
                    .ranges
                    .iter()
                    .map(|range| io::IoSlice::new(&bytes[range.clone()])),
            );
            parts.push(io::IoSlice::new(after));
        }
        None => parts.push(io::IoSlice::new(body)),
    }
    write_all_vectored(stream, &mut parts)?;
    stream.flush()
}

/// `Write::write_all_vectored` (not stable yet), at most [`MAX_PARTS`] parts a call.
fn write_all_vectored(
    stream: &mut impl Write,
    mut parts: &mut [io::IoSlice<'_>],
) -> io::Result<()> {
    io::IoSlice::advance_slices(&mut parts, 0);
    while !parts.is_empty() {
        let some = parts.len().min(MAX_PARTS);
        match stream.write_vectored(&parts[..some]) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => io::IoSlice::advance_slices(&mut parts, n),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(())
}

/// The bytes of a response: status line, headers and body. `content-length` always gives
/// the full body's length, so a prefix of these bytes is a truncated response.
pub(crate) fn encode_response(response: &HttpResponse, close: bool) -> Vec<u8> {
    let mut bytes = encode_head(response, response.body.len(), close);
    if response.status != 204 {
        bytes.extend_from_slice(&response.body);
    }
    bytes
}

/// The status line and headers of a response whose body is `length` bytes, with the
/// blank line that ends them.
fn encode_head(response: &HttpResponse, length: usize, close: bool) -> Vec<u8> {
    let headers: usize = response
        .headers
        .iter()
        .map(|(name, value)| name.len() + value.len() + 4)
        .sum();
    let mut out = Vec::with_capacity(headers + 96);
    out.extend_from_slice(b"HTTP/1.1 ");
    push_decimal(&mut out, usize::from(response.status));
    out.push(b' ');
    out.extend_from_slice(reason(response.status).as_bytes());
    out.extend_from_slice(b"\r\n");
    for (name, value) in &response.headers {
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    if response.status != 204 {
        out.extend_from_slice(b"content-length: ");
        push_decimal(&mut out, length);
        out.extend_from_slice(b"\r\n");
    }
    if close {
        out.extend_from_slice(b"connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// Appends `n` in decimal (without going through `format!`).
fn push_decimal(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        417 => "Expectation Failed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

/// Decodes `%XX` escapes (and `+` as a space in query values).
pub(crate) fn percent_decode(text: &str, plus_is_space: bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The `name=value` pairs of a query string, decoded.
pub(crate) fn query_pairs(query: &str) -> Option<Vec<(String, String)>> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((percent_decode(name, true)?, percent_decode(value, true)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::response::{Answer, SharedBytes};

    struct Text(Vec<u8>);

    impl SharedBytes for Text {
        fn bytes(&self) -> &[u8] {
            &self.0
        }
    }

    /// A socket that takes at most 7 bytes a call, whatever it is given.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = buf.len().min(7);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn write_vectored(&mut self, parts: &[io::IoSlice<'_>]) -> io::Result<usize> {
            let mut taken = 0;
            for part in parts {
                let n = part.len().min(7 - taken);
                self.0.extend_from_slice(&part[..n]);
                taken += n;
                if taken == 7 {
                    break;
                }
            }
            Ok(taken)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// An answer with shared parts is written as the same bytes as its body copied whole
    /// would be, `content-length` counting the parts, even when the socket takes a few
    /// bytes a call (parts cut in the middle, empty ones skipped).
    #[test]
    fn a_spliced_answer_is_written_as_its_copied_body_would_be() {
        let answer = Answer {
            response: HttpResponse {
                status: 200,
                headers: vec![("content-type".into(), "application/json".into())],
                body: br#"{"xs":[],"uri":"u"}"#.to_vec(),
            },
            spliced: Some(Spliced {
                at: 7,
                source: Arc::new(Text(br#"{"a":1},{"b":2},{"c":3}"#.to_vec())),
                ranges: vec![0..7, 7..7, 15..23],
            }),
        };
        let mut written = Trickle(Vec::new());
        let Answer { response, spliced } = &answer;
        write_answer(&mut written, response, spliced.as_ref(), false).unwrap();
        let whole = answer.into_response();
        assert_eq!(whole.body, br#"{"xs":[{"a":1},{"c":3}],"uri":"u"}"#);
        assert_eq!(
            String::from_utf8(written.0).unwrap(),
            String::from_utf8(encode_response(&whole, false)).unwrap()
        );
    }
}
