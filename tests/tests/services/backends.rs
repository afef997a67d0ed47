//! Backends: failover, HTTP response, static address, tunnel group and weighted.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    backends_failover: ["backends.failover"],
    backends_http_response: ["backends.http_response"],
    backends_static_address: ["backends.static_address"],
    backends_tunnel_group: ["backends.tunnel_group"],
    backends_weighted: ["backends.weighted"],
}

// ---------------------------------------------------------------------------------------
// backends.failover
// ---------------------------------------------------------------------------------------

fn backends_failover(server: &MockServer, client: &Client) {
    let (primary, fallback) = (
        http_response_backend(client, 200),
        http_response_backend(client, 503),
    );
    let (created, updated) = lifecycle!(
        server, client.backends().failover(), "/backends/failover", "bkdfo",
        create: FailoverBackendCreate {
            description: "with fallback".into(),
            metadata: "m".into(),
            backends: vec![primary.id.clone(), fallback.id.clone()],
            ..Default::default()
        },
        update: |id| FailoverBackendUpdate {
            id,
            backends: vec![fallback.id.clone(), primary.id.clone()],
            ..Default::default()
        },
    );
    assert_eq!(created.backends, [primary.id.clone(), fallback.id.clone()]);
    assert_eq!(created.description, "with fallback");
    assert_eq!(updated.backends, [fallback.id, primary.id]);
    assert_eq!(updated.description, "with fallback");
}

// ---------------------------------------------------------------------------------------
// backends.http_response
// ---------------------------------------------------------------------------------------

fn backends_http_response(server: &MockServer, client: &Client) {
    let headers = map(&[("content-type", "text/plain".to_string())]);
    let (created, updated) = lifecycle!(
        server, client.backends().http_response(), "/backends/http_response", "bkdhr",
        create: HTTPResponseBackendCreate {
            description: "maintenance".into(),
            body: "back soon".into(),
            headers: headers.clone(),
            status_code: Some(503),
            ..Default::default()
        },
        update: |id| HTTPResponseBackendUpdate {
            id,
            body: Some("ok".into()),
            status_code: Some(200),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.body.as_str(), created.status_code),
        ("back soon", 503)
    );
    assert_eq!(created.headers, headers);
    assert_eq!((updated.body.as_str(), updated.status_code), ("ok", 200));
    assert_eq!(updated.headers, headers);
    assert_eq!(updated.description, "maintenance");
}

// ---------------------------------------------------------------------------------------
// backends.static_address
// ---------------------------------------------------------------------------------------

fn backends_static_address(server: &MockServer, client: &Client) {
    let tls = StaticBackendTLS {
        enabled: true,
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.backends().static_address(), "/backends/static", "bkdsb",
        create: StaticBackendCreate {
            description: "origin".into(),
            address: "10.0.0.1:443".into(),
            tls: tls.clone(),
            ..Default::default()
        },
        update: |id| StaticBackendUpdate {
            id,
            address: "10.0.0.2:8443".into(),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.address.as_str(), &created.tls),
        ("10.0.0.1:443", &tls)
    );
    assert_eq!(updated.address, "10.0.0.2:8443");
    assert_eq!(
        (updated.description.as_str(), &updated.tls),
        ("origin", &tls)
    );
}

// ---------------------------------------------------------------------------------------
// backends.tunnel_group
// ---------------------------------------------------------------------------------------

fn backends_tunnel_group(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.backends().tunnel_group(), "/backends/tunnel_group", "bkdtg",
        create: TunnelGroupBackendCreate {
            description: "web agents".into(),
            labels: map(&[("app", "web".to_string()), ("env", "prod".to_string())]),
            ..Default::default()
        },
        update: |id| TunnelGroupBackendUpdate {
            id,
            labels: map(&[("app", "api".to_string())]),
            ..Default::default()
        },
    );
    assert_eq!(
        created.labels,
        map(&[("app", "web".to_string()), ("env", "prod".to_string())])
    );
    assert_eq!(created.description, "web agents");
    assert_eq!(
        updated.labels,
        map(&[("app", "api".to_string())]),
        "labels are replaced whole"
    );
    assert_eq!(updated.description, "web agents");
}

// ---------------------------------------------------------------------------------------
// backends.weighted
// ---------------------------------------------------------------------------------------

fn backends_weighted(server: &MockServer, client: &Client) {
    let (stable, canary) = (
        http_response_backend(client, 200),
        http_response_backend(client, 202),
    );
    let weights = |a: i64, b: i64| map(&[(stable.id.as_str(), a), (canary.id.as_str(), b)]);
    let (created, updated) = lifecycle!(
        server, client.backends().weighted(), "/backends/weighted", "bkdwb",
        create: WeightedBackendCreate {
            description: "canary".into(),
            backends: weights(9_900, 100),
            ..Default::default()
        },
        update: |id| WeightedBackendUpdate {
            id,
            backends: weights(5_000, 5_000),
            ..Default::default()
        },
    );
    assert_eq!(created.backends, weights(9_900, 100));
    assert_eq!(updated.backends, weights(5_000, 5_000));
    assert_eq!(updated.description, "canary");
}
