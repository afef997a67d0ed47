//! The cycles most services share, as macros (their handles have no common trait to be
//! generic over): `lifecycle!` for a top-level collection, `module_cycle!` for a singleton
//! module of an edge or route.

/// The cycle of a top-level collection with a paged list: create (id prefix, uri,
/// created_at), get (what create returned, or `read_as` it; sent as a bodiless `GET
/// <path>/<id>`), list (holds it), update (its id and created_at stay; get shows it),
/// delete (a bodiless `DELETE <path>/<id>`; then get is 404 and list leaves it out).
/// Returns what create and update returned, for the service's own checks.
macro_rules! lifecycle {
    (
        $server:expr, $handle:expr, $path:literal, $prefix:literal,
        create: $create:expr,
        update: |$id:ident| $update:expr
        $(, read_as: |$c:ident| $read:expr)? $(,)?
    ) => {{
        let server: &::ngrok_api_mock::MockServer = $server;
        let handle = $handle;
        let created = handle
            .create(&$create)
            .unwrap_or_else(|err| panic!("create {}: {err}", $path));
        let id = created.id.clone();
        $crate::support::assert_id(&id, $prefix);
        assert_eq!(created.uri, $crate::support::uri(server, $path, &id));
        ::ngrok_api_tests::assert_recent(&created.created_at);
        let read = created.clone();
        $(let read = {
            let $c = read;
            $read
        };)?
        let item_path = format!("{}/{id}", $path);
        assert_eq!(handle.get(&id).unwrap(), read, "get returns the created item");
        $crate::support::assert_last_call_without_body(server, "GET", &item_path);
        let listed = handle
            .list()
            .limit(1)
            .iter()
            .collect::<::ngrok_api::Result<Vec<_>>>()
            .unwrap();
        assert!(listed.contains(&read), "list holds the created item: {listed:?}");
        let updated = {
            let $id: String = id.clone();
            handle
                .update(&$update)
                .unwrap_or_else(|err| panic!("update {}: {err}", $path))
        };
        assert_eq!(updated.id, id);
        assert_eq!(updated.created_at, created.created_at);
        assert_eq!(handle.get(&id).unwrap(), updated, "get shows the update");
        handle.delete(&id).unwrap();
        $crate::support::assert_last_call_without_body(server, "DELETE", &item_path);
        ::ngrok_api_tests::assert_not_found(handle.get(&id));
        assert!(
            handle.list().iter().all(|item| item.unwrap().id != id),
            "a deleted item is not listed"
        );
        (created, updated)
    }};
}

/// The cycle of a singleton module: replace returns it, get reads it back, its parent
/// (`$parent`, evaluated after each step) holds it in `$field`, and delete removes it from
/// the parent. Returns what replace returned.
macro_rules! module_cycle {
    ($handle:expr, ($($arg:expr),+), $request:expr, $parent:expr => $field:ident) => {{
        let handle = $handle;
        let replaced = handle.replace($($arg,)+ &$request).unwrap();
        assert_eq!(handle.get($($arg),+).unwrap(), replaced, "get reads back the module");
        assert_eq!($parent.$field, Some(replaced.clone()), "the parent holds the module");
        handle.delete($($arg),+).unwrap();
        assert_eq!($parent.$field, None, "delete removes the module from its parent");
        replaced
    }};
}

pub(crate) use {lifecycle, module_cycle};
