//! `ngrok-api-mock`: the emulator as a program, for tools and clients in any language.

use std::io::Write;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// The default port. Not 4040: that is the ngrok agent's own inspector and local API,
/// often taken on the machine of someone who uses ngrok (4041, 4042... too, by further
/// agents). 18040 keeps "040" to be remembered by, is below every system's range of
/// ephemeral ports (so an outgoing connection never holds it), and is no well-known
/// service's port.
const DEFAULT_PORT: u16 = 18040;

const USAGE: &str = "usage: ngrok-api-mock [--host ADDR] [--port PORT] [--api-key KEY]
                      [--public-url URL] [--state FILE] [--rate-limit N/WINDOW] [--seed N]

Serves an emulator of the ngrok API v2 until killed, and prints its URL and key.
  --host ADDR            address to listen on (default 127.0.0.1; 0.0.0.0 in a container:
                         then anyone who can reach the port can use the key)
  --port PORT            port to listen on (default 18040; 0 picks a free one, printed)
  --api-key KEY          API key to accept (default: a random key, printed at start)
  --public-url URL       base URL clients reach the emulator at, written into each uri and
                         next_page_uri (default: the address listened on), e.g.
                         http://mock:18040 behind docker-compose
  --state FILE           keep the items in FILE: loaded at start (none yet: empty), written
                         atomically after every change before it is answered
  --rate-limit N/WINDOW  answer 429 past N requests in any rolling WINDOW, like the API's
                         account limit (120/60s); WINDOW is a number with ms, s, m or h
  --seed N               deterministic mode: ids and secrets from seed N, and a clock that
                         starts at 2025-01-01T00:00:00Z and moves 1 ms per request, so two
                         runs sent the same requests answer the same bytes (the key stays
                         random unless given)
  -h, --help             this text";

/// What the command line asks for.
struct Options {
    host: Option<IpAddr>,
    port: u16,
    api_key: Option<String>,
    public_url: Option<String>,
    state: Option<PathBuf>,
    rate_limit: Option<(usize, Duration)>,
    seed: Option<u64>,
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            // A reader that stops early (`--help | grep -q`) closes the pipe: not an error
            // of ours, and never a panic.
            let _ = writeln!(std::io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("ngrok-api-mock: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let host = options
        .host
        .unwrap_or(IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    let mut builder = ngrok_api_mock::MockServer::builder()
        .host(host)
        .port(options.port);
    if let Some(key) = options.api_key {
        builder = builder.api_key(key);
    }
    if let Some(seed) = options.seed {
        // A stopped clock would give every item the same time; one that follows real time
        // would differ run to run. A step per request does neither.
        builder = builder.seed(seed).clock_step(Duration::from_millis(1));
    }
    if let Some(url) = options.public_url {
        builder = builder.public_url(url);
    }
    if let Some(path) = options.state {
        builder = builder.state_file(path);
    }
    if let Some((max, window)) = options.rate_limit {
        builder = builder.rate_limit(max, window);
    }
    // Said before binding, so that it is said even when the bind then fails.
    if !host.is_loopback() {
        eprintln!(
            "ngrok-api-mock: WARNING: --host {host} listens beyond loopback: anyone who can \
             reach this port can use the API key, which travels in clear over plain HTTP. \
             Bind beyond loopback only inside a container or on a network you trust."
        );
    }
    let server = match builder.start() {
        Ok(server) => server,
        Err(err) => {
            // The error names what failed: the address, or the state file and its fault.
            eprintln!("ngrok-api-mock: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Whoever started us may close our stdout after reading the URL; keep serving anyway.
    // The first line's format is read by scripts (CI among them): keep it.
    let mut out = std::io::stdout();
    let _ = writeln!(out, "ngrok-api-mock listening on {}", server.url());
    let _ = writeln!(out, "api key: {}", server.api_key());
    if server.public_url() != server.url() {
        let _ = writeln!(out, "public url: {}", server.public_url());
    }
    let _ = writeln!(
        out,
        "NGROK_API_URL={} NGROK_API_KEY={}",
        server.public_url(),
        server.api_key()
    );
    let _ = out.flush();
    loop {
        std::thread::park();
    }
}

/// The options, `None` for `--help`, or a message naming the argument that is wrong.
fn parse(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        host: None,
        port: DEFAULT_PORT,
        api_key: None,
        public_url: None,
        state: None,
        rate_limit: None,
        seed: None,
    };
    let mut args = args;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--host" => match args.next().map(|h| h.parse()) {
                Some(Ok(host)) => options.host = Some(host),
                _ => {
                    return Err(
                        "--host needs an IP address, such as 127.0.0.1, 0.0.0.0 or ::1".into(),
                    )
                }
            },
            "--port" => match args.next().map(|p| p.parse()) {
                Some(Ok(p)) => options.port = p,
                _ => return Err("--port needs a number from 0 to 65535".into()),
            },
            "--api-key" => match args.next() {
                Some(key) if !key.is_empty() => options.api_key = Some(key),
                _ => return Err("--api-key needs a value".into()),
            },
            "--public-url" => {
                match args.next() {
                    Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                        options.public_url = Some(url);
                    }
                    _ => return Err(
                        "--public-url needs an http:// or https:// URL, such as http://mock:18040"
                            .into(),
                    ),
                }
            }
            "--seed" => match args.next().map(|n| n.parse()) {
                Some(Ok(n)) => options.seed = Some(n),
                _ => return Err("--seed needs a number from 0 to 18446744073709551615".into()),
            },
            "--state" => match args.next() {
                Some(path) if !path.is_empty() => options.state = Some(PathBuf::from(path)),
                _ => return Err("--state needs a file path".into()),
            },
            "--rate-limit" => match args.next().as_deref().map(rate_limit) {
                Some(Some(limit)) => options.rate_limit = Some(limit),
                _ => {
                    return Err(
                        "--rate-limit needs N/WINDOW with N at least 1 and a window \
                                such as 60s, 1m or 500ms (e.g. 120/60s)"
                            .into(),
                    )
                }
            },
            "-h" | "--help" => return Ok(None),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Some(options))
}

/// `N/WINDOW`: `120/60s`, `10/1m`, `5/500ms`, `1000/1h`; `None` if it is not that.
fn rate_limit(text: &str) -> Option<(usize, Duration)> {
    let (max, window) = text.split_once('/')?;
    let max: usize = max.parse().ok().filter(|&n| n > 0)?;
    let digits = window.find(|c: char| !c.is_ascii_digit())?;
    let (amount, unit) = window.split_at(digits);
    let amount: u64 = amount.parse().ok().filter(|&n| n > 0)?;
    let window = match unit {
        "ms" => Duration::from_millis(amount),
        "s" => Duration::from_secs(amount),
        "m" => Duration::from_secs(amount.checked_mul(60)?),
        "h" => Duration::from_secs(amount.checked_mul(3600)?),
        _ => return None,
    };
    Some((max, window))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limits_read_their_units_and_refuse_the_rest() {
        assert_eq!(rate_limit("120/60s"), Some((120, Duration::from_secs(60))));
        assert_eq!(rate_limit("10/1m"), Some((10, Duration::from_secs(60))));
        assert_eq!(rate_limit("5/500ms"), Some((5, Duration::from_millis(500))));
        assert_eq!(rate_limit("7/2h"), Some((7, Duration::from_secs(7200))));
        for bad in [
            "", "120", "0/60s", "120/60", "120/s", "120/0s", "120/60x", "-1/60s", "a/60s",
        ] {
            assert_eq!(rate_limit(bad), None, "{bad:?}");
        }
    }
}
