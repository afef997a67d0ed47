use crate::types::{
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
