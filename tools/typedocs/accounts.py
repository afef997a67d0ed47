"""Docs of the types for event destinations, secrets and vaults, bot and service users, AI gateway API keys and Kubernetes operators.

Read by tools/gen_types.py (see its docstring for what each table means). Every doc is
written for this crate; the generator refuses docs that repeat the published spec."""

# (module file stem, module doc, schema names in output order)
FILES = [
    (
        'event_destinations',
        (
            'Event destinations: the services outside ngrok (Amazon Kinesis, Firehose and '
            'CloudWatch Logs, Datadog, Azure Monitor) that receive the events of event '
            'subscriptions, and how ngrok signs in to them.'
        ),
        [
            'EventDestination',
            'EventDestinationCreate',
            'EventDestinationUpdate',
            'EventDestinationList',
            'EventTarget',
            'EventTargetFirehose',
            'EventTargetKinesis',
            'EventTargetCloudwatchLogs',
            'EventTargetDatadog',
            'EventTargetAzureLogsIngestion',
            'AWSAuth',
            'AWSRole',
            'AWSCredentials',
        ],
    ),
    (
        'secrets',
        (
            'Vaults and the secrets kept in them: named values that can be written through the '
            'API but never read back.'
        ),
        [
            'Secret',
            'SecretCreate',
            'SecretUpdate',
            'SecretList',
            'Vault',
            'VaultCreate',
            'VaultUpdate',
            'VaultList',
        ],
    ),
    (
        'users',
        (
            'Bot users and service users: identities of the account for programs rather than '
            'people. Service users are newer than the published spec; only the Go client knows '
            'them.'
        ),
        [
            'BotUser',
            'BotUserCreate',
            'BotUserUpdate',
            'BotUserList',
            'ServiceUser',
            'ServiceUserCreate',
            'ServiceUserUpdate',
            'ServiceUserList',
        ],
    ),
    (
        'ai_gateway_api_keys',
        (
            "API keys of ngrok's AI gateway, each tied to an endpoint. Newer than the published "
            'spec; only the Go client knows them.'
        ),
        [
            'AIGatewayAPIKey',
            'AIGatewayAPIKeyCreate',
            'AIGatewayAPIKeyUpdate',
            'AIGatewayAPIKeyList',
        ],
    ),
    (
        'kubernetes_operators',
        (
            'Kubernetes operators: ngrok operators deployed in clusters, with their enabled '
            'features, binding settings and binding certificates. Newer than the published spec; '
            'only the Go client knows them.'
        ),
        [
            'KubernetesOperator',
            'KubernetesOperatorCreate',
            'KubernetesOperatorUpdate',
            'KubernetesOperatorList',
            'KubernetesOperatorDeployment',
            'KubernetesOperatorDeploymentUpdate',
            'KubernetesOperatorCert',
            'KubernetesOperatorBinding',
            'KubernetesOperatorBindingCreate',
            'KubernetesOperatorBindingUpdate',
        ],
    ),
]

_GO_ONLY = "Newer than the published API spec: only the Go client knows this type."

NOUNS: dict[str, str] = {
    "EventDestination": "event destination",
    "Secret": "secret",
    "Vault": "vault",
    "BotUser": "bot user",
    "ServiceUser": "service user",
    "AIGatewayAPIKey": "AI gateway API key",
    "KubernetesOperator": "Kubernetes operator",
    "KubernetesOperatorDeployment": "deployment",
    "KubernetesOperatorBinding": "binding",
}

