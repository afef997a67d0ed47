use crate::types::{
    Secret, SecretCreate, SecretList, SecretUpdate, Vault, VaultCreate, VaultList, VaultUpdate,
};

/// Secrets: named values kept in a vault (API path `/vault_secrets`).
///
/// A secret's value is written by `create` and `update` but never returned: `Secret` has no field
/// for it. To list only the secrets of one vault, use `vaults().get_secrets_by_vault`. The list
/// takes a `filter`, which only the Go client documents.
#[crate::service(
    name = secrets,
    path = "/vault_secrets",
    id_prefix = "sec",
    resource = Secret,
    create(SecretCreate),
    get,
    update(SecretUpdate),
    delete,
    list(SecretList, items = secrets, filter),
)]
pub struct Secrets;

/// Vaults: named containers for secrets.
///
/// Besides the usual calls, `get_secrets_by_vault` lists the secrets of one vault, page by page
/// like any list; that call is newer than the published spec and known only to the Go client. The
/// list of vaults takes a `filter`, which only the Go client documents.
#[crate::service(
    name = vaults,
    path = "/vaults",
    id_prefix = "vault",
    resource = Vault,
    create(VaultCreate),
    get,
    update(VaultUpdate),
    delete,
    list(VaultList, items = vaults, filter),
    action(get_secrets_by_vault, GET "/{id}/secrets", list(SecretList, items = secrets, item = Secret)),
)]
pub struct Vaults;
