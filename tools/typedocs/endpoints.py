"""Docs of the types for endpoints, agent ingresses, reserved addresses, IP restrictions, abuse reports, application sessions and users, and the shared argument types.

Read by tools/gen_types.py (see its docstring for what each table means). Every doc is
written for this crate; the generator refuses docs that repeat the published spec."""

# (module file stem, module doc, schema names in output order)
FILES = [
    (
        'endpoints',
        'Endpoints: the URLs at which the account receives traffic, whether an agent started '
        'them, an edge serves them or they were created as cloud endpoints through this API.',
        [
            'Endpoint',
            'EndpointCreate',
            'EndpointUpdate',
            'EndpointList',
            'EndpointListArgs',
        ],
    ),
    (
        'agent_ingresses',
        'Agent ingresses: domains of your own, delegated to ngrok, through which agents '
        'connect to ngrok, with the management of their TLS certificates.',
        [
            'AgentIngress',
            'AgentIngressCreate',
            'AgentIngressUpdate',
            'AgentIngressList',
            'AgentIngressCertPolicy',
            'AgentIngressCertStatus',
            'AgentIngressCertJob',
        ],
    ),
    (
        'reserved_addrs',
        'Reserved addresses: TCP addresses (`host:port`) that the account holds so its TCP '
        'endpoints can serve on them.',
        [
            'ReservedAddr',
            'ReservedAddrCreate',
            'ReservedAddrUpdate',
            'ReservedAddrList',
        ],
    ),
    (
        'ip_restrictions',
        'IP restrictions: IP policies applied to the account itself, limiting who may use '
        'its dashboard or API, connect its agents or reach its endpoints.',
        [
            'IPRestriction',
            'IPRestrictionCreate',
            'IPRestrictionUpdate',
            'IPRestrictionList',
        ],
    ),
    (
        'abuse_reports',
        'Abuse reports: URLs reported to ngrok for abusive content, and what ngrok has done '
        'about each hostname in them.',
        [
            'AbuseReport',
            'AbuseReportCreate',
            'AbuseReportHostname',
        ],
    ),
    (
        'applications',
        'Application sessions and users: the visitors who signed in at your endpoints through '
        'an identity provider, and the browser sessions they did it from.',
        [
            'ApplicationSession',
            'ApplicationSessionList',
            'BrowserSession',
            'UserAgent',
            'Location',
            'ApplicationUser',
            'ApplicationUserList',
            'IdentityProvider',
        ],
    ),
    (
        'arguments',
        'The argument types of the official Go client, kept for completeness (this crate\'s '
        'methods take ids and paging settings directly), and the JSON body of API errors.',
        [
            'Empty',
            'Paging',
            'FilteredPaging',
            'ItemPaging',
            'EventSourceItem',
            'EventSourcePaging',
            'Error',
        ],
    ),
]

NOUNS: dict[str, str] = {
    'Endpoint': 'endpoint',
    'AgentIngress': 'agent ingress',
    'ReservedAddr': 'reserved address',
    'IPRestriction': 'IP restriction',
    'AbuseReport': 'abuse report',
    'ApplicationSession': 'application session',
    'ApplicationUser': 'application user',
}

_LIST_TAIL = "`next_page_uri` leads to the following page; the list iterators follow it for you."
_UPDATE_TAIL = "`None` leaves a field unchanged; `Some(String::new())` clears it."
_GO_ARGS = (
    "This crate's methods take ids and paging settings directly, so the type exists only for "
    "completeness."
)

