//! Batch jobs against the API's rate limit (the emulator's rate-limit mode, scaled down to
//! 20 requests per 200 ms so that a job of 300 creates takes seconds): retried 429s
//! create each object once, and the client-side limiter keeps the job under the limit.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use ngrok_api::types::IPPolicyCreate;
use ngrok_api::{Client, Error};
use ngrok_api_mock::MockServer;

const JOB: usize = 300;
const MAX: usize = 20;
const WINDOW: Duration = Duration::from_millis(200);

fn limited_server() -> MockServer {
    MockServer::builder()
        .rate_limit(MAX, WINDOW)
        .start()
        .unwrap()
}

/// Creates `JOB` IP policies named `job-0`, `job-1`, ...; the errors, if any.
fn run_job(client: &Client) -> Vec<Error> {
    (0..JOB)
        .filter_map(|i| {
            client
                .ip_policies()
                .create(&IPPolicyCreate {
                    description: format!("job-{i}"),
                    ..Default::default()
                })
                .err()
        })
        .collect()
}

/// How many times each description occurs among the server's IP policies.
fn created(client: &Client) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for policy in client.ip_policies().list().iter() {
        *counts.entry(policy.unwrap().description).or_insert(0) += 1;
    }
    counts
}

fn assert_each_created_once(client: &Client) {
    let counts = created(client);
    assert_eq!(counts.len(), JOB, "every object exists");
    for i in 0..JOB {
        assert_eq!(counts.get(&format!("job-{i}")), Some(&1), "job-{i}");
    }
}

fn posts(server: &MockServer) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .count()
}

#[test]
fn a_batch_job_outlasts_the_rate_limit_by_retrying_429s() {
    let server = limited_server();
    let client = server
        .client_builder()
        .max_retries(20)
        // The emulator asks for whole seconds; its window is far shorter.
        .max_retry_wait(WINDOW)
        .build()
        .unwrap();
    let errors = run_job(&client);
    assert!(
        errors.is_empty(),
        "{} errors, first: {}",
        errors.len(),
        errors[0]
    );
    assert!(
        posts(&server) > JOB,
        "the limit was never reached: {} POSTs",
        posts(&server)
    );
    // The list may meet the limit too; its GETs are retried the same way.
    assert_each_created_once(&client);
}

#[test]
fn with_the_client_side_limiter_no_request_meets_the_limit() {
    let server = limited_server();
    let client = server
        .client_builder()
        // No retries: a single 429 would be an error of the job.
        .max_retries(0)
        .rate_limit(MAX as u32, WINDOW)
        .build()
        .unwrap();
    let started = Instant::now();
    let errors = run_job(&client);
    assert!(
        errors.is_empty(),
        "{} errors, first: {}",
        errors.len(),
        errors[0]
    );
    assert_eq!(
        posts(&server),
        JOB,
        "every POST was sent once: none was refused"
    );
    assert!(
        started.elapsed() >= WINDOW * (JOB / MAX - 1) as u32,
        "the job was not paced: {:?}",
        started.elapsed()
    );
    assert_each_created_once(&client);
}

#[test]
fn clones_share_one_limiter() {
    let server = limited_server();
    let client = server
        .client_builder()
        .max_retries(0)
        .rate_limit(MAX as u32, WINDOW)
        .build()
        .unwrap();
    let threads: Vec<_> = (0..3)
        .map(|t| {
            let client = client.clone();
            std::thread::spawn(move || {
                (0..2 * MAX)
                    .map(|i| {
                        client.ip_policies().create(&IPPolicyCreate {
                            description: format!("t{t}-{i}"),
                            ..Default::default()
                        })
                    })
                    .filter(Result::is_err)
                    .count()
            })
        })
        .collect();
    let errors: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(errors, 0, "a clone went past the shared limit");
    assert_eq!(posts(&server), 6 * MAX);
}

#[test]
fn a_rate_limit_of_nothing_is_a_configuration_error() {
    for (requests, window) in [(0, WINDOW), (1, Duration::ZERO)] {
        let err = Client::builder()
            .api_key("k")
            .rate_limit(requests, window)
            .build()
            .unwrap_err();
        assert!(matches!(err, Error::Config(_)), "{err:?}");
    }
}
