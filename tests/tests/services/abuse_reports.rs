//! Abuse reports: URLs reported to ngrok for abuse.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    abuse_reports: ["abuse_reports"],
}

// ---------------------------------------------------------------------------------------
// abuse_reports
// ---------------------------------------------------------------------------------------

fn abuse_reports(server: &MockServer, client: &Client) {
    let reports = client.abuse_reports();
    let created = reports
        .create(&AbuseReportCreate {
            urls: strings(&["https://phish.example.ngrok.app/login"]),
            metadata: "ticket 42".into(),
            ..Default::default()
        })
        .unwrap();
    assert_id(&created.id, "abrp");
    assert_eq!(created.uri, uri(server, "/abuse_reports", &created.id));
    assert_recent(&created.created_at);
    assert_eq!(created.urls, ["https://phish.example.ngrok.app/login"]);
    assert_eq!(created.metadata, "ticket 42");
    assert_eq!(reports.get(&created.id).unwrap(), created);
    assert_not_found(reports.get("abrp_missing"));
}
