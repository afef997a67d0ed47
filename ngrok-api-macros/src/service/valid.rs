//! Checks a parsed declaration and resolves it into what expansion needs: every
//! operation's method, full path, arguments and return shape.

use proc_macro2::Span;
use syn::{Ident, LitStr, Type};

use crate::ctxt::Ctxt;
use crate::service::ast::{HttpMethod, ListSpec, OpKind, PathTemplate, ServiceDecl};
use crate::service::attr::call_site;

/// A declaration that passed every check.
pub(crate) struct Service {
    pub(crate) name: Ident,
    pub(crate) group: Option<Ident>,
    pub(crate) path: String,
    pub(crate) key: Option<String>,
    pub(crate) id_prefix: Option<LitStr>,
    pub(crate) resource: Type,
    pub(crate) ops: Vec<Operation>,
}

pub(crate) struct Operation {
    pub(crate) name: Ident,
    pub(crate) kind: OpKind,
    pub(crate) method: HttpMethod,
    pub(crate) path: String,
    pub(crate) params: Vec<String>,
    /// The placeholders are read from the request's fields rather than taken as `&str`.
    pub(crate) params_from_request: bool,
    pub(crate) request: Option<Type>,
    pub(crate) returns: Returns,
    /// Where errors about this operation's generated code should point.
    pub(crate) span: Span,
}

pub(crate) enum Returns {
    Nothing,
    One(Type),
    Page(ListSpecResolved),
    UnpagedList(ListSpecResolved),
}

pub(crate) struct ListSpecResolved {
    pub(crate) page: Type,
    pub(crate) items: Ident,
    pub(crate) item: Type,
    /// `item = T` was given: the items are not the service's resource.
    pub(crate) item_given: bool,
    pub(crate) filter: bool,
}

pub(crate) fn check(decl: ServiceDecl, cx: &mut Ctxt) -> Option<Service> {
    let ServiceDecl {
        name,
        group,
        path,
        key,
        singleton,
        id_prefix,
        resource,
        ops,
        krate: _,
        written,
    } = decl;
    let wrote = |key: &str| written.contains(&key);

    if name.is_none() && !wrote(crate::symbol::NAME) {
        cx.error_at(
            call_site(),
            "missing `name = ...`: the service's accessor name, like `name = reserved_domains`",
        );
    }
    if path.is_none() && !wrote(crate::symbol::PATH) {
        cx.error_at(
            call_site(),
            "missing `path = \"...\"`: the collection's path, like `path = \"/reserved_domains\"`",
        );
    }
    if resource.is_none() && !wrote(crate::symbol::RESOURCE) {
        cx.error_at(
            call_site(),
            "missing `resource = Type`: the type that get returns, like `resource = ReservedDomain`",
        );
    }
    let operation_keys = [
        crate::symbol::CREATE,
        crate::symbol::GET,
        crate::symbol::UPDATE,
        crate::symbol::DELETE,
        crate::symbol::LIST,
        crate::symbol::REPLACE,
        crate::symbol::ACTION,
    ];
    if ops.is_empty() && !operation_keys.iter().any(|k| wrote(k)) {
        cx.error_at(
            call_site(),
            "a service needs at least one operation: `create(T)`, `get`, `update(T)`, `delete`, `list(...)`, `replace(T)` or `action(...)`",
        );
    }
    if let Some(prefix) = &id_prefix {
        let value = prefix.value();
        if value.is_empty()
            || !value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        {
            cx.error_spanned(prefix, "`id_prefix` is lower-case letters and digits, without the `_`, like `id_prefix = \"rd\"`");
        }
    }

    let (Some(name), Some(path), Some(resource)) = (name, path, resource) else {
        return None;
    };

    let key_name = match (&singleton, &key) {
        (Some(_), Some(key)) => {
            cx.error_spanned(key, "a `singleton` has no item key; remove `key`");
            None
        }
        (Some(_), None) => None,
        (None, Some(key)) => Some(key.to_string().trim_start_matches("r#").to_string()),
        (None, None) => Some("id".to_string()),
    };
    if let Some(k) = &key_name {
        if path.params.contains(k) {
            cx.error_spanned(
                &path.lit,
                format!("the collection path already has `{{{k}}}`; the item key must be a new placeholder (set `key = ...`)"),
            );
            // Every item operation would repeat the placeholder: generate nothing.
            return None;
        }
    }

    let item_path = match &key_name {
        Some(k) => format!("{}/{{{k}}}", path.value),
        None => path.value.clone(),
    };
    let mut item_params = path.params.clone();
    item_params.extend(key_name.clone());

    let mut seen: Vec<Ident> = Vec::new();
    let mut out = Vec::new();
    for op in ops {
        if seen.contains(&op.name) {
            cx.error_spanned(
                &op.name,
                format!(
                    "duplicate operation `{}`: each method name may be declared once",
                    op.name
                ),
            );
            continue;
        }
        seen.push(op.name.clone());
        let span = op.name.span();
        let kind = op.kind;
        let singleton_only = kind == OpKind::Replace;
        let collection_only = matches!(kind, OpKind::Create | OpKind::Update | OpKind::List);
        if singleton.is_some() && collection_only {
            cx.error_spanned(
                &op.name,
                format!("`{}` is not available on a `singleton` module: it has only `replace`, `get`, `delete` and actions", op.name),
            );
            continue;
        }
        if singleton.is_none() && singleton_only {
            cx.error_spanned(
                &op.name,
                "`replace` sets a singleton module; add `singleton` to the service, or use `update(T)` for a collection",
            );
            continue;
        }
        let resolved = match kind {
            OpKind::Create => Some((
                HttpMethod::Post,
                path.value.clone(),
                path.params.clone(),
                true,
            )),
            OpKind::Get => Some((
                HttpMethod::Get,
                item_path.clone(),
                item_params.clone(),
                false,
            )),
            OpKind::Update => Some((
                HttpMethod::Patch,
                item_path.clone(),
                item_params.clone(),
                true,
            )),
            OpKind::Delete => Some((
                HttpMethod::Delete,
                item_path.clone(),
                item_params.clone(),
                false,
            )),
            OpKind::List => Some((
                HttpMethod::Get,
                path.value.clone(),
                path.params.clone(),
                false,
            )),
            OpKind::Replace => Some((
                HttpMethod::Put,
                path.value.clone(),
                path.params.clone(),
                false,
            )),
            OpKind::Action => {
                action_path(&op.sub_path, &path, &item_params, cx).map(|(full, params)| {
                    (
                        op.method.unwrap_or(HttpMethod::Post),
                        full,
                        params,
                        op.request.is_some(),
                    )
                })
            }
        };
        let Some((method, full_path, params, params_from_request)) = resolved else {
            continue;
        };
        let returns = match (kind, op.list, op.response) {
            (_, Some(_), Some(ty)) => {
                cx.error_spanned(
                    ty,
                    "an action returns either a `response` or a `list(...)`, not both",
                );
                continue;
            }
            (_, Some(spec), None) => match resolve_list(spec, &resource, cx) {
                Some((spec, true)) => Returns::UnpagedList(spec),
                Some((spec, false)) => Returns::Page(spec),
                None => continue,
            },
            (OpKind::Delete, _, _) => Returns::Nothing,
            (OpKind::Action, _, Some(ty)) => Returns::One(ty),
            (OpKind::Action, _, None) => Returns::Nothing,
            _ => Returns::One(resource.clone()),
        };
        if let (Some(ty), false) = (&op.request, method.has_body()) {
            cx.error_spanned(
                ty,
                format!(
                    "a {} request has no body, so it cannot take a `request` type",
                    method.wire()
                ),
            );
            continue;
        }
        out.push(Operation {
            name: op.name,
            kind,
            method,
            path: full_path,
            params,
            params_from_request,
            request: op.request,
            returns,
            span,
        });
    }

    Some(Service {
        name,
        group,
        path: path.value,
        key: key_name,
        id_prefix,
        resource,
        ops: out,
    })
}

