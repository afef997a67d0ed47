use crate::types::{Credential, CredentialCreate, CredentialList, CredentialUpdate};

/// Tunnel credentials: the authtokens with which ngrok agents connect and start tunnel sessions.
///
/// The `token` of a credential is returned only by `create`; store it then, because later reads
/// leave it out. ACL rules (`bind:...`) can limit the domains, addresses and labels an agent using
/// it may bind.
#[crate::service(
    name = credentials,
    path = "/credentials",
    id_prefix = "cr",
    resource = Credential,
    create(CredentialCreate),
    get,
    update(CredentialUpdate),
    delete,
    list(CredentialList, items = credentials, filter),
)]
pub struct Credentials;
