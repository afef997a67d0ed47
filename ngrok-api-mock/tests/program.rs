//! The `ngrok-api-mock` program as a service: its flags, its start-up lines, and its state
//! file across real process restarts (SIGKILL and SIGTERM, and a kill while writes are in
//! flight).
//!
//! These tests run the built program, which only an integration test of the crate that
//! declares the binary can find (`env!("CARGO_BIN_EXE_ngrok-api-mock")`): that is why they
//! are here and not in the `tests` crate. Every server they start listens on 127.0.0.1.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use ngrok_api::types::ReservedDomainCreate;
use ngrok_api::Client;

const KEY: &str = "program-test-key";

/// The running program; killed (SIGKILL) and reaped when dropped.
struct Program {
    child: Child,
    url: String,
    /// The start-up lines after the first.
    lines: Vec<String>,
}

impl Drop for Program {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Program {
    /// Starts the program with `--port 0 --api-key KEY` and `args`, and reads its start-up
    /// lines (up to the `NGROK_API_URL=` one).
    fn start(args: &[&str]) -> Program {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ngrok-api-mock"))
            .args(["--port", "0", "--api-key", KEY])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start ngrok-api-mock");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        stdout.read_line(&mut first).expect("read the first line");
        let url = first
            .trim()
            .strip_prefix("ngrok-api-mock listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .to_string();
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            if stdout.read_line(&mut line).expect("read a start-up line") == 0 {
                break;
            }
            let done = line.starts_with("NGROK_API_URL=");
            lines.push(line.trim().to_string());
            if done {
                break;
            }
        }
        Program { child, url, lines }
    }

    fn client(&self) -> Client {
        Client::builder()
            .api_key(KEY)
            .base_url(&self.url)
            .max_retries(0)
            .build()
            .unwrap()
    }

    /// Ends the program with SIGTERM (from the `kill` command) and waits for it.
    fn terminate(mut self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success());
        let _ = self.child.wait();
    }
}

/// Runs the program to completion (for arguments that make it stop at once).
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ngrok-api-mock"))
        .args(args)
        .output()
        .expect("run ngrok-api-mock")
}

/// A fresh directory for a state file, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "ngrok-api-mock-program-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self) -> PathBuf {
        self.0.join("state.json")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn create(client: &Client, domain: &str) -> ngrok_api::Result<ngrok_api::types::ReservedDomain> {
    client.reserved_domains().create(&ReservedDomainCreate {
        domain: domain.into(),
        description: format!("made for {domain}"),
        ..Default::default()
    })
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temporary path")
}

#[test]
fn port_0_prints_a_url_that_works_and_the_variables_to_export() {
    let program = Program::start(&[]);
    assert!(
        program.url.starts_with("http://127.0.0.1:"),
        "{}",
        program.url
    );
    assert!(
        !program.url.ends_with(":0"),
        "the real port is printed: {}",
        program.url
    );
    assert!(
        program.lines.contains(&format!(
            "NGROK_API_URL={} NGROK_API_KEY={KEY}",
            program.url
        )),
        "{:?}",
        program.lines
    );
    let created = create(&program.client(), "app.example.com").unwrap();
    assert_eq!(
        created.uri,
        format!("{}/reserved_domains/{}", program.url, created.id)
    );
    // Only the key it was given opens it.
    let wrong = Client::builder()
        .api_key("other")
        .base_url(&program.url)
        .build()
        .unwrap();
    let refused = wrong.reserved_domains().get(&created.id).unwrap_err();
    assert_eq!(refused.status_code(), Some(401));
}

/// `--seed N`: two runs sent the same requests answer the same ids, secrets and times,
/// the clock moving one millisecond per request from 2025-01-01T00:00:00Z.
#[test]
fn two_runs_with_the_same_seed_answer_the_same() {
    fn run_seeded(seed: &str) -> Vec<String> {
        let program = Program::start(&["--seed", seed]);
        let client = program.client();
        let domain = create(&client, "app.example.com").unwrap();
        let key = client
            .api_keys()
            .create(&ngrok_api::types::APIKeyCreate::default())
            .unwrap();
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
            listed.uri.replace(&program.url, "{base}"),
        ]
    }
    let first = run_seeded("9");
    assert_eq!(first, run_seeded("9"));
    assert_eq!(
        first[1], "2025-01-01T00:00:00.001Z",
        "one step for one request"
    );
    assert_eq!(first[5], "2025-01-01T00:00:00.002Z");
    assert_ne!(first[0], run_seeded("10")[0], "another seed, other ids");
}

#[test]
fn help_names_every_flag_and_the_default_port() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    for flag in [
        "--host",
        "--port",
        "--api-key",
        "--public-url",
        "--state",
        "--rate-limit",
        "default 18040",
    ] {
        assert!(help.contains(flag), "{flag} missing from {help}");
    }
}

