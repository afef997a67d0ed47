//! The same call with the official async client (0.12) on a current-thread tokio runtime.
fn main() {
    let key = std::env::var("NGROK_API_KEY").expect("NGROK_API_KEY");
    let mut builder = ngrok_api::ClientBuilder::new(key);
    if let Ok(url) = std::env::var("NGROK_API_URL") {
        builder.api_url(url.parse().expect("NGROK_API_URL"));
    }
    let client = builder.build();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    match rt.block_on(client.reserved_domains().get("rd_build_cost")) {
        Ok(domain) => println!("{}", domain.domain),
        Err(err) => println!("{err}"),
    }
}
