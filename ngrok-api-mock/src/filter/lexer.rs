//! Cutting a filter's text into tokens, each with the byte offset it starts at; and the
//! refusals that can be decided from single characters (arithmetic, a lone `=`, `&`, `|`).

use super::FilterError;

/// One piece of a filter's text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Ident(String),
    Str(String),
    Num(f64),
    Dot,
    Comma,
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Not,
    And,
    Or,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Tok {
    /// How an error message shows the token.
    pub(super) fn show(&self) -> String {
        match self {
            Tok::Ident(w) => format!("`{w}`"),
            Tok::Str(s) => format!("{s:?}"),
            Tok::Num(n) => format!("`{n}`"),
            other => format!(
                "`{}`",
                match other {
                    Tok::Dot => ".",
                    Tok::Comma => ",",
                    Tok::Open => "(",
                    Tok::Close => ")",
                    Tok::OpenBracket => "[",
                    Tok::CloseBracket => "]",
                    Tok::Not => "!",
                    Tok::And => "&&",
                    Tok::Or => "||",
                    Tok::Eq => "==",
                    Tok::Ne => "!=",
                    Tok::Lt => "<",
                    Tok::Le => "<=",
                    Tok::Gt => ">",
                    _ => ">=",
                }
            ),
        }
    }
}

/// The tokens of `text` with their byte offsets. `steps` counts the bytes looked at, so
/// tests can check the work is linear in the text's length.
pub(super) fn tokens(text: &str, steps: &mut usize) -> Result<Vec<(usize, Tok)>, FilterError> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        *steps += 1;
        let at = i;
        let next = b.get(i + 1).copied();
        let (tok, len) = match b[i] {
            c if c.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            b'.' if !next.is_some_and(|n| n.is_ascii_digit()) => (Tok::Dot, 1),
            b',' => (Tok::Comma, 1),
            b'(' => (Tok::Open, 1),
            b')' => (Tok::Close, 1),
            b'[' => (Tok::OpenBracket, 1),
            b']' => (Tok::CloseBracket, 1),
            b'&' if next == Some(b'&') => (Tok::And, 2),
            b'|' if next == Some(b'|') => (Tok::Or, 2),
            b'=' if next == Some(b'=') => (Tok::Eq, 2),
            b'!' if next == Some(b'=') => (Tok::Ne, 2),
            b'!' => (Tok::Not, 1),
            b'<' if next == Some(b'=') => (Tok::Le, 2),
            b'<' => (Tok::Lt, 1),
            b'>' if next == Some(b'=') => (Tok::Ge, 2),
            b'>' => (Tok::Gt, 1),
            b'=' => {
                return Err(FilterError::at(
                    text,
                    at,
                    "`=` is not an operator; compare with `==`",
                ))
            }
            b'&' | b'|' => {
                return Err(FilterError::at(
                    text,
                    at,
                    "a lone `&` or `|`; the operators are `&&` and `||`",
                ))
            }
            q @ (b'"' | b'\'') => {
                let (s, len) = string(text, at, q, steps)?;
                (Tok::Str(s), len)
            }
            b'-' if next.is_some_and(|n| n.is_ascii_digit() || n == b'.') => {
                number(text, at, steps)?
            }
            c if c.is_ascii_digit() || c == b'.' => number(text, at, steps)?,
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let len = b[at..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                *steps += len;
                (Tok::Ident(text[at..at + len].to_string()), len)
            }
            b'+' | b'-' | b'*' | b'/' | b'%' => {
                return Err(FilterError::at(text, at, "arithmetic is not supported"))
            }
            b'?' | b':' => {
                return Err(FilterError::at(
                    text,
                    at,
                    "the conditional operator `? :` is not supported",
                ))
            }
            _ => {
                let c = text[at..].chars().next().unwrap_or('?');
                return Err(FilterError::at(
                    text,
                    at,
                    format!("unexpected character {c:?}"),
                ));
            }
        };
        out.push((at, tok));
        i = at + len;
    }
    Ok(out)
}

/// A quoted string starting at `at`: its value and its length in the text.
fn string(
    text: &str,
    at: usize,
    quote: u8,
    steps: &mut usize,
) -> Result<(String, usize), FilterError> {
    let b = text.as_bytes();
    let mut value = Vec::new();
    let mut i = at + 1;
    loop {
        *steps += 1;
        match b.get(i) {
            None => return Err(FilterError::at(text, at, "a string with no closing quote")),
            Some(&c) if c == quote => break,
            Some(b'\\') => {
                let escaped = match b.get(i + 1) {
                    Some(b'n') => b'\n',
                    Some(b't') => b'\t',
                    Some(b'r') => b'\r',
                    Some(&c @ (b'\\' | b'"' | b'\'')) => c,
                    _ => {
                        return Err(FilterError::at(
                            text,
                            i,
                            "unknown escape; the escapes are \\\\, \\\", \\', \\n, \\t and \\r",
                        ))
                    }
                };
                value.push(escaped);
                i += 2;
            }
            Some(&c) => {
                value.push(c);
                i += 1;
            }
        }
    }
    // Only ASCII bytes were added or left out, so the bytes are still UTF-8.
    let value = String::from_utf8(value)
        .map_err(|_| FilterError::at(text, at, "a string that is not UTF-8"))?;
    Ok((value, i + 1 - at))
}

/// A number starting at `at` (digits, an optional fraction, an optional leading `-`).
fn number(text: &str, at: usize, steps: &mut usize) -> Result<(Tok, usize), FilterError> {
    let b = text.as_bytes();
    let len = 1 + b[at + 1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'.' || **c == b'_')
        .count();
    *steps += len;
    let word = &text[at..at + len];
    match word.parse::<f64>() {
        Ok(n)
            if n.is_finite()
                && word
                    .bytes()
                    .all(|c| c.is_ascii_digit() || c == b'.' || c == b'-') =>
        {
            Ok((Tok::Num(n), len))
        }
        _ => Err(FilterError::at(
            text,
            at,
            format!("`{word}` is not a number"),
        )),
    }
}
