//! Generates a checked `#[model]`: the struct with its derives and serde attributes, a
//! `Debug` that hides secrets, a `Deserialize` that keeps unknown fields and names the
//! failing field, and the `Model`, `Describe` and `IsZero` impls.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, Fields};

use crate::crate_path::CratePath;
use crate::model::ast::Role;
use crate::model::valid::Model;

pub(crate) fn generate(model: Model, krate: &CratePath) -> TokenStream {
    let Model {
        mut item,
        fields,
        role,
    } = model;
    add_serde_attrs(&mut item, krate, role);
    let ident = &item.ident;
    let name = ident.to_string();
    let field_idents: Vec<_> = fields.iter().map(|f| &f.ident).collect();
    let json_names: Vec<String> = fields.iter().map(|f| f.json()).collect();
    let expecting = format!("a JSON object ({name})");
    // Lists are read by a function that also notes the index of an item that fails;
    // `Option`s read `null` as `None` themselves; every other field reads `null` as its
    // default.
    let readers: Vec<syn::Ident> = fields
        .iter()
        .map(|f| {
            let reader = if f.is_list() {
                "list_field"
            } else if f.is_option() {
                "option_field"
            } else {
                "field"
            };
            syn::Ident::new(reader, proc_macro2::Span::call_site())
        })
        .collect();
    let debug_fields = fields.iter().zip(&json_names).map(|(f, json)| {
        let ident = &f.ident;
        if f.secret {
            quote!(.field(#json, &#krate::__private::Redacted(&self.#ident)))
        } else {
            quote!(.field(#json, &self.#ident))
        }
    });
    let zero_checks = fields.iter().map(|f| {
        let (ident, ty) = (&f.ident, &f.ty);
        quote_spanned!(ty.span()=> <#ty as #krate::IsZero>::is_zero(&self.#ident))
    });
    let schema_fields = fields.iter().zip(&json_names).map(|(f, json)| {
        let (ty, secret) = (&f.ty, f.secret);
        quote_spanned! {ty.span()=>
            #krate::__private::Field {
                json: #json,
                ty: <#ty as #krate::Describe>::field_type,
                secret: #secret,
            }
        }
    });
    let serde_crate = krate.serde_crate();
    let role = match role {
        Role::Request => quote!(Request),
        Role::Response => quote!(Response),
    };

    quote! {
        #[derive(
            ::core::clone::Clone,
            ::core::cmp::PartialEq,
            ::core::default::Default,
            #krate::__private::serde::Serialize,
        )]
        #[serde(crate = #serde_crate)]
        #item

        const _: () = {
            #[automatically_derived]
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
            #[automatically_derived]
            impl<'de> #krate::__private::serde::Deserialize<'de> for #ident {
                fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
                where
                    D: #krate::__private::serde::Deserializer<'de>,
                {
                    struct Visitor;
                    #[automatically_derived]
                    impl<'de> #krate::__private::serde::de::Visitor<'de> for Visitor {
                        type Value = #ident;
                        fn expecting(
                            &self,
                            f: &mut ::core::fmt::Formatter<'_>,
                        ) -> ::core::fmt::Result {
                            f.write_str(#expecting)
                        }
                        fn visit_map<A>(self, mut map: A) -> ::core::result::Result<#ident, A::Error>
                        where
                            A: #krate::__private::serde::de::MapAccess<'de>,
                        {
                            let mut out = <#ident as ::core::default::Default>::default();
                            while let ::core::option::Option::Some(key) =
                                #krate::__private::serde::de::MapAccess::next_key::<
                                    #krate::__private::de::Key<'de>,
                                >(&mut map)?
                            {
                                match &*key.0 {
                                    #(#json_names => out.#field_idents = #krate::__private::de::#readers(&mut map, #json_names)?,)*
                                    _ => #krate::__private::de::unknown(&mut map, key, &mut out.unknown_fields)?,
                                }
                            }
                            ::core::result::Result::Ok(out)
                        }
                    }
                    #krate::__private::serde::Deserializer::deserialize_map(deserializer, Visitor)
                }
            }

            #[automatically_derived]
            impl #krate::Model for #ident {
                fn schema() -> &'static #krate::__private::Schema {
                    static SCHEMA: #krate::__private::Schema = #krate::__private::Schema {
                        name: #name,
                        fields: &[#(#schema_fields),*],
                    };
                    &SCHEMA
                }
                const ROLE: #krate::Role = #krate::Role::#role;
            }

            #[automatically_derived]
            impl #krate::Describe for #ident {
                fn field_type() -> #krate::__private::FieldType {
                    #krate::__private::FieldType::Object(<#ident as #krate::Model>::schema)
                }
            }

            #[automatically_derived]
            impl #krate::IsZero for #ident {
                fn is_zero(&self) -> bool {
                    self.unknown_fields.is_empty() #(&& #zero_checks)*
                }
            }
        };
    }
}

/// Gives the struct what serde needs on each field, and the added `unknown_fields`.
fn add_serde_attrs(item: &mut syn::DeriveInput, krate: &CratePath, role: Role) {
    let Data::Struct(data) = &mut item.data else {
        unreachable!("checked")
    };
    let Fields::Named(fields) = &mut data.fields else {
        unreachable!("checked")
    };
    // A request type leaves out what is unset, so a create or update sends only what was
    // set; a response type writes every field, `None` as `null`, as the API writes it.
    if role == Role::Request {
        let is_zero = krate.is_zero_fn();
        for field in fields.named.iter_mut() {
            // Spanned at the type, so an unsupported field type is reported there.
            let skip = syn::LitStr::new(&is_zero, field.ty.span());
            field
                .attrs
                .push(syn::parse_quote!(#[serde(skip_serializing_if = #skip)]));
        }
    }
    // Every model keeps the JSON fields it does not declare (DESIGN §5).
    let doc = format!(
        " The fields of the JSON object that this type does not declare, kept so that\n nothing the API sends is lost: see [`UnknownFields`]({}::UnknownFields).",
        krate.text
    );
    fields.named.push(syn::parse_quote! {
        #[doc = #doc]
        #[serde(flatten)]
        pub unknown_fields: #krate::UnknownFields
    });
}