SCHEMA_DOCS: dict[str, str] = {
    # event_destinations
    "EventDestination": (
        "An event destination: a service outside ngrok, such as an Amazon Kinesis stream or "
        "Datadog, that receives the events an event subscription captures. It receives "
        "nothing until a subscription lists it."
    ),
    "EventDestinationCreate": (
        "The fields to send when creating an event destination. Set `format` to `JSON` and "
        "exactly one field of `target`."
    ),
    "EventDestinationUpdate": (
        "The fields to change on an event destination. `None` leaves a field unchanged; "
        "`Some(String::new())` clears the description or metadata."
    ),
    "EventDestinationList": (
        "One page of event destinations. `next_page_uri` leads to the following page; the "
        "list iterators follow it for you."
    ),
    "EventTarget": (
        "Where an event destination delivers events: exactly one of its fields is set, naming "
        "one outside service and its settings, and the others are left empty."
    ),
    "EventTargetFirehose": (
        "Delivery to an Amazon Kinesis Data Firehose delivery stream in your AWS account."
    ),
    "EventTargetKinesis": "Delivery to an Amazon Kinesis data stream in your AWS account.",
    "EventTargetCloudwatchLogs": (
        "Delivery to an Amazon CloudWatch Logs log group in your AWS account."
    ),
    "EventTargetDatadog": (
        "Delivery to Datadog: the API key ngrok sends with, and the site, service and tags "
        "the events are reported under."
    ),
    "EventTargetAzureLogsIngestion": (
        "Delivery to Azure Monitor through its Logs Ingestion API: the Azure application ngrok "
        "signs in as, and the data collection endpoint, rule and stream that take the events. "
        "Every field must be set."
    ),
    "AWSAuth": (
        "How ngrok signs in to your AWS account to deliver events: by assuming a role of "
        "yours (`role`) or with an access key (`creds`). Set one of the two, not both."
    ),
    "AWSRole": "An IAM role in your AWS account that ngrok assumes to deliver events.",
    "AWSCredentials": (
        "A long-term AWS access key, id and secret, that ngrok signs in with to deliver events."
    ),
    # secrets
    "Secret": (
        "A secret: a named value kept in a vault, as returned when it is created, read or "
        "listed. The value itself is never returned; this type has no field for it."
    ),
    "SecretCreate": (
        "The fields to send when storing a secret. Name the vault that is to hold it with "
        "`vault_id`."
    ),
    "SecretUpdate": (
        "The fields to change on a secret, its value included. `None` leaves a field "
        "unchanged; `Some(String::new())` clears the description or metadata."
    ),
    "SecretList": (
        "One page of secrets, from the list of all secrets or from the secrets of one vault. "
        "`next_page_uri` leads to the following page; the list iterators follow it for you."
    ),
    "Vault": "A vault: a named container that holds secrets.",
    "VaultCreate": "The fields to send when creating a vault.",
    "VaultUpdate": (
        "The fields to change on a vault. `None` leaves a field unchanged; "
        "`Some(String::new())` clears the description or metadata."
    ),
    "VaultList": (
        "One page of vaults. `next_page_uri` leads to the following page; the list iterators "
        "follow it for you."
    ),
    # users
    "BotUser": (
        "A bot user: an identity of the account for programs rather than people. Like a user, "
        "it can own API keys and credentials."
    ),
    "BotUserCreate": "The fields to send when creating a bot user.",
    "BotUserUpdate": (
        "The fields to change on a bot user: its name and whether it is active. `None` leaves "
        "a field unchanged."
    ),
    "BotUserList": (
        "One page of bot users. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    ),
    "ServiceUser": (
        "A service user of the account: a name and whether it is active. It has the same "
        "fields as [`BotUser`]; how the two kinds differ is not documented.\n\n" + _GO_ONLY
    ),
    "ServiceUserCreate": "The fields to send when creating a service user.\n\n" + _GO_ONLY,
    "ServiceUserUpdate": (
        "The fields to change on a service user: its name and whether it is active. `None` "
        "leaves a field unchanged.\n\n" + _GO_ONLY
    ),
    "ServiceUserList": (
        "One page of service users. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you.\n\n" + _GO_ONLY
    ),
    # ai_gateway_api_keys
    "AIGatewayAPIKey": (
        "An API key of ngrok's AI gateway, tied to one endpoint, as returned when it is "
        "created, read or listed.\n\n" + _GO_ONLY
    ),
    "AIGatewayAPIKeyCreate": (
        "The fields to send when creating an AI gateway API key.\n\n" + _GO_ONLY
    ),
    "AIGatewayAPIKeyUpdate": (
        "The fields to change on an AI gateway API key. `None` leaves a field unchanged; "
        "`Some(String::new())` clears the description or metadata.\n\n" + _GO_ONLY
    ),
    "AIGatewayAPIKeyList": (
        "One page of AI gateway API keys. `next_page_uri` leads to the following page; the "
        "list iterators follow it for you.\n\n" + _GO_ONLY
    ),
    # kubernetes_operators
    "KubernetesOperator": (
        "A Kubernetes operator registered with the account: an ngrok operator deployed in a "
        "cluster, the features it has switched on, and the settings of its binding, if any."
        "\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorCreate": (
        "The fields to send when registering a Kubernetes operator.\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorUpdate": (
        "The fields to change on a Kubernetes operator. `None` (or an empty list) leaves a "
        "field unchanged; `Some(String::new())` clears the description or metadata.\n\n"
        + _GO_ONLY
    ),
    "KubernetesOperatorList": (
        "One page of Kubernetes operators. `next_page_uri` leads to the following page; the "
        "list iterators follow it for you.\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorDeployment": (
        "Where a Kubernetes operator is deployed: its deployment, namespace and cluster, and "
        "the operator's version.\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorDeploymentUpdate": (
        "Changes to the deployment details of a Kubernetes operator. Only the deployment name "
        "and the version can change; `None` leaves a field as it is.\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorCert": (
        "The certificate of a Kubernetes operator's binding and the period it is valid in. "
        "The binding settings sent on create and update carry a certificate signing request "
        "(`csr`) for it.\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorBinding": (
        "The binding settings of a Kubernetes operator: the selectors of the endpoints it "
        "binds, its ingress endpoint and its certificate.\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorBindingCreate": (
        "The binding settings to send when registering a Kubernetes operator.\n\n" + _GO_ONLY
    ),
    "KubernetesOperatorBindingUpdate": (
        "Changes to the binding settings of a Kubernetes operator. `None` (or an empty list) "
        "leaves a field unchanged.\n\n" + _GO_ONLY
    ),
}

# Shared by the schemas of this file only; looked up before gen_types.FIELD_DOCS.
FIELD_DOCS: dict[str, str] = {
    # Most types here carry no documented length limits, unlike the shared docs.
    "description": "A human-readable note on what the {noun} is for. Empty if none was given.",
    "*Create.description": "A human-readable note on what the {noun} is for. Optional.",
    "metadata": (
        "Free-form data for your programs to attach to the {noun}, such as a JSON document. "
        "Empty if none was given."
    ),
    "*Create.metadata": (
        "Free-form data for your programs to attach to the {noun}, such as a JSON document. "
        "Optional."
    ),
    "*Update.description": (
        "A new human-readable note on the {noun}. `None` leaves it unchanged; "
        "`Some(String::new())` clears it."
    ),
    "*Update.metadata": (
        "New machine-readable data for the {noun}. `None` leaves it unchanged; "
        "`Some(String::new())` clears it."
    ),
    "updated_at": "When the {noun} was last changed.",
    "created_by": "A reference to whoever created the {noun}.",
    "last_updated_by": "A reference to whoever changed the {noun} last.",
    "name": "The {noun}'s name.",
    "*Create.name": "The name to give the new {noun}.",
    "*Update.name": "A new name for the {noun}; `None` leaves it unchanged.",
    # Event targets.
    "auth": (
        "How ngrok signs in to your AWS account: give either `role` or `creds`, not both."
    ),
    # Users.
    "active": "Whether the {noun} is active.",
    "*Create.active": (
        "Whether the new {noun} starts out active; `None` leaves it to the API's default."
    ),
    "*Update.active": (
        "`Some(false)` deactivates the {noun} and `Some(true)` activates it again; `None` "
        "leaves it unchanged."
    ),
    # Page contents.
    "event_destinations": "The event destinations on this page.",
    "secrets": "The secrets on this page.",
    "vaults": "The vaults on this page.",
    "bot_users": "The bot users on this page.",
    "service_users": "The service users on this page.",
    "ai_gateway_api_keys": "The AI gateway API keys on this page.",
    "operators": "The Kubernetes operators on this page.",
    # Kubernetes operators.
    "enabled_features": "The names of the operator's features that are switched on.",
    "*Create.enabled_features": "The names of the operator's features to switch on.",
    "*Update.enabled_features": (
        "The complete new set of features to switch on, by name; an empty list is not sent "
        "and leaves them unchanged."
    ),
    "endpoint_selectors": "The selectors that pick the endpoints bound through the operator.",
}

FIELD_OVERRIDES: dict[str, str] = {
    # event_destinations: the spec gives length limits for these two.
    "EventDestination.description": (
        "A human-readable note on what the event destination is for; at most 255 bytes. "
        "Empty if none was given."
    ),
    "EventDestinationCreate.description": (
        "A human-readable note on what the event destination is for; at most 255 bytes. "
        "Optional."
    ),
    "EventDestination.metadata": (
        "Free-form data for your programs to attach to the event destination, such as a JSON "
        "document; at most 4096 bytes. Empty if none was given."
    ),
    "EventDestinationCreate.metadata": (
        "Free-form data for your programs to attach to the event destination, such as a JSON "
        "document; at most 4096 bytes. Optional."
    ),
    "EventDestination.format": (
        "How events are encoded before they are sent to the target. Always `JSON`, the only "
        "format accepted."
    ),
    "EventDestinationCreate.format": (
        "How events are to be encoded for the target. Set it to `JSON`, the only format "
        "accepted."
    ),
    "EventDestinationUpdate.format": (
        "A new encoding for the events (only `JSON` is accepted); `None` leaves it unchanged."
    ),
    "EventDestination.target": (
        "The service the events are delivered to, with its settings; exactly one field of it "
        "is set."
    ),
    "EventDestinationCreate.target": (
        "The service to deliver the events to, with its settings. Set exactly one of its "
        "fields."
    ),
    "EventDestinationUpdate.target": (
        "A new service to deliver the events to, with exactly one field set; `None` leaves "
        "the current one."
    ),
    "EventTarget.firehose": (
        "Deliver to an Amazon Kinesis Data Firehose delivery stream; `None` unless this is "
        "the chosen service."
    ),
    "EventTarget.kinesis": (
        "Deliver to an Amazon Kinesis data stream; `None` unless this is the chosen service."
    ),
    "EventTarget.cloudwatch_logs": (
        "Deliver to an Amazon CloudWatch Logs log group; `None` unless this is the chosen "
        "service."
    ),
    "EventTarget.datadog": "Deliver to Datadog; `None` unless this is the chosen service.",
    "EventTarget.azure_logs_ingestion": (
        "Deliver to Azure Monitor through its Logs Ingestion API; `None` unless this is the "
        "chosen service."
    ),
    "EventTargetFirehose.delivery_stream_arn": (
        "The ARN of the Firehose delivery stream that is to receive the events."
    ),
    "EventTargetKinesis.stream_arn": (
        "The ARN of the Kinesis data stream that is to receive the events."
    ),
    "EventTargetCloudwatchLogs.log_group_arn": (
        "The ARN of the CloudWatch Logs log group that is to receive the events."
    ),
    "EventTargetDatadog.api_key": (
        "Your Datadog API key, which ngrok sends the events with. Hidden from `Debug` output."
    ),
    "EventTargetDatadog.ddtags": (
        "Tags to attach to every event sent, as Datadog's `ddtags` parameter takes them."
    ),
    "EventTargetDatadog.service": "The service name the events are reported under in Datadog.",
    "EventTargetDatadog.ddsite": "Which Datadog site (regional instance) receives the events.",
    "EventTargetAzureLogsIngestion.tenant_id": (
        "The id of the Azure tenant (directory) the application below belongs to. Required."
    ),
    "EventTargetAzureLogsIngestion.client_id": (
        "The client (application) id of the Azure application ngrok signs in as. Required."
    ),
    "EventTargetAzureLogsIngestion.client_secret": (
        "A client secret of that Azure application. Required. Hidden from `Debug` output."
    ),
    "EventTargetAzureLogsIngestion.logs_ingestion_uri": (
        "The logs ingestion URL of the Azure data collection endpoint to send to. Required."
    ),
    "EventTargetAzureLogsIngestion.data_collection_rule_id": (
        "The immutable id of the data collection rule (DCR) that takes in the events. "
        "Required."
    ),
    "EventTargetAzureLogsIngestion.data_collection_stream_name": (
        "The stream, declared in that data collection rule, that the events are written to. "
        "Required."
    ),
    "AWSAuth.role": "A role for ngrok to assume; `None` when `creds` is used instead.",
    "AWSAuth.creds": (
        "An access key for ngrok to sign in with; `None` when `role` is used instead."
    ),
    "AWSRole.role_arn": "The ARN of the IAM role for ngrok to assume. Required.",
    "AWSCredentials.aws_access_key_id": (
        "The id of the access key: the half of it that is not secret. Required."
    ),
    "AWSCredentials.aws_secret_access_key": (
        "The secret half of the access key. Required, although the type allows `None`. "
        "Hidden from `Debug` output."
    ),
    # secrets
    "Secret.vault": "The vault that holds the secret.",
    "Secret.vault_name": (
        "The name of the vault that holds the secret. Newer than the published spec (Go "
        "client only)."
    ),
    "SecretCreate.value": (
        "The value to keep secret. It can be written but never read back. Hidden from "
        "`Debug` output."
    ),
    "SecretUpdate.value": (
        "A new value for the secret; `None` keeps the current one. Hidden from `Debug` "
        "output."
    ),
    "SecretCreate.vault_id": "The id of the vault that is to hold the secret. Required.",
    "SecretCreate.vault_name": (
        "The name of the vault that is to hold the secret. Newer than the published spec (Go "
        "client only); how it combines with `vault_id` is not documented."
    ),
    "Vault.created_by": (
        "Who created the vault. A plain string here, where [`Secret`] has a [`Ref`]."
    ),
    "Vault.last_updated_by": (
        "Who changed the vault last. A plain string here, where [`Secret`] has a [`Ref`]."
    ),
    # users
    "BotUser.name": "The bot user's name, for people to tell it apart.",
    "BotUserCreate.name": "A name for the new bot user, for people to tell it apart.",
    # ai_gateway_api_keys
    "AIGatewayAPIKey.endpoint": "The endpoint the key is tied to.",
    "AIGatewayAPIKeyCreate.endpoint_id": "The id of the endpoint to tie the key to.",
    "AIGatewayAPIKeyUpdate.endpoint_id": (
        "The id of another endpoint to tie the key to; `None` leaves it unchanged."
    ),
    "AIGatewayAPIKey.token": (
        "The secret value of the key. Whether reads after creation still return it is not "
        "documented, so store it from the answer to the create call; empty when the API "
        "leaves it out. Hidden from `Debug` output."
    ),
    "AIGatewayAPIKey.display_name": (
        "A name to show for the key. Neither the create nor the update call takes it."
    ),
    "AIGatewayAPIKey.last_used": (
        "When the key was last used, as the API writes it (kept as text, since its format is "
        "not documented); `None` when the API sends no value."
    ),
    # kubernetes_operators
    "KubernetesOperator.principal": (
        "A reference to the principal (identity) the operator is tied to."
    ),
    "KubernetesOperator.region": "The ngrok region the operator is set up for.",
    "KubernetesOperatorCreate.region": "The ngrok region to set the operator up for.",
    "KubernetesOperatorUpdate.region": (
        "A new ngrok region for the operator; `None` leaves it unchanged."
    ),
    "KubernetesOperator.deployment": (
        "Where the operator is deployed: deployment, namespace, cluster and version."
    ),
    "KubernetesOperatorCreate.deployment": (
        "Where the operator is deployed: deployment, namespace, cluster and version."
    ),
    "KubernetesOperatorUpdate.deployment": (
        "A new deployment name or version; `None` leaves the deployment details as they are."
    ),
    "KubernetesOperator.binding": (
        "The operator's binding settings and certificate, or `None` when it has none."
    ),
    "KubernetesOperatorCreate.binding": (
        "Binding settings for the operator; `None` leaves them out."
    ),
    "KubernetesOperatorUpdate.binding": (
        "New binding settings for the operator; `None` leaves them unchanged."
    ),
    "KubernetesOperatorDeployment.name": "The name of the operator's Kubernetes deployment.",
    "KubernetesOperatorDeployment.namespace": "The Kubernetes namespace of the deployment.",
    "KubernetesOperatorDeployment.version": "The version of the operator.",
    "KubernetesOperatorDeployment.cluster_name": "The name of the cluster the operator runs in.",
    "KubernetesOperatorDeploymentUpdate.version": (
        "A new operator version; `None` leaves it unchanged."
    ),
    "KubernetesOperatorCert.cert": "The certificate itself, as text.",
    "KubernetesOperatorCert.not_before": "When the certificate becomes valid.",
    "KubernetesOperatorCert.not_after": "When the certificate expires.",
    "KubernetesOperatorBinding.cert": "The binding's certificate and its validity period.",
    "KubernetesOperatorBinding.ingress_endpoint": "The ingress endpoint of the binding.",
    "KubernetesOperatorBindingCreate.endpoint_selectors": (
        "The selectors that pick the endpoints to bind through the operator."
    ),
    "KubernetesOperatorBindingCreate.csr": (
        "A certificate signing request (CSR) for the binding's certificate (see "
        "[`KubernetesOperatorCert`])."
    ),
    "KubernetesOperatorBindingCreate.ingress_endpoint": (
        "The ingress endpoint for the binding; `None` leaves it out."
    ),
    "KubernetesOperatorBindingUpdate.endpoint_selectors": (
        "The complete new set of endpoint selectors; an empty list is not sent and leaves "
        "them unchanged."
    ),
    "KubernetesOperatorBindingUpdate.csr": (
        "A new certificate signing request for the binding; `None` leaves it unchanged."
    ),
    "KubernetesOperatorBindingUpdate.ingress_endpoint": (
        "A new ingress endpoint for the binding; `None` leaves it unchanged."
    ),
}

SECRET_FIELDS: set[str] = {
    "SecretCreate.value",
    "SecretUpdate.value",
    "EventTargetDatadog.api_key",
    "AWSCredentials.aws_secret_access_key",
}

EXTRA_TIMESTAMPS: set[str] = {
    "KubernetesOperatorCert.not_before",
    "KubernetesOperatorCert.not_after",
}

NOT_TIMESTAMPS: set[str] = set()

# Doc comment of each service handle of this area (catalog service name -> doc).
SERVICE_DOCS: dict[str, str] = {
    "event_destinations": (
        "Event destinations: the services outside ngrok that receive captured account events, "
        "such as an Amazon Kinesis stream, CloudWatch Logs, Datadog or Azure Monitor.\n\n"
        "A destination receives nothing until an event subscription names it in its "
        "`destination_ids`. Credentials given in a target (AWS keys, the Datadog API key, the "
        "Azure client secret) are hidden from `Debug` output. The list takes a `filter`, "
        "which only the Go client documents."
    ),
    "secrets": (
        "Secrets: named values kept in a vault (API path `/vault_secrets`).\n\n"
        "A secret's value is written by `create` and `update` but never returned: `Secret` "
        "has no field for it. To list only the secrets of one vault, use "
        "`vaults().get_secrets_by_vault`. The list takes a `filter`, which only the Go "
        "client documents."
    ),
    "vaults": (
        "Vaults: named containers for secrets.\n\n"
        "Besides the usual calls, `get_secrets_by_vault` lists the secrets of one vault, "
        "page by page like any list; that call is newer than the published spec and known "
        "only to the Go client. The list of vaults takes a `filter`, which only the Go "
        "client documents."
    ),
    "bot_users": (
        "Bot users: identities of the account for programs rather than people. A bot user "
        "can own API keys and credentials (see their `owner_id`), and can be deactivated "
        "with `active`. The list takes no `filter`."
    ),
    "service_users": (
        "Service users: identities of the account with a name and an `active` switch, shaped "
        "like bot users.\n\n"
        "Newer than the published spec: only the Go client knows this service, so these docs "
        "go no further than its names and types. The list takes a `filter`."
    ),
    "ai_gateway_api_keys": (
        "API keys of ngrok's AI gateway, each tied to one endpoint.\n\n"
        "Newer than the published spec: only the Go client knows this service, so these docs "
        "go no further than its names and types. Whether a key's `token` is returned after "
        "`create` is not documented, so keep it from the create answer. The list takes no "
        "`filter`."
    ),
    "kubernetes_operators": (
        "Kubernetes operators: the ngrok operators that run in Kubernetes clusters, "
        "registered with the account together with their deployment details, enabled "
        "features and binding settings.\n\n"
        "Newer than the published spec: only the Go client knows this service, so these docs "
        "go no further than its names and types. Besides the usual calls, "
        "`get_bound_endpoints` lists, page by page, the endpoints bound through one operator. "
        "The list takes no `filter`."
    ),
}
