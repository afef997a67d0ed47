//! Reading tokens into an [`Expr`]: recursive descent with an explicit nesting limit, so a
//! hostile filter is a 400 and never a stack overflow, and a step counter that shows the
//! work is linear (each step consumes or looks at one token; there is no backtracking).
//!
//! Precedence, loosest first: `||`, `&&`, `!`, then one comparison, `in` or method call.
//! Each level of nesting costs three stack frames (`any`, `unary`, `group`), kept small by
//! moving the large locals into functions that do not recurse (`comparison`, `negated_term`).

use ngrok_api::Timestamp;

use super::ast::{Cmp, Expr, Instant, Literal, Operand, TextTest};
use super::lexer::Tok;
use super::{time, FilterError, MAX_DEPTH};

/// What a filter may name, and the time `time.now` stands for.
pub(super) struct Context<'a> {
    /// The list's name, for messages.
    pub(super) list: &'a str,
    /// The fields a filter may name (a field also allows the fields nested in it).
    pub(super) fields: &'a [&'a str],
    /// The clock `timestamp(time.now)` reads (once, and only if the filter uses it).
    pub(super) clock: &'a dyn Fn() -> Timestamp,
}

pub(super) struct Parser<'a> {
    text: &'a str,
    toks: Vec<(usize, Tok)>,
    pos: usize,
    depth: usize,
    pub(super) steps: usize,
    cx: &'a Context<'a>,
    now: Option<Instant>,
}

