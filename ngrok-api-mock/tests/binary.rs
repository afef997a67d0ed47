//! The `ngrok-api-mock` program: prints its URL, then serves until killed.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use ngrok_api::types::APIKeyCreate;

struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_binary_prints_its_url_and_serves_with_the_given_key() {
    let child = Command::new(env!("CARGO_BIN_EXE_ngrok-api-mock"))
        .args(["--port", "0", "--api-key", "binary-test-key"])
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
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let client = ngrok_api::Client::builder()
        .api_key("binary-test-key")
        .base_url(&url)
        .build()
        .unwrap();
    let key = client.api_keys().create(&APIKeyCreate::default()).unwrap();
    assert_eq!(client.api_keys().get(&key.id).unwrap().id, key.id);

    let wrong = ngrok_api::Client::builder()
        .api_key("other")
        .base_url(&url)
        .build()
        .unwrap();
    assert_eq!(
        wrong.api_keys().get(&key.id).unwrap_err().status_code(),
        Some(401)
    );
}

#[test]
fn the_binary_rejects_bad_arguments_with_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_ngrok-api-mock"))
        .args(["--port", "not-a-port"])
        .output()
        .expect("run ngrok-api-mock");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--port needs a number"), "{stderr}");
    assert!(stderr.contains("usage: ngrok-api-mock"), "{stderr}");
}
