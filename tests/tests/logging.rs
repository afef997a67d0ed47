//! The one debug event per request: what it says, and that no log line carries the key.
//! (A test binary of its own, because the logger is process-wide.)

use std::sync::Mutex;

use log::{Level, LevelFilter, Log, Metadata, Record};
use ngrok_api::types::ReservedDomainCreate;
use ngrok_api_mock::MockServer;

struct Collect(Mutex<Vec<(String, Level, String)>>);

impl Log for Collect {
    fn enabled(&self, _: &Metadata) -> bool {
        true
    }
    fn log(&self, record: &Record) {
        self.0.lock().unwrap().push((
            record.target().to_string(),
            record.level(),
            record.args().to_string(),
        ));
    }
    fn flush(&self) {}
}

static LOGGER: Collect = Collect(Mutex::new(Vec::new()));

#[test]
fn each_request_logs_one_debug_event_and_no_line_has_the_key() {
    log::set_logger(&LOGGER).unwrap();
    // Debug, not trace: at trace level ureq itself prints raw headers (see the README).
    log::set_max_level(LevelFilter::Debug);
    let key = "log-test-key-5e1f0a";
    let server = MockServer::builder().api_key(key).start().unwrap();
    let client = server.client();
    let created = client
        .reserved_domains()
        .create(&ReservedDomainCreate {
            domain: "log.example.com".into(),
            ..Default::default()
        })
        .unwrap();
    client.reserved_domains().get(&created.id).unwrap();
    let missing = client.reserved_domains().get("rd_missing").unwrap_err();
    let wrong_key = server
        .client_builder()
        .api_key("wrong-key-77")
        .build()
        .unwrap();
    wrong_key.reserved_domains().get(&created.id).unwrap_err();
    // A raw call goes through the same transport, so it logs the same one event.
    client
        .request(ngrok_api::Method::Get, "/reserved_domains")
        .send_json()
        .unwrap();

    let records = LOGGER.0.lock().unwrap().clone();
    for (target, _, message) in &records {
        assert!(!message.contains(key), "{target}: {message}");
        assert!(!message.contains("wrong-key-77"), "{target}: {message}");
        assert!(
            !message.to_ascii_lowercase().contains("bearer"),
            "{target}: {message}"
        );
    }
    let ours: Vec<&(String, Level, String)> = records
        .iter()
        .filter(|(t, _, _)| t == "ngrok_api")
        .collect();
    assert_eq!(ours.len(), 5, "one event per request: {ours:#?}");
    assert!(ours.iter().all(|(_, level, _)| *level == Level::Debug));
    assert!(
        ours[0].2.starts_with("POST /reserved_domains -> 201 in "),
        "{}",
        ours[0].2
    );
    assert!(
        ours[0].2.contains("reserved_domains.create"),
        "{}",
        ours[0].2
    );
    assert!(ours[1]
        .2
        .starts_with(&format!("GET /reserved_domains/{} -> 200", created.id)));
    let missing_op = match missing {
        ngrok_api::Error::Api(api) => api.operation_id().unwrap().to_string(),
        other => panic!("{other:?}"),
    };
    assert!(ours[2].2.contains("-> 404"), "{}", ours[2].2);
    assert!(
        ours[2].2.contains(&format!("ngrok operation {missing_op}")),
        "{}",
        ours[2].2
    );
    assert!(ours[3].2.contains("-> 401"), "{}", ours[3].2);
    assert!(
        ours[4].2.starts_with("GET /reserved_domains -> 200 in "),
        "{}",
        ours[4].2
    );
    assert!(ours[4].2.contains("raw.get"), "{}", ours[4].2);
}