SCHEMA_DOCS: dict[str, str] = {
    # endpoints
    'Endpoint': (
        "An endpoint: a URL at which the account receives traffic. It is started by an agent "
        "(`ephemeral`), served by an edge (`edge`) or created through this API (`cloud`), as "
        "`type` says; `list` shows the endpoints online now."
    ),
    'EndpointCreate': (
        "The fields to send when creating a cloud endpoint, the only kind this API creates. "
        "`url` and `traffic_policy` must be set."
    ),
    'EndpointUpdate': (
        "The fields to change on a cloud endpoint. " + _UPDATE_TAIL + " An empty `bindings` "
        "list is not sent, so it leaves the bindings as they are."
    ),
    'EndpointList': "One page of endpoints. " + _LIST_TAIL,
    'EndpointListArgs': (
        "The query of the endpoint list call as the two sources describe it. The published "
        "spec adds `ids` and `urls`, the Go client's struct `id`, `url` and `filter`; yet the "
        "Go client sends only `before_id` and `limit`, and so does this crate's `list()` "
        "builder. The type exists only for completeness."
    ),
    # agent_ingresses
    'AgentIngress': (
        "An agent ingress: a domain of yours, delegated to ngrok by NS records, under which "
        "ngrok makes regional addresses for your agents to connect to instead of its default "
        "ones."
    ),
    'AgentIngressCreate': (
        "The fields to send when creating an agent ingress. `domain` must be set; after "
        "creation, point the domain's NS records at the returned `ns_targets`."
    ),
    'AgentIngressUpdate': (
        "The fields to change on an agent ingress. " + _UPDATE_TAIL + " The domain cannot "
        "be changed."
    ),
    'AgentIngressList': "One page of agent ingresses. " + _LIST_TAIL,
    'AgentIngressCertPolicy': (
        "How ngrok obtains TLS certificates for an agent ingress on its own: from which "
        "certificate authority and with which kind of key."
    ),
    'AgentIngressCertStatus': (
        "Where the automatic certificate management of an agent ingress stands: when the "
        "certificate is renewed next and the job running, if any."
    ),
    'AgentIngressCertJob': (
        "A job that obtains or renews the certificate of an agent ingress, reported while it "
        "runs or waits to be retried."
    ),
    # reserved_addrs
    'ReservedAddr': (
        "A reserved address: a TCP `host:port` the account holds, so that its TCP endpoints "
        "can serve on a fixed address."
    ),
    'ReservedAddrCreate': (
        "The fields to send when reserving a TCP address. ngrok picks the address itself; "
        "every field is optional."
    ),
    'ReservedAddrUpdate': (
        "The fields to change on a reserved address. " + _UPDATE_TAIL + " The address and "
        "its region cannot be changed."
    ),
    'ReservedAddrList': "One page of reserved addresses. " + _LIST_TAIL,
    # ip_restrictions
    'IPRestriction': (
        "An IP restriction: IP policies applied to one part of the account (the dashboard, "
        "the API, agent connections or endpoints), either enforced or only warning."
    ),
    'IPRestrictionCreate': (
        "The fields to send when creating an IP restriction. `type` and at least one id in "
        "`ip_policy_ids` must be set."
    ),
    'IPRestrictionUpdate': (
        "The fields to change on an IP restriction. `None` leaves a field unchanged; "
        "`Some(String::new())` clears a description or metadata; an empty `ip_policy_ids` is "
        "not sent. The `type` of a restriction cannot be changed."
    ),
    'IPRestrictionList': "One page of IP restrictions. " + _LIST_TAIL,
    # abuse_reports
    'AbuseReport': (
        "An abuse report: URLs served through ngrok that you reported for abusive content, "
        "and how far ngrok has got in dealing with them."
    ),
    'AbuseReportCreate': (
        "The fields to send when reporting abuse. `urls` must hold at least one URL."
    ),
    'AbuseReportHostname': (
        "One hostname taken from the URLs of an abuse report, with the action ngrok took "
        "against it."
    ),
    # applications
    'ApplicationSession': (
        "An application session: a browser session of a visitor who signed in through an "
        "identity provider to reach one of your endpoints."
    ),
    'ApplicationSessionList': "One page of application sessions. " + _LIST_TAIL,
    'BrowserSession': (
        "The browser behind an application session: what its `User-Agent` header says, the "
        "address it connected from and where that address is."
    ),
    'UserAgent': (
        "A `User-Agent` header, as received and as ngrok parsed it into browser, device and "
        "operating system."
    ),
    'Location': (
        "Where an IP address is on the map, as far as geolocation can tell. Every field is "
        "`None` when unknown."
    ),
    'ApplicationUser': (
        "An application user: someone who signed in through an identity provider to reach "
        "one of your endpoints, with what the provider told ngrok about them."
    ),
    'ApplicationUserList': "One page of application users. " + _LIST_TAIL,
    'IdentityProvider': "The identity provider an application user signed in with.",
    # arguments
    'Empty': (
        "An object without fields, the Go client's argument for calls that need none. "
        + _GO_ARGS
    ),
    'Paging': (
        "The paging settings of the Go client's list calls: `before_id` and `limit`. This "
        "crate's `list()` returns a builder with `limit` and `before_id` instead, so the type "
        "exists only for completeness."
    ),
    'FilteredPaging': (
        "The Go client's paging settings with a `filter` expression, for the lists that "
        "accept one. This crate's `list()` builder has `limit`, `before_id` and `filter` "
        "instead, so the type exists only for completeness."
    ),
    'ItemPaging': (
        "The Go client's argument for paged lists that belong to one object, such as the "
        "secrets of a vault: the object's id and the paging settings. " + _GO_ARGS
    ),
    'EventSourceItem': (
        "The Go client's argument naming one event source: its subscription and its event "
        "type, both of which go into the request path. " + _GO_ARGS
    ),
    'EventSourcePaging': (
        "The argument naming the event subscription whose sources are listed. That list is "
        "not paged, despite the name, and the Go client takes the subscription id alone. "
        + _GO_ARGS
    ),
    'Error': (
        "The JSON body the API returns with an error status. This crate decodes it into its "
        "own error type, `ngrok_api::ApiError`, so you rarely meet this type."
    ),
}

