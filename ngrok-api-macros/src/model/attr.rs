//! Parsing `#[model(...)]` and the struct under it into a [`ModelDecl`]. A bad option or
//! field attribute is reported and skipped, so one build shows every mistake.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Data, DeriveInput, Fields, Ident, Token};

use crate::ctxt::Ctxt;
use crate::model::ast::{ModelArgs, ModelDecl, ModelField, Role};
use crate::symbol::{unknown_key, CRATE, MODEL_KEYS, REQUEST, RESPONSE, SECRET};

/// Parses the attribute's arguments: `crate = path`, and the role (`request` or
/// `response`).
pub(crate) fn parse_args(args: TokenStream, cx: &mut Ctxt) -> ModelArgs {
    let mut parsed = ModelArgs::default();
    let mut role: Option<Ident> = None;
    let parser = |input: ParseStream| {
        while !input.is_empty() {
            if let Err(err) = parse_arg(input, &mut parsed, &mut role, cx) {
                cx.push(err);
                while !input.is_empty() && !input.peek(Token![,]) {
                    input.parse::<proc_macro2::TokenTree>()?;
                }
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
    parsed
}

fn parse_arg(
    input: ParseStream,
    parsed: &mut ModelArgs,
    role: &mut Option<Ident>,
    cx: &mut Ctxt,
) -> syn::Result<()> {
    let key = input.call(Ident::parse_any)?;
    match key.to_string().as_str() {
        CRATE => {
            let path = crate::crate_path::parse_value(input, &key)?;
            if parsed.krate.replace(path).is_some() {
                cx.error_spanned(&key, "`crate` is given twice; keep one");
            }
            Ok(())
        }
        word @ (REQUEST | RESPONSE) => {
            if input.peek(Token![=]) || input.peek(syn::token::Paren) {
                return Err(syn::Error::new(
                    key.span(),
                    format!("`{word}` takes no value: write `#[model({word})]`"),
                ));
            }
            if let Some(first) = role.replace(key.clone()) {
                cx.error_spanned(
                    &key,
                    format!(
                        "`{first}` is already given: a model is either `request` (only sent: unset fields are left out) or `response` (returned by the API: every field is written); keep one"
                    ),
                );
            } else {
                parsed.role = if word == RESPONSE {
                    Role::Response
                } else {
                    Role::Request
                };
            }
            Ok(())
        }
        // The one field option is an attribute of its own: say where it goes.
        SECRET => Err(syn::Error::new(
            key.span(),
            "`secret` is not an option of #[model]; mark each secret field with `#[secret]` instead",
        )),
        _ => Err(unknown_key(&key, "#[model(...)]", MODEL_KEYS)),
    }
}

/// Parses the struct. `None` when it is not a struct: nothing of it can be kept.
pub(crate) fn parse_item(args: ModelArgs, input: TokenStream, cx: &mut Ctxt) -> Option<ModelDecl> {
    let mut item = match syn::parse2::<DeriveInput>(input.clone()) {
        Ok(item) if matches!(item.data, Data::Struct(_)) => item,
        _ => {
            let span = input
                .into_iter()
                .next()
                .map_or_else(Span::call_site, |t| t.span());
            cx.error_at(
                span,
                "#[model] goes on a struct with named fields (API objects are JSON objects); enums and unions are not supported",
            );
            return None;
        }
    };
    let Data::Struct(data) = &mut item.data else {
        unreachable!("checked above")
    };
    let named = matches!(data.fields, Fields::Named(_));
    let mut fields = Vec::new();
    for field in data.fields.iter_mut() {
        let secret = take_secret(&mut field.attrs, cx);
        if let (true, Some(ident)) = (named, &field.ident) {
            fields.push(ModelField {
                ident: ident.clone(),
                ty: field.ty.clone(),
                secret,
            });
        }
    }
    Some(ModelDecl {
        krate: args.krate,
        role: args.role,
        item,
        fields,
    })
}

/// Removes `#[secret]` from a field's attributes and says whether it was there.
fn take_secret(attrs: &mut Vec<syn::Attribute>, cx: &mut Ctxt) -> bool {
    let mut secret = false;
    attrs.retain(|attr| {
        if !attr.path().is_ident(SECRET) {
            return true;
        }
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            cx.error_spanned(attr, "`#[secret]` takes no arguments");
        }
        secret = true;
        false
    });
    secret
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn parse(args: TokenStream, item: TokenStream) -> (Option<ModelDecl>, Vec<String>) {
        let mut cx = Ctxt::new();
        let args = parse_args(args, &mut cx);
        let decl = parse_item(args, item, &mut cx);
        let errors = match cx.check() {
            Ok(()) => Vec::new(),
            Err(err) => err.into_iter().map(|e| e.to_string()).collect(),
        };
        (decl, errors)
    }

    #[test]
    fn reads_fields_secrets_and_the_crate_path() {
        let (decl, errors) = parse(
            quote!(crate = deps::api),
            quote! {
                /// A widget.
                pub struct Widget {
                    /// Id.
                    pub id: String,
                    #[secret]
                    pub token: Option<String>,
                    pub r#type: Vec<String>,
                }
            },
        );
        assert!(errors.is_empty(), "{errors:?}");
        let decl = decl.unwrap();
        let krate = decl.krate.unwrap();
        assert_eq!(quote!(#krate).to_string(), "deps :: api");
        let fields: Vec<_> = decl
            .fields
            .iter()
            .map(|f| (f.json(), f.secret, f.is_list()))
            .collect();
        assert_eq!(
            fields,
            [
                ("id".to_string(), false, false),
                ("token".to_string(), true, false),
                ("type".to_string(), false, true),
            ]
        );
        // `#[secret]` is consumed; the doc comments stay.
        let item = decl.item;
        let text = quote!(#item).to_string();
        assert!(!text.contains("secret"), "{text}");
        assert!(text.contains("doc"), "{text}");
    }

    #[test]
    fn reports_bad_options_and_secret_arguments_together() {
        let (decl, errors) = parse(
            quote!(crat = x, secret),
            quote! {
                pub struct Widget {
                    #[secret(redact)]
                    pub token: String,
                }
            },
        );
        assert!(decl.is_some(), "the struct is still read");
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("did you mean `crate`?"), "{errors:?}");
        assert!(errors[1].contains("mark each secret field"), "{errors:?}");
        assert!(
            errors[2].contains("`#[secret]` takes no arguments"),
            "{errors:?}"
        );
    }

    #[test]
    fn reads_the_role_request_by_default() {
        let item = quote!(
            pub struct W {
                pub id: String,
            }
        );
        let role = |args| {
            let (decl, errors) = parse(args, item.clone());
            (decl.unwrap().role, errors)
        };
        assert_eq!(role(quote!()), (Role::Request, vec![]));
        assert_eq!(role(quote!(request)), (Role::Request, vec![]));
        assert_eq!(role(quote!(response, crate = x)), (Role::Response, vec![]));
        let (kept, errors) = role(quote!(response, request));
        assert_eq!(kept, Role::Response, "the first one given is kept");
        assert!(errors[0].contains("is already given"), "{errors:?}");
        let (_, errors) = role(quote!(response = true));
        assert!(errors[0].contains("takes no value"), "{errors:?}");
        let (_, errors) = role(quote!(responses));
        assert!(errors[0].contains("did you mean `response`?"), "{errors:?}");
    }

    #[test]
    fn rejects_enums_and_keeps_no_fields_of_tuple_structs() {
        let (decl, errors) = parse(
            quote!(),
            quote!(
                pub enum Colour {
                    Red,
                }
            ),
        );
        assert!(decl.is_none());
        assert!(errors[0].contains("enums and unions are not supported"));
        let (decl, errors) = parse(
            quote!(),
            quote!(
                pub struct Ref(pub String);
            ),
        );
        assert!(errors.is_empty(), "the shape is checked later: {errors:?}");
        assert!(decl.unwrap().fields.is_empty());
    }
}
