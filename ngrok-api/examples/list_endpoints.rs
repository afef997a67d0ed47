//! Lists the account's endpoints that match a filter. Read-only.
//!
//! The filter is a CEL expression over each endpoint as `obj`, sent to the API, which
//! returns only the endpoints it matches (the default keeps cloud endpoints):
//!
//! ```text
//! NGROK_API_KEY=... cargo run -p ngrok-api --example list_endpoints
//! NGROK_API_KEY=... cargo run -p ngrok-api --example list_endpoints -- 'obj.type == "agent"'
//! ```
//!
//! `NGROK_API_URL` points it elsewhere, such as the emulator program
//! (`cargo run -p ngrok-api-mock -- --api-key secret`, on port 18040).

use std::process::ExitCode;

use ngrok_api::{Client, Error};

const DEFAULT_FILTER: &str = r#"obj.type == "cloud""#;

fn main() -> ExitCode {
    let filter = match std::env::args().nth(1) {
        Some(arg) if arg == "--help" || arg == "-h" => {
            println!("usage: list_endpoints [FILTER]   (default: {DEFAULT_FILTER})");
            return ExitCode::SUCCESS;
        }
        Some(filter) => filter,
        None => DEFAULT_FILTER.to_string(),
    };
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(err) => {
            eprintln!("error: {err}\nset NGROK_API_KEY (and NGROK_API_URL for another server)");
            return ExitCode::from(2);
        }
    };
    match list(&client, &filter) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn list(client: &Client, filter: &str) -> Result<(), Error> {
    println!("endpoints on {} matching {filter}:", client.base_url());
    let mut count = 0;
    // The API applies the filter, so only matching endpoints cross the network; `iter`
    // fetches the following pages as it reaches them.
    for endpoint in client.endpoints().list().filter(filter).iter() {
        let endpoint = endpoint?;
        count += 1;
        println!(
            "  {}  {:<6}  {}  {:?}",
            endpoint.id, endpoint.r#type, endpoint.url, endpoint.description
        );
    }
    println!("{count} matching endpoint(s)");
    Ok(())
}
