//! Event streaming: destinations, subscriptions and the sources of a subscription.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    event_destinations: ["event_destinations"],
    event_subscriptions: ["event_subscriptions"],
    event_sources: ["event_sources"],
}

// ---------------------------------------------------------------------------------------
// event_destinations
// ---------------------------------------------------------------------------------------

fn event_destinations(server: &MockServer, client: &Client) {
    let kinesis = EventTarget {
        kinesis: Some(EventTargetKinesis {
            auth: AWSAuth {
                role: Some(AWSRole {
                    role_arn: "arn:aws:iam::123456789012:role/ngrok".into(),
                    ..Default::default()
                }),
                ..Default::default()
            },
            stream_arn: "arn:aws:kinesis:us-east-1:123456789012:stream/events".into(),
            ..Default::default()
        }),
        ..Default::default()
    };
    let datadog = EventTarget {
        datadog: Some(EventTargetDatadog {
            ddsite: Some("datadoghq.eu".into()),
            service: Some("ngrok".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.event_destinations(), "/event_destinations", "ed",
        create: EventDestinationCreate {
            description: "stream".into(),
            metadata: "m".into(),
            format: "json".into(),
            target: kinesis.clone(),
            ..Default::default()
        },
        update: |id| EventDestinationUpdate {
            id,
            description: Some("datadog".into()),
            target: Some(datadog.clone()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.description.as_str(), created.format.as_str()),
        ("stream", "json")
    );
    assert_eq!(created.target, kinesis);
    assert_eq!(updated.description, "datadog");
    assert_eq!(
        (updated.metadata.as_str(), updated.format.as_str()),
        ("m", "json")
    );
    assert_eq!(updated.target, datadog, "the target is replaced whole");
}

// ---------------------------------------------------------------------------------------
// event_subscriptions
// ---------------------------------------------------------------------------------------

fn event_subscriptions(server: &MockServer, client: &Client) {
    let destination = client
        .event_destinations()
        .create(&EventDestinationCreate {
            format: "json".into(),
            target: EventTarget {
                datadog: Some(EventTargetDatadog {
                    api_key: Some("dd-key".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap();
    let source = |kind: &str| EventSourceReplace {
        r#type: kind.into(),
        ..Default::default()
    };
    let (created, updated) = lifecycle!(
        server, client.event_subscriptions(), "/event_subscriptions", "esb",
        create: EventSubscriptionCreate {
            description: "audit".into(),
            metadata: "m".into(),
            sources: vec![source("ip_policy_created.v0")],
            destination_ids: vec![destination.id.clone()],
            ..Default::default()
        },
        update: |id| EventSubscriptionUpdate {
            id,
            description: Some("audit v2".into()),
            sources: vec![source("api_key_created.v0"), source("api_key_deleted.v0")],
            ..Default::default()
        },
    );
    let kinds = |s: &EventSubscription| -> Vec<String> {
        let mut kinds: Vec<String> = s.sources.iter().map(|s| s.r#type.clone()).collect();
        kinds.sort();
        kinds
    };
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("audit", "m")
    );
    assert_eq!(kinds(&created), ["ip_policy_created.v0"]);
    assert_eq!(
        created.destinations,
        [reference(server, "/event_destinations", &destination.id)]
    );
    assert_eq!(updated.description, "audit v2");
    assert_eq!(
        kinds(&updated),
        ["api_key_created.v0", "api_key_deleted.v0"]
    );
    assert_eq!(
        updated.destinations, created.destinations,
        "not sent, so kept"
    );
}

fn create_subscription(client: &Client, description: &str) -> EventSubscription {
    client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: description.into(),
            ..Default::default()
        })
        .unwrap()
}

#[test]
fn event_subscription_create_returns_sources_and_destination_refs() {
    let server = MockServer::start();
    let ids = [event_destination(&server).id, event_destination(&server).id];
    let created = server
        .client()
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: "audit".into(),
            metadata: "m".into(),
            sources: vec![EventSourceReplace {
                r#type: "ip_policy_created.v0".into(),
                ..Default::default()
            }],
            destination_ids: ids.to_vec(),
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("esb_"), "{}", created.id);
    assert_eq!(
        created.uri,
        format!("{}/event_subscriptions/{}", server.url(), created.id)
    );
    assert_recent(&created.created_at);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("audit", "m")
    );
    let types: Vec<&str> = created.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["ip_policy_created.v0"]);
    let dests: Vec<&str> = created.destinations.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(dests, ids);
    let request = last_request(&server);
    assert_call(&request, "POST", "/event_subscriptions");
    assert_eq!(
        body_json(&request),
        json!({
            "description": "audit",
            "metadata": "m",
            "sources": [{"type": "ip_policy_created.v0"}],
            "destination_ids": ids,
        })
    );
}

#[test]
fn event_subscription_update_changes_only_the_given_fields() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: "d".into(),
            metadata: "m".into(),
            destination_ids: vec![event_destination(&server).id],
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .event_subscriptions()
        .update(&EventSubscriptionUpdate {
            id: created.id.clone(),
            metadata: Some(String::new()),
            sources: vec![EventSourceReplace {
                r#type: "api_key_created.v0".into(),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.description, "d");
    assert_eq!(updated.metadata, "", "Some(\"\") clears");
    let types: Vec<&str> = updated.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["api_key_created.v0"]);
    assert_eq!(
        updated.destinations, created.destinations,
        "empty list leaves them"
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "PATCH",
        &format!("/event_subscriptions/{}", created.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"metadata": "", "sources": [{"type": "api_key_created.v0"}]})
    );
    assert_eq!(
        client.event_subscriptions().get(&created.id).unwrap(),
        updated
    );
}

#[test]
fn event_subscription_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let created = create_subscription(&client, "tmp");
    client.event_subscriptions().delete(&created.id).unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!("/event_subscriptions/{}", created.id),
    );
    assert_no_body(&request);
    assert_not_found(client.event_subscriptions().get(&created.id));
    assert_not_found(client.event_sources().list(&created.id));
}

#[test]
fn event_subscription_list_returns_all_and_filters() {
    let server = MockServer::start();
    let client = server.client();
    let a = create_subscription(&client, "audit");
    let b = create_subscription(&client, "billing");
    let all: Vec<String> = client
        .event_subscriptions()
        .list()
        .limit(1)
        .iter()
        .map(|s| s.unwrap().id)
        .collect();
    assert_eq!(all, [b.id.clone(), a.id.clone()]);
    assert_call(&last_request(&server), "GET", "/event_subscriptions");
    let audit: Vec<_> = client
        .event_subscriptions()
        .list()
        .filter(r#"obj.description == "audit""#)
        .iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(audit, [a]);
}

// ---------------------------------------------------------------------------------------
// event_sources
// ---------------------------------------------------------------------------------------

fn event_sources(server: &MockServer, client: &Client) {
    let sub = client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            description: "audit".into(),
            ..Default::default()
        })
        .unwrap();
    let sources = client.event_sources();
    let kind = "ip_policy_created.v0";
    let created = sources
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: kind.into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(created.r#type, kind);
    assert_eq!(
        created.uri,
        format!(
            "{}/event_subscriptions/{}/sources/{kind}",
            server.url(),
            sub.id
        )
    );
    assert_eq!(sources.get(&sub.id, kind).unwrap(), created);
    let list = sources.list(&sub.id).unwrap();
    assert_eq!(list.sources, std::slice::from_ref(&created));
    assert_eq!(
        list.uri,
        format!("{}/event_subscriptions/{}/sources", server.url(), sub.id)
    );
    let updated = sources
        .update(&EventSourceUpdate {
            subscription_id: sub.id.clone(),
            r#type: kind.into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated, created);
    assert_eq!(
        client.event_subscriptions().get(&sub.id).unwrap().sources,
        std::slice::from_ref(&created),
        "the subscription lists its source"
    );
    sources.delete(&sub.id, kind).unwrap();
    assert_not_found(sources.get(&sub.id, kind));
    assert!(sources.list(&sub.id).unwrap().sources.is_empty());
    assert!(client
        .event_subscriptions()
        .get(&sub.id)
        .unwrap()
        .sources
        .is_empty());
}

#[test]
fn event_source_create_is_keyed_by_type_under_its_subscription() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    let source = client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_created.v0".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(source.r#type, "ip_policy_created.v0");
    assert_eq!(
        source.uri,
        format!(
            "{}/event_subscriptions/{}/sources/ip_policy_created.v0",
            server.url(),
            sub.id
        )
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "POST",
        &format!("/event_subscriptions/{}/sources", sub.id),
    );
    assert_eq!(
        body_json(&request),
        json!({"type": "ip_policy_created.v0"}),
        "subscription_id goes in the path only"
    );
}

#[test]
fn event_source_create_under_a_missing_subscription_is_not_found() {
    let server = MockServer::start();
    assert_not_found(server.client().event_sources().create(&EventSourceCreate {
        subscription_id: "esb_missing".into(),
        r#type: "ip_policy_created.v0".into(),
        ..Default::default()
    }));
}

#[test]
fn event_source_get_takes_the_subscription_and_the_type() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    let other = create_subscription(&client, "other");
    let created = client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "api_key_created.v0".into(),
            ..Default::default()
        })
        .unwrap();
    let got = client
        .event_sources()
        .get(&sub.id, "api_key_created.v0")
        .unwrap();
    assert_eq!(got, created);
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/event_subscriptions/{}/sources/api_key_created.v0", sub.id),
    );
    assert_no_body(&request);
    assert_not_found(client.event_sources().get(&other.id, "api_key_created.v0"));
    assert_not_found(client.event_sources().get(&sub.id, "never_added.v0"));
}

#[test]
fn event_source_update_sends_an_empty_body_and_returns_the_source() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    let created = client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_updated.v0".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .event_sources()
        .update(&EventSourceUpdate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_updated.v0".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated, created);
    let request = last_request(&server);
    assert_call(
        &request,
        "PATCH",
        &format!(
            "/event_subscriptions/{}/sources/ip_policy_updated.v0",
            sub.id
        ),
    );
    assert_eq!(
        body_json(&request),
        json!({}),
        "both fields are path placeholders"
    );
    assert_not_found(client.event_sources().update(&EventSourceUpdate {
        subscription_id: sub.id.clone(),
        r#type: "never_added.v0".into(),
        ..Default::default()
    }));
}

#[test]
fn event_source_delete_then_get_is_not_found() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "ip_policy_deleted.v0".into(),
            ..Default::default()
        })
        .unwrap();
    client
        .event_sources()
        .delete(&sub.id, "ip_policy_deleted.v0")
        .unwrap();
    let request = last_request(&server);
    assert_call(
        &request,
        "DELETE",
        &format!(
            "/event_subscriptions/{}/sources/ip_policy_deleted.v0",
            sub.id
        ),
    );
    assert_no_body(&request);
    assert_not_found(client.event_sources().get(&sub.id, "ip_policy_deleted.v0"));
    assert!(
        client.event_subscriptions().get(&sub.id).is_ok(),
        "the subscription stays"
    );
}

