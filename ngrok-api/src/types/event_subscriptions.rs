//! Event subscriptions and their sources: which account events are captured and the event
//! destinations they are delivered to.

use super::Ref;
use crate::Timestamp;

/// An event subscription: which kinds of account events are captured and the event destinations
/// they are delivered to.
#[crate::model(response)]
pub struct EventSubscription {
    /// The event subscription's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this event subscription.
    pub uri: String,
    /// The creation time of the event subscription.
    pub created_at: Timestamp,
    /// Free-form data for your programs to attach to the subscription; at most 4096 characters.
    /// Empty if none was given.
    pub metadata: String,
    /// A human-readable note on what the event subscription is for; at most 255 bytes. Empty if
    /// none was given.
    pub description: String,
    /// The kinds of events the subscription captures.
    pub sources: Vec<EventSource>,
    /// The event destinations the events are delivered to.
    pub destinations: Vec<Ref>,
}

/// The fields to send when creating an event subscription.
#[crate::model(request)]
pub struct EventSubscriptionCreate {
    /// Free-form data for your programs to attach to the subscription; at most 4096 characters.
    /// Optional.
    pub metadata: String,
    /// A human-readable note on what the event subscription is for; at most 255 bytes. Optional.
    pub description: String,
    /// The kinds of events to capture.
    pub sources: Vec<EventSourceReplace>,
    /// The ids of the event destinations to deliver the events to.
    pub destination_ids: Vec<String>,
}

/// The fields to change on an event subscription. `None` leaves the description or metadata
/// unchanged and `Some(String::new())` clears it; an empty list is not sent, so it leaves the
/// sources or destinations unchanged, while a non-empty one replaces them.
#[crate::model(request)]
pub struct EventSubscriptionUpdate {
    /// The id of the event subscription to change. It goes into the request path.
    pub id: String,
    /// New machine-readable data for the event subscription. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new human-readable note on the event subscription. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// The complete new set of event kinds to capture; an empty list is not sent and leaves them
    /// unchanged.
    pub sources: Vec<EventSourceReplace>,
    /// The complete new set of event destination ids; an empty list is not sent and leaves them
    /// unchanged.
    pub destination_ids: Vec<String>,
}

/// One page of event subscriptions. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct EventSubscriptionList {
    /// The event subscriptions on this page.
    pub event_subscriptions: Vec<EventSubscription>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// One kind of event that an event subscription captures.
#[crate::model(response)]
pub struct EventSource {
    /// The event type, such as `ip_policy_created.v0`.
    pub r#type: String,
    /// The API URL of this event source.
    pub uri: String,
}

/// The fields to send when adding an event type to an event subscription. The subscription's id
/// goes into the request path; only `type` is sent in the body.
#[crate::model(request)]
pub struct EventSourceCreate {
    /// The id of the event subscription to add the event type to. It goes into the request path.
    pub subscription_id: String,
    /// The event type to capture, such as `ip_policy_created.v0`.
    pub r#type: String,
}

/// The argument of the event source update call. Both fields name the source and go into the
/// request path, so there is nothing else to change.
#[crate::model(request)]
pub struct EventSourceUpdate {
    /// The id of the event subscription the source belongs to. It goes into the request path.
    pub subscription_id: String,
    /// The event type that names the source within its subscription. It goes into the request path.
    pub r#type: String,
}

/// One event type, as listed in the `sources` of an event subscription that is being created or
/// updated.
#[crate::model(request)]
pub struct EventSourceReplace {
    /// The event type to capture, such as `ip_policy_created.v0`.
    pub r#type: String,
}

/// All event sources of one event subscription. Unlike the other lists it is not paged and has no
/// `next_page_uri`.
#[crate::model(response)]
pub struct EventSourceList {
    /// The event sources of the subscription.
    pub sources: Vec<EventSource>,
    /// The API URL of this list.
    pub uri: String,
}