/// An action's full path, checking that each placeholder is one the service knows.
fn action_path(
    sub_path: &Option<PathTemplate>,
    collection: &PathTemplate,
    item_params: &[String],
    cx: &mut Ctxt,
) -> Option<(String, Vec<String>)> {
    let sub = sub_path.as_ref()?;
    let mut ok = true;
    for param in &sub.params {
        if !item_params.contains(param) {
            ok = false;
            let known = item_params
                .iter()
                .map(|p| format!("`{{{p}}}`"))
                .collect::<Vec<_>>()
                .join(", ");
            cx.error_spanned(
                &sub.lit,
                format!("placeholder `{{{param}}}` has no source: an action's path may use only the service's placeholders ({known})"),
            );
        }
        if collection.params.contains(param) {
            ok = false;
            cx.error_spanned(
                &sub.lit,
                format!("`{{{param}}}` is already in the collection path; action paths continue after it, like `\"/{{id}}/restart\"`"),
            );
        }
    }
    let full = if sub.value == "/" {
        collection.value.clone()
    } else {
        format!("{}{}", collection.value, sub.value)
    };
    let mut params = collection.params.clone();
    params.extend(sub.params.iter().cloned());
    ok.then_some((full, params))
}

fn resolve_list(
    spec: ListSpec,
    resource: &Type,
    cx: &mut Ctxt,
) -> Option<(ListSpecResolved, bool)> {
    let Some(items) = spec.items else {
        cx.error_spanned(
            &spec.page,
            "a list needs `items = <field>`: the page's field that holds the items, like `list(ReservedDomainList, items = reserved_domains)`",
        );
        return None;
    };
    if let (true, Some(filter)) = (spec.unpaged, &spec.filter) {
        cx.error_spanned(
            filter,
            "an `unpaged` list cannot take a `filter`; remove `filter` or `unpaged`",
        );
        return None;
    }
    Some((
        ListSpecResolved {
            page: spec.page,
            items,
            item_given: spec.item.is_some(),
            item: spec.item.unwrap_or_else(|| resource.clone()),
            filter: spec.filter.is_some(),
        },
        spec.unpaged,
    ))
}