#[test]
fn event_source_list_returns_every_source_of_that_subscription_only() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "mine");
    let other = create_subscription(&client, "other");
    let add = |sub_id: &str, ty: &str| {
        client
            .event_sources()
            .create(&EventSourceCreate {
                subscription_id: sub_id.into(),
                r#type: ty.into(),
                ..Default::default()
            })
            .unwrap()
    };
    let a = add(&sub.id, "a_created.v0");
    add(&other.id, "x_created.v0");
    let b = add(&sub.id, "b_created.v0");
    // The same type under another subscription is a different source.
    add(&other.id, "a_created.v0");
    let list = client.event_sources().list(&sub.id).unwrap();
    let mut types: Vec<&str> = list.sources.iter().map(|s| s.r#type.as_str()).collect();
    types.sort_unstable();
    assert_eq!(types, ["a_created.v0", "b_created.v0"]);
    assert!(list.sources.contains(&a) && list.sources.contains(&b));
    assert_eq!(
        list.uri,
        format!("{}/event_subscriptions/{}/sources", server.url(), sub.id)
    );
    let request = last_request(&server);
    assert_call(
        &request,
        "GET",
        &format!("/event_subscriptions/{}/sources", sub.id),
    );
    assert_eq!(request.query, "", "an unpaged list sends no limit");
    assert_eq!(
        client
            .event_sources()
            .list(&other.id)
            .unwrap()
            .sources
            .len(),
        2
    );
}

