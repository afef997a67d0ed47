//! Endpoints: cloud endpoints created through the API.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    endpoints: ["endpoints"],
}

// ---------------------------------------------------------------------------------------
// endpoints
// ---------------------------------------------------------------------------------------

fn endpoints(server: &MockServer, client: &Client) {
    let other_policy = r#"{"on_http_request":[]}"#;
    let (created, updated) = lifecycle!(
        server, client.endpoints(), "/endpoints", "ep",
        create: EndpointCreate {
            url: "https://api.example.com".into(),
            r#type: "cloud".into(),
            traffic_policy: POLICY.into(),
            description: Some("api".into()),
            metadata: Some("m".into()),
            bindings: strings(&["public"]),
            pooling_enabled: Some(true),
            ..Default::default()
        },
        update: |id| EndpointUpdate {
            id,
            url: Some("https://api2.example.com".into()),
            traffic_policy: Some(other_policy.into()),
            description: Some("api v2".into()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.url.as_str(), created.r#type.as_str()),
        ("https://api.example.com", "cloud")
    );
    assert_eq!(created.traffic_policy, POLICY);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("api", "m")
    );
    assert_eq!(created.bindings, ["public"]);
    assert!(created.pooling_enabled);
    assert_recent(&created.updated_at);
    // `filter` stands in for the spec's deprecated `urls` parameter.
    let other = client
        .endpoints()
        .create(&EndpointCreate {
            url: "https://other.example.com".into(),
            r#type: "cloud".into(),
            traffic_policy: POLICY.into(),
            ..Default::default()
        })
        .unwrap();
    let by_url: Vec<String> = client
        .endpoints()
        .list()
        .filter(r#"obj.url == "https://other.example.com""#)
        .iter()
        .map(|e| e.unwrap().id)
        .collect();
    assert_eq!(by_url, std::slice::from_ref(&other.id));
    client.endpoints().delete(&other.id).unwrap();
    assert_eq!(updated.url, "https://api2.example.com");
    assert_eq!(updated.traffic_policy, other_policy);
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("api v2", "m")
    );
    assert_eq!(
        updated.bindings,
        ["public"],
        "an empty list is not sent, so kept"
    );
    assert!(updated.pooling_enabled);
}
