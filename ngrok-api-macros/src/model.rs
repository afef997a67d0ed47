//! `#[model]`: the derives, serde behaviour and metadata every API type shares.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields};

use crate::ctxt::Ctxt;
use crate::symbol::SECRET;

pub(crate) fn model(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut cx = Ctxt::default();
    if !args.is_empty() {
        cx.error_spanned(
            &args,
            "#[model] takes no arguments; mark secret fields with `#[secret]` instead",
        );
    }
    let mut item = match syn::parse2::<DeriveInput>(input.clone()) {
        Ok(item) if matches!(item.data, Data::Struct(_)) => item,
        _ => {
            let span = input
                .clone()
                .into_iter()
                .next()
                .map_or_else(proc_macro2::Span::call_site, |t| t.span());
            cx.error_at(
                span,
                "#[model] goes on a struct with named fields (API objects are JSON objects); enums and unions are not supported",
            );
            let errors = cx.finish().err().map(|e| e.to_compile_error());
            return quote!(#errors);
        }
    };
    if !item.generics.params.is_empty() {
        cx.error_spanned(&item.generics, "an API model cannot be generic");
        // Keep the type, minus our field attribute, so that code naming it still resolves.
        if let Data::Struct(data) = &mut item.data {
            for field in data.fields.iter_mut() {
                field.attrs.retain(|attr| !attr.path().is_ident(SECRET));
            }
        }
        let errors = cx.finish().err().map(|e| e.to_compile_error());
        return quote!(#errors #item);
    }
    let Data::Struct(data) = &mut item.data else {
        unreachable!("checked above")
    };
    let Fields::Named(fields) = &mut data.fields else {
        let fields = data.fields.clone();
        cx.error_spanned(
            &fields,
            "#[model] needs named fields, one per JSON key, like `pub struct Ref { pub id: String }`",
        );
        let errors = cx.finish().err().map(|e| e.to_compile_error());
        return quote!(#errors #item);
    };

    // A field the attribute adds itself: reported, then left out, so that the rest of
    // the expansion does not pile further errors on it.
    let declared_fields = std::mem::take(&mut fields.named);
    for field in declared_fields {
        if field.ident.as_ref().is_some_and(|i| i == "unknown_fields") {
            cx.error_spanned(
                &field.ident,
                "`unknown_fields` is added by #[model] (it keeps the JSON fields the struct does not declare); remove this field or rename it",
            );
        } else {
            fields.named.push(field);
        }
    }
    let mut secrets = Vec::new();
    for field in fields.named.iter_mut() {
        let mut secret = false;
        field.attrs.retain(|attr| {
            if attr.path().is_ident(SECRET) {
                if !matches!(attr.meta, syn::Meta::Path(_)) {
                    cx.error_spanned(attr, "`#[secret]` takes no arguments");
                }
                secret = true;
                false
            } else {
                true
            }
        });
        secrets.push(secret);
        // Spanned at the type, so an unsupported field type is reported there.
        let skip = syn::LitStr::new("::ngrok_api::__private::is_zero", field.ty.span());
        field
            .attrs
            .push(syn::parse_quote!(#[serde(skip_serializing_if = #skip)]));
    }
    // Every model keeps the JSON fields it does not declare (DESIGN §5).
    fields.named.push(syn::parse_quote! {
        /// The fields of the JSON object that this type does not declare, kept so that
        /// nothing the API sends is lost: see [`UnknownFields`](::ngrok_api::UnknownFields).
        #[serde(flatten)]
        pub unknown_fields: ::ngrok_api::UnknownFields
    });
    // The mistakes found so far (`#[model(args)]`, `#[secret(args)]`) do not stop the
    // expansion: the errors are reported with the full output, so nothing else cascades.
    let errors = cx.finish().err().map(|e| e.to_compile_error());

    let ident = &item.ident;
    let name = ident.to_string();
    // The declared fields, without `unknown_fields` (the last one).
    let declared = fields.named.len() - 1;
    let field_idents: Vec<_> = fields
        .named
        .iter()
        .take(declared)
        .map(|f| f.ident.clone().expect("named"))
        .collect();
    let json_names: Vec<String> = field_idents
        .iter()
        .map(|i| i.to_string().trim_start_matches("r#").to_string())
        .collect();
    let types: Vec<_> = fields
        .named
        .iter()
        .take(declared)
        .map(|f| f.ty.clone())
        .collect();
    let expecting = format!("a JSON object ({name})");
    // Lists are read by a function that also notes the index of an item that fails.
    let readers: Vec<syn::Ident> = types
        .iter()
        .map(|ty| {
            let is_vec = matches!(ty, syn::Type::Path(p) if p.qself.is_none()
                && p.path.segments.last().is_some_and(|s| s.ident == "Vec"));
            let reader = if is_vec { "list_field" } else { "field" };
            syn::Ident::new(reader, proc_macro2::Span::call_site())
        })
        .collect();
    let debug_fields =
        field_idents
            .iter()
            .zip(&json_names)
            .zip(&secrets)
            .map(|((ident, json), secret)| {
                if *secret {
                    quote!(.field(#json, &::ngrok_api::__private::Redacted(&self.#ident)))
                } else {
                    quote!(.field(#json, &self.#ident))
                }
            });
    let zero_checks = field_idents.iter().zip(&types).map(|(ident, ty)| {
        quote_spanned!(ty.span()=> <#ty as ::ngrok_api::IsZero>::is_zero(&self.#ident))
    });
    let schema_fields = json_names
        .iter()
        .zip(&types)
        .zip(&secrets)
        .map(|((json, ty), secret)| {
            quote_spanned! {ty.span()=>
                ::ngrok_api::__private::Field {
                    json: #json,
                    ty: <#ty as ::ngrok_api::Describe>::field_type,
                    secret: #secret,
                }
            }
        });

    quote! {
        #errors
        #[derive(
            ::core::clone::Clone,
            ::core::cmp::PartialEq,
            ::core::default::Default,
            ::ngrok_api::__private::serde::Serialize,
        )]
        #[serde(crate = "::ngrok_api::__private::serde")]
        #item

        const _: () = {
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    let mut s = f.debug_struct(#name);
                    #(s #debug_fields;)*
                    if !self.unknown_fields.is_empty() {
                        s.field("unknown_fields", &self.unknown_fields);
                    }
                    s.finish()
                }
            }

            // By hand rather than derived: a field the type does not declare is kept in
            // `unknown_fields`, and a failure notes the field it happened in.
            impl<'de> ::ngrok_api::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: ::ngrok_api::__private::serde::Deserializer<'de>,
                {
                    struct Visitor;
                    impl<'de> ::ngrok_api::__private::serde::de::Visitor<'de> for Visitor {
                        type Value = #ident;
                        fn expecting(
                            &self,
                            f: &mut ::core::fmt::Formatter<'_>,
                        ) -> ::core::fmt::Result {
                            f.write_str(#expecting)
                        }
                        fn visit_map<A>(self, mut map: A) -> ::core::result::Result<#ident, A::Error>
                        where
                            A: ::ngrok_api::__private::serde::de::MapAccess<'de>,
                        {
                            let mut out = <#ident as ::core::default::Default>::default();
                            while let ::core::option::Option::Some(key) =
                                ::ngrok_api::__private::serde::de::MapAccess::next_key::<
                                    ::ngrok_api::__private::de::Key<'de>,
                                >(&mut map)?
                            {
                                match &*key.0 {
                                    #(#json_names => out.#field_idents = ::ngrok_api::__private::de::#readers(&mut map, #json_names)?,)*
                                    _ => ::ngrok_api::__private::de::unknown(&mut map, key, &mut out.unknown_fields)?,
                                }
                            }
                            ::core::result::Result::Ok(out)
                        }
                    }
                    ::ngrok_api::__private::serde::Deserializer::deserialize_map(deserializer, Visitor)
                }
            }

            impl ::ngrok_api::Model for #ident {
                fn schema() -> &'static ::ngrok_api::__private::Schema {
                    static SCHEMA: ::ngrok_api::__private::Schema = ::ngrok_api::__private::Schema {
                        name: #name,
                        fields: &[#(#schema_fields),*],
                    };
                    &SCHEMA
                }
            }

            impl ::ngrok_api::Describe for #ident {
                fn field_type() -> ::ngrok_api::__private::FieldType {
                    ::ngrok_api::__private::FieldType::Object(<#ident as ::ngrok_api::Model>::schema)
                }
            }

            impl ::ngrok_api::IsZero for #ident {
                fn is_zero(&self) -> bool {
                    self.unknown_fields.is_empty() #(&& #zero_checks)*
                }
            }
        };
    }
}
