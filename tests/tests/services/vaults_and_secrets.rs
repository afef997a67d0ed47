//! Vaults and the secrets they hold.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    vaults: ["vaults"],
    secrets: ["secrets"],
}

// ---------------------------------------------------------------------------------------
// vaults
// ---------------------------------------------------------------------------------------

fn vaults(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.vaults(), "/vaults", "vault",
        create: VaultCreate {
            name: "prod".into(),
            description: "production".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| VaultUpdate { id, name: Some("production".into()), ..Default::default() },
    );
    assert_eq!(
        (created.name.as_str(), created.description.as_str()),
        ("prod", "production")
    );
    assert_recent(&created.updated_at);
    assert_eq!(
        (updated.name.as_str(), updated.metadata.as_str()),
        ("production", "m")
    );

    // get_secrets_by_vault lists the secrets of that vault, and only those.
    let vault = |name: &str| {
        client
            .vaults()
            .create(&VaultCreate {
                name: name.into(),
                ..Default::default()
            })
            .unwrap()
    };
    let (mine, other) = (vault("mine"), vault("other"));
    let secret = |vault: &Vault, name: &str| {
        client
            .secrets()
            .create(&SecretCreate {
                name: name.into(),
                value: "v".into(),
                vault_id: vault.id.clone(),
                ..Default::default()
            })
            .unwrap()
    };
    let first = secret(&mine, "A");
    secret(&other, "B");
    let second = secret(&mine, "C");
    let listed = client
        .vaults()
        .get_secrets_by_vault(&mine.id)
        .limit(1)
        .iter()
        .collect::<ngrok_api::Result<Vec<_>>>()
        .unwrap();
    assert_eq!(listed, [second, first], "the vault's secrets, newest first");
    let page = client
        .vaults()
        .get_secrets_by_vault(&other.id)
        .pages()
        .next();
    let page = page.expect("a page").unwrap();
    assert_eq!(
        page.uri,
        format!("{}/vaults/{}/secrets", server.url(), other.id)
    );
    let names: Vec<&str> = page.secrets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["B"]);
    let missing = client.vaults().get_secrets_by_vault("vault_missing");
    assert_not_found(missing.iter().collect::<ngrok_api::Result<Vec<_>>>());
}

// ---------------------------------------------------------------------------------------
// secrets
// ---------------------------------------------------------------------------------------

fn secrets(server: &MockServer, client: &Client) {
    let vault = client
        .vaults()
        .create(&VaultCreate {
            name: "prod".into(),
            ..Default::default()
        })
        .unwrap();
    let (created, updated) = lifecycle!(
        server, client.secrets(), "/vault_secrets", "sec",
        create: SecretCreate {
            name: "DB_PASSWORD".into(),
            value: "hunter2".into(),
            description: "database".into(),
            metadata: "m".into(),
            vault_id: vault.id.clone(),
            ..Default::default()
        },
        update: |id| SecretUpdate {
            id,
            name: Some("DB_PASS".into()),
            value: Some("hunter3".into()),
            description: Some("database, rotated".into()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.name.as_str(), created.description.as_str()),
        ("DB_PASSWORD", "database")
    );
    assert_eq!(created.vault, reference(server, "/vaults", &vault.id));
    assert_recent(&created.updated_at);
    assert_eq!(
        (updated.name.as_str(), updated.description.as_str()),
        ("DB_PASS", "database, rotated")
    );
    assert_eq!(updated.metadata, "m");
    assert_eq!(updated.vault, created.vault);
    assert!(updated.updated_at >= created.updated_at);
}
