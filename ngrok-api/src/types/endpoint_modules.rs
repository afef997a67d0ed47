//! The modules that decide how an edge or a route handles traffic: backend, IP restriction, mutual
//! TLS, OAuth, OIDC, SAML, header rewriting and more. The plain types are what the API returns; the
//! `...Mutate` types are what you send where the two differ, naming other objects by id instead of
//! by reference.

use std::collections::BTreeMap;

use super::Ref;

/// The backend module as the API returns it: the backend that serves the traffic.
#[crate::model(response)]
pub struct EndpointBackend {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The backend that serves the traffic.
    pub backend: Ref,
}

/// The backend module as you send it: names the backend by id.
#[crate::model(request)]
pub struct EndpointBackendMutate {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The id of the backend that is to serve the traffic.
    pub backend_id: String,
}

/// The circuit breaker module: when too many upstream requests fail, it stops sending requests
/// upstream for a while and answers with errors instead.
#[crate::model(response)]
pub struct EndpointCircuitBreaker {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Seconds the breaker stays open after it trips before upstream health is tried again.
    pub tripped_duration: u32,
    /// Length, in seconds, of the sliding window over which request outcomes are counted.
    pub rolling_window: u32,
    /// How many buckets the window is divided into; at most 128.
    pub num_buckets: u32,
    /// How many requests the window must hold before the breaker may trip, so that a few errors on
    /// a quiet route do not trip it.
    pub volume_threshold: u32,
    /// The share of failed requests that trips the breaker, as a fraction from 0.0 to 1.0 (despite
    /// the name, not from 0 to 100).
    pub error_threshold_percentage: f64,
}

/// The compression module: compresses responses for clients that say they accept it.
#[crate::model(response)]
pub struct EndpointCompression {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
}

/// The IP restriction module as the API returns it: the IP policies that decide which source
/// addresses may connect.
#[crate::model(response)]
pub struct EndpointIPPolicy {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The IP policies each connection's source address is checked against.
    pub ip_policies: Vec<Ref>,
}

/// The IP restriction module as you send it: names the IP policies by id.
#[crate::model(request)]
pub struct EndpointIPPolicyMutate {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The ids of the IP policies to check each connection's source address against.
    pub ip_policy_ids: Vec<String>,
}

/// The mutual TLS module as the API returns it: clients must present a certificate issued by one of
/// its certificate authorities.
#[crate::model(response)]
pub struct EndpointMutualTLS {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The certificate authorities whose client certificates are accepted.
    pub certificate_authorities: Vec<Ref>,
}

/// The mutual TLS module as you send it: names the certificate authorities by id.
#[crate::model(request)]
pub struct EndpointMutualTLSMutate {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The ids of the certificate authorities whose client certificates are accepted.
    pub certificate_authority_ids: Vec<String>,
}

/// The OAuth module: visitors sign in with an identity provider before their requests go through,
/// and only the users it allows are let in.
#[crate::model(response)]
pub struct EndpointOAuth {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The identity provider visitors sign in with, and which of its users may enter.
    pub provider: EndpointOAuthProvider,
    /// Whether HTTP `OPTIONS` requests go through without signing in, as CORS preflight requests
    /// need.
    pub options_passthrough: bool,
    /// The prefix of the name of the session cookie ngrok sets; empty means the default, `ngrok.`.
    pub cookie_prefix: String,
    /// Seconds without a request after which a visitor's session ends and they must sign in again;
    /// zero means the default.
    pub inactivity_timeout: u32,
    /// The longest a session may last, in seconds, however active; then the visitor must sign in
    /// again. Zero means the default.
    pub maximum_duration: u32,
    /// Seconds after which ngrok asks the identity provider again whether a signed-in visitor may
    /// still enter. This bounds how long a revoked user keeps access.
    pub auth_check_interval: u32,
}

/// The identity provider an OAuth module signs visitors in with. Set exactly one field.
#[crate::model(response)]
pub struct EndpointOAuthProvider {
    /// Sign in with GitHub.
    pub github: Option<EndpointOAuthGitHub>,
    /// Sign in with Facebook.
    pub facebook: Option<EndpointOAuthFacebook>,
    /// Sign in with Microsoft.
    pub microsoft: Option<EndpointOAuthMicrosoft>,
    /// Sign in with Google.
    pub google: Option<EndpointOAuthGoogle>,
    /// Sign in with LinkedIn.
    pub linkedin: Option<EndpointOAuthLinkedIn>,
    /// Sign in with GitLab.
    pub gitlab: Option<EndpointOAuthGitLab>,
    /// Sign in with Twitch.
    pub twitch: Option<EndpointOAuthTwitch>,
    /// Sign in with Amazon.
    pub amazon: Option<EndpointOAuthAmazon>,
}

/// Signing in with Amazon: the OAuth application and who may enter.
#[crate::model(response)]
pub struct EndpointOAuthAmazon {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
}

