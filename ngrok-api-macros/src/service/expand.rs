//! Generates a service handle from a checked declaration. The output is small: a struct,
//! a `Service` impl holding constant metadata, and methods that forward to generic
//! functions in `::ngrok_api::__private` (or the `crate = path` given).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Ident};

use crate::crate_path::CratePath;
use crate::ctxt::Ctxt;
use crate::fallback;
use crate::service::ast::{param_ident, HttpMethod, OpKind};
use crate::service::valid::{self, Operation, Returns, Service};

pub(crate) fn service(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut cx = Ctxt::new();
    let mut decl = crate::service::attr::parse_service(args, &mut cx);
    let krate = CratePath::new(decl.krate.take());
    let item = match syn::parse2::<DeriveInput>(input.clone()) {
        Ok(item) if matches!(item.data, Data::Struct(_)) => Some(item),
        parsed => {
            cx.error_at(
                item_keyword_span(parsed.as_ref().ok(), &input),
                "#[service] goes on a unit struct that becomes the service's handle, like `pub struct ReservedDomains;`",
            );
            None
        }
    };
    if let Some(item) = &item {
        let Data::Struct(data) = &item.data else {
            unreachable!("checked above")
        };
        if !matches!(data.fields, syn::Fields::Unit) {
            cx.error_spanned(
                &data.fields,
                "#[service] replaces the struct's body with the handle's own; declare it as a unit struct, like `pub struct ReservedDomains;`",
            );
        }
        if !item.generics.params.is_empty() {
            cx.error_spanned(&item.generics, "a service handle cannot be generic");
        }
    }
    let service = valid::check(decl, &mut cx);
    match (cx.check(), item, service) {
        (Ok(()), Some(item), Some(service)) => generate(&item, &service, &krate),
        // The operations that passed are still generated, so code calling them does not
        // add errors of its own to the declaration's.
        (Err(err), Some(item), Some(service)) => {
            let errors = err.to_compile_error();
            let generated = generate(&item, &service, &krate);
            quote!(#errors #generated)
        }
        (result, item, _) => {
            let errors = result.err().map(|e| e.to_compile_error());
            let stub = item.map(|item| fallback::service_handle(&item, &krate));
            quote!(#errors #stub)
        }
    }
}

/// The `enum` or `union` keyword of an item that is not a struct, else its first token.
pub(crate) fn item_keyword_span(parsed: Option<&DeriveInput>, tokens: &TokenStream) -> Span {
    match parsed.map(|item| &item.data) {
        Some(Data::Enum(e)) => e.enum_token.span,
        Some(Data::Union(u)) => u.union_token.span,
        _ => tokens
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span()),
    }
}

fn generate(item: &DeriveInput, service: &Service, krate: &CratePath) -> TokenStream {
    let attrs = &item.attrs;
    let vis = &item.vis;
    let handle = &item.ident;
    let resource = &service.resource;
    let name = service.name.to_string();
    let qualified = match &service.group {
        Some(group) => format!("{group}.{name}"),
        None => name.clone(),
    };
    let group = match &service.group {
        Some(g) => {
            let g = g.to_string();
            quote!(::core::option::Option::Some(#g))
        }
        None => quote!(::core::option::Option::None),
    };
    let path = &service.path;
    let key = option_str(service.key.as_deref());
    let id_prefix = match &service.id_prefix {
        Some(lit) => quote!(::core::option::Option::Some(#lit)),
        None => quote!(::core::option::Option::None),
    };
    let op_metas = service.ops.iter().map(|op| op_meta(op, &qualified, krate));
    let capabilities = crate::service::capability::impls(handle, service, krate);
    let methods = service
        .ops
        .iter()
        .enumerate()
        .map(|(index, op)| method(op, index, service, krate));

    quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::fmt::Debug)]
        #vis struct #handle {
            client: #krate::Client,
        }

        #[automatically_derived]
        impl #krate::Service for #handle {
            fn meta() -> &'static #krate::__private::ServiceMeta {
                static META: #krate::__private::ServiceMeta = #krate::__private::ServiceMeta {
                    name: #name,
                    group: #group,
                    path: #path,
                    key: #key,
                    id_prefix: #id_prefix,
                    resource: <#resource as #krate::Model>::schema,
                    operations: &[#(#op_metas),*],
                };
                &META
            }

            fn from_client(client: #krate::Client) -> Self {
                #handle { client }
            }
        }

        impl #handle {
            #(#methods)*
        }

        #capabilities
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

