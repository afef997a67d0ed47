//! One call with ngrok-api (ours): the binary whose clean release build ../run.sh times.
fn main() {
    let client = ngrok_api::Client::from_env().expect("NGROK_API_KEY");
    match client.reserved_domains().get("rd_build_cost") {
        Ok(domain) => println!("{}", domain.domain),
        Err(err) => println!("{err}"),
    }
}
