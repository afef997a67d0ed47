use crate::types::{
    ApplicationSession, ApplicationSessionList, ApplicationUser, ApplicationUserList,
};

/// Application sessions: the browser sessions of visitors who signed in through an identity
/// provider to reach your endpoints.
///
/// Sign-ins create them, not this API: it can list, read and delete them, and has no `create` or
/// `update`. Deleting a session ends it.
#[crate::service(
    name = application_sessions,
    path = "/app/sessions",
    id_prefix = "appsess",
    resource = ApplicationSession,
    get,
    delete,
    list(ApplicationSessionList, items = application_sessions),
)]
pub struct ApplicationSessions;

/// Application users: the people who signed in through an identity provider to reach your
/// endpoints, with the details the provider gave about them.
///
/// A user appears at their first sign-in, not through this API: it can list, read and delete users,
/// and has no `create` or `update`.
#[crate::service(
    name = application_users,
    path = "/app/users",
    id_prefix = "appusr",
    resource = ApplicationUser,
    get,
    delete,
    list(ApplicationUserList, items = application_users),
)]
pub struct ApplicationUsers;
