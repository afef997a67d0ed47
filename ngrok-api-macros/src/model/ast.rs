//! The model of a `#[model]` declaration: its options and its fields. It keeps the user's
//! tokens so every error can point at the one to fix.

use syn::{DeriveInput, Ident, Path, Type};

/// What a model is used for, which decides how it serialises (`#[model(request)]` or
/// `#[model(response)]`; request when neither is given).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Role {
    /// Only ever sent: unset fields (`None`, zero values) are left out.
    #[default]
    Request,
    /// Returned by the API: every field is written, `None` as `null`, as the API writes it.
    Response,
}

/// The options of `#[model(...)]`.
#[derive(Default)]
pub(crate) struct ModelArgs {
    /// `crate = path`: where the expansion finds the runtime crate.
    pub(crate) krate: Option<Path>,
    /// `request` or `response`.
    pub(crate) role: Role,
}

/// Everything `#[model(...)]` and the struct under it said, before validation.
pub(crate) struct ModelDecl {
    /// `crate = path`: where the expansion finds the runtime crate.
    pub(crate) krate: Option<Path>,
    /// `request` or `response`.
    pub(crate) role: Role,
    /// The struct as written, minus the `#[secret]` attributes (which only `#[model]`
    /// understands; they are read into [`ModelField::secret`]).
    pub(crate) item: DeriveInput,
    /// The struct's named fields, in order; empty for a tuple or unit struct.
    pub(crate) fields: Vec<ModelField>,
}

/// One named field of the struct.
pub(crate) struct ModelField {
    pub(crate) ident: Ident,
    pub(crate) ty: Type,
    /// Marked `#[secret]`: hidden from `Debug`, flagged in the schema.
    pub(crate) secret: bool,
}

impl ModelField {
    /// The field's JSON key: its name without a raw identifier's `r#`.
    pub(crate) fn json(&self) -> String {
        self.ident.to_string().trim_start_matches("r#").to_string()
    }

    /// Whether the field is a `Vec<_>`, whose items are decoded one by one so that a
    /// failure names the item's index.
    pub(crate) fn is_list(&self) -> bool {
        self.outer_type_is("Vec")
    }

    /// Whether the field is an `Option<_>`, which reads `null` as `None` by itself (the
    /// other fields go through a reader that turns `null` into their default).
    pub(crate) fn is_option(&self) -> bool {
        self.outer_type_is("Option")
    }

    fn outer_type_is(&self, name: &str) -> bool {
        matches!(&self.ty, Type::Path(p) if p.qself.is_none()
            && p.path.segments.last().is_some_and(|s| s.ident == name))
    }
}
