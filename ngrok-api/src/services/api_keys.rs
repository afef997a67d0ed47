use crate::types::{APIKey, APIKeyCreate, APIKeyList, APIKeyUpdate};

/// API keys: the credentials that authenticate calls to this API.
///
/// The secret `token` of a key is returned only by `create`; store it then, because
/// later reads leave it out.
#[crate::service(
    name = api_keys,
    path = "/api_keys",
    id_prefix = "ak",
    resource = APIKey,
    create(APIKeyCreate),
    get,
    update(APIKeyUpdate),
    delete,
    list(APIKeyList, items = keys, filter),
)]
pub struct APIKeys;