#[test]
fn event_sources_of_a_new_subscription_are_listed() {
    let server = MockServer::start();
    let client = server.client();
    let sub = client
        .event_subscriptions()
        .create(&EventSubscriptionCreate {
            sources: vec![EventSourceReplace {
                r#type: "ip_policy_created.v0".into(),
                ..Default::default()
            }],
            ..Default::default()
        })
        .unwrap();
    let list = client.event_sources().list(&sub.id).unwrap();
    let types: Vec<&str> = list.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["ip_policy_created.v0"]);
    assert!(
        client
            .event_sources()
            .get(&sub.id, "ip_policy_created.v0")
            .is_ok(),
        "a source created with the subscription can be read on its own"
    );
}

#[test]
fn an_added_event_source_shows_in_its_subscription() {
    let server = MockServer::start();
    let client = server.client();
    let sub = create_subscription(&client, "s");
    client
        .event_sources()
        .create(&EventSourceCreate {
            subscription_id: sub.id.clone(),
            r#type: "api_key_created.v0".into(),
            ..Default::default()
        })
        .unwrap();
    let got = client.event_subscriptions().get(&sub.id).unwrap();
    let types: Vec<&str> = got.sources.iter().map(|s| s.r#type.as_str()).collect();
    assert_eq!(types, ["api_key_created.v0"]);
}