fn op_meta(op: &Operation, qualified: &str, krate: &CratePath) -> TokenStream {
    let name = op.name.to_string();
    let label = format!("{qualified}.{name}");
    let kind = format_ident!("{}", op.kind.variant());
    let method = format_ident!("{}", op.method.variant());
    let path = &op.path;
    let schema =
        |ty: &syn::Type| quote!(::core::option::Option::Some(<#ty as #krate::Model>::schema));
    let none = quote!(::core::option::Option::None);
    let request = op.request.as_ref().map_or_else(|| none.clone(), schema);
    let (response, list) = match &op.returns {
        Returns::Nothing => (none.clone(), none.clone()),
        Returns::One(ty) => (schema(ty), none.clone()),
        Returns::Page(spec) | Returns::UnpagedList(spec) => {
            let items = spec.items.to_string();
            let items = items.trim_start_matches("r#");
            let paged = matches!(op.returns, Returns::Page(_));
            let filter = spec.filter;
            (
                schema(&spec.page),
                quote!(::core::option::Option::Some(#krate::__private::ListMeta {
                    items_field: #items,
                    paged: #paged,
                    filter: #filter,
                })),
            )
        }
    };
    quote! {
        #krate::__private::OperationMeta {
            name: #name,
            label: #label,
            kind: #krate::__private::OperationKind::#kind,
            method: #krate::__private::Method::#method,
            path: #path,
            request: #request,
            response: #response,
            list: #list,
        }
    }
}

