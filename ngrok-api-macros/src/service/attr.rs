//! Parsing `#[service(...)]` into a [`ServiceDecl`]. A bad item is reported and skipped,
//! so one build shows every mistake.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{parenthesized, Ident, LitStr, Token, Type};

use crate::ctxt::Ctxt;
use crate::service::ast::{HttpMethod, ListSpec, Op, OpKind, PathTemplate, ServiceDecl};
use crate::symbol::*;

pub(crate) fn parse_service(args: TokenStream, cx: &mut Ctxt) -> ServiceDecl {
    let mut decl = ServiceDecl::default();
    let parser = |input: ParseStream| {
        while !input.is_empty() {
            if let Err(err) = parse_item(input, &mut decl, cx) {
                cx.push(err);
                skip_to_comma(input)?;
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    };
    if let Err(err) = parser.parse2(args) {
        cx.push(err);
    }
    decl
}

fn skip_to_comma(input: ParseStream) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

fn parse_item(input: ParseStream, decl: &mut ServiceDecl, cx: &mut Ctxt) -> syn::Result<()> {
    let key = input.call(Ident::parse_any)?;
    let word = key.to_string();
    if let Some(known) = SERVICE_KEYS.iter().find(|k| **k == word) {
        decl.written.push(known);
    } else if let Some(close) = suggest(&word, SERVICE_KEYS) {
        decl.written.push(close);
    }
    match word.as_str() {
        NAME => set_once(cx, &mut decl.name, &key, ident_value(input, &key)?),
        GROUP => set_once(cx, &mut decl.group, &key, ident_value(input, &key)?),
        KEY => set_once(cx, &mut decl.key, &key, ident_value(input, &key)?),
        PATH => {
            let lit = str_value(input, &key, "path = \"/reserved_domains\"")?;
            if let Some(path) = parse_path(&lit, cx) {
                set_once(cx, &mut decl.path, &key, path);
            }
        }
        ID_PREFIX => {
            let lit = str_value(input, &key, "id_prefix = \"rd\"")?;
            set_once(cx, &mut decl.id_prefix, &key, lit);
        }
        RESOURCE => {
            input.parse::<Token![=]>().map_err(|_| {
                syn::Error::new(
                    key.span(),
                    "`resource` takes a type, like `resource = ReservedDomain`",
                )
            })?;
            let ty: Type = input.parse()?;
            set_once(cx, &mut decl.resource, &key, ty);
        }
        SINGLETON => {
            no_value(input, &key)?;
            if decl.singleton.replace(key.span()).is_some() {
                cx.error_spanned(&key, "`singleton` is given twice");
            }
        }
        GET | DELETE => {
            no_value(input, &key)?;
            let kind = if word == GET {
                OpKind::Get
            } else {
                OpKind::Delete
            };
            decl.ops.push(shorthand(key, kind, None, None));
        }
        CREATE | UPDATE | REPLACE => {
            let ty = paren_type(input, &key)?;
            let kind = match word.as_str() {
                CREATE => OpKind::Create,
                UPDATE => OpKind::Update,
                _ => OpKind::Replace,
            };
            decl.ops.push(shorthand(key, kind, Some(ty), None));
        }
        LIST => {
            let spec = paren_list(input, &key, cx)?;
            decl.ops
                .push(shorthand(key, OpKind::List, None, Some(spec)));
        }
        ACTION => decl.ops.push(parse_action(input, &key, cx)?),
        CRATE => {
            let path = crate::crate_path::parse_value(input, &key)?;
            set_once(cx, &mut decl.krate, &key, path);
        }
        _ => return Err(unknown_key(&key, "#[service(...)]", SERVICE_KEYS)),
    }
    Ok(())
}

fn shorthand(name: Ident, kind: OpKind, request: Option<Type>, list: Option<ListSpec>) -> Op {
    Op {
        name,
        kind,
        method: None,
        sub_path: None,
        request,
        response: None,
        list,
    }
}

fn set_once<T>(cx: &mut Ctxt, slot: &mut Option<T>, key: &Ident, value: T) {
    if slot.is_some() {
        cx.error_spanned(key, format!("`{key}` is given twice; keep one"));
    } else {
        *slot = Some(value);
    }
}

fn no_value(input: ParseStream, key: &Ident) -> syn::Result<()> {
    if input.peek(Token![=]) || input.peek(syn::token::Paren) {
        return Err(syn::Error::new(
            key.span(),
            format!("`{key}` takes no value; write just `{key}`"),
        ));
    }
    Ok(())
}

fn ident_value(input: ParseStream, key: &Ident) -> syn::Result<Ident> {
    let example = format!("`{key} = some_name`");
    input.parse::<Token![=]>().map_err(|_| {
        syn::Error::new(key.span(), format!("`{key}` needs a value, like {example}"))
    })?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Err(syn::Error::new(
            lit.span(),
            format!("`{key}` takes an identifier, not a string: write {example} without quotes"),
        ));
    }
    input.call(Ident::parse_any).map_err(|err| {
        syn::Error::new(
            err.span(),
            format!("`{key}` takes an identifier, like {example}"),
        )
    })
}

fn str_value(input: ParseStream, key: &Ident, example: &str) -> syn::Result<LitStr> {
    input.parse::<Token![=]>().map_err(|_| {
        syn::Error::new(
            key.span(),
            format!("`{key}` needs a value, like `{example}`"),
        )
    })?;
    if input.peek(LitStr) {
        return input.parse();
    }
    let token: proc_macro2::TokenTree = input.parse()?;
    Err(syn::Error::new(
        token.span(),
        format!("`{key}` takes a string literal, like `{example}`"),
    ))
}

fn paren_type(input: ParseStream, key: &Ident) -> syn::Result<Type> {
    if !input.peek(syn::token::Paren) {
        return Err(syn::Error::new(
            key.span(),
            format!(
                "`{key}` needs its request type in parentheses, like `{key}(ReservedDomain{})`",
                capital(&key.to_string())
            ),
        ));
    }
    let content;
    parenthesized!(content in input);
    drained(&content, |content| {
        let ty: Type = content.parse()?;
        if !content.is_empty() {
            return Err(content.error(format!("`{key}(...)` takes exactly one type")));
        }
        Ok(ty)
    })
}

/// Runs `f` on the contents of a group and, if it fails, consumes the rest, so that syn
/// does not add an "unexpected token" error after the real one.
fn drained<T>(
    content: ParseStream,
    f: impl FnOnce(ParseStream) -> syn::Result<T>,
) -> syn::Result<T> {
    let result = f(content);
    if result.is_err() {
        while !content.is_empty() {
            if content.parse::<proc_macro2::TokenTree>().is_err() {
                break;
            }
        }
    }
    result
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn paren_list(input: ParseStream, key: &Ident, cx: &mut Ctxt) -> syn::Result<ListSpec> {
    if !input.peek(syn::token::Paren) {
        return Err(syn::Error::new(
            key.span(),
            "`list` needs its page type and items field, like `list(ReservedDomainList, items = reserved_domains)`",
        ));
    }
    let content;
    parenthesized!(content in input);
    drained(&content, |content| parse_list_spec(content, cx))
}

fn parse_list_spec(content: ParseStream, cx: &mut Ctxt) -> syn::Result<ListSpec> {
    let page: Type = content.parse()?;
    let mut spec = ListSpec {
        page,
        items: None,
        item: None,
        filter: None,
        unpaged: false,
    };
    while !content.is_empty() {
        content.parse::<Token![,]>()?;
        if content.is_empty() {
            break;
        }
        let key = content.call(Ident::parse_any)?;
        match key.to_string().as_str() {
            ITEMS => {
                let field = ident_value(content, &key)?;
                set_once(cx, &mut spec.items, &key, field);
            }
            ITEM => {
                content.parse::<Token![=]>()?;
                let ty: Type = content.parse()?;
                set_once(cx, &mut spec.item, &key, ty);
            }
            FILTER => {
                no_value(content, &key)?;
                spec.filter = Some(key);
            }
            UNPAGED => {
                no_value(content, &key)?;
                spec.unpaged = true;
            }
            _ => return Err(unknown_key(&key, "list(...)", LIST_KEYS)),
        }
    }
    Ok(spec)
}

fn parse_action(input: ParseStream, key: &Ident, cx: &mut Ctxt) -> syn::Result<Op> {
    if !input.peek(syn::token::Paren) {
        return Err(syn::Error::new(
            key.span(),
            "`action` needs a name, a method and a path, like `action(restart, POST \"/{id}/restart\")`",
        ));
    }
    let content;
    parenthesized!(content in input);
    drained(&content, |content| parse_action_body(content, cx))
}

fn parse_action_body(content: ParseStream, cx: &mut Ctxt) -> syn::Result<Op> {
    let name = content.call(Ident::parse_any)?;
    content.parse::<Token![,]>()?;
    if content.peek(LitStr) {
        return Err(content.error(
            "an action needs its HTTP method before its path, like `POST \"/{id}/restart\"`",
        ));
    }
    let method_ident = content.call(Ident::parse_any)?;
    let method_name = method_ident.to_string();
    let method = HttpMethod::from_name(&method_name).ok_or_else(|| {
        let upper = method_name.to_ascii_uppercase();
        let message = if METHODS.contains(&upper.as_str()) {
            format!("HTTP methods are written in capitals: `{upper}`")
        } else {
            format!(
                "unknown HTTP method `{method_ident}`; use one of {}",
                METHODS.join(", ")
            )
        };
        syn::Error::new(method_ident.span(), message)
    })?;
    let lit: LitStr = content.parse().map_err(|err| {
        syn::Error::new(
            err.span(),
            "expected the action's path after its method, like `POST \"/{id}/restart\"`",
        )
    })?;
    let sub_path = parse_path(&lit, cx);
    let mut op = Op {
        name,
        kind: OpKind::Action,
        method: Some(method),
        sub_path,
        request: None,
        response: None,
        list: None,
    };
    while !content.is_empty() {
        content.parse::<Token![,]>()?;
        if content.is_empty() {
            break;
        }
        let key = content.call(Ident::parse_any)?;
        match key.to_string().as_str() {
            REQUEST | RESPONSE => {
                content.parse::<Token![=]>().map_err(|_| {
                    syn::Error::new(
                        key.span(),
                        format!("`{key}` takes a type, like `{key} = Item`"),
                    )
                })?;
                let ty: Type = content.parse()?;
                let slot = if key == REQUEST {
                    &mut op.request
                } else {
                    &mut op.response
                };
                set_once(cx, slot, &key, ty);
            }
            LIST => {
                let inner;
                parenthesized!(inner in content);
                let spec = drained(&inner, |inner| parse_list_spec(inner, cx))?;
                set_once(cx, &mut op.list, &key, spec);
            }
            _ => return Err(unknown_key(&key, "action(...)", ACTION_KEYS)),
        }
    }
    Ok(op)
}

/// Checks a path literal: starts with `/`, no empty segments, no trailing `/`, and
/// placeholders are whole segments of the form `{name}`.
pub(crate) fn parse_path(lit: &LitStr, cx: &mut Ctxt) -> Option<PathTemplate> {
    let value = lit.value();
    let fail = |cx: &mut Ctxt, why: &str| {
        cx.error_spanned(lit, format!("invalid path {value:?}: {why}"));
        None
    };
    if !value.starts_with('/') {
        return fail(cx, "it must start with `/`");
    }
    if value.len() > 1 && value.ends_with('/') {
        return fail(cx, "remove the trailing `/`");
    }
    let mut params = Vec::new();
    for segment in value.split('/').skip(1) {
        if segment.is_empty() {
            return fail(cx, "it has an empty segment (`//`)");
        }
        if let Some(inner) = segment.strip_prefix('{') {
            let Some(name) = inner.strip_suffix('}') else {
                return fail(cx, "a placeholder must be a whole segment, like `/{id}`");
            };
            let valid = !name.is_empty()
                && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !valid {
                return fail(
                    cx,
                    "placeholder names are snake_case identifiers, like `{edge_id}`",
                );
            }
            if params.iter().any(|p| p == name) {
                return fail(cx, &format!("placeholder `{{{name}}}` appears twice"));
            }
            params.push(name.to_string());
        } else if segment.contains(['{', '}', '?', '#', ' ']) {
            return fail(
                cx,
                "segments may not contain `{`, `}`, `?`, `#` or spaces except as a whole `{placeholder}`",
            );
        }
    }
    Some(PathTemplate {
        lit: lit.clone(),
        value,
        params,
    })
}

/// A span for errors about the declaration as a whole.
pub(crate) fn call_site() -> Span {
    Span::call_site()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn parse(tokens: TokenStream) -> (ServiceDecl, Result<(), syn::Error>) {
        let mut cx = Ctxt::new();
        let decl = parse_service(tokens, &mut cx);
        (decl, cx.check())
    }

    #[test]
    fn parses_every_kind_of_item() {
        let (decl, result) = parse(quote! {
            name = reserved_domains, path = "/reserved_domains", id_prefix = "rd",
            resource = ReservedDomain, create(ReservedDomainCreate), get,
            update(ReservedDomainUpdate), delete,
            list(ReservedDomainList, items = reserved_domains, filter),
            action(delete_certificate, DELETE "/{id}/certificate"),
        });
        result.unwrap();
        assert_eq!(decl.name.unwrap().to_string(), "reserved_domains");
        assert_eq!(decl.path.unwrap().value, "/reserved_domains");
        let names: Vec<_> = decl.ops.iter().map(|o| o.name.to_string()).collect();
        assert_eq!(
            names,
            [
                "create",
                "get",
                "update",
                "delete",
                "list",
                "delete_certificate"
            ]
        );
        let list = decl.ops[4].list.as_ref().unwrap();
        assert!(list.filter.is_some() && !list.unpaged);
        let action = &decl.ops[5];
        assert_eq!(action.method, Some(HttpMethod::Delete));
        assert_eq!(action.sub_path.as_ref().unwrap().params, ["id"]);
    }

    #[test]
    fn reports_every_bad_item_not_just_the_first() {
        let (decl, result) = parse(quote! {
            name = "quoted", pth = "/x", path = "/ok", get, action(x, PUSH "/{id}"),
        });
        let err = result.unwrap_err();
        let messages: Vec<String> = err.into_iter().map(|e| e.to_string()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(messages[0].contains("not a string"));
        assert!(messages[1].contains("did you mean `path`?"));
        assert!(messages[2].contains("unknown HTTP method `PUSH`"));
        assert_eq!(decl.path.unwrap().value, "/ok", "good items are kept");
    }

    #[test]
    fn checks_path_templates() {
        for (path, why) in [
            ("reserved_domains", "must start with `/`"),
            ("/a/", "trailing"),
            ("/a//b", "empty segment"),
            ("/a/x{id}", "`{`"),
            ("/a/{Id}", "snake_case"),
            ("/a/{id}/b/{id}", "twice"),
        ] {
            let lit = LitStr::new(path, Span::call_site());
            let mut cx = Ctxt::new();
            assert!(parse_path(&lit, &mut cx).is_none(), "{path}");
            let err = cx.check().unwrap_err().to_string();
            assert!(err.contains(why), "{path}: {err}");
        }
        let lit = LitStr::new("/edges/https/{edge_id}/routes", Span::call_site());
        let mut cx = Ctxt::new();
        assert_eq!(parse_path(&lit, &mut cx).unwrap().params, ["edge_id"]);
        cx.check().unwrap();
    }
}
