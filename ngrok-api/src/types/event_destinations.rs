//! Event destinations: the services outside ngrok (Amazon Kinesis, Firehose and CloudWatch Logs,
//! Datadog, Azure Monitor) that receive the events of event subscriptions, and how ngrok signs in
//! to them.

use crate::Timestamp;

/// An event destination: a service outside ngrok, such as an Amazon Kinesis stream or Datadog, that
/// receives the events an event subscription captures. It receives nothing until a subscription
/// lists it.
#[crate::model(response)]
pub struct EventDestination {
    /// The event destination's unique id, assigned by ngrok.
    pub id: String,
    /// Free-form data for your programs to attach to the event destination, such as a JSON
    /// document; at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The creation time of the event destination.
    pub created_at: Timestamp,
    /// A human-readable note on what the event destination is for; at most 255 bytes. Empty if none
    /// was given.
    pub description: String,
    /// How events are encoded before they are sent to the target. Always `JSON`, the only format
    /// accepted.
    pub format: String,
    /// The service the events are delivered to, with its settings; exactly one field of it is set.
    pub target: EventTarget,
    /// The API URL of this event destination.
    pub uri: String,
}

/// The fields to send when creating an event destination. Set `format` to `JSON` and exactly one
/// field of `target`.
#[crate::model(request)]
pub struct EventDestinationCreate {
    /// Free-form data for your programs to attach to the event destination, such as a JSON
    /// document; at most 4096 bytes. Optional.
    pub metadata: String,
    /// A human-readable note on what the event destination is for; at most 255 bytes. Optional.
    pub description: String,
    /// How events are to be encoded for the target. Set it to `JSON`, the only format accepted.
    pub format: String,
    /// The service to deliver the events to, with its settings. Set exactly one of its fields.
    pub target: EventTarget,
}

/// The fields to change on an event destination. `None` leaves a field unchanged;
/// `Some(String::new())` clears the description or metadata.
#[crate::model(request)]
pub struct EventDestinationUpdate {
    /// The id of the event destination to change. It goes into the request path.
    pub id: String,
    /// New machine-readable data for the event destination. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A new human-readable note on the event destination. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// A new encoding for the events (only `JSON` is accepted); `None` leaves it unchanged.
    pub format: Option<String>,
    /// A new service to deliver the events to, with exactly one field set; `None` leaves the
    /// current one.
    pub target: Option<EventTarget>,
}

/// One page of event destinations. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct EventDestinationList {
    /// The event destinations on this page.
    pub event_destinations: Vec<EventDestination>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// Where an event destination delivers events: exactly one of its fields is set, naming one outside
/// service and its settings, and the others are left empty.
#[crate::model(response)]
pub struct EventTarget {
    /// Deliver to an Amazon Kinesis Data Firehose delivery stream; `None` unless this is the chosen
    /// service.
    pub firehose: Option<EventTargetFirehose>,
    /// Deliver to an Amazon Kinesis data stream; `None` unless this is the chosen service.
    pub kinesis: Option<EventTargetKinesis>,
    /// Deliver to an Amazon CloudWatch Logs log group; `None` unless this is the chosen service.
    pub cloudwatch_logs: Option<EventTargetCloudwatchLogs>,
    /// Deliver to Datadog; `None` unless this is the chosen service.
    pub datadog: Option<EventTargetDatadog>,
    /// Deliver to Azure Monitor through its Logs Ingestion API; `None` unless this is the chosen
    /// service.
    pub azure_logs_ingestion: Option<EventTargetAzureLogsIngestion>,
}

/// Delivery to an Amazon Kinesis Data Firehose delivery stream in your AWS account.
#[crate::model(response)]
pub struct EventTargetFirehose {
    /// How ngrok signs in to your AWS account: give either `role` or `creds`, not both.
    pub auth: AWSAuth,
    /// The ARN of the Firehose delivery stream that is to receive the events.
    pub delivery_stream_arn: String,
}

/// Delivery to an Amazon Kinesis data stream in your AWS account.
#[crate::model(response)]
pub struct EventTargetKinesis {
    /// How ngrok signs in to your AWS account: give either `role` or `creds`, not both.
    pub auth: AWSAuth,
    /// The ARN of the Kinesis data stream that is to receive the events.
    pub stream_arn: String,
}

/// Delivery to an Amazon CloudWatch Logs log group in your AWS account.
#[crate::model(response)]
pub struct EventTargetCloudwatchLogs {
    /// How ngrok signs in to your AWS account: give either `role` or `creds`, not both.
    pub auth: AWSAuth,
    /// The ARN of the CloudWatch Logs log group that is to receive the events.
    pub log_group_arn: String,
}

/// Delivery to Datadog: the API key ngrok sends with, and the site, service and tags the events are
/// reported under.
#[crate::model(response)]
pub struct EventTargetDatadog {
    /// Your Datadog API key, which ngrok sends the events with. Hidden from `Debug` output.
    #[secret]
    pub api_key: Option<String>,
    /// Tags to attach to every event sent, as Datadog's `ddtags` parameter takes them.
    pub ddtags: Option<String>,
    /// The service name the events are reported under in Datadog.
    pub service: Option<String>,
    /// Which Datadog site (regional instance) receives the events.
    pub ddsite: Option<String>,
}

/// Delivery to Azure Monitor through its Logs Ingestion API: the Azure application ngrok signs in
/// as, and the data collection endpoint, rule and stream that take the events. Every field must be
/// set.
#[crate::model(response)]
pub struct EventTargetAzureLogsIngestion {
    /// The id of the Azure tenant (directory) the application below belongs to. Required.
    pub tenant_id: String,
    /// The client (application) id of the Azure application ngrok signs in as. Required.
    pub client_id: String,
    /// A client secret of that Azure application. Required. Hidden from `Debug` output.
    #[secret]
    pub client_secret: String,
    /// The logs ingestion URL of the Azure data collection endpoint to send to. Required.
    pub logs_ingestion_uri: String,
    /// The immutable id of the data collection rule (DCR) that takes in the events. Required.
    pub data_collection_rule_id: String,
    /// The stream, declared in that data collection rule, that the events are written to. Required.
    pub data_collection_stream_name: String,
}

/// How ngrok signs in to your AWS account to deliver events: by assuming a role of yours (`role`)
/// or with an access key (`creds`). Set one of the two, not both.
#[crate::model(response)]
pub struct AWSAuth {
    /// A role for ngrok to assume; `None` when `creds` is used instead.
    pub role: Option<AWSRole>,
    /// An access key for ngrok to sign in with; `None` when `role` is used instead.
    pub creds: Option<AWSCredentials>,
}

/// An IAM role in your AWS account that ngrok assumes to deliver events.
#[crate::model(response)]
pub struct AWSRole {
    /// The ARN of the IAM role for ngrok to assume. Required.
    pub role_arn: String,
}

/// A long-term AWS access key, id and secret, that ngrok signs in with to deliver events.
#[crate::model(response)]
pub struct AWSCredentials {
    /// The id of the access key: the half of it that is not secret. Required.
    pub aws_access_key_id: String,
    /// The secret half of the access key. Required, although the type allows `None`. Hidden from
    /// `Debug` output.
    #[secret]
    pub aws_secret_access_key: Option<String>,
}