# Shared by the schemas of this file only; looked up before gen_types.FIELD_DOCS.
FIELD_DOCS: dict[str, str] = {
    # Paging settings of the Go client's argument structs.
    'before_id': (
        "List only the items older than the one with this id (lists run newest first); "
        "`None` starts at the newest."
    ),
    'limit': (
        "How many items a page may hold, as a decimal string from 1 to 100; `None` means the "
        "API's default of 100."
    ),
    'filter': (
        "A CEL expression that items must match to be listed, such as "
        "`obj.description == \"prod\"`; `None` lists every item."
    ),
    # Page contents.
    'endpoints': "The endpoints on this page.",
    'ingresses': "The agent ingresses on this page.",
    'reserved_addrs': "The reserved addresses on this page.",
    'ip_restrictions': "The IP restrictions on this page.",
    'application_sessions': "The application sessions on this page.",
    'application_users': "The application users on this page.",
    # Visitor activity.
    'last_active': "When the {noun} was last active.",
}

FIELD_OVERRIDES: dict[str, str] = {
    # endpoints
    'Endpoint.updated_at': "When the endpoint was last changed.",
    'Endpoint.public_url': "The URL of the host and port the endpoint serves.",
    'Endpoint.proto': "The protocol the endpoint serves: `http`, `https`, `tcp` or `tls`.",
    'Endpoint.scheme': "The scheme of the endpoint's URL, such as `https` or `tcp`.",
    'Endpoint.hostport': (
        "The host and port the endpoint serves, written `host:port`. Due to be deprecated; "
        "prefer `host` and `port`, or `url`."
    ),
    'Endpoint.host': "The host part of the endpoint's URL.",
    'Endpoint.port': "The port the endpoint serves on.",
    'Endpoint.type': (
        "What kind of endpoint it is: `ephemeral` (started by an agent's tunnel), `edge` "
        "(served through an edge) or `cloud` (created through this API)."
    ),
    'Endpoint.metadata': (
        "Free-form data attached by its owner. For an agent or edge endpoint, this is the "
        "metadata of its tunnel or edge. Empty if none was given."
    ),
    'Endpoint.description': (
        "A human-readable note on the endpoint; for an agent endpoint, the one given to its "
        "tunnel. Empty if none was given."
    ),
    'Endpoint.domain': (
        "The reserved domain the endpoint serves on, or `None` if it uses none."
    ),
    'Endpoint.tcp_addr': (
        "The reserved TCP address the endpoint serves on, or `None` if it uses none."
    ),
    'Endpoint.tunnel': (
        "For an `ephemeral` endpoint, the tunnel that serves it; `None` for other kinds."
    ),
    'Endpoint.edge': "For an `edge` endpoint, the edge that serves it; `None` for other kinds.",
    'Endpoint.upstream_url': (
        "For an endpoint started by an agent, the local address the agent sends its traffic "
        "to."
    ),
    'Endpoint.upstream_protocol': (
        "The protocol the agent speaks when it passes traffic on to `upstream_url`."
    ),
    'Endpoint.url': "The endpoint's URL, such as `https://app.example.com`.",
    'Endpoint.principal': (
        "The user or bot user that owns the endpoint, or `None` if the API names no owner."
    ),
    'Endpoint.traffic_policy': (
        "The traffic policy document that acts on the endpoint's traffic, as text. Empty if "
        "there is none."
    ),
    'Endpoint.bindings': "The endpoint's bindings, by name.",
    'Endpoint.tunnel_session': (
        "The session of the agent behind the endpoint, or `None` if no agent is involved."
    ),
    'Endpoint.name': "A name its owner gave the endpoint; empty if none.",
    'Endpoint.pooling_enabled': (
        "Whether pooling is allowed: several endpoints serving the same URL and sharing its "
        "traffic."
    ),
    'EndpointCreate.url': (
        "The URL the endpoint is to serve, such as `https://app.example.com`. Required."
    ),
    'EndpointCreate.type': (
        "The kind of endpoint to create. Only `cloud` is accepted, and empty (which is not "
        "sent) means `cloud` too, although the spec lists the field as required."
    ),
    'EndpointCreate.traffic_policy': (
        "The traffic policy document to apply to the endpoint's traffic, as text. Required."
    ),
    'EndpointCreate.description': (
        "A human-readable note on the endpoint; `None` leaves it out."
    ),
    'EndpointCreate.metadata': (
        "Free-form data for your programs to attach to the endpoint, such as a JSON document; "
        "`None` leaves it out."
    ),
    'EndpointCreate.bindings': (
        "The bindings to give the endpoint, by name; an empty list is not sent, leaving the "
        "choice to ngrok."
    ),
    'EndpointCreate.pooling_enabled': (
        "Whether to allow pooling (several endpoints serving the same URL and sharing its "
        "traffic); `None` leaves the choice to ngrok."
    ),
    'EndpointUpdate.url': "A new URL for the endpoint; `None` leaves it unchanged.",
    'EndpointUpdate.traffic_policy': (
        "A new traffic policy document, replacing the current one whole; `None` leaves it "
        "unchanged."
    ),
    'EndpointUpdate.bindings': (
        "A new set of bindings, by name; an empty list is not sent and leaves them unchanged."
    ),
    'EndpointUpdate.pooling_enabled': (
        "Allow (`Some(true)`) or forbid (`Some(false)`) pooling; `None` leaves it unchanged."
    ),
    'EndpointListArgs.id': (
        "Go client only: ids of endpoints to list. The Go client's list call never sends it."
    ),
    'EndpointListArgs.url': (
        "Go client only: URLs of endpoints to list. The Go client's list call never sends it."
    ),
    'EndpointListArgs.filter': (
        "Go client only: a CEL expression that endpoints must match. The Go client's list "
        "call never sends it."
    ),
    'EndpointListArgs.ids': "Spec only: list just the endpoints with these ids.",
    'EndpointListArgs.urls': "Spec only: list just the endpoints with these URLs.",
    # agent_ingresses
    'AgentIngress.domain': (
        "The domain of yours that the ingress is built on; the regional ingress domains are "
        "made under it."
    ),
    'AgentIngressCreate.domain': (
        "A domain you own, for ngrok to make the regional ingress domains under. Required."
    ),
    'AgentIngress.ns_targets': (
        "The name servers that the domain's NS records must point at, which hands control of "
        "the domain to ngrok."
    ),
    'AgentIngress.region_domains': (
        "The regional ingress domains ngrok made under `domain`, for agents to connect to. "
        "More can appear as ngrok opens regions."
    ),
    'AgentIngress.certificate_management_policy': (
        "How ngrok obtains TLS certificates for the ingress, or `None` if it does not manage "
        "them."
    ),
    'AgentIngress.certificate_management_status': (
        "How the automatic certificate management is going, or `None` if ngrok does not "
        "manage certificates for the ingress."
    ),
    'AgentIngressCreate.certificate_management_policy': (
        "Have ngrok obtain and renew TLS certificates for the ingress with this policy; "
        "`None` leaves that off."
    ),
    'AgentIngressUpdate.certificate_management_policy': (
        "A new policy for ngrok to obtain certificates with; `None` leaves it unchanged."
    ),
    'AgentIngressCertPolicy.authority': (
        "The certificate authority to obtain certificates from. Only `letsencrypt` is "
        "accepted."
    ),
    'AgentIngressCertPolicy.private_key_type': (
        "The kind of key the certificates are issued for: `rsa` (the default here, unlike for "
        "reserved domains) or `ecdsa`."
    ),
    'AgentIngressCertStatus.renews_at': (
        "When ngrok will next ask for a fresh certificate, or `None` if nothing is planned."
    ),
    'AgentIngressCertStatus.provisioning_job': (
        "The job obtaining or renewing the certificate right now, or `None` if none is "
        "running."
    ),
    'AgentIngressCertJob.error_code': (
        "Why the job is failing, or `None` while it is not: `INTERNAL_ERROR` passes by "
        "itself, while `DNS_ERROR` needs you to fix the domain's DNS records."
    ),
    'AgentIngressCertJob.msg': "A human-readable account of the job's progress or error.",
    'AgentIngressCertJob.started_at': "When the job started.",
    'AgentIngressCertJob.retries_at': (
        "When the job will be tried again after a failure, or `None` if no retry is planned."
    ),
    # reserved_addrs
    'ReservedAddr.addr': "The reserved address, as `host:port`. ngrok picks it on creation.",
    'ReservedAddr.region': (
        "The ngrok region the address was reserved in: `us`, `eu`, `ap`, `au`, `jp`, `in` or "
        "`sa`."
    ),
    'ReservedAddrCreate.region': (
        "The ngrok region to reserve the address in: `us`, `eu`, `ap`, `au`, `jp`, `in` or "
        "`sa`. Empty means `us`."
    ),
    'ReservedAddr.description': (
        "A human-readable note on what the address is for. Empty if none was given."
    ),
    'ReservedAddrCreate.description': (
        "A human-readable note on what the address is for. Optional."
    ),
    # ip_restrictions
    'IPRestriction.enforced': (
        "Whether connections from addresses the policies do not allow are blocked (`true`) or "
        "only cause warnings (`false`)."
    ),
    'IPRestrictionCreate.enforced': (
        "`true` to block connections from addresses the policies do not allow; `false` (which "
        "is not sent) only issues warnings, a safe way to try a restriction out."
    ),
    'IPRestrictionUpdate.enforced': (
        "Switch to blocking (`Some(true)`) or to warnings only (`Some(false)`); `None` leaves "
        "it unchanged."
    ),
    'IPRestriction.type': (
        "What the restriction guards: `dashboard`, `api`, `agent` or `endpoints`."
    ),
    'IPRestrictionCreate.type': (
        "What the restriction is to guard: `dashboard`, `api`, `agent` or `endpoints`. "
        "Required, and fixed once created."
    ),
    'IPRestriction.ip_policies': (
        "The IP policies whose rules decide which addresses are let through."
    ),
    'IPRestrictionCreate.ip_policy_ids': (
        "The ids of the IP policies whose rules decide which addresses are let through. "
        "Required: an empty list is not sent."
    ),
    'IPRestrictionUpdate.ip_policy_ids': (
        "The complete new set of IP policy ids; an empty list is not sent and leaves them "
        "unchanged."
    ),
    # abuse_reports
    'AbuseReport.urls': "The reported URLs, which carry the suspected abusive content.",
    'AbuseReportCreate.urls': (
        "The URLs that carry the suspected abusive content. Required: an empty list is not "
        "sent."
    ),
    'AbuseReport.status': (
        "How far ngrok has got with the report: `PENDING`, `PROCESSED` or "
        "`PARTIALLY_PROCESSED`."
    ),
    'AbuseReport.hostnames': (
        "The hostnames ngrok found in the reported URLs, each with the action taken against "
        "it."
    ),
    'AbuseReportHostname.hostname': "A hostname ngrok took from one of the reported URLs.",
    'AbuseReportHostname.status': (
        "What ngrok has done about the hostname: `PENDING`, `BANNED`, `UNBANNED` or `IGNORE`."
    ),
    # applications
    'ApplicationSession.public_url': "The URL of the endpoint the session was opened at.",
    'ApplicationSession.browser_session': (
        "The browser the visitor signed in with: its user agent, address and location."
    ),
    'ApplicationSession.application_user': (
        "The signed-in user the session belongs to, or `None` if the API names none."
    ),
    'ApplicationSession.last_active': "When the visitor last used the session.",
    'ApplicationSession.expires_at': (
        "When the session runs out; after that the visitor has to sign in again."
    ),
    'ApplicationSession.endpoint': (
        "The endpoint the session was opened at, or `None` if the API names none."
    ),
    'ApplicationSession.edge': (
        "The edge the session belongs to; `None` when the endpoint was started by an agent."
    ),
    'ApplicationSession.route': (
        "The edge route the session belongs to; `None` when the endpoint was started by an "
        "agent."
    ),
    'BrowserSession.user_agent': "What the browser's `User-Agent` header says about it.",
    'BrowserSession.ip_address': "The IP address the browser connected from.",
    'BrowserSession.location': (
        "Where that IP address is located, or `None` if geolocation gave nothing."
    ),
    'UserAgent.raw': "The `User-Agent` header exactly as the browser sent it.",
    'UserAgent.browser_name': "The browser's name, such as `Chrome`.",
    'UserAgent.browser_version': "The browser's version, such as `102`.",
    'UserAgent.device_type': "The kind of device, such as `Desktop`.",
    'UserAgent.os_name': "The operating system's name, such as `MacOS`.",
    'UserAgent.os_version': "The operating system's version, such as `10.15.7`.",
    'Location.country_code': "The ISO code of the country, or `None` if unknown.",
    'Location.latitude': "The latitude, in degrees, or `None` if unknown.",
    'Location.longitude': "The longitude, in degrees, or `None` if unknown.",
    'Location.lat_long_radius_km': (
        "How precise the coordinates are: the radius around them, in kilometres, within "
        "which the address probably lies. `None` if unknown."
    ),
    'ApplicationUser.identity_provider': "The identity provider the user signed in with.",
    'ApplicationUser.provider_user_id': "The user's unique id at the identity provider.",
    'ApplicationUser.username': "The user's username, as the identity provider gave it.",
    'ApplicationUser.email': "The user's email address, as the identity provider gave it.",
    'ApplicationUser.name': "The user's full name, as the identity provider gave it.",
    'ApplicationUser.last_login': "When the user last signed in.",
    'IdentityProvider.name': "The provider's name, such as `Google`.",
    'IdentityProvider.url': "The provider's URL, such as `https://accounts.google.com`.",
    # arguments
    'ItemPaging.id': (
        "The id of the object whose items are listed. It goes into the request path."
    ),
    'EventSourceItem.subscription_id': (
        "The id of the event subscription the source belongs to. It goes into the request "
        "path."
    ),
    'EventSourceItem.type': (
        "The event type that names the source within its subscription, such as "
        "`ip_policy_created.v0`. It goes into the request path."
    ),
    'EventSourcePaging.subscription_id': (
        "The id of the event subscription whose sources are listed. It goes into the request "
        "path."
    ),
    'Error.error_code': (
        "The ngrok error code, such as `ERR_NGROK_218`; empty when the API sent none."
    ),
    'Error.status_code': "The HTTP status code of the response.",
    'Error.msg': "The human-readable error message.",
    'Error.details': (
        "Further details by name; the API puts the `operation_id` of the failed call here, "
        "which ngrok support asks for."
    ),
}

