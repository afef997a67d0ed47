//! What a declaration with errors still expands to, next to its `compile_error!`s: the
//! items the rest of the user's crate names, so the user sees the declaration's errors
//! and not a cascade of "cannot find type" errors where the item is used.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::crate_path::CratePath;

/// A service whose declaration did not compile: the handle struct and a `Service` impl
/// that is never reached (the crate does not build), so `client.service::<T>()` resolves.
pub(crate) fn service_handle(item: &DeriveInput, krate: &CratePath) -> TokenStream {
    let attrs = &item.attrs;
    let vis = &item.vis;
    let ident = &item.ident;
    quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::fmt::Debug)]
        #vis struct #ident;

        #[automatically_derived]
        impl #krate::Service for #ident {
            fn meta() -> &'static #krate::__private::ServiceMeta {
                ::core::unreachable!("the declaration did not compile")
            }

            fn from_client(_: #krate::Client) -> Self {
                #ident
            }
        }
    }
}

/// A model whose shape cannot be expanded (generic, or without named fields): the
/// struct as written, minus the `#[secret]` attributes only `#[model]` understands, so
/// that code naming the type still resolves.
pub(crate) fn model_item(item: &DeriveInput) -> TokenStream {
    quote!(#item)
}