/// `--help` into a pipe whose reader is already gone (`--help | grep -q ..` when grep has
/// its match) exits 0 rather than panicking on the write.
#[test]
fn help_into_a_closed_pipe_is_not_a_panic() {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_ngrok-api-mock"))
        .arg("--help")
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("run ngrok-api-mock");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_host_beyond_loopback_is_warned_about() {
    // 192.0.2.1 is a documentation address (TEST-NET-1) that no machine has: the warning
    // comes before the bind, which then fails, so nothing ever listens beyond loopback.
    let output = run(&["--host", "192.0.2.1", "--port", "0"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("WARNING: --host 192.0.2.1 listens beyond loopback"),
        "{stderr}"
    );
    assert!(stderr.contains("anyone who can"), "{stderr}");
    assert!(stderr.contains("cannot listen on 192.0.2.1:0"), "{stderr}");
    assert_eq!(output.status.code(), Some(1));

    // On loopback, no warning; a public URL with a path stops it after that point.
    let loopback = run(&[
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--public-url",
        "http://mock:18040/api",
    ]);
    let stderr = String::from_utf8_lossy(&loopback.stderr);
    assert_eq!(loopback.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("public URL \"http://mock:18040/api\""),
        "{stderr}"
    );
    assert!(
        !stderr.contains("WARNING"),
        "no warning on loopback: {stderr}"
    );
}

#[test]
fn bad_arguments_exit_2_naming_the_argument() {
    let cases: &[(&[&str], &str)] = &[
        (&["--port", "65536"], "--port needs a number"),
        (&["--port"], "--port needs a number"),
        (&["--host", "localhost"], "--host needs an IP address"),
        (&["--api-key", ""], "--api-key needs a value"),
        (
            &["--public-url", "mock:18040"],
            "--public-url needs an http://",
        ),
        (&["--state"], "--state needs a file path"),
        (&["--rate-limit", "120"], "--rate-limit needs N/WINDOW"),
        (&["--rate-limit", "0/60s"], "--rate-limit needs N/WINDOW"),
        (&["--rate-limit", "10/60 s"], "--rate-limit needs N/WINDOW"),
        (&["--seed", "abc"], "--seed needs a number"),
        (&["--port", "not-a-port"], "--port needs a number"),
        (&["--verbose"], "unknown argument \"--verbose\""),
    ];
    for (args, expected) in cases {
        let output = run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(
            stderr.contains("usage: ngrok-api-mock"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn public_url_goes_into_uris_and_the_printed_variables() {
    let program = Program::start(&["--public-url", "http://mock:18040"]);
    assert!(
        program
            .lines
            .contains(&"public url: http://mock:18040".to_string()),
        "{:?}",
        program.lines
    );
    assert!(
        program.lines.contains(&format!(
            "NGROK_API_URL=http://mock:18040 NGROK_API_KEY={KEY}"
        )),
        "{:?}",
        program.lines
    );
    let created = create(&program.client(), "app.example.com").unwrap();
    assert_eq!(
        created.uri,
        format!("http://mock:18040/reserved_domains/{}", created.id)
    );
}

#[test]
fn rate_limit_answers_429_past_the_limit() {
    let program = Program::start(&["--rate-limit", "2/1h"]);
    let client = program.client();
    client.reserved_domains().list().iter().next();
    client.reserved_domains().list().iter().next();
    let err = client
        .reserved_domains()
        .list()
        .iter()
        .next()
        .unwrap()
        .unwrap_err();
    assert_eq!(err.status_code(), Some(429), "{err:?}");
}

/// Creates three items (deleting one, updating another) on a program with `--state`,
/// ends it with `end`, restarts it on the same file, and checks everything is there.
fn survives_a_restart(name: &str, end: fn(Program)) {
    let dir = TempDir::new(name);
    let file = dir.file();
    let program = Program::start(&["--state", path_arg(&file)]);
    let client = program.client();
    let a = create(&client, "a.example.com").unwrap();
    let b = create(&client, "b.example.com").unwrap();
    let c = create(&client, "c.example.com").unwrap();
    client.reserved_domains().delete(&b.id).unwrap();
    let c = client
        .reserved_domains()
        .update(&ngrok_api::types::ReservedDomainUpdate {
            id: c.id.clone(),
            description: Some("changed".into()),
            ..Default::default()
        })
        .unwrap();
    end(program);

    let again = Program::start(&["--state", path_arg(&file)]);
    let listed: Vec<_> = again
        .client()
        .reserved_domains()
        .list()
        .iter()
        .map(Result::unwrap)
        .collect();
    let ids: Vec<&str> = listed.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, [c.id.as_str(), a.id.as_str()]);
    for (before, after) in [(&c, &listed[0]), (&a, &listed[1])] {
        assert_eq!(after.domain, before.domain);
        assert_eq!(after.description, before.description);
        assert_eq!(after.created_at, before.created_at);
        assert_eq!(
            after.uri,
            format!("{}/reserved_domains/{}", again.url, after.id)
        );
    }
    assert_eq!(listed[0].description, "changed");
}

#[test]
fn state_survives_sigkill() {
    survives_a_restart("sigkill", drop);
}

#[test]
fn state_survives_sigterm() {
    survives_a_restart("sigterm", Program::terminate);
}

#[test]
fn a_corrupt_state_file_stops_the_program_with_a_clear_error() {
    let dir = TempDir::new("corrupt");
    let file = dir.file();
    std::fs::write(&file, b"{\"format\": \"ngrok-api-mock state\", \"vers").unwrap();
    let output = run(&["--port", "0", "--state", path_arg(&file)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(path_arg(&file)), "{stderr}");
    assert!(
        stderr.contains("not a valid ngrok-api-mock state file"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty(), "it never listened");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"{\"format\": \"ngrok-api-mock state\", \"vers",
        "the file is left as it was"
    );

    let unwritable = dir.0.join("no-such-dir").join("state.json");
    let output = run(&["--port", "0", "--state", path_arg(&unwritable)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot write the state file"), "{stderr}");
}

#[test]
fn a_kill_during_many_writes_leaves_a_file_with_every_answered_change() {
    let dir = TempDir::new("in-flight");
    let file = dir.file();
    let program = Program::start(&["--state", path_arg(&file)]);
    let answered = Arc::new(Mutex::new(Vec::new()));
    let count = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (client, answered, count, stop) = (
                program.client(),
                Arc::clone(&answered),
                Arc::clone(&count),
                Arc::clone(&stop),
            );
            std::thread::spawn(move || {
                // Until the program dies (or, as a bound, 10,000 items).
                for i in 0..2500 {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    match create(&client, &format!("w{w}-{i}.example.com")) {
                        Ok(item) => {
                            answered.lock().unwrap().push(item.id);
                            count.fetch_add(1, Ordering::SeqCst);
                        }
                        Err(_) => break,
                    }
                }
            })
        })
        .collect();
    // Kill once plenty of writes have been answered, while the writers are still going.
    while count.load(Ordering::SeqCst) < 100 {
        std::thread::yield_now();
    }
    drop(program);
    stop.store(true, Ordering::SeqCst);
    for writer in writers {
        writer.join().unwrap();
    }
    let answered = answered.lock().unwrap().clone();
    assert!(answered.len() >= 100);

    let again = Program::start(&["--state", path_arg(&file)]);
    let client = again.client();
    let kept: std::collections::HashSet<String> = client
        .reserved_domains()
        .list()
        .iter()
        .map(|d| d.unwrap().id)
        .collect();
    let lost: Vec<&String> = answered.iter().filter(|id| !kept.contains(*id)).collect();
    assert!(lost.is_empty(), "answered but not kept: {lost:?}");
    // At most the changes in flight at the kill (one per writer) were kept unanswered.
    assert!(
        kept.len() <= answered.len() + 4,
        "{} kept, {} answered",
        kept.len(),
        answered.len()
    );
}

#[test]
fn the_container_recipe_matches_the_crate() {
    // The Dockerfile builds with the crate's rust-version and the shared build script,
    // which CI runs too, and serves on the program's default port.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let recipe = std::fs::read_to_string(dir.join("Dockerfile")).unwrap();
    let rust = env!("CARGO_PKG_RUST_VERSION");
    assert!(
        recipe.contains(&format!("FROM rust:{rust}-slim-bookworm AS build")),
        "the build stage's Rust is not the crate's rust-version {rust}"
    );
    assert!(recipe.contains("RUN CARGO_TARGET_DIR=/src/target ngrok-api-mock/build-program.sh"));
    assert!(
        recipe.contains(r#"ENTRYPOINT ["ngrok-api-mock", "--host", "0.0.0.0", "--port", "18040"]"#)
    );
    assert!(recipe.contains("USER mock"));
    let script = std::fs::read_to_string(dir.join("build-program.sh")).unwrap();
    assert!(script
        .contains("exec cargo build --release --locked -p ngrok-api-mock --bin ngrok-api-mock"));
    let ci = std::fs::read_to_string(dir.join("../.ci/run")).unwrap();
    assert!(ci
        .lines()
        .any(|line| line == "ngrok-api-mock/build-program.sh"));
    let help = run(&["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("(default 18040;"));
}