/// Signing in with Facebook: the OAuth application and who may enter.
#[crate::model(response)]
pub struct EndpointOAuthFacebook {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
}

/// Signing in with GitHub: the OAuth application and who may enter, by email, team or organization.
#[crate::model(response)]
pub struct EndpointOAuthGitHub {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
    /// GitHub teams whose members may enter, each written `org-slug/team-slug`.
    pub teams: Vec<String>,
    /// GitHub organizations, by slug, whose members may enter.
    pub organizations: Vec<String>,
}

/// Signing in with GitLab: the OAuth application and who may enter.
#[crate::model(response)]
pub struct EndpointOAuthGitLab {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
}

/// Signing in with Google: the OAuth application and who may enter.
#[crate::model(response)]
pub struct EndpointOAuthGoogle {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
}

/// Signing in with LinkedIn: the OAuth application and who may enter.
#[crate::model(response)]
pub struct EndpointOAuthLinkedIn {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
}

/// Signing in with Microsoft: the OAuth application and who may enter.
#[crate::model(response)]
pub struct EndpointOAuthMicrosoft {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
}

/// Signing in with Twitch: the OAuth application and who may enter.
#[crate::model(response)]
pub struct EndpointOAuthTwitch {
    /// The client id of your own OAuth application at the provider. `None` uses ngrok's managed
    /// application, which has restrictions; when set, `client_secret` must be set too.
    pub client_id: Option<String>,
    /// The client secret of your own OAuth application, set together with `client_id`. Hidden from
    /// `Debug` output.
    #[secret]
    pub client_secret: Option<String>,
    /// Extra OAuth scopes to ask the provider for. Allowed only with your own application
    /// (`client_id` and `client_secret`).
    pub scopes: Vec<String>,
    /// Email addresses of the signed-in users who may enter.
    pub email_addresses: Vec<String>,
    /// Email domains, such as `example.com`, whose signed-in users may enter.
    pub email_domains: Vec<String>,
}

/// The OpenID Connect module: visitors sign in with an OIDC identity provider of your choosing
/// before their requests go through.
#[crate::model(response)]
pub struct EndpointOIDC {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Whether HTTP `OPTIONS` requests go through without signing in, as CORS preflight requests
    /// need.
    pub options_passthrough: bool,
    /// The prefix of the name of the session cookie ngrok sets; empty means the default, `ngrok.`.
    pub cookie_prefix: String,
    /// Seconds without a request after which a visitor's session ends and they must sign in again;
    /// zero means the default.
    pub inactivity_timeout: u32,
    /// The longest a session may last, in seconds, however active; then the visitor must sign in
    /// again. Zero means the default.
    pub maximum_duration: u32,
    /// The base URL of the OpenID provider, from which its configuration is discovered.
    pub issuer: String,
    /// The client id of the application registered with the provider; tokens must be issued for it.
    pub client_id: String,
    /// The client secret of that application. Hidden from `Debug` output.
    #[secret]
    pub client_secret: String,
    /// The scopes to ask the OpenID provider for.
    pub scopes: Vec<String>,
}

/// The request headers module: adds and removes headers on requests before they are forwarded to
/// your service.
#[crate::model(response)]
pub struct EndpointRequestHeaders {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Headers to set on each request before it is forwarded, by name.
    pub add: BTreeMap<String, String>,
    /// Names of the headers to strip from each request before it is forwarded.
    pub remove: Vec<String>,
}

/// The response headers module: adds and removes headers on your service's responses before they
/// are returned to the client.
#[crate::model(response)]
pub struct EndpointResponseHeaders {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Headers to set on each response before it is returned, by name.
    pub add: BTreeMap<String, String>,
    /// Names of the headers to strip from each response before it is returned.
    pub remove: Vec<String>,
}

