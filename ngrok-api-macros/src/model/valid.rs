//! Checks a parsed `#[model]` declaration: the struct must have a shape the expansion
//! can serve (not generic, named fields) and must not declare the field `#[model]` adds.

use syn::{Data, DeriveInput, Fields};

use crate::ctxt::Ctxt;
use crate::model::ast::{ModelDecl, ModelField, Role};

/// The name of the field every model gets (DESIGN §5).
pub(crate) const UNKNOWN_FIELDS: &str = "unknown_fields";

/// A declaration the expansion can serve.
pub(crate) struct Model {
    /// The struct, without a hand-declared `unknown_fields`.
    pub(crate) item: DeriveInput,
    /// Its fields, in the order of `item`'s.
    pub(crate) fields: Vec<ModelField>,
    /// How it serialises.
    pub(crate) role: Role,
}

/// `Err` carries the struct to emit as it is, so code naming the type still resolves.
pub(crate) fn check(decl: ModelDecl, cx: &mut Ctxt) -> Result<Model, Box<DeriveInput>> {
    let ModelDecl {
        mut item,
        fields,
        role,
        ..
    } = decl;
    if !item.generics.params.is_empty() {
        cx.error_spanned(&item.generics, "an API model cannot be generic");
        return Err(Box::new(item));
    }
    let Data::Struct(data) = &mut item.data else {
        unreachable!("the parser keeps structs only")
    };
    let Fields::Named(named) = &mut data.fields else {
        cx.error_spanned(
            &data.fields,
            "#[model] needs named fields, one per JSON key, like `pub struct Ref { pub id: String }`",
        );
        return Err(Box::new(item));
    };
    // A field the attribute adds itself: reported, then left out, so that the rest of
    // the expansion does not pile further errors on it.
    let declared = std::mem::take(&mut named.named);
    let mut kept = Vec::new();
    for (field, model_field) in declared.into_iter().zip(fields) {
        if model_field.ident == UNKNOWN_FIELDS {
            cx.error_spanned(
                &model_field.ident,
                "`unknown_fields` is added by #[model] (it keeps the JSON fields the struct does not declare); remove this field or rename it",
            );
        } else {
            named.named.push(field);
            kept.push(model_field);
        }
    }
    Ok(Model {
        item,
        fields: kept,
        role,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::attr::parse_item;
    use proc_macro2::TokenStream;
    use quote::quote;

    fn check_tokens(item: TokenStream) -> (Result<Model, Box<DeriveInput>>, Vec<String>) {
        let mut cx = Ctxt::new();
        let decl = parse_item(Default::default(), item, &mut cx).expect("a struct");
        let model = check(decl, &mut cx);
        let errors = match cx.check() {
            Ok(()) => Vec::new(),
            Err(err) => err.into_iter().map(|e| e.to_string()).collect(),
        };
        (model, errors)
    }

    #[test]
    fn drops_a_declared_unknown_fields_and_keeps_the_rest() {
        let (model, errors) = check_tokens(quote! {
            pub struct Widget { pub id: String, pub unknown_fields: Vec<String>, pub size: u32 }
        });
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("is added by #[model]"));
        let model = model.ok().unwrap();
        let names: Vec<_> = model.fields.iter().map(|f| f.json()).collect();
        assert_eq!(names, ["id", "size"]);
        let item = model.item;
        assert!(!quote!(#item).to_string().contains("unknown_fields"));
    }

    #[test]
    fn refuses_generic_and_unnamed_shapes() {
        let (model, errors) = check_tokens(quote!(
            pub struct W<T> {
                pub id: T,
            }
        ));
        assert!(model.is_err());
        assert!(errors[0].contains("cannot be generic"), "{errors:?}");
        let (model, errors) = check_tokens(quote!(
            pub struct W(pub String);
        ));
        assert!(model.is_err());
        assert!(errors[0].contains("needs named fields"), "{errors:?}");
        let (model, errors) = check_tokens(quote!(
            pub struct W;
        ));
        assert!(model.is_err());
        assert!(errors[0].contains("needs named fields"), "{errors:?}");
    }
}
