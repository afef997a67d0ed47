//! Procedural macros for the `ngrok-api` crate: `#[service]` and `#[model]`.
//!
//! Use them through `ngrok_api::service` and `ngrok_api::model`; their documentation
//! lives there. Each macro parses its input into a model of the declaration (module
//! `ast`, filled by `attr`), checks it (`valid`) and generates code (`expand`, `model`).
//! Every mistake becomes a compile error at the token to fix, and all mistakes of one
//! declaration are reported together.

#![deny(missing_docs)]

mod ast;
mod attr;
mod ctxt;
mod expand;
mod model;
mod symbol;
mod valid;

use proc_macro::TokenStream;

/// Declares a service of the ngrok API on a unit struct. See `ngrok_api::service`.
#[proc_macro_attribute]
pub fn service(args: TokenStream, input: TokenStream) -> TokenStream {
    expand::service(args.into(), input.into()).into()
}

/// Declares a JSON object type of the ngrok API. See `ngrok_api::model`.
#[proc_macro_attribute]
pub fn model(args: TokenStream, input: TokenStream) -> TokenStream {
    model::model(args.into(), input.into()).into()
}