fn method(op: &Operation, index: usize, service: &Service, krate: &CratePath) -> TokenStream {
    let span = op.span;
    let name = &op.name;
    let doc = method_doc(op, service, krate);
    let op_ref = quote_spanned! {span=>
        &<Self as #krate::Service>::meta().operations[#index]
    };
    let params: Vec<Ident> = op.params.iter().map(|p| param_ident(p, span)).collect();
    let param_names: Vec<&str> = op.params.iter().map(String::as_str).collect();

    // The arguments, the `&[&str]` of placeholder values and the body.
    let (args, values, body) = match &op.request {
        Some(ty) if op.params_from_request => (
            quote!(request: &#ty),
            // A request type without the placeholder's field fails here, at the type.
            quote_spanned!(ty.span()=> &[#(::core::convert::AsRef::<str>::as_ref(&request.#params)),*]),
            quote!(#krate::__private::json_body(op, request, &[#(#param_names),*])?),
        ),
        Some(ty) => (
            quote!(#(#params: &str,)* request: &#ty),
            quote!(&[#(#params),*]),
            quote!(#krate::__private::json_body(op, request, &[])?),
        ),
        None => (
            quote!(#(#params: &str),*),
            quote!(&[#(#params),*]),
            if op.method.has_body() {
                quote!(#krate::__private::empty_object())
            } else {
                quote!(#krate::__private::Body::None)
            },
        ),
    };

    match &op.returns {
        Returns::Page(spec) => {
            let page = &spec.page;
            let item = &spec.item;
            let items = &spec.items;
            // Errors about the page's fields point at the page type and the items field.
            let next_page =
                quote_spanned!(page.span()=> |page: &#page| page.next_page_uri.as_deref());
            let into_items = quote_spanned!(items.span()=> |page: #page| page.#items);
            quote_spanned! {span=>
                #doc
                #[inline]
                pub fn #name(&self, #args) -> #krate::List<#page, #item> {
                    #krate::__private::list(
                        &self.client,
                        #op_ref,
                        #values,
                        #next_page,
                        #into_items,
                    )
                }
            }
        }
        Returns::UnpagedList(spec) => {
            let page = &spec.page;
            let items = &spec.items;
            // The items field is not read here, but a misspelt one must not compile.
            let check_items = quote_spanned!(items.span()=> let _ = |page: #page| page.#items;);
            quote_spanned! {span=>
                #doc
                #[inline]
                pub fn #name(&self, #args) -> #krate::Result<#page> {
                    #check_items
                    let op = #op_ref;
                    #krate::__private::call(&self.client, op, #values, #body)
                }
            }
        }
        Returns::One(ty) => quote_spanned! {span=>
            #doc
            #[inline]
            pub fn #name(&self, #args) -> #krate::Result<#ty> {
                let op = #op_ref;
                #krate::__private::call(&self.client, op, #values, #body)
            }
        },
        Returns::Nothing => quote_spanned! {span=>
            #doc
            #[inline]
            pub fn #name(&self, #args) -> #krate::Result<()> {
                let op = #op_ref;
                #krate::__private::call_empty(&self.client, op, #values, #body)
            }
        },
    }
}

fn method_doc(op: &Operation, service: &Service, krate: &CratePath) -> TokenStream {
    let list_link = format!("{}::List", krate.text);
    let resource = type_name(&service.resource);
    let summary = match op.kind {
        OpKind::Create => format!("Creates a new [`{resource}`]."),
        OpKind::Get => format!("Fetches one [`{resource}`]."),
        OpKind::Update => format!(
            "Changes the fields of one [`{resource}`] that are set in the request; the others stay as they are."
        ),
        OpKind::Delete => format!("Deletes one [`{resource}`]."),
        OpKind::List => match &op.returns {
            Returns::UnpagedList(_) => "Lists every item in one response (this list is not paged).".to_string(),
            _ => format!("Lists the items, newest first: iterate the returned [`List`]({list_link}) for every item, or call `.pages()` for one page at a time."),
        },
        OpKind::Replace => format!("Sets the module as a whole and returns the [`{resource}`] now in place."),
        OpKind::Action => match &op.returns {
            Returns::Page(_) => format!("Lists related items, newest first, as a [`List`]({list_link})."),
            _ => format!("Runs the `{}` action.", op.name),
        },
    };
    let wire = format!("`{} {}`", op.method.wire(), op.path);
    let args = if op.params.is_empty() {
        String::new()
    } else if op.params_from_request {
        let names: Vec<String> = op.params.iter().map(|p| format!("`{p}`")).collect();
        format!(
            " The path's {} {} read from the request and left out of the body.",
            names.join(" and "),
            if names.len() == 1 { "is" } else { "are" }
        )
    } else {
        let names: Vec<String> = op.params.iter().map(|p| format!("`{p}`")).collect();
        format!(" Arguments: {}, in path order.", names.join(", "))
    };
    let status = match (&op.returns, op.kind) {
        (_, OpKind::Create) => "201 Created",
        (Returns::Nothing, _) => "204 No Content",
        _ => "200 OK",
    };
    let body = if op.method == HttpMethod::Get || op.method == HttpMethod::Delete {
        String::new()
    } else if op.request.is_none() {
        " The body is an empty JSON object.".to_string()
    } else {
        String::new()
    };
    let line2 = format!(" Sends {wire}; the API answers `{status}`.{args}{body}");
    quote! {
        #[doc = #summary]
        #[doc = ""]
        #[doc = #line2]
    }
}

fn type_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => quote!(#p).to_string().replace(' ', ""),
        _ => quote!(#ty).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand(args: TokenStream) -> String {
        service(
            args,
            quote!(
                pub struct Things;
            ),
        )
        .to_string()
    }

    #[test]
    fn every_path_of_the_expansion_follows_the_crate_option() {
        let output = expand(quote! {
            crate = deps::api, name = things, path = "/things", resource = Thing,
            create(ThingCreate), get, delete, list(ThingList, items = things),
            action(rename, POST "/{id}/rename", request = ThingRename, response = Thing),
        });
        assert!(!output.contains("compile_error"), "{output}");
        assert!(!output.contains("ngrok_api"), "{output}");
        assert!(
            output.contains("impl deps :: api :: Service for Things"),
            "{output}"
        );
    }

    #[test]
    fn the_default_crate_path_is_absolute() {
        let output = expand(quote!(
            name = things,
            path = "/things",
            resource = Thing,
            get
        ));
        assert!(
            output.contains("impl :: ngrok_api :: Service for Things"),
            "{output}"
        );
    }

    #[test]
    fn trait_impls_are_marked_automatically_derived_even_in_the_fallback() {
        let good = expand(quote!(
            name = things,
            path = "/things",
            resource = Thing,
            get
        ));
        assert!(good.contains("# [automatically_derived] impl :: ngrok_api :: Service"));
        let bad = expand(quote!(
            crate = x::y,
            path = "/things",
            resource = Thing,
            get
        ));
        assert!(bad.contains("compile_error"), "{bad}");
        assert!(
            bad.contains("# [automatically_derived] impl x :: y :: Service"),
            "{bad}"
        );
    }
}
