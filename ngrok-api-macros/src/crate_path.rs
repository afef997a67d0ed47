//! The `crate = path` option of both attributes: where the expansion finds the
//! `ngrok_api` crate. A crate that renames the dependency, or reaches it through another
//! crate's re-export, names it here; by default it is `::ngrok_api`.

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::parse::ParseStream;
use syn::{Ident, LitStr, Path, Token};

const EXAMPLE: &str = "`crate = my_deps::ngrok_api`";

/// The path every generated item uses to reach the runtime crate, and the same as text
/// for the places that want a string (serde's attributes, doc links). Built once per
/// declaration: expansions run unoptimised, once per type of the API.
pub(crate) struct CratePath {
    path: Path,
    pub(crate) text: String,
}

impl CratePath {
    /// The path given with `crate = ...`, else `::ngrok_api`.
    pub(crate) fn new(path: Option<Path>) -> CratePath {
        match path {
            Some(path) => {
                let text = text(&path);
                CratePath { path, text }
            }
            None => CratePath {
                path: Path {
                    leading_colon: Some(Default::default()),
                    segments: std::iter::once(syn::PathSegment::from(Ident::new(
                        "ngrok_api",
                        Span::call_site(),
                    )))
                    .collect(),
                },
                text: "::ngrok_api".to_string(),
            },
        }
    }

    /// `path::__private::serde` as the string `#[serde(crate = "...")]` wants, so that
    /// the derives' own paths go through the same crate.
    pub(crate) fn serde_crate(&self) -> LitStr {
        LitStr::new(
            &format!("{}::__private::serde", self.text),
            Span::call_site(),
        )
    }

    /// `path::__private::is_zero`, for `#[serde(skip_serializing_if = "...")]`.
    pub(crate) fn is_zero_fn(&self) -> String {
        format!("{}::__private::is_zero", self.text)
    }
}

impl ToTokens for CratePath {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.path.to_tokens(tokens);
    }
}

/// Parses `= path` (or `= "path"`, as serde writes it) after the `crate` key.
pub(crate) fn parse_value(input: ParseStream, key: &Ident) -> syn::Result<Path> {
    input.parse::<Token![=]>().map_err(|_| {
        syn::Error::new(
            key.span(),
            format!("`crate` needs the path to the ngrok_api crate, like {EXAMPLE}"),
        )
    })?;
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return lit.parse_with(Path::parse_mod_style).map_err(|_| {
            syn::Error::new(
                lit.span(),
                format!(
                    "`crate` takes a path, like {EXAMPLE}; {:?} is not a path",
                    lit.value()
                ),
            )
        });
    }
    let start = input.span();
    input.call(Path::parse_mod_style).map_err(|_| {
        syn::Error::new(
            start,
            format!("`crate` takes the path to the ngrok_api crate, like {EXAMPLE}"),
        )
    })
}

/// The path as source text, without the spaces token printing puts between parts.
fn text(path: &Path) -> String {
    let tokens: TokenStream = quote!(#path);
    tokens.to_string().replace(' ', "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse::Parser;

    /// The parsed path as text, or the error message.
    fn parse(tokens: TokenStream) -> Result<String, String> {
        let parser = |input: ParseStream| {
            let key = input.call(syn::ext::IdentExt::parse_any)?;
            parse_value(input, &key)
        };
        parser
            .parse2(tokens)
            .map(|path| text(&path))
            .map_err(|err| err.to_string())
    }

    #[test]
    fn takes_a_path_or_a_string_holding_one() {
        for tokens in [quote!(crate = deps::api), quote!(crate = "deps::api")] {
            assert_eq!(parse(tokens).unwrap(), "deps::api");
        }
        assert_eq!(
            parse(quote!(crate = ::other::ngrok_api)).unwrap(),
            "::other::ngrok_api"
        );
    }

    #[test]
    fn rejects_what_is_not_a_path() {
        let err = parse(quote!(crate = "not a path")).unwrap_err();
        assert!(err.contains("\"not a path\" is not a path"), "{err}");
        let err = parse(quote!(crate = 5)).unwrap_err();
        assert!(
            err.contains("takes the path to the ngrok_api crate"),
            "{err}"
        );
        let err = parse(quote!(crate)).unwrap_err();
        assert!(err.contains("needs the path"), "{err}");
    }

    #[test]
    fn serde_paths_follow_the_crate() {
        let krate = CratePath::new(Some(syn::parse_quote!(deps::api)));
        assert_eq!(krate.serde_crate().value(), "deps::api::__private::serde");
        let default = CratePath::new(None);
        assert_eq!(default.is_zero_fn(), "::ngrok_api::__private::is_zero");
        assert_eq!(quote!(#default).to_string(), ":: ngrok_api");
    }
}
