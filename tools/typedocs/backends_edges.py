"""Docs of the types for HTTP backends, TCP and TLS edges, and the request bodies of the edge-module replace calls.

Read by tools/gen_types.py (see its docstring for what each table means). Every doc is
written for this crate; the generator refuses docs that repeat the published spec."""

# (module file stem, module doc, schema names in output order)
FILES = [
    (
        'backends',
        'Backends: the targets that edges and routes hand their traffic to. Tunnel group and '
        'static backends lead to agents or to a fixed address, HTTP response backends answer '
        'by themselves, and failover and weighted backends share traffic out among child '
        'backends.',
        [
            'FailoverBackend',
            'FailoverBackendCreate',
            'FailoverBackendUpdate',
            'FailoverBackendList',
            'HTTPResponseBackend',
            'HTTPResponseBackendCreate',
            'HTTPResponseBackendUpdate',
            'HTTPResponseBackendList',
            'StaticBackend',
            'StaticBackendTLS',
            'StaticBackendCreate',
            'StaticBackendUpdate',
            'StaticBackendList',
            'TunnelGroupBackend',
            'TunnelGroupBackendCreate',
            'TunnelGroupBackendUpdate',
            'TunnelGroupBackendList',
            'WeightedBackend',
            'WeightedBackendCreate',
            'WeightedBackendUpdate',
            'WeightedBackendList',
        ],
    ),
    (
        'edges_tcp_tls',
        'TCP and TLS edges: entry points that take raw TCP connections or TLS connections on '
        'their hostports and pass them to a backend. Their modules are the endpoint module '
        'types (`Endpoint...`), which can also be set one at a time through '
        '`client.edge_modules()`.',
        [
            'TCPEdge',
            'TCPEdgeCreate',
            'TCPEdgeUpdate',
            'TCPEdgeList',
            'TLSEdge',
            'TLSEdgeCreate',
            'TLSEdgeUpdate',
            'TLSEdgeList',
        ],
    ),
    (
        'edge_module_replace',
        'The request bodies the published spec gives for the replace calls of edge modules '
        '(ids plus a `module`), and the id pair of an HTTPS edge route. The client does not '
        'send them: like the official Go client it puts the ids in the path and sends the '
        'module alone. They exist so that every schema of the catalog has a type.',
        [
            'EdgeRouteItem',
            'EdgeBackendReplace',
            'EdgeIPRestrictionReplace',
            'EdgeMutualTLSReplace',
            'EdgeTLSTerminationReplace',
            'EdgeTLSTerminationAtEdgeReplace',
            'EdgeTrafficPolicyReplace',
            'EdgeRouteBackendReplace',
            'EdgeRouteIPRestrictionReplace',
            'EdgeRouteRequestHeadersReplace',
            'EdgeRouteResponseHeadersReplace',
            'EdgeRouteCompressionReplace',
            'EdgeRouteCircuitBreakerReplace',
            'EdgeRouteWebhookVerificationReplace',
            'EdgeRouteOAuthReplace',
            'EdgeRouteSAMLReplace',
            'EdgeRouteOIDCReplace',
            'EdgeRouteWebsocketTCPConverterReplace',
            'EdgeRouteUserAgentFilterReplace',
            'EdgeRouteTrafficPolicyReplace',
        ],
    ),
]

NOUNS: dict[str, str] = {
    "FailoverBackend": "failover backend",
    "HTTPResponseBackend": "HTTP response backend",
    "StaticBackend": "static backend",
    "TunnelGroupBackend": "tunnel group backend",
    "WeightedBackend": "weighted backend",
    "TCPEdge": "TCP edge",
    "TLSEdge": "TLS edge",
}

_UPDATE_CLEAR = "`None` leaves it unchanged; `Some(String::new())` clears it."