/// The SAML module as the API returns it: visitors sign in with a SAML identity provider. Besides
/// your settings it carries the service provider values ngrok assigns, which you enter in the
/// identity provider's configuration.
#[crate::model(response)]
pub struct EndpointSAML {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Whether HTTP `OPTIONS` requests go through without signing in, as CORS preflight requests
    /// need.
    pub options_passthrough: bool,
    /// The prefix of the name of the session cookie ngrok sets; empty means the default, `ngrok.`.
    pub cookie_prefix: String,
    /// Seconds without a request after which a visitor's session ends and they must sign in again;
    /// zero means the default.
    pub inactivity_timeout: u32,
    /// The longest a session may last, in seconds, however active; then the visitor must sign in
    /// again. Zero means the default.
    pub maximum_duration: u32,
    /// The identity provider's metadata: its whole XML `EntityDescriptor` document.
    pub idp_metadata: String,
    /// Whether the identity provider must ask for credentials at every sign-in, even when the
    /// visitor already has a session there.
    pub force_authn: bool,
    /// Whether a sign-in may start at the identity provider rather than at the endpoint. The
    /// provider then passes the URL to land on as `RelayState`.
    pub allow_idp_initiated: Option<bool>,
    /// Groups whose members may enter; empty lets in every user the provider signs in.
    pub authorized_groups: Vec<String>,
    /// The service provider's entity id, a URL equal to `metadata_url`. Assigned by ngrok; enter it
    /// in the identity provider's configuration.
    pub entity_id: String,
    /// Where the identity provider sends visitors back after signing in. Assigned by ngrok; enter
    /// it in the identity provider's configuration.
    pub assertion_consumer_service_url: String,
    /// Where the identity provider sends visitors during single logout. Assigned by ngrok; some
    /// providers need it in their configuration.
    pub single_logout_url: String,
    /// The PEM certificate whose key signs ngrok's SAML requests. Assigned by ngrok; give it to the
    /// identity provider if it can check request signatures.
    pub request_signing_certificate_pem: String,
    /// The public URL of ngrok's service provider metadata, for identity providers that read their
    /// configuration from it. Assigned by ngrok.
    pub metadata_url: String,
    /// The SAML NameID format the identity provider is to identify users with; empty means the
    /// `persistent` format.
    pub nameid_format: String,
}

/// The SAML module as you send it: your settings, without the values ngrok assigns.
#[crate::model(request)]
pub struct EndpointSAMLMutate {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Whether HTTP `OPTIONS` requests go through without signing in, as CORS preflight requests
    /// need.
    pub options_passthrough: bool,
    /// The prefix of the name of the session cookie ngrok sets; empty means the default, `ngrok.`.
    pub cookie_prefix: String,
    /// Seconds without a request after which a visitor's session ends and they must sign in again;
    /// zero means the default.
    pub inactivity_timeout: u32,
    /// The longest a session may last, in seconds, however active; then the visitor must sign in
    /// again. Zero means the default.
    pub maximum_duration: u32,
    /// The identity provider's metadata: its whole XML `EntityDescriptor` document, as the provider
    /// offers it for download.
    pub idp_metadata: String,
    /// Whether the identity provider must ask for credentials at every sign-in, even when the
    /// visitor already has a session there.
    pub force_authn: bool,
    /// Whether a sign-in may start at the identity provider rather than at the endpoint. The
    /// provider then passes the URL to land on as `RelayState`.
    pub allow_idp_initiated: Option<bool>,
    /// Groups whose members may enter; empty lets in every user the provider signs in.
    pub authorized_groups: Vec<String>,
    /// The SAML NameID format the identity provider is to identify users with; empty means the
    /// `persistent` format.
    pub nameid_format: String,
}

/// The TLS termination module: where the TLS of incoming connections is terminated and the oldest
/// TLS version accepted.
#[crate::model(response)]
pub struct EndpointTLSTermination {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Where TLS is terminated: `edge` (at ngrok, so the other modules can see the requests) or
    /// `upstream` (passed on to the agent or your service, which rules out most other modules). A
    /// place, not a time.
    pub terminate_at: String,
    /// The oldest TLS version accepted from clients; `None` lets ngrok choose a safe default. Must
    /// be `None` when `terminate_at` is `upstream`.
    pub min_version: Option<String>,
}

/// The TLS termination module as you send it to an HTTPS edge, which always terminates TLS at
/// ngrok: only the oldest accepted TLS version can be chosen.
#[crate::model(request)]
pub struct EndpointTLSTerminationAtEdge {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The oldest TLS version accepted from clients; `None` lets ngrok choose a safe default.
    pub min_version: Option<String>,
}

/// The traffic policy module: a traffic policy document whose rules act on the traffic.
#[crate::model(response)]
pub struct EndpointTrafficPolicy {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The traffic policy document, as text.
    pub value: String,
}

/// The user agent filter module: lets requests through or turns them away by their `User-Agent`
/// header.
#[crate::model(response)]
pub struct EndpointUserAgentFilter {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// Regular expressions for the `User-Agent` headers to let through.
    pub allow: Vec<String>,
    /// Regular expressions for the `User-Agent` headers to turn away.
    pub deny: Vec<String>,
}

/// The webhook verification module: only requests signed by the named webhook provider with the
/// shared secret get through.
#[crate::model(response)]
pub struct EndpointWebhookValidation {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
    /// The service that sends the webhooks; must be one of the providers ngrok supports.
    pub provider: String,
    /// The secret the provider signs its webhooks with. Needed for every provider except AWS SNS.
    /// Hidden from `Debug` output.
    #[secret]
    pub secret: String,
}

/// The WebSocket to TCP converter module: unwraps WebSocket connections into plain TCP streams to
/// your service.
#[crate::model(response)]
pub struct EndpointWebsocketTCPConverter {
    /// Whether the module acts on traffic. `Some(false)` keeps its settings but switches it off;
    /// `None` counts as on.
    pub enabled: Option<bool>,
}
