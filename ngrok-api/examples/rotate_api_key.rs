//! Rotates an API key: creates its replacement (same description, metadata and owner),
//! prints the new token, then deletes the old key.
//!
//! A dry run by default: it reads the key and says what it would create and delete, and
//! changes nothing. Only `--apply` creates and deletes.
//!
//! ```text
//! NGROK_API_KEY=... cargo run -p ngrok-api --example rotate_api_key              # lists the keys
//! NGROK_API_KEY=... cargo run -p ngrok-api --example rotate_api_key -- ak_...    # dry run
//! NGROK_API_KEY=... cargo run -p ngrok-api --example rotate_api_key -- ak_... --apply
//! ```
//!
//! The token of the new key is shown once, by the create call; store it before anything
//! else. Rotating the key in `NGROK_API_KEY` itself works, but that key stops working as
//! soon as the old one is deleted. `NGROK_API_URL` points the example at another server,
//! such as the emulator program.

use std::process::ExitCode;

use ngrok_api::types::{APIKey, APIKeyCreate};
use ngrok_api::{Client, Error};

fn main() -> ExitCode {
    let mut key_id = None;
    let mut apply = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--apply" => apply = true,
            _ if arg.starts_with("--") || key_id.is_some() => {
                eprintln!("unexpected argument {arg:?}\nusage: rotate_api_key [ak_... [--apply]]");
                return ExitCode::from(2);
            }
            _ => key_id = Some(arg),
        }
    }
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(err) => {
            eprintln!("error: {err}\nset NGROK_API_KEY (and NGROK_API_URL for another server)");
            return ExitCode::from(2);
        }
    };
    let result = match (key_id, apply) {
        (None, false) => list_keys(&client),
        (None, true) => {
            eprintln!("--apply needs the id of the key to rotate");
            return ExitCode::from(2);
        }
        (Some(id), false) => dry_run(&client, &id),
        (Some(id), true) => rotate(&client, &id),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Without an id: the keys there are to choose from.
fn list_keys(client: &Client) -> Result<(), Error> {
    println!(
        "API keys on {} (pass one's id to rotate it):",
        client.base_url()
    );
    for key in client.api_keys().list().iter() {
        let key = key?;
        println!(
            "  {}  created {}  {:?}",
            key.id, key.created_at, key.description
        );
    }
    Ok(())
}

/// The replacement carries over everything a key's creator chose.
fn replacement(old: &APIKey) -> APIKeyCreate {
    APIKeyCreate {
        description: old.description.clone(),
        metadata: old.metadata.clone(),
        owner_id: old.owner_id.clone(),
        ..Default::default()
    }
}

fn dry_run(client: &Client, id: &str) -> Result<(), Error> {
    let old = client.api_keys().get(id)?;
    let new = replacement(&old);
    println!("dry run: nothing is changed (add --apply to rotate)");
    println!(
        "would create an API key with description {:?}, metadata {:?}, owner {}",
        new.description,
        new.metadata,
        new.owner_id.as_deref().unwrap_or("(the caller)")
    );
    println!("would delete {} (created {})", old.id, old.created_at);
    Ok(())
}

fn rotate(client: &Client, id: &str) -> Result<(), Error> {
    let old = client.api_keys().get(id)?;
    let created = client.api_keys().create(&replacement(&old))?;
    println!("created {}", created.id);
    // `token` is only ever returned here; its `Debug` is hidden, so print it on purpose.
    match &created.token {
        Some(token) => println!("new token (shown once, store it now): {token}"),
        None => println!("the API returned no token for {}", created.id),
    }
    if let Err(err) = client.api_keys().delete(&old.id) {
        eprintln!(
            "the new key {} exists, but deleting {} failed; delete it by hand",
            created.id, old.id
        );
        return Err(err);
    }
    println!("deleted {}", old.id);
    Ok(())
}
