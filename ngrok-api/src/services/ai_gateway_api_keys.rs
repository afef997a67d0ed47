use crate::types::{
    AIGatewayAPIKey, AIGatewayAPIKeyCreate, AIGatewayAPIKeyList, AIGatewayAPIKeyUpdate,
};

/// API keys of ngrok's AI gateway, each tied to one endpoint.
///
/// Newer than the published spec: only the Go client knows this service, so these docs go no
/// further than its names and types. Whether a key's `token` is returned after `create` is not
/// documented, so keep it from the create answer. The list takes no `filter`.
#[crate::service(
    name = ai_gateway_api_keys,
    path = "/ai_gateway_api_keys",
    id_prefix = "aigwak",
    resource = AIGatewayAPIKey,
    create(AIGatewayAPIKeyCreate),
    get,
    update(AIGatewayAPIKeyUpdate),
    delete,
    list(AIGatewayAPIKeyList, items = ai_gateway_api_keys),
)]
pub struct AIGatewayAPIKeys;
