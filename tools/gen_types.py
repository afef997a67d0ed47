#!/usr/bin/env python3
"""Generate the request and response types of `ngrok-api` from the API catalog.

Usage (from the workspace root):

    python3 tools/gen_types.py [--catalog PATH] [--check]

Reads the facts-only catalog (`api/catalog.json` unless `--catalog` or the
`NGROK_API_CATALOG` environment variable says otherwise) and writes one Rust file per group
of `FILES` below, plus `mod.rs`, into `ngrok-api/src/types/`. With `--check` nothing is
written; the exit status says whether the files are up to date.

Everything that varies is data in this file:

* `FILES` says which schemas are generated and into which file. Generating another schema
  is a matter of adding its name to a group (or adding a group) and writing its docs.
* `SCHEMA_DOCS`, `FIELD_DOCS` and `FIELD_OVERRIDES` hold the documentation, written for
  this crate. Every struct and every field must have a doc: a missing one is an error that
  names it, and so is a doc that repeats a run of words from the published spec.
* `SECRET_*` and `*_TIMESTAMP*` tune the type mapping.

The output is meant to be rustfmt-clean as generated; do not run rustfmt over it by hand,
regenerate instead.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from pathlib import Path

# ---------------------------------------------------------------------------------------
# What to generate, and where.
# ---------------------------------------------------------------------------------------

# (module file stem, module doc, schema names in output order)
FILES: list[tuple[str, str, list[str]]] = [
    (
        "common",
        "Small types that many services share: references to other objects and bare ids.",
        ["Ref", "Item"],
    ),
    (
        "api_keys",
        "API keys: the credentials that authenticate calls to this API.",
        ["APIKey", "APIKeyCreate", "APIKeyUpdate", "APIKeyList"],
    ),
    (
        "reserved_domains",
        "Reserved domains: hostnames held by the account, with their DNS targets and the "
        "management of their TLS certificates.",
        [
            "ReservedDomain",
            "ReservedDomainCreate",
            "ReservedDomainUpdate",
            "ReservedDomainList",
            "ReservedDomainCertPolicy",
            "ReservedDomainCertStatus",
            "ReservedDomainCertJob",
            "ReservedDomainResolvesToEntry",
        ],
    ),
    (
        "ip_policies",
        "IP policies and their rules: named sets of address ranges that allow or deny "
        "connections.",
        [
            "IPPolicy",
            "IPPolicyCreate",
            "IPPolicyUpdate",
            "IPPolicyList",
            "IPPolicyRule",
            "IPPolicyRuleCreate",
            "IPPolicyRuleUpdate",
            "IPPolicyRuleList",
        ],
    ),
    (
        "edges",
        "HTTPS edges and their routes. The modules they are configured with are in the "
        "endpoint module types (`Endpoint...`).",
        [
            "HTTPSEdge",
            "HTTPSEdgeCreate",
            "HTTPSEdgeUpdate",
            "HTTPSEdgeList",
            "HTTPSEdgeRoute",
            "HTTPSEdgeRouteCreate",
            "HTTPSEdgeRouteUpdate",
        ],
    ),
    (
        "endpoint_modules",
        "The modules that decide how an edge or a route handles traffic: backend, IP "
        "restriction, mutual TLS, OAuth, OIDC, SAML, header rewriting and more. The plain "
        "types are what the API returns; the `...Mutate` types are what you send where the "
        "two differ, naming other objects by id instead of by reference.",
        [
            "EndpointBackend",
            "EndpointBackendMutate",
            "EndpointCircuitBreaker",
            "EndpointCompression",
            "EndpointIPPolicy",
            "EndpointIPPolicyMutate",
            "EndpointMutualTLS",
            "EndpointMutualTLSMutate",
            "EndpointOAuth",
            "EndpointOAuthProvider",
            "EndpointOAuthAmazon",
            "EndpointOAuthFacebook",
            "EndpointOAuthGitHub",
            "EndpointOAuthGitLab",
            "EndpointOAuthGoogle",
            "EndpointOAuthLinkedIn",
            "EndpointOAuthMicrosoft",
            "EndpointOAuthTwitch",
            "EndpointOIDC",
            "EndpointRequestHeaders",
            "EndpointResponseHeaders",
            "EndpointSAML",
            "EndpointSAMLMutate",
            "EndpointTLSTermination",
            "EndpointTLSTerminationAtEdge",
            "EndpointTrafficPolicy",
            "EndpointUserAgentFilter",
            "EndpointWebhookValidation",
            "EndpointWebsocketTCPConverter",
        ],
    ),
    (
        "tunnel_sessions",
        "Tunnel sessions: the connections of running ngrok agents, and the commands that "
        "can be sent to those agents.",
        ["TunnelSession", "TunnelSessionList", "TunnelSessionsUpdate"],
    ),
    (
        "event_subscriptions",
        "Event subscriptions and their sources: which account events are captured and the "
        "event destinations they are delivered to.",
        [
            "EventSubscription",
            "EventSubscriptionCreate",
            "EventSubscriptionUpdate",
            "EventSubscriptionList",
            "EventSource",
            "EventSourceCreate",
            "EventSourceUpdate",
            "EventSourceReplace",
            "EventSourceList",
        ],
    ),
    (
        "tunnels",
        "Tunnels: the tunnels that agents currently have online on the account.",
        ["Tunnel", "TunnelList"],
    ),
]

MOD_DOC = """\
The request and response types of the API, named as the API names them.

