//! The model of a `#[service(...)]` declaration. It keeps the user's tokens so every
//! error can point at the one to fix.

use proc_macro2::Span;
use syn::{Ident, LitStr, Type};

/// Everything `#[service(...)]` said, before validation.
#[derive(Default)]
pub(crate) struct ServiceDecl {
    pub(crate) name: Option<Ident>,
    pub(crate) group: Option<Ident>,
    pub(crate) path: Option<PathTemplate>,
    pub(crate) key: Option<Ident>,
    pub(crate) singleton: Option<Span>,
    pub(crate) id_prefix: Option<LitStr>,
    pub(crate) resource: Option<Type>,
    pub(crate) ops: Vec<Op>,
    /// `crate = path`: where the expansion finds the runtime crate.
    pub(crate) krate: Option<syn::Path>,
    /// Every key that was written, even where its value was wrong (and, for a misspelt
    /// key, the key it most likely meant), so that a bad `path = …` is not also reported
    /// as a missing `path`.
    pub(crate) written: Vec<&'static str>,
}

/// A path such as `/edges/https/{edge_id}/routes`, checked and split.
pub(crate) struct PathTemplate {
    pub(crate) lit: LitStr,
    pub(crate) value: String,
    pub(crate) params: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum OpKind {
    Create,
    Get,
    Update,
    Delete,
    List,
    Replace,
    Action,
}

impl OpKind {
    pub(crate) fn variant(self) -> &'static str {
        match self {
            OpKind::Create => "Create",
            OpKind::Get => "Get",
            OpKind::Update => "Update",
            OpKind::Delete => "Delete",
            OpKind::List => "List",
            OpKind::Replace => "Replace",
            OpKind::Action => "Action",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum HttpMethod {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl HttpMethod {
    pub(crate) fn from_name(name: &str) -> Option<HttpMethod> {
        Some(match name {
            "GET" => HttpMethod::Get,
            "POST" => HttpMethod::Post,
            "PUT" => HttpMethod::Put,
            "PATCH" => HttpMethod::Patch,
            "DELETE" => HttpMethod::Delete,
            _ => return None,
        })
    }

    pub(crate) fn variant(self) -> &'static str {
        match self {
            HttpMethod::Get => "Get",
            HttpMethod::Post => "Post",
            HttpMethod::Put => "Put",
            HttpMethod::Patch => "Patch",
            HttpMethod::Delete => "Delete",
        }
    }

    pub(crate) fn wire(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }

    /// Whether requests with this method carry a JSON body.
    pub(crate) fn has_body(self) -> bool {
        matches!(self, HttpMethod::Post | HttpMethod::Put | HttpMethod::Patch)
    }
}

/// One operation: a shorthand (`get`, `create(T)`, ...) or an `action(...)`.
pub(crate) struct Op {
    /// The method name; for shorthands, the key itself.
    pub(crate) name: Ident,
    pub(crate) kind: OpKind,
    /// Only actions say their method and path; shorthands derive them.
    pub(crate) method: Option<HttpMethod>,
    pub(crate) sub_path: Option<PathTemplate>,
    pub(crate) request: Option<Type>,
    pub(crate) response: Option<Type>,
    pub(crate) list: Option<ListSpec>,
}

/// `list(Page, items = field, item = Type, filter, unpaged)`.
pub(crate) struct ListSpec {
    pub(crate) page: Type,
    pub(crate) items: Option<Ident>,
    pub(crate) item: Option<Type>,
    /// The `filter` keyword, if given.
    pub(crate) filter: Option<Ident>,
    pub(crate) unpaged: bool,
}

/// An identifier for a path placeholder: `type` becomes `r#type`.
pub(crate) fn param_ident(name: &str, span: Span) -> Ident {
    match syn::parse_str::<Ident>(name) {
        Ok(_) => Ident::new(name, span),
        Err(_) => Ident::new_raw(name, span),
    }
}
