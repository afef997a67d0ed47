//! `ngrok-api-mock`: the emulator as a program, for tools and clients in any language.

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: ngrok-api-mock [--port PORT] [--api-key KEY] [--seed N]

Serves an emulator of the ngrok API v2 on 127.0.0.1 until killed.
  --port PORT     port to listen on (default 4040; 0 picks a free one)
  --api-key KEY   API key to accept (default: a random key, printed at start)
  --seed N        deterministic mode: ids and secrets from seed N, and a clock that starts
                  at 2025-01-01T00:00:00Z and moves 1 ms per request, so two runs sent the
                  same requests answer the same bytes (the key stays random unless given)";

fn main() -> ExitCode {
    let mut port: u16 = 4040;
    let mut api_key = None;
    let mut seed: Option<u64> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => match args.next().map(|p| p.parse()) {
                Some(Ok(p)) => port = p,
                _ => return usage_error("--port needs a number from 0 to 65535"),
            },
            "--api-key" => match args.next() {
                Some(key) if !key.is_empty() => api_key = Some(key),
                _ => return usage_error("--api-key needs a value"),
            },
            "--seed" => match args.next().map(|n| n.parse()) {
                Some(Ok(n)) => seed = Some(n),
                _ => return usage_error("--seed needs a number from 0 to 18446744073709551615"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage_error(&format!("unknown argument {other:?}")),
        }
    }
    let mut builder = ngrok_api_mock::MockServer::builder().port(port);
    if let Some(key) = api_key {
        builder = builder.api_key(key);
    }
    if let Some(seed) = seed {
        // A stopped clock would give every item the same time; one that follows real time
        // would differ run to run. A step per request does neither.
        builder = builder
            .seed(seed)
            .clock_step(std::time::Duration::from_millis(1));
    }
    let server = match builder.start() {
        Ok(server) => server,
        Err(err) => {
            eprintln!("ngrok-api-mock: cannot listen on 127.0.0.1:{port}: {err}");
            return ExitCode::FAILURE;
        }
    };
    // Whoever started us may close our stdout after reading the URL; keep serving anyway.
    let mut out = std::io::stdout();
    let _ = writeln!(out, "ngrok-api-mock listening on {}", server.url());
    let _ = writeln!(out, "api key: {}", server.api_key());
    let _ = writeln!(
        out,
        "NGROK_API_URL={} NGROK_API_KEY={}",
        server.url(),
        server.api_key()
    );
    let _ = out.flush();
    loop {
        std::thread::park();
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("ngrok-api-mock: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
