//! Generates the capability trait impls of a service handle (`ngrok_api::capability`):
//! one per standard operation, each forwarding to the inherent method of the same name,
//! so a service is usable from code generic over services at the cost of a few lines.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use crate::crate_path::CratePath;

use crate::service::ast::{param_ident, OpKind};
use crate::service::valid::{Operation, Returns, Service};

pub(crate) fn impls(handle: &Ident, service: &Service, krate: &CratePath) -> TokenStream {
    let resource = &service.resource;
    let ops = service
        .ops
        .iter()
        .enumerate()
        .map(|(index, op)| operation_impl(handle, op, index, krate));
    quote! {
        #[automatically_derived]
        impl #krate::Resource for #handle {
            type Item = #resource;
        }
        #(#ops)*
    }
}

fn operation_impl(handle: &Ident, op: &Operation, index: usize, krate: &CratePath) -> TokenStream {
    let name = &op.name;
    let params: Vec<Ident> = op
        .params
        .iter()
        .map(|p| param_ident(p, name.span()))
        .collect();
    // The slice as the inherent method's `&str` arguments, or the error that says so.
    let unpack = quote! {
        let [#(#params),*] = #krate::__private::path_args(
            &<Self as #krate::Service>::meta().operations[#index],
            path,
        )?;
    };
    match (op.kind, &op.returns, &op.request) {
        (OpKind::Get, _, _) => quote! {
            #[automatically_derived]
            impl #krate::Get for #handle {
                #[inline]
                fn get(&self, path: &[&str]) -> #krate::Result<Self::Item> {
                    #unpack
                    #handle::#name(self, #(#params),*)
                }
            }
        },
        (OpKind::Delete, _, _) => quote! {
            #[automatically_derived]
            impl #krate::Delete for #handle {
                #[inline]
                fn delete(&self, path: &[&str]) -> #krate::Result<()> {
                    #unpack
                    #handle::#name(self, #(#params),*)
                }
            }
        },
        (OpKind::Create, _, Some(request)) => quote! {
            #[automatically_derived]
            impl #krate::Create for #handle {
                type CreateRequest = #request;
                #[inline]
                fn create(&self, request: &#request) -> #krate::Result<Self::Item> {
                    #handle::#name(self, request)
                }
            }
        },
        (OpKind::Update, _, Some(request)) => quote! {
            #[automatically_derived]
            impl #krate::Update for #handle {
                type UpdateRequest = #request;
                #[inline]
                fn update(&self, request: &#request) -> #krate::Result<Self::Item> {
                    #handle::#name(self, request)
                }
            }
        },
        (OpKind::Replace, _, Some(request)) => quote! {
            #[automatically_derived]
            impl #krate::Replace for #handle {
                type ReplaceRequest = #request;
                #[inline]
                fn replace(
                    &self,
                    path: &[&str],
                    request: &#request,
                ) -> #krate::Result<Self::Item> {
                    #unpack
                    #handle::#name(self, #(#params,)* request)
                }
            }
        },
        // A list of other items than the resource (`item = T`) does not fit the trait.
        (OpKind::List, Returns::Page(spec), _) if !spec.item_given => {
            let page = &spec.page;
            quote! {
                #[automatically_derived]
                impl #krate::ListItems for #handle {
                    type Page = #page;
                    #[inline]
                    fn list(
                        &self,
                        path: &[&str],
                    ) -> #krate::Result<#krate::List<#page, Self::Item>> {
                        #unpack
                        ::core::result::Result::Ok(#handle::#name(self, #(#params),*))
                    }
                }
            }
        }
        _ => TokenStream::new(),
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    fn expand(args: proc_macro2::TokenStream) -> String {
        crate::service::expand::service(
            args,
            quote!(
                pub struct Things;
            ),
        )
        .to_string()
    }

    fn traits(output: &str) -> Vec<&str> {
        [
            "Resource",
            "Get",
            "Create",
            "Update",
            "Replace",
            "Delete",
            "ListItems",
        ]
        .into_iter()
        .filter(|t| output.contains(&format!(":: {t} for Things")))
        .collect()
    }

    #[test]
    fn one_trait_per_standard_operation_and_none_for_actions() {
        let output = expand(quote! {
            name = things, path = "/parents/{parent_id}/things", resource = Thing,
            create(ThingCreate), get, update(ThingUpdate), delete,
            list(ThingList, items = things),
            action(create_twice, POST "/{id}/again", request = ThingCreate, response = Thing),
        });
        assert!(!output.contains("compile_error"), "{output}");
        assert_eq!(
            traits(&output),
            ["Resource", "Get", "Create", "Update", "Delete", "ListItems"]
        );
        // Path arguments unpack into the inherent method's, in path order.
        assert!(output.contains("let [parent_id , id] ="), "{output}");
        assert!(
            output.contains("Things :: get (self , parent_id , id)"),
            "{output}"
        );
        assert!(
            output.contains("Things :: list (self , parent_id)"),
            "{output}"
        );
    }

    #[test]
    fn singletons_replace_and_lists_of_other_items_or_unpaged_have_no_list_trait() {
        let output = expand(quote! {
            name = things, path = "/things/{id}/lock", singleton, resource = Thing,
            replace(ThingLock), get, delete,
        });
        assert_eq!(traits(&output), ["Resource", "Get", "Replace", "Delete"]);
        let output = expand(quote! {
            name = things, path = "/things", resource = Thing,
            list(ThingList, items = things, unpaged),
        });
        assert_eq!(traits(&output), ["Resource"]);
    }
}