A resource type (`ReservedDomain`) is what the API returns; `...Create` holds the fields
to send when creating one, `...Update` the fields to change, and `...List` is one page of a
list. Every type implements [`Default`], so a request names only what it sets and ends with
`..Default::default()`. Fields that are `None`, empty or zero are left out of the JSON that
is sent; in an update, `None` leaves a field as it is while `Some(String::new())` clears it.
Fields that hold credentials are hidden from `Debug` output."""

SCHEMAS_FN_DOC = (
    "The description of every type in this module, in the catalog's order: field names, JSON "
    "types and which fields are secret. The emulator checks request bodies against these, and "
    "the coverage test compares them with the API catalog."
)

GENERATED_NOTE = (
    "Generated by tools/gen_types.py from the API catalog (catalog.json). Do not edit by "
    "hand: change the generator's tables and run `python3 tools/gen_types.py` again."
)

# ---------------------------------------------------------------------------------------
# Type mapping knobs.
# ---------------------------------------------------------------------------------------

# Field names that hold credentials, in any schema, and individual fields.
SECRET_FIELD_NAMES = {"token", "secret", "client_secret", "private_key", "password"}
SECRET_FIELDS = {"APIKey.token", "EndpointWebhookValidation.secret"}

# Fields whose name ends in `_at` but that are not points in time.
NOT_TIMESTAMPS = {
    # `edge` or `upstream`: where TLS is terminated.
    "EndpointTLSTermination.terminate_at",
}
# Further string fields that hold RFC 3339 timestamps (qualified `Schema.field`).
EXTRA_TIMESTAMPS: set[str] = set()

SCALARS = {
    "string": "String",
    "bool": "bool",
    "int32": "i32",
    "int64": "i64",
    "uint32": "u32",
    "uint64": "u64",
    "float64": "f64",
    "json": "serde_json::Value",
}

RUST_KEYWORDS = {
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do",
    "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
    "gen",
}
NOT_RAW_ABLE = {"crate", "self", "Self", "super"}

# ---------------------------------------------------------------------------------------
# Documentation. Written for this crate; never copied from the spec (checked below).
#
# Lookup order for a field `S.f`: FIELD_OVERRIDES["S.f"], then FIELD_DOCS["*Kind.f"] when S
# ends in Kind (Create, Update, List), then FIELD_DOCS["f"]. `{noun}` is replaced by the
# noun of the schema (NOUNS, keyed by the schema name without its Create/Update/List
# suffix). Paragraphs are separated by blank lines.
# ---------------------------------------------------------------------------------------

KIND_SUFFIXES = ("Create", "Update", "List", "Replace")

NOUNS = {
    "APIKey": "API key",
    "ReservedDomain": "reserved domain",
    "IPPolicy": "IP policy",
    "IPPolicyRule": "IP policy rule",
    "HTTPSEdge": "HTTPS edge",
    "HTTPSEdgeRoute": "route",
    "EventSubscription": "event subscription",
    "EventSource": "event source",
    "Tunnel": "tunnel",
    "TunnelSession": "tunnel session",
    "TunnelSessions": "tunnel session",
}

_UPDATE_CLEAR = "`None` leaves it unchanged; `Some(String::new())` clears it."

SCHEMA_DOCS: dict[str, str] = {
    # common
    "Ref": "A reference to another API object: its id and the API URL it can be read from.",
    "Item": (
        "Only an object's id: the argument of calls that need nothing else, such as "
        "stopping or restarting a tunnel session. The id goes into the request path, so "
        "no body is sent."
    ),
    # api_keys
    "APIKey": (
        "An API key: a credential for calling this API, as returned when a key is created, "
        "read or listed. Its `token` is only present in the answer to the create call."
    ),
    "APIKeyCreate": "The fields to send when creating an API key. All of them are optional.",
    "APIKeyUpdate": (
        "The fields to change on an API key. `None` leaves a field unchanged; "
        "`Some(String::new())` clears it."
    ),
    "APIKeyList": (
        "One page of API keys. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    ),
    # reserved_domains
    "ReservedDomain": (
        "A reserved domain: a hostname the account holds so that its endpoints and edges can "
        "serve it, with the DNS records it needs and its TLS certificate settings."
    ),
    "ReservedDomainCreate": (
        "The fields to send when reserving a domain. For TLS, give either `certificate_id` "
        "(a certificate you uploaded) or `certificate_management_policy` (ngrok obtains "
        "certificates itself), not both."
    ),
    "ReservedDomainUpdate": (
        "The fields to change on a reserved domain. `None` leaves a field unchanged; "
        "`Some(String::new())` clears it. As on creation, `certificate_id` and "
        "`certificate_management_policy` exclude each other."
    ),
    "ReservedDomainList": (
        "One page of reserved domains. `next_page_uri` leads to the following page; the "
        "list iterators follow it for you."
    ),
    "ReservedDomainCertPolicy": (
        "How ngrok obtains TLS certificates for a reserved domain on its own: from which "
        "certificate authority and with which kind of key."
    ),
    "ReservedDomainCertStatus": (
        "Where the automatic certificate management of a reserved domain stands: when the "
        "certificate is renewed next and the job running, if any."
    ),
    "ReservedDomainCertJob": (
        "A job that obtains or renews the certificate of a reserved domain, reported while it "
        "runs or waits to be retried."
    ),
    "ReservedDomainResolvesToEntry": (
        "One place that serves a reserved domain's traffic: an ngrok point of presence, or "
        "all of them.\n\n"
        "Newer than the published API spec: only the Go client knows this type."
    ),
    # ip_policies
    "IPPolicy": (
        "An IP policy: a named set of rules that allow or deny connections by their source "
        "address. Edges and routes apply policies through their IP restriction module."
    ),
    "IPPolicyCreate": "The fields to send when creating an IP policy. Both are optional.",
    "IPPolicyUpdate": (
        "The fields to change on an IP policy. `None` leaves a field unchanged; "
        "`Some(String::new())` clears it."
    ),
    "IPPolicyList": (
        "One page of IP policies. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    ),
    "IPPolicyRule": (
        "One rule of an IP policy: an address range and whether connections from it are "
        "allowed or denied."
    ),
    "IPPolicyRuleCreate": (
        "The fields to send when adding a rule to an IP policy. `cidr`, `ip_policy_id` and "
        "`action` must be set."
    ),
    "IPPolicyRuleUpdate": (
        "The fields to change on an IP policy rule. `None` leaves a field unchanged; "
        "`Some(String::new())` clears a description or metadata. The policy and the action "
        "of a rule cannot be changed."
    ),
    "IPPolicyRuleList": (
        "One page of IP policy rules. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    ),
    # edges
    "HTTPSEdge": (
        "An HTTPS edge: the hostports it serves, its TLS settings, and the routes that share "
        "out its requests."
    ),
    "HTTPSEdgeCreate": (
        "The fields to send when creating an HTTPS edge. Routes are added afterwards, one at "
        "a time, with [`HTTPSEdgeRouteCreate`]."
    ),
    "HTTPSEdgeUpdate": (
        "The fields to change on an HTTPS edge. `None` (or an empty list) leaves a field "
        "unchanged; `Some(String::new())` clears the description or metadata. A module "
        "given here replaces the edge's current one whole; removing a module takes that "
        "module's own delete call."
    ),
    "HTTPSEdgeList": (
        "One page of HTTPS edges. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    ),
    "HTTPSEdgeRoute": (
        "A route of an HTTPS edge: which requests it takes and the modules that handle them."
    ),
    "HTTPSEdgeRouteCreate": (
        "The fields to send when adding a route to an HTTPS edge. `match_type` and `match` "
        "must be set; modules left as `None` are not configured."
    ),
    "HTTPSEdgeRouteUpdate": (
        "The fields to change on a route of an HTTPS edge.\n\n"
        "Unlike most updates, `match_type`, `match`, `description` and `metadata` are plain "
        "strings: an empty one is not sent, so it cannot clear anything. A module given here "
        "replaces the route's current one whole, and `None` leaves it as it is; removing a "
        "module takes that module's own delete call."
    ),
    # endpoint_modules
    "EndpointBackend": "The backend module as the API returns it: the backend that serves the traffic.",
    "EndpointBackendMutate": "The backend module as you send it: names the backend by id.",
    "EndpointCircuitBreaker": (
        "The circuit breaker module: when too many upstream requests fail, it stops sending "
        "requests upstream for a while and answers with errors instead."
    ),
    "EndpointCompression": (
        "The compression module: compresses responses for clients that say they accept it."
    ),
    "EndpointIPPolicy": (
        "The IP restriction module as the API returns it: the IP policies that decide which "
        "source addresses may connect."
    ),
    "EndpointIPPolicyMutate": (
        "The IP restriction module as you send it: names the IP policies by id."
    ),
    "EndpointMutualTLS": (
        "The mutual TLS module as the API returns it: clients must present a certificate "
        "issued by one of its certificate authorities."
    ),
    "EndpointMutualTLSMutate": (
        "The mutual TLS module as you send it: names the certificate authorities by id."
    ),
    "EndpointOAuth": (
        "The OAuth module: visitors sign in with an identity provider before their requests "
        "go through, and only the users it allows are let in."
    ),
    "EndpointOAuthProvider": (
        "The identity provider an OAuth module signs visitors in with. Set exactly one field."
    ),
    "EndpointOAuthAmazon": "Signing in with Amazon: the OAuth application and who may enter.",
    "EndpointOAuthFacebook": "Signing in with Facebook: the OAuth application and who may enter.",
    "EndpointOAuthGitHub": (
        "Signing in with GitHub: the OAuth application and who may enter, by email, team or "
        "organization."
    ),
    "EndpointOAuthGitLab": "Signing in with GitLab: the OAuth application and who may enter.",
    "EndpointOAuthGoogle": "Signing in with Google: the OAuth application and who may enter.",
    "EndpointOAuthLinkedIn": "Signing in with LinkedIn: the OAuth application and who may enter.",
    "EndpointOAuthMicrosoft": (
        "Signing in with Microsoft: the OAuth application and who may enter."
    ),
    "EndpointOAuthTwitch": "Signing in with Twitch: the OAuth application and who may enter.",
    "EndpointOIDC": (
        "The OpenID Connect module: visitors sign in with an OIDC identity provider of your "
        "choosing before their requests go through."
    ),
    "EndpointRequestHeaders": (
        "The request headers module: adds and removes headers on requests before they are "
        "forwarded to your service."
    ),
    "EndpointResponseHeaders": (
        "The response headers module: adds and removes headers on your service's responses "
        "before they are returned to the client."
    ),
    "EndpointSAML": (
        "The SAML module as the API returns it: visitors sign in with a SAML identity "
        "provider. Besides your settings it carries the service provider values ngrok "
        "assigns, which you enter in the identity provider's configuration."
    ),
    "EndpointSAMLMutate": (
        "The SAML module as you send it: your settings, without the values ngrok assigns."
    ),
    "EndpointTLSTermination": (
        "The TLS termination module: where the TLS of incoming connections is terminated and "
        "the oldest TLS version accepted."
    ),
    "EndpointTLSTerminationAtEdge": (
        "The TLS termination module as you send it to an HTTPS edge, which always terminates "
        "TLS at ngrok: only the oldest accepted TLS version can be chosen."
    ),
    "EndpointTrafficPolicy": (
        "The traffic policy module: a traffic policy document whose rules act on the traffic."
    ),
    "EndpointUserAgentFilter": (
        "The user agent filter module: lets requests through or turns them away by their "
        "`User-Agent` header."
    ),
    "EndpointWebhookValidation": (
        "The webhook verification module: only requests signed by the named webhook provider "
        "with the shared secret get through."
    ),
    "EndpointWebsocketTCPConverter": (
        "The WebSocket to TCP converter module: unwraps WebSocket connections into plain TCP "
        "streams to your service."
    ),
    # tunnel_sessions
    "TunnelSession": (
        "A tunnel session: the connection of one running ngrok agent to ngrok, which carries "
        "that agent's tunnels."
    ),
    "TunnelSessionList": (
        "One page of tunnel sessions. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    ),
    "TunnelSessionsUpdate": (
        "The argument of the call that asks an agent to update itself to the newest release "
        "of its major version. It holds only the session's id, which goes into the request "
        "path, so no body is sent. (The plural in the name is the API's.)"
    ),
    # event_subscriptions
    "EventSubscription": (
        "An event subscription: which kinds of account events are captured and the event "
        "destinations they are delivered to."
    ),
    "EventSubscriptionCreate": "The fields to send when creating an event subscription.",
    "EventSubscriptionUpdate": (
        "The fields to change on an event subscription. `None` leaves the description or "
        "metadata unchanged and `Some(String::new())` clears it; an empty list is not sent, "
        "so it leaves the sources or destinations unchanged, while a non-empty one replaces "
        "them."
    ),
    "EventSubscriptionList": (
        "One page of event subscriptions. `next_page_uri` leads to the following page; the "
        "list iterators follow it for you."
    ),
    "EventSource": "One kind of event that an event subscription captures.",
    "EventSourceCreate": (
        "The fields to send when adding an event type to an event subscription. The "
        "subscription's id goes into the request path; only `type` is sent in the body."
    ),
    "EventSourceUpdate": (
        "The argument of the event source update call. Both fields name the source and go "
        "into the request path, so there is nothing else to change."
    ),
    "EventSourceReplace": (
        "One event type, as listed in the `sources` of an event subscription that is being "
        "created or updated."
    ),
    "EventSourceList": (
        "All event sources of one event subscription. Unlike the other lists it is not paged "
        "and has no `next_page_uri`."
    ),
    # tunnels
    "Tunnel": (
        "A tunnel that is online: started by an agent, and serving traffic either at a "
        "public URL or for the backends that select it by its labels."
    ),
    "TunnelList": (
        "One page of online tunnels. `next_page_uri` leads to the following page; the list "
        "iterators follow it for you."
    ),
}

FIELD_DOCS: dict[str, str] = {
    # Identity and bookkeeping, shared by most resources.
    "id": "The {noun}'s unique id, assigned by ngrok.",
    "*Update.id": "The id of the {noun} to change. It goes into the request path.",
    "uri": "The API URL of this {noun}.",
    "*List.uri": "The API URL of this list.",
    "*List.next_page_uri": "The API URL of the following page, or `None` on the last page.",
    "created_at": "The creation time of the {noun}.",
    "description": (
        "A human-readable note on what the {noun} is for; at most 255 bytes. Empty if none "
        "was given."
    ),
    "*Create.description": (
        "A human-readable note on what the {noun} is for; at most 255 bytes. Optional."
    ),
    "*Update.description": "A new human-readable note on the {noun}. " + _UPDATE_CLEAR,
    "metadata": (
        "Free-form data for your programs to attach to the {noun}, such as a JSON document; "
        "at most 4096 bytes. Empty if none was given."
    ),
    "*Create.metadata": (
        "Free-form data for your programs to attach to the {noun}, such as a JSON document; "
        "at most 4096 bytes. Optional."
    ),
    "*Update.metadata": "New machine-readable data for the {noun}. " + _UPDATE_CLEAR,
    "owner_id": "The id of the user or bot user that owns the {noun}.",
    "region": "The ngrok region the {noun} runs in, such as `us` or `eu`.",
    # Page contents.
    "keys": "The API keys on this page.",
    "reserved_domains": "The reserved domains on this page.",
    "ip_policies": "The IP policies on this page.",
    "ip_policy_rules": "The IP policy rules on this page.",
    "https_edges": "The HTTPS edges on this page.",
    "event_subscriptions": "The event subscriptions on this page.",
    "tunnels": "The online tunnels on this page.",
    "tunnel_sessions": "The tunnel sessions on this page.",
    # Every module has an on/off switch.
    "enabled": (
        "Whether the module acts on traffic. `Some(false)` keeps its settings but switches it "
        "off; `None` counts as on."
    ),
    # Settings of the modules that sign visitors in (OAuth, OIDC, SAML).
    "options_passthrough": (
        "Whether HTTP `OPTIONS` requests go through without signing in, as CORS preflight "
        "requests need."
    ),
    "cookie_prefix": (
        "The prefix of the name of the session cookie ngrok sets; empty means the default, "
        "`ngrok.`."
    ),
    "inactivity_timeout": (
        "Seconds without a request after which a visitor's session ends and they must sign in "
        "again; zero means the default."
    ),
    "maximum_duration": (
        "The longest a session may last, in seconds, however active; then the visitor must "
        "sign in again. Zero means the default."
    ),
    "force_authn": (
        "Whether the identity provider must ask for credentials at every sign-in, even when "
        "the visitor already has a session there."
    ),
    "allow_idp_initiated": (
        "Whether a sign-in may start at the identity provider rather than at the endpoint. "
        "The provider then passes the URL to land on as `RelayState`."
    ),
    "authorized_groups": (
        "Groups whose members may enter; empty lets in every user the provider signs in."
    ),
    "nameid_format": (
        "The SAML NameID format the identity provider is to identify users with; empty means "
        "the `persistent` format."
    ),
    # OAuth provider settings.
    "client_id": (
        "The client id of your own OAuth application at the provider. `None` uses ngrok's "
        "managed application, which has restrictions; when set, `client_secret` must be set "
        "too."
    ),
    "client_secret": (
        "The client secret of your own OAuth application, set together with `client_id`. "
        "Hidden from `Debug` output."
    ),
    "scopes": (
        "Extra OAuth scopes to ask the provider for. Allowed only with your own application "
        "(`client_id` and `client_secret`)."
    ),
    "email_addresses": "Email addresses of the signed-in users who may enter.",
    "email_domains": (
        "Email domains, such as `example.com`, whose signed-in users may enter."
    ),
}

# Modules of routes and edges. Each name gets three docs (response, Create, Update) from
# the one phrase saying what the module does.
_MODULE_FIELDS = {
    "backend": "the backend module, which picks the backend that serves the traffic",
    "ip_restriction": "the IP restriction module, which admits connections by source address",
    "circuit_breaker": (
        "the circuit breaker module, which stops sending requests upstream while too many fail"
    ),
    "compression": "the compression module, which compresses responses",
    "request_headers": "the request headers module, which rewrites headers of requests",
    "response_headers": "the response headers module, which rewrites headers of responses",
    "webhook_verification": (
        "the webhook verification module, which admits only correctly signed webhooks"
    ),
    "oauth": "the OAuth module, which has visitors sign in with an OAuth provider",
    "saml": "the SAML module, which has visitors sign in with a SAML identity provider",
    "oidc": "the OpenID Connect module, which has visitors sign in with an OIDC provider",
    "websocket_tcp_converter": (
        "the WebSocket to TCP converter module, which unwraps WebSocket connections"
    ),
    "user_agent_filter": (
        "the user agent filter module, which admits requests by their `User-Agent` header"
    ),
    "traffic_policy": "the traffic policy module, which applies a traffic policy document",
    "mutual_tls": (
        "the mutual TLS module, which requires clients to present a trusted certificate"
    ),
    "tls_termination": "the TLS termination module, which says how TLS is terminated",
}
for _name, _what in _MODULE_FIELDS.items():
    _What = _what[0].upper() + _what[1:]
    FIELD_DOCS[_name] = f"{_What}; `None` when it is not configured."
    FIELD_DOCS[f"*Create.{_name}"] = f"{_What}; `None` leaves it out."
    FIELD_DOCS[f"*Update.{_name}"] = (
        f"{_What}. When given, it replaces the current one whole; `None` leaves it unchanged."
    )

FIELD_OVERRIDES: dict[str, str] = {
    # common
    "Ref.id": "The referenced object's id.",
    "Ref.uri": "The API URL at which the referenced object can be read.",
    "Item.id": "The id of the object to act on. It goes into the request path.",
    # api_keys
    "APIKey.token": (
        "The bearer token that authenticates API calls made with this key. Only the answer "
        "to creating the key carries it (every later read gives `None`), so store it then. "
        "Hidden from `Debug` output."
    ),
    "APIKeyCreate.owner_id": (
        "The user or bot user to own the new key; `None` means the caller. Only "
        "administrators may name someone else."
    ),
    # reserved_domains
    "ReservedDomain.domain": "The reserved hostname, such as `app.example.com`.",
    "ReservedDomainCreate.domain": (
        "The hostname to reserve: a name under one of ngrok's own domains, or a domain of "
        "yours (which then needs the DNS record given in `cname_target`). Required."
    ),
    "ReservedDomain.region": (
        "The region the domain was reserved in. Deprecated: domains are now served from all "
        "regions, and the field is usually empty."
    ),
    "ReservedDomainCreate.region": (
        "Deprecated and best left empty: domains are now served from all regions."
    ),
    "ReservedDomain.cname_target": (
        "For a domain of your own, the host your DNS CNAME record for it must point at; "
        "`None` for a domain under one of ngrok's own domains (such as `*.ngrok.app`)."
    ),
    "ReservedDomain.certificate": (
        "The TLS certificate served for this domain: one you uploaded or the latest one "
        "ngrok obtained. `None` if there is neither."
    ),
    "ReservedDomain.certificate_management_policy": (
        "How ngrok obtains certificates for this domain, or `None` if it does not manage "
        "them."
    ),
    "ReservedDomain.certificate_management_status": (
        "How the automatic certificate management is going, or `None` if ngrok does not "
        "manage certificates for this domain."
    ),
    "ReservedDomain.acme_challenge_cname_target": (
        "For a wildcard domain of your own, the host that a CNAME record for "
        "`_acme-challenge.<domain>` must point at so certificates can be issued; `None` for "
        "other domains."
    ),
    "ReservedDomain.resolves_to": (
        "Where the domain's traffic is served: one entry per point of presence, or a single "
        "`global` entry. Newer than the published spec (Go client only)."
    ),
    "ReservedDomainCreate.resolves_to": (
        "Where the domain's traffic should be served; empty means the default. Newer than "
        "the published spec (Go client only)."
    ),
    "ReservedDomainUpdate.resolves_to": (
        "New places to serve the domain's traffic from; an empty list is not sent and leaves "
        "them unchanged. Newer than the published spec (Go client only)."
    ),
    "ReservedDomainCreate.certificate_id": (
        "The id of a TLS certificate you uploaded, to serve for this domain. Leave `None` "
        "when setting `certificate_management_policy`."
    ),
    "ReservedDomainUpdate.certificate_id": (
        "The id of an uploaded TLS certificate to serve for this domain instead. `None` leaves "
        "it unchanged. Excludes `certificate_management_policy`."
    ),
    "ReservedDomainCreate.certificate_management_policy": (
        "Have ngrok obtain and renew certificates for this domain with this policy. Leave "
        "`None` when setting `certificate_id`."
    ),
    "ReservedDomainUpdate.certificate_management_policy": (
        "A new policy for ngrok to obtain certificates with; `None` leaves it unchanged. "
        "Excludes `certificate_id`."
    ),
    "ReservedDomainCertPolicy.authority": (
        "The certificate authority to obtain certificates from. Only `letsencrypt` is "
        "accepted."
    ),
    "ReservedDomainCertPolicy.private_key_type": (
        "The kind of key the certificates are issued for: `ecdsa` (the default) or `rsa`."
    ),
    "ReservedDomainCertStatus.renews_at": (
        "When ngrok will next ask for a fresh certificate, or `None` if nothing is planned."
    ),
    "ReservedDomainCertStatus.provisioning_job": (
        "The job obtaining or renewing the certificate right now, or `None` if none is "
        "running."
    ),
    "ReservedDomainCertJob.error_code": (
        "Why the job is failing, or `None` while it is not: `INTERNAL_ERROR` passes by "
        "itself, while `DNS_ERROR` needs you to fix the domain's DNS records."
    ),
    "ReservedDomainCertJob.msg": "A human-readable account of the job's progress or error.",
    "ReservedDomainCertJob.started_at": "When the job started.",
    "ReservedDomainCertJob.retries_at": (
        "When the job will be tried again after a failure, or `None` if no retry is planned."
    ),
    "ReservedDomainResolvesToEntry.value": (
        "The short code of an ngrok point of presence (such as `us` or `eu`), or `global` "
        "for all of them."
    ),
    # ip_policies
    "IPPolicyRule.cidr": (
        "The address or range the rule covers, in CIDR notation: IPv4 (`192.0.2.0/24`) or "
        "IPv6 (`2001:db8::/32`). A single address is a range of one."
    ),
    "IPPolicyRuleCreate.cidr": (
        "The address or range the rule covers, in CIDR notation: IPv4 (`192.0.2.0/24`) or "
        "IPv6 (`2001:db8::/32`). Required."
    ),
    "IPPolicyRuleUpdate.cidr": (
        "A new address or range for the rule, in CIDR notation; `None` leaves it unchanged."
    ),
    "IPPolicyRule.ip_policy": "The IP policy the rule belongs to.",
    "IPPolicyRuleCreate.ip_policy_id": "The id of the IP policy to add the rule to. Required.",
    "IPPolicyRule.action": (
        "What happens to connections from the range: `allow` or `deny`."
    ),
    "IPPolicyRuleCreate.action": (
        "What happens to connections from the range: `Some(\"allow\")` or "
        "`Some(\"deny\")`. Required, although the type allows `None`."
    ),
    # edges
    "HTTPSEdge.hostports": (
        "The `host:port` pairs the edge serves, such as `app.example.com:443`."
    ),
    "HTTPSEdgeCreate.hostports": (
        "The `host:port` pairs the edge is to serve, such as `app.example.com:443`."
    ),
    "HTTPSEdgeUpdate.hostports": (
        "A new set of `host:port` pairs for the edge to serve; an empty list is not sent and "
        "leaves them unchanged."
    ),
    "HTTPSEdge.routes": "The edge's routes, each taking the requests it matches.",
    "HTTPSEdge.description": (
        "A human-readable note on what the edge is for; at most 255 bytes. Empty if none was "
        "given."
    ),
    "HTTPSEdgeRoute.edge_id": "The id of the HTTPS edge the route belongs to.",
    "HTTPSEdgeRouteCreate.edge_id": (
        "The id of the HTTPS edge to add the route to. It goes into the request path."
    ),
    "HTTPSEdgeRouteUpdate.edge_id": (
        "The id of the HTTPS edge the route belongs to. It goes into the request path."
    ),
    "HTTPSEdgeRoute.match_type": (
        "How `match` is compared with requests: `exact_path` or `path_prefix`."
    ),
    "HTTPSEdgeRouteCreate.match_type": (
        "How `match` is compared with requests: `exact_path` or `path_prefix`. Required."
    ),
    "HTTPSEdgeRouteUpdate.match_type": (
        "A new way to compare `match` with requests (`exact_path` or `path_prefix`); empty "
        "leaves it unchanged."
    ),
    "HTTPSEdgeRoute.match": (
        "What the route selects: a path such as `/api`, a host such as `example.com`, or both "
        "(`example.com/api`)."
    ),
    "HTTPSEdgeRouteCreate.match": (
        "What the route selects: a path such as `/api`, a host such as `example.com`, or both "
        "(`example.com/api`). Required."
    ),
    "HTTPSEdgeRouteUpdate.match": "A new selector for the route; empty leaves it unchanged.",
    "HTTPSEdgeRouteUpdate.description": (
        "A new human-readable note on the route; empty leaves it unchanged."
    ),
    "HTTPSEdgeRouteUpdate.metadata": (
        "New machine-readable data for the route; empty leaves it unchanged."
    ),
    # endpoint_modules
    "EndpointBackend.backend": "The backend that serves the traffic.",
    "EndpointBackendMutate.backend_id": "The id of the backend that is to serve the traffic.",
    "EndpointCircuitBreaker.tripped_duration": (
        "Seconds the breaker stays open after it trips before upstream health is tried again."
    ),
    "EndpointCircuitBreaker.rolling_window": (
        "Length, in seconds, of the sliding window over which request outcomes are counted."
    ),
    "EndpointCircuitBreaker.num_buckets": (
        "How many buckets the window is divided into; at most 128."
    ),
    "EndpointCircuitBreaker.volume_threshold": (
        "How many requests the window must hold before the breaker may trip, so that a few "
        "errors on a quiet route do not trip it."
    ),
    "EndpointCircuitBreaker.error_threshold_percentage": (
        "The share of failed requests that trips the breaker, as a fraction from 0.0 to 1.0 "
        "(despite the name, not from 0 to 100)."
    ),
    "EndpointIPPolicy.ip_policies": (
        "The IP policies each connection's source address is checked against."
    ),
    "EndpointIPPolicyMutate.ip_policy_ids": (
        "The ids of the IP policies to check each connection's source address against."
    ),
    "EndpointMutualTLS.certificate_authorities": (
        "The certificate authorities whose client certificates are accepted."
    ),
    "EndpointMutualTLSMutate.certificate_authority_ids": (
        "The ids of the certificate authorities whose client certificates are accepted."
    ),
    "EndpointOAuth.provider": (
        "The identity provider visitors sign in with, and which of its users may enter."
    ),
    "EndpointOAuth.auth_check_interval": (
        "Seconds after which ngrok asks the identity provider again whether a signed-in "
        "visitor may still enter. This bounds how long a revoked user keeps access."
    ),
    "EndpointOAuthGitHub.teams": (
        "GitHub teams whose members may enter, each written `org-slug/team-slug`."
    ),
    "EndpointOAuthGitHub.organizations": (
        "GitHub organizations, by slug, whose members may enter."
    ),
    "EndpointOAuthProvider.github": "Sign in with GitHub.",
    "EndpointOAuthProvider.facebook": "Sign in with Facebook.",
    "EndpointOAuthProvider.microsoft": "Sign in with Microsoft.",
    "EndpointOAuthProvider.google": "Sign in with Google.",
    "EndpointOAuthProvider.linkedin": "Sign in with LinkedIn.",
    "EndpointOAuthProvider.gitlab": "Sign in with GitLab.",
    "EndpointOAuthProvider.twitch": "Sign in with Twitch.",
    "EndpointOAuthProvider.amazon": "Sign in with Amazon.",
    "EndpointOIDC.issuer": (
        "The base URL of the OpenID provider, from which its configuration is discovered."
    ),
    "EndpointOIDC.client_id": (
        "The client id of the application registered with the provider; tokens must be "
        "issued for it."
    ),
    "EndpointOIDC.client_secret": (
        "The client secret of that application. Hidden from `Debug` output."
    ),
    "EndpointOIDC.scopes": "The scopes to ask the OpenID provider for.",
    "EndpointRequestHeaders.add": (
        "Headers to set on each request before it is forwarded, by name."
    ),
    "EndpointRequestHeaders.remove": (
        "Names of the headers to strip from each request before it is forwarded."
    ),
    "EndpointResponseHeaders.add": (
        "Headers to set on each response before it is returned, by name."
    ),
    "EndpointResponseHeaders.remove": (
        "Names of the headers to strip from each response before it is returned."
    ),
    "EndpointSAML.idp_metadata": (
        "The identity provider's metadata: its whole XML `EntityDescriptor` document."
    ),
    "EndpointSAMLMutate.idp_metadata": (
        "The identity provider's metadata: its whole XML `EntityDescriptor` document, as "
        "the provider offers it for download."
    ),
    "EndpointSAML.entity_id": (
        "The service provider's entity id, a URL equal to `metadata_url`. Assigned by ngrok; "
        "enter it in the identity provider's configuration."
    ),
    "EndpointSAML.assertion_consumer_service_url": (
        "Where the identity provider sends visitors back after signing in. Assigned by "
        "ngrok; enter it in the identity provider's configuration."
    ),
    "EndpointSAML.single_logout_url": (
        "Where the identity provider sends visitors during single logout. Assigned by ngrok; "
        "some providers need it in their configuration."
    ),
    "EndpointSAML.request_signing_certificate_pem": (
        "The PEM certificate whose key signs ngrok's SAML requests. Assigned by ngrok; give "
        "it to the identity provider if it can check request signatures."
    ),
    "EndpointSAML.metadata_url": (
        "The public URL of ngrok's service provider metadata, for identity providers that "
        "read their configuration from it. Assigned by ngrok."
    ),
    "EndpointTLSTermination.terminate_at": (
        "Where TLS is terminated: `edge` (at ngrok, so the other modules can see the "
        "requests) or `upstream` (passed on to the agent or your service, which rules out "
        "most other modules). A place, not a time."
    ),
    "EndpointTLSTermination.min_version": (
        "The oldest TLS version accepted from clients; `None` lets ngrok choose a safe "
        "default. Must be `None` when `terminate_at` is `upstream`."
    ),
    "EndpointTLSTerminationAtEdge.min_version": (
        "The oldest TLS version accepted from clients; `None` lets ngrok choose a safe "
        "default."
    ),
    "EndpointTrafficPolicy.value": "The traffic policy document, as text.",
    "EndpointUserAgentFilter.allow": (
        "Regular expressions for the `User-Agent` headers to let through."
    ),
    "EndpointUserAgentFilter.deny": (
        "Regular expressions for the `User-Agent` headers to turn away."
    ),
    "EndpointWebhookValidation.provider": (
        "The service that sends the webhooks; must be one of the providers ngrok supports."
    ),
    "EndpointWebhookValidation.secret": (
        "The secret the provider signs its webhooks with. Needed for every provider except "
        "AWS SNS. Hidden from `Debug` output."
    ),
    # tunnel_sessions
    "TunnelSession.agent_version": "The version of the ngrok agent behind the session.",
    "TunnelSession.credential": (
        "The tunnel credential or SSH credential the agent authenticated with."
    ),
    "TunnelSession.ip": "The IP address the agent connected from.",
    "TunnelSession.metadata": (
        "The metadata set in the agent's configuration file, if any."
    ),
    "TunnelSession.os": "The operating system of the machine the agent runs on.",
    "TunnelSession.region": "The ngrok region the agent connected to, such as `us` or `eu`.",
    "TunnelSession.started_at": "When the agent first connected for this session.",
    "TunnelSession.transport": (
        "The protocol the agent connected with: `ngrok/v2` for the ngrok agent or `ssh`."
    ),
    "TunnelSessionsUpdate.id": (
        "The id of the tunnel session whose agent should update. It goes into the request "
        "path."
    ),
    # event_subscriptions
    "EventSubscription.sources": "The kinds of events the subscription captures.",
    "EventSubscription.destinations": "The event destinations the events are delivered to.",
    "EventSubscriptionCreate.sources": "The kinds of events to capture.",
    "EventSubscriptionCreate.destination_ids": (
        "The ids of the event destinations to deliver the events to."
    ),
    "EventSubscriptionUpdate.sources": (
        "The complete new set of event kinds to capture; an empty list is not sent and "
        "leaves them unchanged."
    ),
    "EventSubscriptionUpdate.destination_ids": (
        "The complete new set of event destination ids; an empty list is not sent and "
        "leaves them unchanged."
    ),
    "EventSubscription.metadata": (
        "Free-form data for your programs to attach to the subscription; at most 4096 "
        "characters. Empty if none was given."
    ),
    "EventSubscriptionCreate.metadata": (
        "Free-form data for your programs to attach to the subscription; at most 4096 "
        "characters. Optional."
    ),
    "EventSource.type": "The event type, such as `ip_policy_created.v0`.",
    "EventSource.uri": "The API URL of this event source.",
    "EventSourceCreate.subscription_id": (
        "The id of the event subscription to add the event type to. It goes into the request "
        "path."
    ),
    "EventSourceCreate.type": "The event type to capture, such as `ip_policy_created.v0`.",
    "EventSourceUpdate.subscription_id": (
        "The id of the event subscription the source belongs to. It goes into the request "
        "path."
    ),
    "EventSourceUpdate.type": (
        "The event type that names the source within its subscription. It goes into the "
        "request path."
    ),
    "EventSourceReplace.type": "The event type to capture, such as `ip_policy_created.v0`.",
    "EventSourceList.sources": "The event sources of the subscription.",
    "EventSourceList.uri": "The API URL of this list.",
    # tunnels
    "Tunnel.id": "The tunnel's unique id, assigned by ngrok.",
    "Tunnel.public_url": (
        "The URL at which the tunnel's endpoint is reached; empty for a tunnel without one, "
        "such as a backend tunnel."
    ),
    "Tunnel.started_at": "When the agent started the tunnel.",
    "Tunnel.metadata": "The metadata set for the tunnel in the agent's configuration, if any.",
    "Tunnel.proto": "The tunnel's protocol: `http`, `https`, `tcp` or `tls`.",
    "Tunnel.region": "The ngrok region the tunnel runs in, such as `us` or `eu`.",
    "Tunnel.tunnel_session": "The tunnel session of the agent that started the tunnel.",
    "Tunnel.endpoint": (
        "The endpoint the tunnel serves, when an agent started the tunnel for one; `None` "
        "otherwise."
    ),
    "Tunnel.labels": (
        "The labels by which tunnel group backends select this tunnel; empty unless it is a "
        "backend tunnel."
    ),
    "Tunnel.backends": "The tunnel group backends this tunnel serves.",
    "Tunnel.forwards_to": (
        "Where the agent sends the tunnel's traffic: a URL or a network address."
    ),
}

# Runs of this many words shared with a description in the published spec make a doc fail.
SPEC_OVERLAP_WORDS = 7

# ---------------------------------------------------------------------------------------
# Areas: the tables above cover the first services; every other group of types lives in a
# module of its own under `tools/typedocs/`, so that areas can be documented side by side.
# An area module defines `FILES`, and may define `NOUNS`, `SCHEMA_DOCS`, `FIELD_DOCS`,
# `FIELD_OVERRIDES`, `SECRET_FIELDS`, `EXTRA_TIMESTAMPS` and `NOT_TIMESTAMPS`, with the
# meanings they have above. An area's `FIELD_DOCS` apply only to the schemas of its own
# `FILES`, and are looked up before the shared ones.
# ---------------------------------------------------------------------------------------

AREA_DIR = Path(__file__).resolve().parent / "typedocs"
# schema name -> that area's FIELD_DOCS
AREA_FIELD_DOCS: dict[str, dict[str, str]] = {}
# schema name -> area name ("core" for the tables in this file)
AREA_OF: dict[str, str] = {}


def load_areas(only: set[str] | None) -> list[str]:
    """Merges every area module into the tables above; returns the names of those loaded."""
    import importlib.util

    for _, _, names in FILES:
        for n in names:
            AREA_OF[n] = "core"
    loaded = []
    problems = []
    for path in sorted(AREA_DIR.glob("*.py")):
        area = path.stem
        if area.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"typedocs_{area}", path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as e:  # noqa: BLE001 - report any failure with the file's name
            if only is not None and area not in only:
                print(f"note: skipping area {area}: {e}", file=sys.stderr)
                continue
            raise GenError(f"tools/typedocs/{area}.py does not load: {e}") from e
        files = getattr(module, "FILES", None)
        if not files:
            problems.append(f"tools/typedocs/{area}.py defines no FILES")
            continue
        FILES.extend(files)
        area_field_docs = getattr(module, "FIELD_DOCS", {})
        for _, _, names in files:
            for n in names:
                AREA_OF.setdefault(n, area)
                AREA_FIELD_DOCS[n] = area_field_docs
        for table_name in ("NOUNS", "SCHEMA_DOCS", "FIELD_OVERRIDES"):
            table = globals()[table_name]
            for key, value in getattr(module, table_name, {}).items():
                if key in table and table[key] != value:
                    problems.append(f"{table_name}[{key!r}] is defined twice ({area}.py and another)")
                table[key] = value
        SECRET_FIELDS.update(getattr(module, "SECRET_FIELDS", set()))
        EXTRA_TIMESTAMPS.update(getattr(module, "EXTRA_TIMESTAMPS", set()))
        NOT_TIMESTAMPS.update(getattr(module, "NOT_TIMESTAMPS", set()))
        loaded.append(area)
    if problems:
        raise GenError("\n".join(problems))
    return loaded


# ---------------------------------------------------------------------------------------
# Generator.
# ---------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "ngrok-api" / "src" / "types"
DEFAULT_CATALOG = ROOT / "api" / "catalog.json"
# The published spec, used only to check that no doc repeats its words. It is not part of
# the repository (the catalog copy there is facts only).
DEFAULT_SPEC = Path("/work/shared/api/ngrok.yaml")
WIDTH = 100


class GenError(Exception):
    pass


def split_type(t: str) -> tuple[str, str | None]:
    """('list', inner), ('map', inner) or ('plain', t)."""
    if t.startswith("list<") and t.endswith(">"):
        return "list", t[5:-1]
    if t.startswith("map<") and t.endswith(">"):
        key, _, value = t[4:-1].partition(",")
        if key.strip() != "string":
            raise GenError(f"map with non-string keys: {t}")
        return "map", value.strip()
    return "plain", t


def schema_deps(t: str) -> list[str]:
    kind, inner = split_type(t)
    if kind != "plain":
        return schema_deps(inner)
    return [] if t in SCALARS else [t]


def is_timestamp(schema: str, field: dict) -> bool:
    q = f"{schema}.{field['json']}"
    if q in EXTRA_TIMESTAMPS:
        return True
    return field["type"] == "string" and field["json"].endswith("_at") and q not in NOT_TIMESTAMPS


def is_secret(schema: str, field: dict) -> bool:
    return field["json"] in SECRET_FIELD_NAMES or f"{schema}.{field['json']}" in SECRET_FIELDS


def rust_type(t: str, schemas: dict, boxed: bool) -> str:
    kind, inner = split_type(t)
    if kind == "list":
        return f"Vec<{rust_type(inner, schemas, False)}>"
    if kind == "map":
        return f"BTreeMap<String, {rust_type(inner, schemas, False)}>"
    if t in SCALARS:
        return SCALARS[t]
    if t not in schemas:
        raise GenError(f"unknown type {t!r}")
    return f"Box<{t}>" if boxed else t


def rust_ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise GenError(f"field name {name!r} is not a valid Rust identifier")
    if name in NOT_RAW_ABLE:
        raise GenError(f"field name {name!r} cannot be a Rust identifier, not even a raw one")
    return f"r#{name}" if name in RUST_KEYWORDS else name


def kind_of(schema: str) -> str | None:
    for suffix in KIND_SUFFIXES:
        if schema.endswith(suffix) and schema != suffix:
            return suffix
    return None


def noun_of(schema: str) -> str | None:
    kind = kind_of(schema)
    base = schema[: -len(kind)] if kind else schema
    return NOUNS.get(base) or NOUNS.get(schema)


def field_doc(schema: str, field: dict) -> tuple[str | None, str]:
    name = field["json"]
    kind = kind_of(schema)
    qualified = f"{schema}.{name}"
    if qualified in FIELD_OVERRIDES:
        return FIELD_OVERRIDES[qualified], qualified
    generic = [f"*{kind}.{name}", name] if kind else [name]
    for table in (AREA_FIELD_DOCS.get(schema, {}), FIELD_DOCS):
        for key in generic:
            if key in table:
                return table[key], key
    return None, ""


def render_doc(text: str, indent: str) -> list[str]:
    lines: list[str] = []
    for i, para in enumerate(text.split("\n\n")):
        if i:
            lines.append(f"{indent}///")
        prefix = f"{indent}/// "
        wrapped = textwrap.wrap(
            " ".join(para.split()),
            width=WIDTH,
            initial_indent=prefix,
            subsequent_indent=prefix,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(wrapped)
    return lines


def boxed_edges(names: list[str], schemas: dict) -> set[tuple[str, str]]:
    """Fields (schema, json) that hold a type of their own cycle by value; those get a Box."""
    graph = {
        n: {
            (f["json"], f["type"])
            for f in schemas[n]["fields"]
            if split_type(f["type"])[0] == "plain" and f["type"] not in SCALARS
        }
        for n in names
    }
    # Tarjan's strongly connected components.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    comp: dict[str, int] = {}
    counter = [0, 0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for _, w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            while True:
                w = stack.pop()
                on.discard(w)
                comp[w] = counter[1]
                if w == v:
                    break
            counter[1] += 1

    for n in names:
        if n not in index:
            visit(n)
    return {(v, j) for v in graph for j, w in graph[v] if w in comp and comp[w] == comp[v]}


def load_spec_shingles(spec: Path) -> set[tuple[str, ...]] | None:
    if not spec.exists():
        return None
    words: list[str] = []
    shingles: set[tuple[str, ...]] = set()
    # Descriptions are folded scalars: a `description: >` line followed by indented text.
    text_lines = spec.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(text_lines):
        line = text_lines[i]
        m = re.match(r"^(\s*)(description|summary):\s*(.*)$", line)
        i += 1
        if not m:
            continue
        indent = len(m.group(1))
        body = [] if m.group(3) in (">", "|", ">-", "|-") else [m.group(3)]
        while i < len(text_lines) and (
            not text_lines[i].strip() or len(text_lines[i]) - len(text_lines[i].lstrip()) > indent
        ):
            body.append(text_lines[i])
            i += 1
        words = tokenize(" ".join(body))
        for k in range(len(words) - SPEC_OVERLAP_WORDS + 1):
            shingles.add(tuple(words[k : k + SPEC_OVERLAP_WORDS]))
    return shingles


def tokenize(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def copied_run(doc: str, shingles: set[tuple[str, ...]]) -> str | None:
    words = tokenize(doc)
    for k in range(len(words) - SPEC_OVERLAP_WORDS + 1):
        if tuple(words[k : k + SPEC_OVERLAP_WORDS]) in shingles:
            return " ".join(words[k : k + SPEC_OVERLAP_WORDS])
    return None


def format_use_list(path: str, items: list[str]) -> list[str]:
    """A `use path::{...};` laid out the way rustfmt does by default."""
    if len(items) == 1:
        return [f"use {path}::{items[0]};"]
    one = f"use {path}::{{{', '.join(items)}}};"
    if len(one) <= WIDTH:
        return [one]
    lines = [f"use {path}::{{"]
    cur = "   "
    for item in items:
        piece = f" {item},"
        # rustfmt keeps these lines one column short of max_width.
        if len(cur) + len(piece) > WIDTH - 1:
            lines.append(cur)
            cur = "   "
        cur += piece
    lines.append(cur)
    lines.append("};")
    return lines


def rustfmt_sort_key(name: str):
    # rustfmt with style edition 2015/2021 (this workspace: edition 2021) orders the items of
    # a use list, and consecutive `mod` and `use` items, by plain byte order.
    return name


PLACEHOLDER_DOC = "Not documented yet."


def generate(
    catalog: dict, spec_shingles, checked: set[str] | None = None, placeholders: bool = False
) -> dict[str, str]:
    """Renders every file. `checked` limits the doc checks to those areas; `placeholders`
    fills missing docs with a placeholder instead of failing (for trying out declarations
    before their docs are written; never for a commit)."""
    schemas = catalog["schemas"]
    errors: list[str] = []

    owner: dict[str, str] = {}
    order: list[str] = []
    for stem, _, names in FILES:
        for n in names:
            if n in owner:
                errors.append(f"schema {n} is listed in both {owner[n]}.rs and {stem}.rs")
            elif n not in schemas:
                errors.append(f"schema {n} ({stem}.rs) is not in the catalog")
            else:
                owner[n] = stem
                order.append(n)
    if errors:
        raise GenError("\n".join(errors))

    # Every referenced schema must be generated too.
    for n in order:
        for f in schemas[n]["fields"]:
            for dep in schema_deps(f["type"]):
                if dep not in owner:
                    errors.append(f"{n}.{f['json']} uses {dep}, which no file in FILES lists")

    # Docs: present, filled in, not copied from the spec, consistent with the type.
    docs: dict[str, str] = {}
    for n in order:
        where = AREA_OF.get(n, "core")
        where = "tools/gen_types.py" if where == "core" else f"tools/typedocs/{where}.py"
        in_scope = checked is None or AREA_OF.get(n) in checked
        doc = SCHEMA_DOCS.get(n)
        if not doc or not doc.strip():
            if placeholders or not in_scope:
                docs[n] = PLACEHOLDER_DOC
            else:
                errors.append(f"schema {n} has no doc: add SCHEMA_DOCS[{n!r}] in {where}")
        else:
            docs[n] = doc
        for f in schemas[n]["fields"]:
            q = f"{n}.{f['json']}"
            fdoc, key = field_doc(n, f)
            if not in_scope:
                # Another area's field: rendered as far as possible, never checked.
                if not fdoc or "{noun}" in fdoc and noun_of(n) is None:
                    fdoc = PLACEHOLDER_DOC
                docs[q] = fdoc.replace("{noun}", noun_of(n) or "")
                continue
            if not fdoc or not fdoc.strip():
                if placeholders:
                    docs[q] = PLACEHOLDER_DOC
                    continue
                errors.append(
                    f"field {q} has no doc: add FIELD_OVERRIDES[{q!r}] or FIELD_DOCS[{f['json']!r}]"
                    f" in {where}"
                )
                continue
            if "{noun}" in fdoc:
                noun = noun_of(n)
                if noun is None:
                    if placeholders:
                        docs[q] = PLACEHOLDER_DOC
                        continue
                    errors.append(f"field {q}: doc {key!r} needs a noun; add one to NOUNS in {where}")
                    continue
                fdoc = fdoc.replace("{noun}", noun)
            if "`None`" in fdoc and not f["nullable"]:
                if placeholders:
                    docs[q] = PLACEHOLDER_DOC
                    continue
                errors.append(f"field {q}: doc {key!r} mentions `None` but the field is not nullable")
            docs[q] = fdoc
    for key in FIELD_OVERRIDES:
        schema, _, name = key.partition(".")
        if not name:
            errors.append(f"FIELD_OVERRIDES[{key!r}] must be 'Schema.field'; shared docs go in FIELD_DOCS")
        if schema in owner and name not in {f["json"] for f in schemas[schema]["fields"]}:
            errors.append(f"FIELD_OVERRIDES[{key!r}] names a field {schema} does not have")
    for key, text in docs.items():
        if checked is not None and AREA_OF.get(key.partition(".")[0]) not in checked:
            continue
        for link in re.findall(r"\[`([A-Za-z0-9_:]+)`\](?!\()", text):
            if link not in owner and link not in ("Default",):
                errors.append(f"doc of {key} links to [`{link}`], which is not a generated type")
        if spec_shingles is not None:
            run = copied_run(text, spec_shingles)
            if run:
                errors.append(f"doc of {key} repeats the spec's words: {run!r}; reword it")
    if errors:
        raise GenError("\n".join(errors))

    boxed = boxed_edges(order, schemas)
    files: dict[str, str] = {}
    for stem, mod_doc, names in FILES:
        uses_map = uses_ts = False
        foreign: set[str] = set()
        body: list[str] = []
        def local_links(text: str) -> str:
            # A link to a type of another file names it through the parent module, which
            # re-exports every type, so the file needs no `use` just for a doc link.
            return re.sub(
                r"\[`([A-Za-z0-9_]+)`\](?!\()",
                lambda m: m.group(0)
                if owner.get(m.group(1), stem) == stem
                else f"[`{m.group(1)}`](super::{m.group(1)})",
                text,
            )

        for n in names:
            if body:
                body.append("")
            body.extend(render_doc(local_links(docs[n]), ""))
            body.append("#[crate::model]")
            fields = schemas[n]["fields"]
            if not fields:
                body.append(f"pub struct {n} {{}}")
                continue
            body.append(f"pub struct {n} {{")
            for f in fields:
                name = f["json"]
                if is_timestamp(n, f):
                    if f["type"] != "string":
                        raise GenError(f"{n}.{name} is listed as a timestamp but is {f['type']}")
                    ty = "Timestamp"
                    uses_ts = True
                else:
                    ty = rust_type(f["type"], schemas, (n, name) in boxed)
                    if split_type(f["type"])[0] == "map":
                        uses_map = True
                    for dep in schema_deps(f["type"]):
                        if owner[dep] != stem:
                            foreign.add(dep)
                if f["nullable"]:
                    ty = f"Option<{ty}>"
                body.extend(render_doc(local_links(docs[f"{n}.{name}"]), "    "))
                if is_secret(n, f):
                    body.append("    #[secret]")
                body.append(f"    pub {rust_ident(name)}: {ty},")
            body.append("}")

        out: list[str] = render_doc(mod_doc, "").copy()
        out = [line.replace("///", "//!", 1) for line in out]
        out.append("")
        out.extend(f"// {line}" for line in textwrap.wrap(GENERATED_NOTE, WIDTH - 3))
        out.append("")
        std_uses = ["use std::collections::BTreeMap;"] if uses_map else []
        crate_uses: list[str] = []
        if foreign:
            crate_uses.extend(format_use_list("super", sorted(foreign, key=rustfmt_sort_key)))
        if uses_ts:
            crate_uses.append("use crate::Timestamp;")
        if std_uses:
            out.extend(std_uses)
            out.append("")
        if crate_uses:
            out.extend(crate_uses)
            out.append("")
        out.extend(body)
        files[f"{stem}.rs"] = "\n".join(out) + "\n"

    mod = [line.replace("///", "//!", 1) for line in render_doc(MOD_DOC, "")]
    mod.append("")
    mod.extend(f"// {line}" for line in textwrap.wrap(GENERATED_NOTE, WIDTH - 3))
    mod.append("")
    stems = sorted((stem for stem, _, _ in FILES), key=rustfmt_sort_key)
    for stem in stems:
        mod.append(f"mod {stem};")
    mod.append("")
    for stem in stems:
        mod.append(f"pub use {stem}::*;")
    mod.append("")
    mod.extend(render_doc(SCHEMAS_FN_DOC, ""))
    mod.append("pub fn schemas() -> &'static [crate::meta::SchemaFn] {")
    mod.append("    &[")
    for n in order:
        mod.append(f"        <{n} as crate::Model>::schema,")
    mod.append("    ]")
    mod.append("}")
    files["mod.rs"] = "\n".join(mod) + "\n"
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--catalog",
        type=Path,
        default=Path(os.environ.get("NGROK_API_CATALOG", DEFAULT_CATALOG)),
    )
    ap.add_argument(
        "--spec",
        type=Path,
        default=Path(os.environ.get("NGROK_API_SPEC", DEFAULT_SPEC)),
        help="the published OpenAPI spec, to check that no doc copies it",
    )
    ap.add_argument("--check", action="store_true", help="only report whether files are stale")
    ap.add_argument(
        "--only",
        metavar="AREA[,AREA]",
        help="check the docs of these areas (typedocs module names, or core) and write nothing",
    )
    ap.add_argument(
        "--show",
        action="store_true",
        help="with --only: print the Rust files of those areas as they would be generated",
    )
    ap.add_argument(
        "--placeholders",
        action="store_true",
        help="write a placeholder where a doc is missing (for trying declarations; not for commits)",
    )
    args = ap.parse_args()
    only = set(args.only.split(",")) if args.only else None

    catalog = json.loads(args.catalog.read_text(encoding="utf-8"))
    shingles = load_spec_shingles(args.spec)
    if shingles is None:
        print(f"note: {args.spec} not found; the check against copying the spec is skipped", file=sys.stderr)
    try:
        areas = load_areas(only)
        if only is not None:
            unknown = only - set(areas) - {"core"}
            if unknown:
                raise GenError(f"no such area: {', '.join(sorted(unknown))}")
        files = generate(catalog, shingles, only, args.placeholders)
    except GenError as e:
        print(f"gen_types.py: error:\n{e}", file=sys.stderr)
        return 1

    if only is not None:
        mine = [n for _, _, names in FILES for n in names if AREA_OF.get(n) in only]
        if args.show:
            for stem, _, names in FILES:
                if names and AREA_OF.get(names[0]) in only:
                    print(f"// ===== ngrok-api/src/types/{stem}.rs\n{files[stem + '.rs']}")
        print(f"docs of {len(mine)} schemas in {', '.join(sorted(only))} are complete; nothing written")
        return 0
    stale = []
    for name, text in files.items():
        path = OUT_DIR / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    if args.check:
        if stale:
            print("stale: " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    n_structs = sum(len(names) for _, _, names in FILES)
    n_fields = sum(len(catalog["schemas"][n]["fields"]) for _, _, names in FILES for n in names)
    print(
        f"{len(files)} files, {n_structs} structs, {n_fields} fields; "
        f"{len(stale)} file(s) rewritten"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
