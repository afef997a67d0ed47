//! Who may use the account and how: API keys, AI gateway keys, bot and service users,
//! application users and their sessions, tunnel authtokens and SSH keys.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    api_keys: ["api_keys"],
    ai_gateway_api_keys: ["ai_gateway_api_keys"],
    bot_users: ["bot_users"],
    service_users: ["service_users"],
    application_users: ["application_users"],
    application_sessions: ["application_sessions"],
    credentials: ["credentials"],
    ssh_credentials: ["ssh_credentials"],
}

// ---------------------------------------------------------------------------------------
// api_keys
// ---------------------------------------------------------------------------------------

fn api_keys(server: &MockServer, client: &Client) {
    let bot = bot_user(client);
    let (created, updated) = lifecycle!(
        server, client.api_keys(), "/api_keys", "ak",
        create: APIKeyCreate {
            description: "ci".into(),
            metadata: "m".into(),
            owner_id: Some(bot.id.clone()),
            ..Default::default()
        },
        update: |id| APIKeyUpdate { id, description: Some("ci v2".into()), ..Default::default() },
        read_as: |c| APIKey { token: None, ..c },
    );
    assert!(
        created.token.as_deref().is_some_and(|t| !t.is_empty()),
        "create returns the token"
    );
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("ci", "m")
    );
    assert_eq!(created.owner_id.as_deref(), Some(bot.id.as_str()));
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("ci v2", "m")
    );
    assert_eq!(updated.token, None, "only create returns the token");
}

#[test]
fn api_key_create_returns_the_token_once() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .api_keys()
        .create(&APIKeyCreate {
            description: "ci".into(),
            metadata: "m".into(),
            ..Default::default()
        })
        .unwrap();
    assert!(created.id.starts_with("ak_"), "{}", created.id);
    assert_eq!(
        created.uri,
        format!("{}/api_keys/{}", server.url(), created.id)
    );
    assert_recent(&created.created_at);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("ci", "m")
    );
    let token = created.token.as_deref().expect("create returns the token");
    assert!(!token.is_empty());
    let request = last_request(&server);
    assert_call(&request, "POST", "/api_keys");
    assert_eq!(
        body_json(&request),
        json!({"description": "ci", "metadata": "m"}),
        "owner_id None is left out"
    );

    let got = client.api_keys().get(&created.id).unwrap();
    assert_eq!(got.token, None, "later reads leave the token out");
    assert_eq!(got.id, created.id);
    assert_eq!(got.description, "ci");
    assert_eq!(got.created_at, created.created_at);
    let request = last_request(&server);
    assert_call(&request, "GET", &format!("/api_keys/{}", created.id));
    assert_no_body(&request);
}

