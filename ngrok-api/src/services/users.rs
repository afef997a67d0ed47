use crate::types::{
    BotUser, BotUserCreate, BotUserList, BotUserUpdate, ServiceUser, ServiceUserCreate,
    ServiceUserList, ServiceUserUpdate,
};

/// Bot users: identities of the account for programs rather than people. A bot user can own API
/// keys and credentials (see their `owner_id`), and can be deactivated with `active`. The list
/// takes no `filter`.
#[crate::service(
    name = bot_users,
    path = "/bot_users",
    id_prefix = "bot",
    resource = BotUser,
    create(BotUserCreate),
    get,
    update(BotUserUpdate),
    delete,
    list(BotUserList, items = bot_users),
)]
pub struct BotUsers;

/// Service users: identities of the account with a name and an `active` switch, shaped like bot
/// users.
///
/// Newer than the published spec: only the Go client knows this service, so these docs go no
/// further than its names and types. The list takes a `filter`.
#[crate::service(
    name = service_users,
    path = "/service_users",
    id_prefix = "svcu",
    resource = ServiceUser,
    create(ServiceUserCreate),
    get,
    update(ServiceUserUpdate),
    delete,
    list(ServiceUserList, items = service_users, filter),
)]
pub struct ServiceUsers;