SECRET_FIELDS: set[str] = set()

EXTRA_TIMESTAMPS: set[str] = {
    'ApplicationSession.last_active',
    'ApplicationUser.last_active',
    'ApplicationUser.last_login',
}

NOT_TIMESTAMPS: set[str] = set()

# Doc comment of each service handle of this area (catalog service name -> doc).
SERVICE_DOCS: dict[str, str] = {
    'endpoints': (
        "Endpoints: the URLs at which the account receives traffic, whether an agent started "
        "them, an edge serves them or they were created here as cloud endpoints.\n\n"
        "Only cloud endpoints can be created, updated and deleted through this API; the "
        "others come and go with their agents and edges, and can only be listed and read. "
        "`list()` takes `limit` and `before_id` but no `filter`, and the `ids` and `urls` "
        "query parameters of the published spec are not offered, since the Go client sends "
        "none of them."
    ),
    'agent_ingresses': (
        "Agent ingresses: domains of your own, delegated to ngrok, through which your agents "
        "connect to ngrok instead of its default addresses.\n\n"
        "After creating one, point the domain's NS records at its `ns_targets`; agents then "
        "connect through the names in `region_domains`. ngrok can also obtain the TLS "
        "certificates for them (`certificate_management_policy`). The domain itself cannot "
        "be changed afterwards."
    ),
    'reserved_addrs': (
        "Reserved addresses: TCP addresses (`host:port`) held by the account, so that its "
        "TCP endpoints can serve on a fixed address.\n\n"
        "ngrok picks the address when you reserve one; you choose only the region, and "
        "afterwards only the description and metadata can change."
    ),
    'ip_restrictions': (
        "IP restrictions: apply IP policies to the account itself, limiting who may use the "
        "dashboard, call this API, connect agents or reach the endpoints (the restriction's "
        "`type`).\n\n"
        "A restriction that is not `enforced` only issues warnings, which makes it a safe "
        "way to try one out: an enforced `api` or `dashboard` restriction applies to you "
        "too. The `type` cannot be changed after creation."
    ),
    'abuse_reports': (
        "Abuse reports: report URLs served through ngrok that carry abusive content, then "
        "follow what ngrok does about each hostname in them.\n\n"
        "Only `create` and `get` exist, with no list, update or delete, so keep the id that "
        "`create` returns. ngrok accepts reports only from accounts it has authorized; "
        "access is requested from abuse@ngrok.com."
    ),
    'application_sessions': (
        "Application sessions: the browser sessions of visitors who signed in through an "
        "identity provider to reach your endpoints.\n\n"
        "Sign-ins create them, not this API: it can list, read and delete them, and has no "
        "`create` or `update`. Deleting a session ends it."
    ),
    'application_users': (
        "Application users: the people who signed in through an identity provider to reach "
        "your endpoints, with the details the provider gave about them.\n\n"
        "A user appears at their first sign-in, not through this API: it can list, read and "
        "delete users, and has no `create` or `update`."
    ),
}
