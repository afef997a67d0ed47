//! Procedural macros for the `ngrok-api` crate: `#[service]` and `#[model]`.
//!
//! Use them through `ngrok_api::service` and `ngrok_api::model`; their documentation
//! lives there. Each macro has the same three stages, in a module of its own
//! (`service/`, `model/`): `attr` parses the input into the declaration's model (`ast`),
//! `valid` checks it, `expand` generates code. Every mistake becomes a compile error at
//! the token to fix, and all mistakes of one declaration are reported together (`ctxt`);
//! a declaration with mistakes still expands to stubs (`fallback`) so they do not
//! cascade. Shared by both: the attribute keys (`symbol`) and the `crate = path`
//! option (`crate_path`).

#![deny(missing_docs)]

mod crate_path;
mod ctxt;
mod fallback;
mod model;
mod service;
mod symbol;

use proc_macro::TokenStream;

/// Declares a service of the ngrok API on a unit struct. See `ngrok_api::service`.
#[proc_macro_attribute]
pub fn service(args: TokenStream, input: TokenStream) -> TokenStream {
    service::expand::service(args.into(), input.into()).into()
}

/// Declares a JSON object type of the ngrok API. See `ngrok_api::model`.
#[proc_macro_attribute]
pub fn model(args: TokenStream, input: TokenStream) -> TokenStream {
    model::model(args.into(), input.into()).into()
}