/// One side of a comparison before it is checked: a value, a list literal or a method call.
enum Term {
    Value(Operand),
    List(Vec<Literal>),
    Text(Vec<String>, TextTest, String),
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str, toks: Vec<(usize, Tok)>, cx: &'a Context<'a>) -> Self {
        Parser {
            text,
            toks,
            pos: 0,
            depth: 0,
            steps: 0,
            cx,
            now: None,
        }
    }

    /// The whole filter, which must be one condition.
    pub(super) fn parse(&mut self) -> Result<Expr, FilterError> {
        let expr = self.any()?;
        match self.peek() {
            None => Ok(expr),
            Some(tok) => Err(self.error(format!(
                "unexpected {} after a complete condition",
                tok.show()
            ))),
        }
    }

    fn peek(&mut self) -> Option<Tok> {
        self.steps += 1;
        self.toks.get(self.pos).map(|(_, t)| t.clone())
    }

    fn peek_is(&mut self, tok: &Tok) -> bool {
        self.steps += 1;
        self.toks.get(self.pos).is_some_and(|(_, t)| t == tok)
    }

    fn advance(&mut self) -> Option<Tok> {
        self.steps += 1;
        let tok = self.toks.get(self.pos).map(|(_, t)| t.clone());
        self.pos += 1;
        tok
    }

    /// The byte offset of the current token (the text's end past the last).
    fn at(&self) -> usize {
        self.toks
            .get(self.pos)
            .map_or(self.text.len(), |(at, _)| *at)
    }

    fn error(&self, what: impl Into<String>) -> FilterError {
        FilterError::at(self.text, self.at(), what)
    }

    fn expect(&mut self, tok: Tok, what: &str) -> Result<(), FilterError> {
        if self.peek_is(&tok) {
            self.advance();
            Ok(())
        } else {
            let found = self.found();
            Err(self.error(format!("expected {} {what}, found {found}", tok.show())))
        }
    }

    fn found(&mut self) -> String {
        self.peek()
            .map_or_else(|| "the end of the filter".into(), |t| t.show())
    }

    /// One level of nesting deeper; the limit keeps recursion (here and when evaluating)
    /// far from the end of any thread's stack.
    /// `at` is where the opening (`(` or `!`) is, which the error points to. Only these
    /// two nest: list literals and `size()` take literals and fields.
    fn enter(&mut self, at: usize) -> Result<(), FilterError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(FilterError::at(
                self.text,
                at,
                format!("nested deeper than {MAX_DEPTH} levels"),
            ));
        }
        Ok(())
    }

    /// `a && b || c && d`, `||` over `&&`, in one loop: one stack frame per level of
    /// nesting rather than one per operator.
    fn any(&mut self) -> Result<Expr, FilterError> {
        let mut alternatives = Vec::new();
        let mut all = Vec::new();
        loop {
            all.push(self.unary()?);
            if self.peek_is(&Tok::And) {
                self.advance();
                continue;
            }
            alternatives.push(collapse(std::mem::take(&mut all), Expr::All));
            if !self.peek_is(&Tok::Or) {
                return Ok(collapse(alternatives, Expr::Any));
            }
            self.advance();
        }
    }

    fn unary(&mut self) -> Result<Expr, FilterError> {
        if self.peek_is(&Tok::Open) {
            return self.group();
        }
        if !self.peek_is(&Tok::Not) {
            return self.comparison();
        }
        let at = self.at();
        self.advance();
        self.enter(at)?;
        // `!` binds tighter than a comparison, as in CEL: it takes a group, a field, a
        // boolean or a method call, and `!obj.a == "x"` is refused rather than read as
        // `!(obj.a == "x")`.
        let inner = if self.peek_is(&Tok::Not) {
            self.unary()?
        } else if self.peek_is(&Tok::Open) {
            self.group()?
        } else {
            self.negated_term()?
        };
        self.depth -= 1;
        Ok(Expr::Not(Box::new(inner)))
    }

    /// What `!` applies to when it is not a group. Out of line, like [`Self::comparison`],
    /// so that the functions that recurse keep small stack frames.
    #[inline(never)]
    fn negated_term(&mut self) -> Result<Expr, FilterError> {
        let term = self.term()?;
        if self.comparison_follows() {
            return Err(self.error(
                "`!` applies only to what follows it; write `!(a == b)` to negate a comparison",
            ));
        }
        self.condition(term)
    }

    fn comparison_follows(&mut self) -> bool {
        matches!(
            self.peek(),
            Some(Tok::Eq | Tok::Ne | Tok::Lt | Tok::Le | Tok::Gt | Tok::Ge)
        ) || self.peek() == Some(Tok::Ident("in".into()))
    }

    fn group(&mut self) -> Result<Expr, FilterError> {
        let at = self.at();
        self.advance();
        self.enter(at)?;
        let inner = self.any()?;
        self.expect(Tok::Close, "to close the `(`")?;
        self.depth -= 1;
        if self.comparison_follows() {
            return Err(self.error("a condition in parentheses cannot be compared"));
        }
        Ok(inner)
    }

    /// A comparison, `in`, method call or lone field: the part of a relation that does not
    /// recurse, with the large locals.
    #[inline(never)]
    fn comparison(&mut self) -> Result<Expr, FilterError> {
        let start = self.at();
        let left = self.term()?;
        let cmp = match self.peek() {
            Some(Tok::Eq) => Cmp::Eq,
            Some(Tok::Ne) => Cmp::Ne,
            Some(Tok::Lt) => Cmp::Lt,
            Some(Tok::Le) => Cmp::Le,
            Some(Tok::Gt) => Cmp::Gt,
            Some(Tok::Ge) => Cmp::Ge,
            Some(Tok::Ident(w)) if w == "in" => {
                self.advance();
                let right_at = self.at();
                let right = self.term()?;
                return self.membership(left, right, start, right_at);
            }
            Some(Tok::OpenBracket) => {
                return Err(self.error("indexing (`a[0]`) is not supported"));
            }
            _ => return self.condition(left),
        };
        self.advance();
        let right_at = self.at();
        let right = self.term()?;
        let value = |term: Term, at: usize| match term {
            Term::Value(v) => Ok(v),
            Term::List(_) => Err(FilterError::at(
                self.text,
                at,
                "a list literal goes only on the right of `in`",
            )),
            Term::Text(..) => Err(FilterError::at(
                self.text,
                at,
                "a string method's result cannot be compared; use it as a condition",
            )),
        };
        Ok(Expr::Compare(
            value(left, start)?,
            cmp,
            value(right, right_at)?,
        ))
    }

    fn membership(
        &self,
        left: Term,
        right: Term,
        left_at: usize,
        right_at: usize,
    ) -> Result<Expr, FilterError> {
        match (left, right) {
            (Term::List(_), _) => Err(FilterError::at(
                self.text,
                left_at,
                "a list cannot be on the left of `in`",
            )),
            (Term::Value(v), Term::List(items)) => Ok(Expr::InList(v, items)),
            (Term::Value(Operand::Lit(lit)), Term::Value(Operand::Field(path))) => {
                Ok(Expr::InField(lit, path))
            }
            (Term::Value(_), Term::Value(Operand::Field(_))) => Err(FilterError::at(
                self.text,
                left_at,
                "with a field on the right of `in`, the left must be a literal (`\"v\" in obj.field`)",
            )),
            _ => Err(FilterError::at(
                self.text,
                right_at,
                "the right of `in` must be a list literal `[..]` or a list field",
            )),
        }
    }

    /// A term standing alone as a condition.
    fn condition(&self, term: Term) -> Result<Expr, FilterError> {
        match term {
            Term::Text(path, test, arg) => Ok(Expr::Text(path, test, arg)),
            Term::Value(v @ (Operand::Field(_) | Operand::Lit(Literal::Bool(_)))) => {
                Ok(Expr::Truth(v))
            }
            _ => Err(self.error(format!(
                "expected a comparison, `in` or the end of a condition, found {}",
                self.toks
                    .get(self.pos)
                    .map_or_else(|| "the end of the filter".into(), |(_, t)| t.show())
            ))),
        }
    }

    /// A field, literal, list literal, `size(..)`, `timestamp(..)` or method call.
    fn term(&mut self) -> Result<Term, FilterError> {
        let at = self.at();
        let lit = |l| Ok(Term::Value(Operand::Lit(l)));
        let term = match self.advance() {
            Some(Tok::Str(s)) => lit(Literal::Str(s)),
            Some(Tok::Num(n)) => lit(Literal::Num(n)),
            Some(Tok::OpenBracket) => self.list_literal(),
            Some(Tok::Ident(word)) => match word.as_str() {
                "true" => lit(Literal::Bool(true)),
                "false" => lit(Literal::Bool(false)),
                "null" => lit(Literal::Null),
                "obj" => self.field(at),
                "size" => self.size(),
                "timestamp" => self.timestamp(),
                "time" => Err(FilterError::at(
                    self.text,
                    at,
                    "`time.now` is read as `timestamp(time.now)`",
                )),
                _ => Err(FilterError::at(
                    self.text,
                    at,
                    format!("unknown name `{word}`; fields are written `obj.<field>`"),
                )),
            },
            None => Err(self.error("the filter ends where a value was expected")),
            Some(tok) => Err(FilterError::at(
                self.text,
                at,
                format!("expected a field or a literal, found {}", tok.show()),
            )),
        }?;
        if self.peek_is(&Tok::Dot) {
            return Err(self.error(
                "methods apply to fields (`obj.name.startsWith(\"x\")`) and to `timestamp(..)`",
            ));
        }
        Ok(term)
    }

    /// `[a, b, ...]`, after `[`. Its items are literals, so it never nests.
    fn list_literal(&mut self) -> Result<Term, FilterError> {
        let mut items = Vec::new();
        while !self.peek_is(&Tok::CloseBracket) {
            let at = self.at();
            let literal = match self.peek() {
                Some(Tok::Str(_) | Tok::Num(_)) => true,
                Some(Tok::Ident(w)) => ["true", "false", "null", "timestamp"].contains(&w.as_str()),
                _ => false,
            };
            if !literal {
                return Err(self.error("a list literal holds only literals"));
            }
            match self.term()? {
                Term::Value(Operand::Lit(l)) => items.push(l),
                _ => {
                    return Err(FilterError::at(
                        self.text,
                        at,
                        "a list literal holds only literals",
                    ))
                }
            }
            if self.peek_is(&Tok::Comma) {
                self.advance();
            } else if !self.peek_is(&Tok::CloseBracket) {
                let found = self.found();
                return Err(self.error(format!("expected `,` or `]` in a list, found {found}")));
            }
        }
        self.advance();
        Ok(Term::List(items))
    }

    /// `obj.a.b`, perhaps followed by a string method; `at` is where `obj` is.
    fn field(&mut self, at: usize) -> Result<Term, FilterError> {
        let mut path = Vec::new();
        while self.peek_is(&Tok::Dot) {
            self.advance();
            let name_at = self.at();
            let Some(Tok::Ident(name)) = self.advance() else {
                return Err(FilterError::at(
                    self.text,
                    name_at,
                    "expected a field name after `.`",
                ));
            };
            if !self.peek_is(&Tok::Open) {
                path.push(name);
                continue;
            }
            let test = match name.as_str() {
                "startsWith" => TextTest::StartsWith,
                "contains" => TextTest::Contains,
                "endsWith" => TextTest::EndsWith,
                "size" => {
                    return Err(FilterError::at(self.text, name_at, "write `size(obj.field)`"))
                }
                "add" | "subtract" => {
                    return Err(FilterError::at(
                        self.text,
                        name_at,
                        format!("`.{name}()` applies to a `timestamp(..)`"),
                    ))
                }
                _ => {
                    return Err(FilterError::at(
                        self.text,
                        name_at,
                        format!(
                            "`.{name}()` is not supported; the methods are startsWith, contains and endsWith"
                        ),
                    ))
                }
            };
            self.check_field(&path, at)?;
            let last = path.last().map(String::as_str).unwrap_or_default();
            // Ids and other random values are refused here, as the API does: a prefix or
            // substring of a random value means nothing, and equality is what to use.
            if last == "id" || last.ends_with("_id") || last == "serial_number" {
                return Err(FilterError::at(
                    self.text,
                    name_at,
                    format!(
                        "`.{name}()` is refused on `obj.{}`, whose values are random; compare it with `==` or `in`",
                        path.join(".")
                    ),
                ));
            }
            let arg = self.string_argument(&name)?;
            return Ok(Term::Text(path, test, arg));
        }
        self.check_field(&path, at)?;
        Ok(Term::Value(Operand::Field(path)))
    }

    fn string_argument(&mut self, method: &str) -> Result<String, FilterError> {
        self.expect(Tok::Open, "")?;
        let Some(Tok::Str(arg)) = self.peek() else {
            return Err(self.error(format!("`.{method}()` takes one string literal")));
        };
        self.advance();
        self.expect(Tok::Close, &format!("after the argument of `.{method}()`"))?;
        Ok(arg)
    }

    fn check_field(&self, path: &[String], at: usize) -> Result<(), FilterError> {
        if path.is_empty() {
            return Err(FilterError::at(
                self.text,
                at,
                "`obj` is the item; name one of its fields, as in `obj.id`",
            ));
        }
        let joined = path.join(".");
        let allowed = self.cx.fields.iter().any(|f| {
            joined == *f || (joined.starts_with(f) && joined.as_bytes().get(f.len()) == Some(&b'.'))
        });
        if allowed {
            return Ok(());
        }
        Err(FilterError::at(
            self.text,
            at,
            format!(
                "`obj.{joined}` cannot be filtered on in {}; the fields that can are {}",
                self.cx.list,
                self.cx.fields.join(", ")
            ),
        ))
    }

    /// `size(x)`, after `size`: the size of a field's text, list or map, or of a literal.
    /// Its argument is a field or a literal, so it never nests.
    fn size(&mut self) -> Result<Term, FilterError> {
        self.expect(Tok::Open, "after `size`")?;
        let at = self.at();
        let simple = match self.peek() {
            Some(Tok::Str(_) | Tok::OpenBracket) => true,
            Some(Tok::Ident(w)) => w == "obj",
            _ => false,
        };
        if !simple {
            return Err(self.error("`size()` takes a field, a string or a list"));
        }
        let inner = self.term()?;
        self.expect(Tok::Close, "after the argument of `size()`")?;
        let n = match inner {
            Term::Value(Operand::Field(path)) => return Ok(Term::Value(Operand::SizeOf(path))),
            Term::Value(Operand::Lit(Literal::Str(s))) => s.chars().count(),
            Term::List(items) => items.len(),
            _ => {
                return Err(FilterError::at(
                    self.text,
                    at,
                    "`size()` takes a field, a string or a list",
                ))
            }
        };
        Ok(Term::Value(Operand::Lit(Literal::Num(n as f64))))
    }

    /// `timestamp("…")` or `timestamp(time.now)`, after `timestamp`, with any `.add(..)`
    /// and `.subtract(..)` after it; all worked out now, as none depends on the item.
    fn timestamp(&mut self) -> Result<Term, FilterError> {
        self.expect(Tok::Open, "after `timestamp`")?;
        let at = self.at();
        let mut instant = match self.advance() {
            Some(Tok::Str(s)) => {
                time::literal(&s).map_err(|e| FilterError::at(self.text, at, e))?
            }
            Some(Tok::Ident(w)) if w == "time" => {
                self.expect(Tok::Dot, "in `time.now`")?;
                match self.advance() {
                    Some(Tok::Ident(w)) if w == "now" => *self
                        .now
                        .get_or_insert_with(|| time::instant(&(self.cx.clock)())),
                    _ => return Err(FilterError::at(self.text, at, "expected `time.now`")),
                }
            }
            _ => {
                return Err(FilterError::at(
                    self.text,
                    at,
                    "`timestamp()` takes an RFC 3339 string or `time.now`",
                ))
            }
        };
        self.expect(Tok::Close, "after the argument of `timestamp()`")?;
        while self.peek_is(&Tok::Dot) {
            self.advance();
            let name_at = self.at();
            let sign = match self.advance() {
                Some(Tok::Ident(w)) if w == "add" => 1,
                Some(Tok::Ident(w)) if w == "subtract" => -1,
                _ => {
                    return Err(FilterError::at(
                        self.text,
                        name_at,
                        "a timestamp's methods are `.add(\"<duration>\")` and `.subtract(\"<duration>\")`",
                    ))
                }
            };
            let arg_at = self.at() + 1;
            let arg = self.string_argument(if sign > 0 { "add" } else { "subtract" })?;
            let seconds =
                time::duration(&arg).map_err(|e| FilterError::at(self.text, arg_at, e))?;
            instant.0 = instant
                .0
                .checked_add(sign * seconds)
                .ok_or_else(|| FilterError::at(self.text, arg_at, "the time is out of range"))?;
        }
        Ok(Term::Value(Operand::Lit(Literal::Time(instant))))
    }
}

/// One expression, or several joined by `many` (`Expr::All`, `Expr::Any`).
fn collapse(mut parts: Vec<Expr>, many: fn(Vec<Expr>) -> Expr) -> Expr {
    if parts.len() == 1 {
        if let Some(one) = parts.pop() {
            return one;
        }
    }
    many(parts)
}
