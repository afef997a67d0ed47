//! Walks every reserved domain of the account page by page, and says how to resume when
//! a page fails part-way. Read-only.
//!
//! ```text
//! NGROK_API_KEY=... cargo run -p ngrok-api --example walk_reserved_domains -- --limit 50
//! NGROK_API_KEY=... cargo run -p ngrok-api --example walk_reserved_domains -- --before-id rd_...
//! ```
//!
//! Lists are newest first. When a page fails after its retries, the client ends the list
//! with `Error::ListInterrupted`, whose `before_id` is the id of the last domain already
//! printed: passing it as `--before-id` continues with the next one, so no domain is
//! skipped or printed twice. `NGROK_API_URL` points the example at another server, such
//! as the emulator program.

use std::process::ExitCode;

use ngrok_api::{Client, Error};

struct Options {
    limit: u32,
    before_id: Option<String>,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!(
                "{message}\nusage: walk_reserved_domains [--limit 1..=100] [--before-id rd_...]"
            );
            return ExitCode::from(2);
        }
    };
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(err) => {
            eprintln!("error: {err}\nset NGROK_API_KEY (and NGROK_API_URL for another server)");
            return ExitCode::from(2);
        }
    };
    match walk(&client, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::ListInterrupted {
            before_id: Some(before_id),
            pages_read,
            source,
            ..
        }) => {
            eprintln!("interrupted after {pages_read} page(s): {source}");
            eprintln!("every domain above is complete; resume with --before-id {before_id}");
            ExitCode::FAILURE
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        limit: 100,
        before_id: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--limit" => {
                let value = args.next().ok_or("--limit needs a number")?;
                options.limit = value
                    .parse()
                    .map_err(|_| format!("--limit {value:?} is not a number"))?;
            }
            "--before-id" => {
                options.before_id = Some(args.next().ok_or("--before-id needs an id")?);
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(options)
}

fn walk(client: &Client, options: &Options) -> Result<(), Error> {
    let mut list = client.reserved_domains().list().limit(options.limit);
    match &options.before_id {
        Some(id) => {
            println!("reserved domains on {} older than {id}:", client.base_url());
            list = list.before_id(id.as_str());
        }
        None => println!("reserved domains on {}:", client.base_url()),
    }
    let (mut domains, mut pages) = (0, 0);
    // One request per page; only the current page is held in memory.
    for page in list.pages() {
        let page = page?;
        pages += 1;
        println!("page {pages}: {} domain(s)", page.reserved_domains.len());
        for domain in &page.reserved_domains {
            domains += 1;
            println!("  {}  {}", domain.id, domain.domain);
        }
    }
    println!("{domains} reserved domain(s) in {pages} page(s)");
    Ok(())
}
