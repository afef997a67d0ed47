//! Calling this synchronous client from async code: each call runs on tokio's blocking
//! thread pool through `tokio::task::spawn_blocking`, so it never stalls the async
//! workers. Read-only: it counts the account's reserved domains and API keys, both lists
//! walked at the same time on two blocking threads.
//!
//! ```text
//! NGROK_API_KEY=... cargo run -p ngrok-api --example async_spawn_blocking
//! ```
//!
//! A `Client` is cheap to clone (clones share one connection pool) and `Send + 'static`,
//! so each task takes its own clone. tokio is only a dev-dependency of `ngrok-api`, with
//! its `rt` feature: an application would more likely write `#[tokio::main]` (feature
//! `macros`) than build the runtime by hand as below.

use std::process::ExitCode;

use ngrok_api::{Client, Error};

fn main() -> ExitCode {
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(err) => {
            eprintln!("error: {err}\nset NGROK_API_KEY (and NGROK_API_URL for another server)");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the tokio runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(count_both(client)) {
        Ok((domains, keys)) => {
            println!(
                "{domains} reserved domain(s) and {keys} API key(s), read on blocking threads"
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Both counts, the two lists walked concurrently.
async fn count_both(client: Client) -> Result<(usize, usize), Error> {
    let domains = {
        let client = client.clone();
        tokio::task::spawn_blocking(move || count(client.reserved_domains().list().iter()))
    };
    let keys = tokio::task::spawn_blocking(move || count(client.api_keys().list().iter()));
    // A blocking task only fails to join if it panicked; pass the panic on.
    let domains = domains
        .await
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic.into_panic()));
    let keys = keys
        .await
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic.into_panic()));
    Ok((domains?, keys?))
}

/// How many items a list yields, or its first error.
fn count<T>(mut items: impl Iterator<Item = Result<T, Error>>) -> Result<usize, Error> {
    items.try_fold(0, |n, item| item.map(|_| n + 1))
}