def _list_doc(plural: str) -> str:
    return (
        f"One page of {plural}. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    )


def _update_doc(noun: str, extra: str = "") -> str:
    doc = (
        f"The fields to change on {noun}. `None` leaves a field unchanged; "
        "`Some(String::new())` clears the description or metadata."
    )
    return f"{doc} {extra}" if extra else doc


SCHEMA_DOCS: dict[str, str] = {
    # backends
    "FailoverBackend": (
        "A failover backend: an ordered list of other backends. Traffic goes to the first "
        "one that can take it, and to the next ones only when those before it cannot."
    ),
    "FailoverBackendCreate": (
        "The fields to send when creating a failover backend. `backends` lists the ids of "
        "the child backends, most preferred first."
    ),
    "FailoverBackendUpdate": _update_doc(
        "a failover backend",
        "An empty `backends` list is not sent and leaves the children unchanged.",
    ),
    "FailoverBackendList": _list_doc("failover backends"),
    "HTTPResponseBackend": (
        "An HTTP response backend: answers every request it gets with the same status code, "
        "headers and body, without forwarding anything to an agent or a server."
    ),
    "HTTPResponseBackendCreate": (
        "The fields to send when creating an HTTP response backend: the status code, "
        "headers and body of the fixed answer."
    ),
    "HTTPResponseBackendUpdate": _update_doc(
        "an HTTP response backend",
        "An empty `headers` map is not sent and leaves the headers unchanged.",
    ),
    "HTTPResponseBackendList": _list_doc("HTTP response backends"),
    "StaticBackend": (
        "A static backend: forwards traffic to one fixed network address, optionally over "
        "TLS, rather than to an agent's tunnel."
    ),
    "StaticBackendTLS": (
        "The TLS settings of a static backend: whether the connection to its address uses "
        "TLS."
    ),
    "StaticBackendCreate": (
        "The fields to send when creating a static backend: the address to forward to and "
        "its TLS setting."
    ),
    "StaticBackendUpdate": _update_doc(
        "a static backend",
        "An empty `address` is not sent and leaves the address unchanged; see `tls` for "
        "what an update can change there.",
    ),
    "StaticBackendList": _list_doc("static backends"),
    "TunnelGroupBackend": (
        "A tunnel group backend: serves its traffic through the online tunnels whose labels "
        "match its own. Agents join the group by starting tunnels with those labels."
    ),
    "TunnelGroupBackendCreate": (
        "The fields to send when creating a tunnel group backend. `labels` decides which "
        "tunnels it selects."
    ),
    "TunnelGroupBackendUpdate": _update_doc(
        "a tunnel group backend",
        "An empty `labels` map is not sent and leaves the labels unchanged.",
    ),
    "TunnelGroupBackendList": _list_doc("tunnel group backends"),
    "WeightedBackend": (
        "A weighted backend: shares traffic out among child backends in proportion to the "
        "weight given to each."
    ),
    "WeightedBackendCreate": (
        "The fields to send when creating a weighted backend. `backends` maps each child "
        "backend's id to its weight."
    ),
    "WeightedBackendUpdate": _update_doc(
        "a weighted backend",
        "An empty `backends` map is not sent and leaves the children unchanged.",
    ),
    "WeightedBackendList": _list_doc("weighted backends"),
    # edges_tcp_tls
    "TCPEdge": (
        "A TCP edge: takes TCP connections on its hostports and hands them to its backend, "
        "after the IP restriction and traffic policy modules, if configured, have had their "
        "say."
    ),
    "TCPEdgeCreate": (
        "The fields to send when creating a TCP edge. Modules left as `None` are not "
        "configured; each can also be set later through its own service under "
        "`client.edge_modules()`."
    ),
    "TCPEdgeUpdate": (
        "The fields to change on a TCP edge. `None` leaves a field unchanged and "
        "`Some(String::new())` clears the description or metadata; an empty `hostports` "
        "list is not sent. A module given here replaces the edge's current one whole; "
        "removing a module takes that module's own delete call."
    ),
    "TCPEdgeList": _list_doc("TCP edges"),
    "TLSEdge": (
        "A TLS edge: takes TLS connections for its hostports and hands them to its backend. "
        "It either terminates TLS at ngrok or passes the encrypted stream through, and can "
        "require client certificates, restrict source addresses and apply a traffic policy."
    ),
    "TLSEdgeCreate": (
        "The fields to send when creating a TLS edge. Modules left as `None` are not "
        "configured; each can also be set later through its own service under "
        "`client.edge_modules()`."
    ),
    "TLSEdgeUpdate": (
        "The fields to change on a TLS edge. `None` leaves a field unchanged and "
        "`Some(String::new())` clears the description or metadata; an empty `hostports` "
        "list is not sent. A module given here replaces the edge's current one whole; "
        "removing a module takes that module's own delete call."
    ),
    "TLSEdgeList": _list_doc("TLS edges"),
    # edge_module_replace
    "EdgeRouteItem": (
        "The two ids that name a route of an HTTPS edge, which the official Go client takes "
        "to read or delete a route or one of its modules. This crate takes them as two "
        "`&str` arguments instead (edge first, then route), so the type is not used by any "
        "call; it exists so that every catalog schema has a type."
    ),
}

# (schema, module type, what the module is, whose module, services that replace it)
_REPLACE = [
    ("EdgeBackendReplace", "EndpointBackendMutate", "backend module",
     "a TCP or TLS edge", ["tcp_edge_backend", "tls_edge_backend"]),
    ("EdgeIPRestrictionReplace", "EndpointIPPolicyMutate", "IP restriction module",
     "a TCP or TLS edge", ["tcp_edge_ip_restriction", "tls_edge_ip_restriction"]),
    ("EdgeMutualTLSReplace", "EndpointMutualTLSMutate", "mutual TLS module",
     "an HTTPS or TLS edge", ["https_edge_mutual_tls", "tls_edge_mutual_tls"]),
    ("EdgeTLSTerminationReplace", "EndpointTLSTermination", "TLS termination module",
     "a TLS edge", ["tls_edge_tls_termination"]),
    ("EdgeTLSTerminationAtEdgeReplace", "EndpointTLSTerminationAtEdge",
     "TLS termination module", "an HTTPS edge", ["https_edge_tls_termination"]),
    ("EdgeTrafficPolicyReplace", "EndpointTrafficPolicy", "traffic policy module",
     "a TCP or TLS edge", ["tcp_edge_traffic_policy", "tls_edge_traffic_policy"]),
    ("EdgeRouteBackendReplace", "EndpointBackendMutate", "backend module",
     "an HTTPS edge route", ["https_edge_route_backend"]),
    ("EdgeRouteIPRestrictionReplace", "EndpointIPPolicyMutate", "IP restriction module",
     "an HTTPS edge route", ["https_edge_route_ip_restriction"]),
    ("EdgeRouteRequestHeadersReplace", "EndpointRequestHeaders", "request headers module",
     "an HTTPS edge route", ["https_edge_route_request_headers"]),
    ("EdgeRouteResponseHeadersReplace", "EndpointResponseHeaders", "response headers module",
     "an HTTPS edge route", ["https_edge_route_response_headers"]),
    ("EdgeRouteCompressionReplace", "EndpointCompression", "compression module",
     "an HTTPS edge route", ["https_edge_route_compression"]),
    ("EdgeRouteCircuitBreakerReplace", "EndpointCircuitBreaker", "circuit breaker module",
     "an HTTPS edge route", ["https_edge_route_circuit_breaker"]),
    ("EdgeRouteWebhookVerificationReplace", "EndpointWebhookValidation",
     "webhook verification module", "an HTTPS edge route",
     ["https_edge_route_webhook_verification"]),
    ("EdgeRouteOAuthReplace", "EndpointOAuth", "OAuth module",
     "an HTTPS edge route", ["https_edge_route_oauth"]),
    ("EdgeRouteSAMLReplace", "EndpointSAMLMutate", "SAML module",
     "an HTTPS edge route", ["https_edge_route_saml"]),
    ("EdgeRouteOIDCReplace", "EndpointOIDC", "OpenID Connect module",
     "an HTTPS edge route", ["https_edge_route_oidc"]),
    ("EdgeRouteWebsocketTCPConverterReplace", "EndpointWebsocketTCPConverter",
     "WebSocket to TCP converter module", "an HTTPS edge route",
     ["https_edge_route_websocket_tcp_converter"]),
    ("EdgeRouteUserAgentFilterReplace", "EndpointUserAgentFilter", "user agent filter module",
     "an HTTPS edge route", ["https_edge_route_user_agent_filter"]),
    ("EdgeRouteTrafficPolicyReplace", "EndpointTrafficPolicy", "traffic policy module",
     "an HTTPS edge route", ["https_edge_route_traffic_policy"]),
]

for _schema, _module, _what, _whose, _services in _REPLACE:
    _ids = "the edge and route ids" if _schema.startswith("EdgeRoute") else "the edge's id"
    _calls = " or ".join(f"`client.edge_modules().{s}().replace(..)`" for s in _services)
    SCHEMA_DOCS[_schema] = (
        f"What the published spec names as the body for setting the {_what} of {_whose}: "
        f"{_ids} plus the module.\n\n"
        f"Not used by any call. The official Go client and this crate put the ids in the "
        f"path and send only the [`{_module}`] itself, with {_calls}. The type exists so "
        f"that every catalog schema has one."
    )

# Shared by the schemas of this file only; looked up before gen_types.FIELD_DOCS.
FIELD_DOCS: dict[str, str] = {
    # The spec gives no size limits for the notes of backends; the edges' are overridden
    # below with theirs.
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
    # Needed here too: this table's plain `description` and `metadata` would otherwise win
    # over the shared `*Update.` docs.
    "*Update.description": "A new human-readable note on the {noun}. " + _UPDATE_CLEAR,
    "*Update.metadata": "New machine-readable data for the {noun}. " + _UPDATE_CLEAR,
    # Page contents.
    "*List.backends": "The {noun}s on this page.",
    "tcp_edges": "The TCP edges on this page.",
    "tls_edges": "The TLS edges on this page.",
    # Edges.
    "hostports": "The `host:port` pairs the {noun} takes connections on.",
    "*Create.hostports": "The `host:port` pairs the {noun} is to take connections on.",
    "*Update.hostports": (
        "A new set of `host:port` pairs for the {noun}; an empty list is not sent and leaves "
        "them unchanged."
    ),
    # Replace wrappers (the route-level ones; the edge-level ids are overridden below).
    "*Replace.edge_id": (
        "The id of the HTTPS edge the route belongs to; the first path argument of the "
        "client's `replace` call."
    ),
    "*Replace.id": (
        "The id of the route whose module is set; the second path argument of the client's "
        "`replace` call."
    ),
    "*Replace.module": (
        "The module to put in place of the current one, as a whole. This alone is the body "
        "the client sends."
    ),
}

FIELD_OVERRIDES: dict[str, str] = {
    # failover
    "FailoverBackend.backends": (
        "The ids of the child backends, most preferred first: each one gets traffic only "
        "while those before it cannot take it."
    ),
    "FailoverBackendCreate.backends": (
        "The ids of the child backends, most preferred first."
    ),
    "FailoverBackendUpdate.backends": (
        "The complete new list of child backend ids, most preferred first; an empty list is "
        "not sent and leaves the children unchanged."
    ),
    # http_response
    "HTTPResponseBackend.id": "The HTTP response backend's unique id, assigned by ngrok.",
    "HTTPResponseBackend.body": "The body of the fixed answer, as text. Empty for no body.",
    "HTTPResponseBackend.headers": "The headers of the fixed answer, by name.",
    "HTTPResponseBackend.status_code": (
        "The HTTP status code of the fixed answer, such as `200` or `503`."
    ),
    "HTTPResponseBackendCreate.body": "The body of the fixed answer, as text. Optional.",
    "HTTPResponseBackendCreate.headers": "The headers of the fixed answer, by name. Optional.",
    "HTTPResponseBackendCreate.status_code": (
        "The HTTP status code of the fixed answer, such as `Some(200)` or `Some(503)`; "
        "`None` leaves it out of the request."
    ),
    "HTTPResponseBackendUpdate.body": "A new body for the fixed answer. " + _UPDATE_CLEAR,
    "HTTPResponseBackendUpdate.headers": (
        "New headers for the fixed answer, by name; an empty map is not sent and leaves the "
        "current ones unchanged, so an update cannot remove every header."
    ),
    "HTTPResponseBackendUpdate.status_code": (
        "A new HTTP status code for the fixed answer; `None` leaves it unchanged."
    ),
    # static_address
    "StaticBackend.address": (
        "The network address, usually `host:port`, that traffic is forwarded to."
    ),
    "StaticBackend.tls": "Whether the connection to `address` uses TLS.",
    "StaticBackendTLS.enabled": (
        "Whether ngrok uses TLS on its connection to the backend's address."
    ),
    "StaticBackendCreate.address": (
        "The network address, usually `host:port`, to forward traffic to."
    ),
    "StaticBackendCreate.tls": (
        "Whether the connection to `address` uses TLS. Left at its default (`enabled: "
        "false`) it is not sent at all."
    ),
    "StaticBackendUpdate.address": (
        "A new address to forward traffic to; empty leaves it unchanged."
    ),
    "StaticBackendUpdate.tls": (
        "A new TLS setting. `enabled: true` is sent and switches TLS on; `enabled: false` is "
        "the zero value and is not sent, so it leaves the current setting as it is."
    ),
    # tunnel_group
    "TunnelGroupBackend.labels": (
        "The labels, name to value (such as `app` = `web`), that select the tunnels serving "
        "this backend: online tunnels started with matching labels (see [`Tunnel`]'s "
        "`labels`)."
    ),
    "TunnelGroupBackend.tunnels": (
        "The online tunnels whose labels match, which serve this backend's traffic."
    ),
    "TunnelGroupBackendCreate.labels": (
        "The labels, name to value (such as `app` = `web`), of the tunnels that are to serve "
        "this backend."
    ),
    "TunnelGroupBackendUpdate.labels": (
        "New labels to select tunnels by; an empty map is not sent and leaves the current "
        "ones unchanged."
    ),
    # weighted
    "WeightedBackend.backends": (
        "The child backends, by id, each with its weight from 0 to 10000. Children get "
        "traffic in proportion to their weights."
    ),
    "WeightedBackendCreate.backends": (
        "The child backends, by id, each with its weight from 0 to 10000."
    ),
    "WeightedBackendUpdate.backends": (
        "The complete new set of child backends and weights (0 to 10000); an empty map is "
        "not sent and leaves the children unchanged."
    ),
    # edges
    "TCPEdge.hostports": (
        "The `host:port` pairs the edge takes connections on: reserved TCP addresses, such "
        "as `1.tcp.ngrok.io:12345`."
    ),
    "TCPEdgeCreate.hostports": (
        "The `host:port` pairs the edge is to take connections on: reserved TCP addresses, "
        "such as `1.tcp.ngrok.io:12345`."
    ),
    "TLSEdge.hostports": (
        "The `host:port` pairs the edge takes TLS connections on, such as "
        "`app.example.com:443`."
    ),
    "TLSEdgeCreate.hostports": (
        "The `host:port` pairs the edge is to take TLS connections on, such as "
        "`app.example.com:443`."
    ),
    # edge_module_replace
    "EdgeRouteItem.edge_id": "The id of the HTTPS edge the route belongs to.",
    "EdgeRouteItem.id": "The id of the route within that edge.",
}

# The notes of edges have documented size limits.
for _edge in ("TCPEdge", "TLSEdge"):
    FIELD_OVERRIDES[f"{_edge}.description"] = (
        "A human-readable note on what the edge is for; at most 255 bytes. Empty if none was "
        "given."
    )
    FIELD_OVERRIDES[f"{_edge}Create.description"] = (
        "A human-readable note on what the edge is for; at most 255 bytes. Optional."
    )
    FIELD_OVERRIDES[f"{_edge}.metadata"] = (
        "Free-form data for your programs to attach to the edge, such as a JSON document; at "
        "most 4096 bytes. Empty if none was given."
    )
    FIELD_OVERRIDES[f"{_edge}Create.metadata"] = (
        "Free-form data for your programs to attach to the edge, such as a JSON document; at "
        "most 4096 bytes. Optional."
    )

# The edge-level wrappers name the edge by `id` and have no `edge_id`.
for _schema, _module, _what, _whose, _services in _REPLACE:
    if not _schema.startswith("EdgeRoute"):
        FIELD_OVERRIDES[f"{_schema}.id"] = (
            "The id of the edge whose module is set; the path argument of the client's "
            "`replace` call."
        )

SECRET_FIELDS: set[str] = set()

EXTRA_TIMESTAMPS: set[str] = set()

NOT_TIMESTAMPS: set[str] = set()


# Doc comment of each service handle of this area (catalog service name -> doc).
def _singleton(what: str, where: str, route: bool, service: str, extra: str = "") -> str:
    ids = "the edge's id and then the route's id" if route else "the edge's id"
    parts = [
        f"{what}",
        f"A singleton stored in its {where}, with no create or list: `replace` (PUT) sets it "
        f"as a whole, `get` reads it and `delete` removes it, each taking {ids}.",
    ]
    if extra:
        parts.append(extra)
    parts.append(f"Reached as `client.edge_modules().{service}()`.")
    return " ".join(parts)


SERVICE_DOCS: dict[str, str] = {
    # backends
    "failover": (
        "Failover backends: ordered lists of other backends, where traffic goes to the first "
        "child that can take it. Use one to keep a fallback (another tunnel group, a fixed "
        "HTTP response) behind a primary backend. Reached as `client.backends().failover()`."
    ),
    "http_response": (
        "HTTP response backends: backends that answer every request themselves with a fixed "
        "status code, headers and body, such as a maintenance page. Reached as "
        "`client.backends().http_response()`."
    ),
    "static_address": (
        "Static backends: backends that forward traffic to one fixed network address, "
        "optionally over TLS, without an agent in between. The API path is "
        "`/backends/static`, while the service is named after the Go client's package. "
        "Reached as `client.backends().static_address()`."
    ),
    "tunnel_group": (
        "Tunnel group backends: backends served by whichever online tunnels carry matching "
        "labels, so agents join or leave the group by starting or stopping labeled tunnels. "
        "The backend's `tunnels` field shows the tunnels currently matched. Reached as "
        "`client.backends().tunnel_group()`."
    ),
    "weighted": (
        "Weighted backends: backends that share traffic out among child backends by weight "
        "(0 to 10000 each), for example to send a small share to a new release. Reached as "
        "`client.backends().weighted()`."
    ),
    # edges
    "tcp": (
        "TCP edges: entry points on reserved TCP addresses whose connections go to a backend, "
        "optionally behind an IP restriction and a traffic policy. An update replaces each "
        "module it names whole; a module is removed only through its own service under "
        "`client.edge_modules()`. Reached as `client.edges().tcp()`."
    ),
    "tls": (
        "TLS edges: entry points for TLS connections to your hostnames, which either "
        "terminate TLS at ngrok or pass it through, and then hand the connection to a "
        "backend. Mutual TLS, IP restriction and traffic policy modules are optional. An "
        "update replaces each module it names whole; a module is removed only through its "
        "own service under `client.edge_modules()`. Reached as `client.edges().tls()`."
    ),
    # edge_modules: HTTPS edges
    "https_edge_tls_termination": _singleton(
        "The TLS termination module of an HTTPS edge: the oldest TLS version the edge accepts "
        "from clients.",
        "edge",
        False,
        "https_edge_tls_termination",
        "An HTTPS edge always terminates TLS at ngrok, so `replace` takes an "
        "`EndpointTLSTerminationAtEdge` (no `terminate_at`) and returns the full "
        "`EndpointTLSTermination`.",
    ),
    # edge_modules: HTTPS edge routes
    "https_edge_route_backend": _singleton(
        "The backend module of an HTTPS edge route: which backend serves the route's requests.",
        "route",
        True,
        "https_edge_route_backend",
        "You name the backend by id (`EndpointBackendMutate`) and get back a reference to it "
        "(`EndpointBackend`).",
    ),
    "https_edge_route_ip_restriction": _singleton(
        "The IP restriction module of an HTTPS edge route: the IP policies that decide which "
        "source addresses may reach the route.",
        "route",
        True,
        "https_edge_route_ip_restriction",
        "You name the policies by id and get back references to them.",
    ),
    "https_edge_route_request_headers": _singleton(
        "The request headers module of an HTTPS edge route: headers added to or removed from "
        "requests before they are forwarded.",
        "route",
        True,
        "https_edge_route_request_headers",
    ),
    "https_edge_route_response_headers": _singleton(
        "The response headers module of an HTTPS edge route: headers added to or removed from "
        "responses before they reach the client.",
        "route",
        True,
        "https_edge_route_response_headers",
    ),
    "https_edge_route_compression": _singleton(
        "The compression module of an HTTPS edge route: compresses responses for clients that "
        "accept it.",
        "route",
        True,
        "https_edge_route_compression",
    ),
    "https_edge_route_circuit_breaker": _singleton(
        "The circuit breaker module of an HTTPS edge route: stops sending requests upstream "
        "for a while when too many of them fail.",
        "route",
        True,
        "https_edge_route_circuit_breaker",
    ),
    "https_edge_route_webhook_verification": _singleton(
        "The webhook verification module of an HTTPS edge route: lets through only webhooks "
        "correctly signed by the named provider.",
        "route",
        True,
        "https_edge_route_webhook_verification",
        "The module's `secret` is hidden from `Debug` output.",
    ),
    "https_edge_route_oauth": _singleton(
        "The OAuth module of an HTTPS edge route: visitors sign in with an OAuth identity "
        "provider (GitHub, Google, Microsoft and others) before their requests go through.",
        "route",
        True,
        "https_edge_route_oauth",
    ),
    "https_edge_route_saml": _singleton(
        "The SAML module of an HTTPS edge route: visitors sign in with a SAML identity "
        "provider before their requests go through.",
        "route",
        True,
        "https_edge_route_saml",
        "`replace` takes your settings (`EndpointSAMLMutate`); the `EndpointSAML` it returns "
        "adds the service provider values ngrok assigns, which the identity provider needs.",
    ),
    "https_edge_route_oidc": _singleton(
        "The OpenID Connect module of an HTTPS edge route: visitors sign in with an OIDC "
        "provider of your choosing before their requests go through.",
        "route",
        True,
        "https_edge_route_oidc",
    ),
    "https_edge_route_websocket_tcp_converter": _singleton(
        "The WebSocket to TCP converter module of an HTTPS edge route: unwraps WebSocket "
        "connections into plain TCP streams to your service.",
        "route",
        True,
        "https_edge_route_websocket_tcp_converter",
    ),
    "https_edge_route_user_agent_filter": _singleton(
        "The user agent filter module of an HTTPS edge route: lets requests through or turns "
        "them away by their `User-Agent` header.",
        "route",
        True,
        "https_edge_route_user_agent_filter",
    ),
    "https_edge_route_traffic_policy": _singleton(
        "The traffic policy module of an HTTPS edge route: a traffic policy document whose "
        "rules act on the route's requests.",
        "route",
        True,
        "https_edge_route_traffic_policy",
    ),
    # edge_modules: TCP edges
    "tcp_edge_backend": _singleton(
        "The backend module of a TCP edge: which backend receives the edge's connections.",
        "edge",
        False,
        "tcp_edge_backend",
        "You name the backend by id (`EndpointBackendMutate`) and get back a reference to it "
        "(`EndpointBackend`).",
    ),
    "tcp_edge_ip_restriction": _singleton(
        "The IP restriction module of a TCP edge: the IP policies that decide which source "
        "addresses may connect.",
        "edge",
        False,
        "tcp_edge_ip_restriction",
        "You name the policies by id and get back references to them.",
    ),
    "tcp_edge_traffic_policy": _singleton(
        "The traffic policy module of a TCP edge: a traffic policy document whose rules act "
        "on the edge's connections.",
        "edge",
        False,
        "tcp_edge_traffic_policy",
    ),
    # edge_modules: TLS edges
    "tls_edge_backend": _singleton(
        "The backend module of a TLS edge: which backend receives the edge's connections.",
        "edge",
        False,
        "tls_edge_backend",
        "You name the backend by id (`EndpointBackendMutate`) and get back a reference to it "
        "(`EndpointBackend`).",
    ),
    "tls_edge_ip_restriction": _singleton(
        "The IP restriction module of a TLS edge: the IP policies that decide which source "
        "addresses may connect.",
        "edge",
        False,
        "tls_edge_ip_restriction",
        "You name the policies by id and get back references to them.",
    ),
    "tls_edge_mutual_tls": _singleton(
        "The mutual TLS module of a TLS edge: clients must present a certificate issued by "
        "one of the listed certificate authorities.",
        "edge",
        False,
        "tls_edge_mutual_tls",
        "You name the certificate authorities by id and get back references to them.",
    ),
    "tls_edge_tls_termination": _singleton(
        "The TLS termination module of a TLS edge: whether TLS ends at ngrok (`edge`) or is "
        "passed through to your service (`upstream`), and the oldest TLS version accepted.",
        "edge",
        False,
        "tls_edge_tls_termination",
        "With `upstream`, ngrok cannot see inside the connections, which rules out most "
        "other modules, and `min_version` must be `None`.",
    ),
    "tls_edge_traffic_policy": _singleton(
        "The traffic policy module of a TLS edge: a traffic policy document whose rules act "
        "on the edge's connections.",
        "edge",
        False,
        "tls_edge_traffic_policy",
    ),
}
