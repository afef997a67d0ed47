//! The program's `--seed N`: two runs sent the same requests answer the same ids, secrets
//! and times, the clock moving one millisecond per request from 2025-01-01T00:00:00Z.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use ngrok_api::types::{APIKeyCreate, ReservedDomainCreate};

struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the program with `args` and returns it with its URL (its first line).
fn start(args: &[&str]) -> (KillOnDrop, String) {
    let child = Command::new(env!("CARGO_BIN_EXE_ngrok-api-mock"))
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start ngrok-api-mock");
    let mut child = KillOnDrop(child);
    let stdout = child.0.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("read the first line");
    let url = first
        .trim()
        .strip_prefix("ngrok-api-mock listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
        .to_string();
    (child, url)
}

/// The same few calls against one run; what they answered, minus the run's own address.
fn run(seed: &str) -> Vec<String> {
    let (_child, url) = start(&["--port", "0", "--api-key", "seed-key", "--seed", seed]);
    let client = ngrok_api::Client::builder()
        .api_key("seed-key")
        .base_url(&url)
        .build()
        .unwrap();
    let domain = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "app.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    let key = client.api_keys().create(&APIKeyCreate::default()).unwrap();
    let listed = client
        .reserved_domains()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap();
    vec![
        domain.id,
        domain.created_at.to_string(),
        domain.cname_target.unwrap_or_default(),
        key.id,
        key.token.unwrap_or_default(),
        key.created_at.to_string(),
        listed.uri.replace(&url, "{base}"),
    ]
}

#[test]
fn two_runs_with_the_same_seed_answer_the_same() {
    let first = run("9");
    assert_eq!(first, run("9"));
    assert_eq!(
        first[1], "2025-01-01T00:00:00.001Z",
        "one step for one request"
    );
    assert_eq!(first[5], "2025-01-01T00:00:00.002Z");
    assert_ne!(first[0], run("10")[0], "another seed, other ids");
}

#[test]
fn a_seed_that_is_not_a_number_is_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_ngrok-api-mock"))
        .args(["--seed", "abc"])
        .output()
        .expect("run ngrok-api-mock");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--seed needs a number"), "{stderr}");
}
