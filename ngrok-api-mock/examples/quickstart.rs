//! A tour of the client.
//!
//! Without `NGROK_API_KEY` it starts the embedded emulator and walks through create,
//! get, update, a paged list, a handled 404 and delete. With `NGROK_API_KEY` set it
//! talks to the real API and only reads: it lists the account's reserved domains and
//! API keys.
//!
//! ```text
//! cargo run -p ngrok-api-mock --example quickstart
//! ```

use ngrok_api::types::{ReservedDomainCreate, ReservedDomainUpdate};
use ngrok_api::{Client, Error};

fn main() {
    if let Err(err) = run() {
        eprintln!("error: {err}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Error> {
    if std::env::var_os("NGROK_API_KEY").is_some() {
        let client = Client::from_env()?;
        println!(
            "NGROK_API_KEY is set: reading from {} (nothing is changed)",
            client.base_url()
        );
        return read_only_tour(&client);
    }
    let server = ngrok_api_mock::MockServer::start();
    println!(
        "NGROK_API_KEY is not set: using the embedded emulator at {}",
        server.url()
    );
    emulator_tour(&server.client())
}

fn read_only_tour(client: &Client) -> Result<(), Error> {
    println!("\nreserved domains:");
    let mut count = 0;
    for domain in client.reserved_domains().list().iter() {
        let domain = domain?;
        count += 1;
        println!(
            "  {}  {}  {:?}",
            domain.id, domain.domain, domain.description
        );
    }
    println!("  ({count} in all)");
    println!("\nAPI keys:");
    let mut count = 0;
    for key in client.api_keys().list().iter() {
        let key = key?;
        count += 1;
        println!(
            "  {}  created {}  {:?}",
            key.id, key.created_at, key.description
        );
    }
    println!("  ({count} in all)");
    Ok(())
}

fn emulator_tour(client: &Client) -> Result<(), Error> {
    let domains = client.reserved_domains();

    println!("\n1. create seven reserved domains");
    let mut ids = Vec::new();
    for i in 1..=7 {
        let created = domains.create(&ReservedDomainCreate {
            domain: format!("app{i}.example.com"),
            description: format!("tour domain {i}"),
            ..Default::default()
        })?;
        println!("   created {} for {}", created.id, created.domain);
        ids.push(created.id);
    }

    println!("\n2. get the first one back");
    let first = domains.get(&ids[0])?;
    println!(
        "   {} is {} (created at {})",
        first.id, first.domain, first.created_at
    );

    println!("\n3. update its description; the other fields stay as they were");
    let updated = domains.update(&ReservedDomainUpdate {
        id: first.id.clone(),
        description: Some("production".into()),
        ..Default::default()
    })?;
    println!(
        "   description is now {:?}, domain still {}",
        updated.description, updated.domain
    );

    println!("\n4. list them three per page, newest first");
    for (n, page) in domains.list().limit(3).pages().enumerate() {
        let page = page?;
        let names: Vec<&str> = page
            .reserved_domains
            .iter()
            .map(|d| d.domain.as_str())
            .collect();
        println!("   page {}: {}", n + 1, names.join(", "));
    }
    let total = domains.list().limit(3).iter().count();
    println!("   iterating item by item saw {total} domains");

    println!("\n5. delete them all");
    for id in &ids {
        domains.delete(id)?;
    }
    println!("   deleted {} domains", ids.len());

    println!("\n6. a get on a deleted id is a 404, handled");
    match domains.get(&ids[0]) {
        Err(err) if err.is_not_found() => println!("   not found, as expected: {err}"),
        Err(err) => return Err(err),
        Ok(domain) => println!("   unexpectedly still there: {}", domain.id),
    }

    println!("\ndone: every call above went over HTTP to the emulator");
    Ok(())
}