#[test]
fn api_key_create_keeps_the_owner() {
    let server = MockServer::start();
    let created = server
        .client()
        .api_keys()
        .create(&APIKeyCreate {
            owner_id: Some("bot_2xyz".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(created.owner_id.as_deref(), Some("bot_2xyz"));
    assert_eq!(
        body_json(&last_request(&server)),
        json!({"owner_id": "bot_2xyz"})
    );
}

#[test]
fn api_key_update_changes_only_the_given_fields_and_clears_with_empty() {
    let server = MockServer::start();
    let client = server.client();
    let created = client
        .api_keys()
        .create(&APIKeyCreate {
            description: "old".into(),
            metadata: "meta".into(),
            ..Default::default()
        })
        .unwrap();
    let updated = client
        .api_keys()
        .update(&APIKeyUpdate {
            id: created.id.clone(),
            description: Some("new".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(updated.description, "new");
    assert_eq!(updated.metadata, "meta");
    assert_eq!(updated.token, None, "update does not reveal the token");
    let request = last_request(&server);
    assert_call(&request, "PATCH", &format!("/api_keys/{}", created.id));
    assert_eq!(body_json(&request), json!({"description": "new"}));

    let cleared = client
        .api_keys()
        .update(&APIKeyUpdate {
            id: created.id.clone(),
            metadata: Some(String::new()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(cleared.metadata, "");
    assert_eq!(cleared.description, "new");
    assert_eq!(body_json(&last_request(&server)), json!({"metadata": ""}));
}

#[test]
fn api_key_list_returns_every_key_without_tokens() {
    let server = MockServer::start();
    let client = server.client();
    let ids: Vec<String> = (0..3)
        .map(|i| {
            client
                .api_keys()
                .create(&APIKeyCreate {
                    description: format!("key {i}"),
                    ..Default::default()
                })
                .unwrap()
                .id
        })
        .collect();
    let keys: Vec<_> = client
        .api_keys()
        .list()
        .limit(2)
        .iter()
        .map(Result::unwrap)
        .collect();
    let listed: Vec<&str> = keys.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(listed, [ids[2].as_str(), ids[1].as_str(), ids[0].as_str()]);
    assert!(
        keys.iter().all(|k| k.token.is_none()),
        "lists never carry tokens"
    );
    assert_eq!(keys[0].description, "key 2");
    let requests = server.requests();
    let lists: Vec<_> = requests.iter().filter(|r| r.method == "GET").collect();
    assert_eq!(lists.len(), 2, "two pages of at most 2");
    assert!(lists.iter().all(|r| r.path == "/api_keys"));
    assert_eq!(lists[0].query, "limit=2");
}

#[test]
fn api_key_list_with_a_filter_returns_only_matching_keys() {
    let server = MockServer::start();
    let client = server.client();
    let wanted = client
        .api_keys()
        .create(&APIKeyCreate {
            metadata: "deploy".into(),
            ..Default::default()
        })
        .unwrap();
    client.api_keys().create(&APIKeyCreate::default()).unwrap();
    let listed: Vec<String> = client
        .api_keys()
        .list()
        .filter(r#"obj.metadata == "deploy""#)
        .iter()
        .map(|k| k.unwrap().id)
        .collect();
    assert_eq!(listed, [wanted.id]);
}

// ---------------------------------------------------------------------------------------
// ai_gateway_api_keys
// ---------------------------------------------------------------------------------------

fn ai_gateway_api_keys(server: &MockServer, client: &Client) {
    let first = cloud_endpoint(client, "https://ai.example.com");
    let second = cloud_endpoint(client, "https://ai2.example.com");
    let (created, updated) = lifecycle!(
        server, client.ai_gateway_api_keys(), "/ai_gateway_api_keys", "aigwak",
        create: AIGatewayAPIKeyCreate {
            description: "llm".into(),
            metadata: "m".into(),
            endpoint_id: first.id.clone(),
            ..Default::default()
        },
        update: |id| AIGatewayAPIKeyUpdate {
            id,
            description: Some("llm v2".into()),
            endpoint_id: Some(second.id.clone()),
            ..Default::default()
        },
        read_as: |c| AIGatewayAPIKey { token: String::new(), ..c },
    );
    assert!(!created.token.is_empty(), "create returns the token");
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("llm", "m")
    );
    assert_eq!(created.endpoint, reference(server, "/endpoints", &first.id));
    assert_recent(&created.updated_at);
    assert_eq!(updated.description, "llm v2");
    assert_eq!(updated.metadata, "m");
    assert_eq!(
        updated.endpoint,
        reference(server, "/endpoints", &second.id)
    );
    assert_eq!(updated.token, "", "only create returns the token");
    assert!(updated.updated_at >= created.updated_at);
}

// ---------------------------------------------------------------------------------------
// bot_users
// ---------------------------------------------------------------------------------------

fn bot_users(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.bot_users(), "/bot_users", "bot",
        create: BotUserCreate {
            name: "deploy-bot".into(),
            active: Some(true),
            ..Default::default()
        },
        update: |id| BotUserUpdate {
            id,
            name: Some("deploy-bot-2".into()),
            active: Some(false),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.name.as_str(), created.active),
        ("deploy-bot", true)
    );
    assert_eq!(
        (updated.name.as_str(), updated.active),
        ("deploy-bot-2", false)
    );
}

// ---------------------------------------------------------------------------------------
// service_users
// ---------------------------------------------------------------------------------------

fn service_users(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.service_users(), "/service_users", "svcu",
        create: ServiceUserCreate {
            name: "svc-deploy".into(),
            active: Some(true),
            ..Default::default()
        },
        update: |id| ServiceUserUpdate { id, active: Some(false), ..Default::default() },
    );
    assert_eq!(
        (created.name.as_str(), created.active),
        ("svc-deploy", true)
    );
    assert_eq!(
        (updated.name.as_str(), updated.active),
        ("svc-deploy", false)
    );
}

// ---------------------------------------------------------------------------------------
// application_users
// ---------------------------------------------------------------------------------------

fn application_users(server: &MockServer, client: &Client) {
    let seeded = seed_application_user(server);
    assert_id(&seeded.id, "appusr");
    assert_eq!(seeded.uri, uri(server, "/app/users", &seeded.id));
    let users = client.application_users();
    let got = users.get(&seeded.id).unwrap();
    assert_eq!(got, seeded);
    assert_eq!(got.identity_provider.name, "Google");
    assert_eq!(got.email, "ada@example.com");
    let listed = users
        .list()
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>();
    assert_eq!(listed.unwrap(), std::slice::from_ref(&seeded));
    users.delete(&seeded.id).unwrap();
    assert_not_found(users.get(&seeded.id));
    assert_eq!(users.list().iter().count(), 0);
}

// ---------------------------------------------------------------------------------------
// application_sessions
// ---------------------------------------------------------------------------------------

fn application_sessions(server: &MockServer, client: &Client) {
    let user = seed_application_user(server);
    let seeded: ApplicationSession = seed(
        server,
        "application_sessions",
        json!({
            "public_url": "https://app.example.com",
            "browser_session": {
                "user_agent": {
                    "raw": "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Firefox/126.0",
                    "browser_name": "Firefox",
                    "browser_version": "126",
                    "device_type": "Desktop",
                    "os_name": "Linux",
                    "os_version": "6.8",
                },
                "ip_address": "203.0.113.9",
                "location": {
                    "country_code": "DE",
                    "latitude": 52.5,
                    "longitude": 13.4,
                    "lat_long_radius_km": 10,
                },
            },
            "application_user": {"id": user.id, "uri": user.uri},
            "last_active": "2024-05-01T10:00:00Z",
            "expires_at": "2024-05-08T10:00:00Z",
        }),
    );
    assert_id(&seeded.id, "appsess");
    assert_eq!(seeded.uri, uri(server, "/app/sessions", &seeded.id));
    let sessions = client.application_sessions();
    let got = sessions.get(&seeded.id).unwrap();
    assert_eq!(got, seeded);
    assert_eq!(got.browser_session.user_agent.browser_name, "Firefox");
    let location = got.browser_session.location.expect("a location");
    assert_eq!(location.lat_long_radius_km, Some(10));
    assert_eq!(
        got.application_user,
        Some(reference(server, "/app/users", &user.id))
    );
    let listed = sessions
        .list()
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>();
    assert_eq!(listed.unwrap(), std::slice::from_ref(&seeded));
    sessions.delete(&seeded.id).unwrap();
    assert_not_found(sessions.get(&seeded.id));
    assert_eq!(sessions.list().iter().count(), 0);
    assert!(
        client.application_users().get(&user.id).is_ok(),
        "the user stays"
    );
}

// ---------------------------------------------------------------------------------------
// credentials
// ---------------------------------------------------------------------------------------

fn credentials(server: &MockServer, client: &Client) {
    let bot = bot_user(client);
    let (created, updated) = lifecycle!(
        server, client.credentials(), "/credentials", "cr",
        create: CredentialCreate {
            description: "laptop".into(),
            metadata: "m".into(),
            acl: strings(&["bind:*.example.com"]),
            owner_id: Some(bot.id.clone()),
            ..Default::default()
        },
        update: |id| CredentialUpdate {
            id,
            description: Some("old laptop".into()),
            acl: strings(&["bind:app.example.com", "bind:api.example.com"]),
            ..Default::default()
        },
        read_as: |c| Credential { token: None, ..c },
    );
    assert!(
        created.token.as_deref().is_some_and(|t| !t.is_empty()),
        "create returns the token"
    );
    assert_eq!(created.acl, ["bind:*.example.com"]);
    assert_eq!(created.owner_id.as_deref(), Some(bot.id.as_str()));
    assert_eq!(updated.description, "old laptop");
    assert_eq!(updated.metadata, "m");
    assert_eq!(
        updated.acl,
        ["bind:app.example.com", "bind:api.example.com"]
    );
    assert_eq!(updated.token, None, "only create returns the token");
}

// ---------------------------------------------------------------------------------------
// ssh_credentials
// ---------------------------------------------------------------------------------------

fn ssh_credentials(server: &MockServer, client: &Client) {
    let bot = bot_user(client);
    let (created, updated) = lifecycle!(
        server, client.ssh_credentials(), "/ssh_credentials", "sshcr",
        create: SSHCredentialCreate {
            description: "ada".into(),
            metadata: "m".into(),
            acl: strings(&["bind:ssh.example.com"]),
            public_key: SSH_KEY.into(),
            owner_id: Some(bot.id.clone()),
            ..Default::default()
        },
        update: |id| SSHCredentialUpdate {
            id,
            acl: strings(&["bind:*.example.com"]),
            ..Default::default()
        },
    );
    assert_eq!(created.public_key, SSH_KEY);
    assert_eq!(created.acl, ["bind:ssh.example.com"]);
    assert_eq!(created.owner_id.as_deref(), Some(bot.id.as_str()));
    assert_eq!(updated.acl, ["bind:*.example.com"]);
    assert_eq!(
        (updated.description.as_str(), updated.public_key.as_str()),
        ("ada", SSH_KEY)
    );
}
