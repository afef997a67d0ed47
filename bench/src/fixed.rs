//! A minimal fixed-response HTTP/1.1 server: keep-alive, canned JSON bodies, nothing
//! else. It stands in for the emulator where the emulator's own work (routing, recording
//! every request, rendering `serde_json::Value`s) would dominate the client's figures.
//!
//! - `GET /reserved_domains/<id>` answers one canned reserved domain.
//! - `GET /reserved_domains?...` answers a page of 100 canned reserved domains; the page
//!   number is read from `before_id=rd_p<k>`, and `next_page_uri` is an absolute URL on
//!   this same server (`before_id=rd_p<k+1>&limit=100`) until the configured number of
//!   pages has been served, then `null`.
//! - anything else: 404 with the API's error shape.
//!
//! Loopback only (127.0.0.1, random port). One thread per connection; the threads live as
//! long as the process.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

pub const PAGE_SIZE: usize = 100;

/// One canned reserved domain, in the API's full shape (every field present, as the
/// real API sends it: the official client's types have no `#[serde(default)]`).
pub fn item_json(base: &str, i: usize) -> String {
    format!(
        concat!(
            r#"{{"id":"rd_2pQ7Xz{i:06}AbCdEfGhIjKlMn","uri":"{base}/reserved_domains/rd_2pQ7Xz{i:06}AbCdEfGhIjKlMn","#,
            r#""created_at":"2024-05-01T12:{m:02}:{s:02}Z","description":"bench domain {i}","#,
            r#""metadata":"{{\"team\":\"platform\",\"n\":{i}}}","domain":"app-{i}.example.com","region":"","#,
            r#""cname_target":"3y7a{i:06}.cname.ngrok.app","#,
            r#""certificate":{{"id":"cert_2pQ7Xz{i:06}ZyXwVuTs","uri":"{base}/tls_certificates/cert_2pQ7Xz{i:06}ZyXwVuTs"}},"#,
            r#""certificate_management_policy":{{"authority":"letsencrypt","private_key_type":"ecdsa"}},"#,
            r#""certificate_management_status":{{"renews_at":"2024-07-30T12:00:00Z","provisioning_job":null}},"#,
            r#""acme_challenge_cname_target":null,"resolves_to":[{{"value":"global"}}]}}"#
        ),
        i = i,
        m = i / 60 % 60,
        s = i % 60,
        base = base,
    )
}

/// A whole page of [`PAGE_SIZE`] items as the server answers the first page of a long
/// list, for decoding without any I/O (`child-cpu <client> ... decode <n>`).
pub fn page_json(base: &str) -> Vec<u8> {
    let items: Vec<String> = (0..PAGE_SIZE).map(|i| item_json(base, i)).collect();
    format!(
        r#"{{"reserved_domains":[{}],"uri":"{base}/reserved_domains?limit=100","next_page_uri":"{base}/reserved_domains?before_id=rd_p1&limit=100"}}"#,
        items.join(",")
    )
    .into_bytes()
}

struct Canned {
    base: String,
    pages: usize,
    /// `{"reserved_domains":[<100 items>],"uri":"`
    page_prefix: Vec<u8>,
    /// One item, for `GET /reserved_domains/<id>`.
    single: Vec<u8>,
}

pub struct FixedServer {
    pub url: String,
}

impl FixedServer {
    /// Serves lists of `pages` pages of 100 items.
    pub fn start(pages: usize) -> FixedServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let items: Vec<String> = (0..PAGE_SIZE).map(|i| item_json(&base, i)).collect();
        let mut page_prefix = br#"{"reserved_domains":["#.to_vec();
        page_prefix.extend_from_slice(items.join(",").as_bytes());
        page_prefix.extend_from_slice(br#"],"uri":""#);
        let canned = Arc::new(Canned {
            single: item_json(&base, 7).into_bytes(),
            base: base.clone(),
            pages,
            page_prefix,
        });
        std::thread::Builder::new()
            .name("fixed-accept".into())
            .spawn(move || {
                for stream in listener.incoming() {
                    let Ok(stream) = stream else { continue };
                    let canned = Arc::clone(&canned);
                    let _ = std::thread::Builder::new()
                        .name("fixed-conn".into())
                        .spawn(move || serve(stream, &canned));
                }
            })
            .expect("spawn");
        FixedServer { url: base }
    }
}

fn serve(mut stream: TcpStream, canned: &Canned) {
    let _ = stream.set_nodelay(true);
    let mut buf: Vec<u8> = Vec::with_capacity(8192);
    let mut out: Vec<u8> = Vec::with_capacity(128 * 1024);
    let mut chunk = [0u8; 8192];
    loop {
        // Read until the end of the head; GET requests have no body.
        let end = loop {
            if let Some(pos) = find(&buf, b"\r\n\r\n") {
                break pos + 4;
            }
            match stream.read(&mut chunk) {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..end]).into_owned();
        buf.drain(..end);
        let target = head.split(' ').nth(1).unwrap_or("/");
        out.clear();
        respond(canned, target, &mut out);
        if stream.write_all(&out).is_err() {
            return;
        }
    }
}

fn respond(canned: &Canned, target: &str, out: &mut Vec<u8>) {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut body: Vec<u8>;
    let status;
    if let Some(_id) = path.strip_prefix("/reserved_domains/") {
        status = "200 OK";
        body = canned.single.clone();
    } else if path == "/reserved_domains" {
        status = "200 OK";
        let page: usize = query
            .split('&')
            .find_map(|p| p.strip_prefix("before_id=rd_p"))
            .and_then(|k| k.parse().ok())
            .unwrap_or(0);
        body = Vec::with_capacity(canned.page_prefix.len() + 256);
        body.extend_from_slice(&canned.page_prefix);
        body.extend_from_slice(canned.base.as_bytes());
        body.extend_from_slice(target.as_bytes());
        body.extend_from_slice(br#"","next_page_uri":"#);
        if page + 1 < canned.pages {
            body.extend_from_slice(
                format!(
                    r#""{}/reserved_domains?before_id=rd_p{}&limit=100""#,
                    canned.base,
                    page + 1
                )
                .as_bytes(),
            );
        } else {
            body.extend_from_slice(b"null");
        }
        body.push(b'}');
    } else {
        status = "404 Not Found";
        body = br#"{"status_code":404,"msg":"Resource not found","details":{"operation_id":"op_fixed"}}"#
            .to_vec();
    }
    out.extend_from_slice(
        format!(
            "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    out.append(&mut body);
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
