use crate::types::{
    EventDestination, EventDestinationCreate, EventDestinationList, EventDestinationUpdate,
    EventSource, EventSourceCreate, EventSourceList, EventSourceUpdate, EventSubscription,
    EventSubscriptionCreate, EventSubscriptionList, EventSubscriptionUpdate,
};

/// Event subscriptions: which kinds of account events are delivered to which event
/// destinations.
#[crate::service(
    name = event_subscriptions,
    path = "/event_subscriptions",
    id_prefix = "esb",
    resource = EventSubscription,
    create(EventSubscriptionCreate),
    get,
    update(EventSubscriptionUpdate),
    delete,
    list(EventSubscriptionList, items = event_subscriptions, filter),
)]
pub struct EventSubscriptions;

/// The event sources of a subscription: each names one event type the subscription
/// receives. Sources are keyed by that type string, not by an id, and live under their
/// subscription; the list is returned whole, without paging.
#[crate::service(
    name = event_sources,
    path = "/event_subscriptions/{subscription_id}/sources",
    key = type,
    resource = EventSource,
    create(EventSourceCreate),
    get,
    update(EventSourceUpdate),
    delete,
    list(EventSourceList, items = sources, unpaged),
)]
pub struct EventSources;

/// Event destinations: the services outside ngrok that receive captured account events, such as an
/// Amazon Kinesis stream, CloudWatch Logs, Datadog or Azure Monitor.
///
/// A destination receives nothing until an event subscription names it in its `destination_ids`.
/// Credentials given in a target (AWS keys, the Datadog API key, the Azure client secret) are
/// hidden from `Debug` output. The list takes a `filter`, which only the Go client documents.
#[crate::service(
    name = event_destinations,
    path = "/event_destinations",
    id_prefix = "ed",
    resource = EventDestination,
    create(EventDestinationCreate),
    get,
    update(EventDestinationUpdate),
    delete,
    list(EventDestinationList, items = event_destinations, filter),
)]
pub struct EventDestinations;
