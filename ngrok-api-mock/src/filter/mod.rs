//! List filters: the subset of CEL the API documents for `filter=` (see
//! [`ngrok_api::filtering`] for the language and each list's fields), parsed once per
//! request and evaluated on every item.
//!
//! `lexer` cuts the text into tokens, `parser` builds an `ast::Expr` (refusing unknown
//! fields, the invalid forms of `in`, string methods on ids, and nesting past
//! [`MAX_DEPTH`]), `eval` runs it on an item, `time` reads timestamps and durations, and
//! `fields` says which fields each list allows.

mod ast;
mod eval;
mod fields;
mod lexer;
mod parser;
mod time;

use std::fmt;

use ngrok_api::meta::ServiceMeta;
use ngrok_api::Timestamp;
use serde_json::Value;

use ast::Expr;
use parser::{Context, Parser};

/// The longest filter accepted, in bytes. The guide's longest example is 131 bytes and
/// a filter listing a hundred ids in `in [..]` takes about 3 KiB; much more than that is
/// not a query a person writes, and the bound keeps the parse of one request small.
pub(crate) const MAX_LEN: usize = 4096;

/// How deeply parentheses and `!` may nest (list literals and `size()` take no nesting).
/// The guide's examples nest two levels. The limit bounds the parser's recursion: about
/// 3 KiB of stack a level in a debug build, 200 KiB at the limit, against the 2 MiB a
/// spawned thread has by default (a unit test parses and evaluates the deepest filters on
/// a 512 KiB thread).
pub(crate) const MAX_DEPTH: usize = 64;

/// A parsed filter, ready to run on each item of a list.
#[derive(Debug)]
pub(crate) struct Filter {
    expr: Expr,
}

/// Why a filter was refused: where (a 1-based character position) and what was wrong.
#[derive(Debug)]
pub(crate) struct FilterError {
    position: usize,
    what: String,
}

impl FilterError {
    fn at(text: &str, byte: usize, what: impl Into<String>) -> FilterError {
        let before = text.get(..byte).map_or(byte, |s| s.chars().count());
        FilterError {
            position: before + 1,
            what: what.into(),
        }
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at position {}: {}", self.position, self.what)
    }
}

impl Filter {
    /// Parses `text` as a filter on `service`'s list; `timestamp(time.now)` stands for
    /// what `clock` says when the filter is parsed (it is not called otherwise), so the
    /// emulator's one clock gives every time of a request.
    pub(crate) fn parse(
        text: &str,
        service: &ServiceMeta,
        clock: &dyn Fn() -> Timestamp,
    ) -> Result<Filter, FilterError> {
        let fields = fields::allowed(service);
        let cx = Context {
            list: &service.qualified_name(),
            fields: &fields,
            clock,
        };
        parse_counting(text, &cx).0
    }

    /// Whether `item` (as the API shows it) passes the filter.
    pub(crate) fn matches(&self, item: &Value) -> bool {
        self.expr.eval(item)
    }
}

/// Parses, and counts the steps taken (characters looked at by the lexer, tokens looked at
/// by the parser), so tests can check the work grows linearly with the text.
fn parse_counting(text: &str, cx: &Context<'_>) -> (Result<Filter, FilterError>, usize) {
    if text.len() > MAX_LEN {
        let err = FilterError {
            position: MAX_LEN + 1,
            what: format!(
                "the filter is {} bytes long; at most {MAX_LEN} are accepted",
                text.len()
            ),
        };
        return (Err(err), 0);
    }
    let mut steps = 0;
    let toks = match lexer::tokens(text, &mut steps) {
        Ok(toks) => toks,
        Err(e) => return (Err(e), steps),
    };
    let mut parser = Parser::new(text, toks, cx);
    let result = parser.parse().map(|expr| Filter { expr });
    (result, steps + parser.steps)
}

/// For the tests crate's property tests: whether `text` parses as a filter on the list
/// `list` (a qualified service name; the shared fields if the API documents none), and the
/// steps the lexer and parser took. Not part of the emulator's API.
#[doc(hidden)]
pub fn parse_steps(text: &str, list: &str) -> (Result<(), String>, usize) {
    let fields =
        ngrok_api::filtering::filterable_fields(list).unwrap_or(ngrok_api::filtering::SHARED);
    let cx = Context {
        list,
        fields,
        clock: &|| Timestamp::from_unix(1_700_000_000),
    };
    let (result, steps) = parse_counting(text, &cx);
    (result.map(|_| ()).map_err(|e| e.to_string()), steps)
}

#[cfg(test)]
mod tests;
