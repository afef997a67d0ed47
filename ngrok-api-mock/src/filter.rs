//! The part of CEL that list filters use most: comparisons of an object's fields with
//! literals, joined by `&&` and `||`, with parentheses; for example
//! `obj.description == "prod" && obj.metadata != ""`.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Path(Vec<String>),
    Lit(Value),
    Eq,
    Ne,
    And,
    Or,
    Open,
    Close,
}

/// A parsed filter expression.
#[derive(Debug)]
pub(crate) enum Expr {
    Compare {
        path: Vec<String>,
        equal: bool,
        value: Value,
    },
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

impl Expr {
    pub(crate) fn parse(text: &str) -> Result<Expr, String> {
        let tokens = tokenize(text)?;
        let mut pos = 0;
        let expr = parse_or(&tokens, &mut pos)?;
        if pos != tokens.len() {
            return Err(format!("unexpected {:?} at token {}", tokens[pos], pos + 1));
        }
        Ok(expr)
    }

    pub(crate) fn matches(&self, object: &Value) -> bool {
        match self {
            Expr::Compare { path, equal, value } => {
                let mut cur = object;
                for key in path {
                    cur = cur.get(key).unwrap_or(&Value::Null);
                }
                // Absent fields read as their zero value, as the API leaves them out.
                let cur = match (cur, value) {
                    (Value::Null, Value::String(_)) => &Value::String(String::new()),
                    (Value::Null, Value::Bool(_)) => &Value::Bool(false),
                    _ => cur,
                };
                (cur == value) == *equal
            }
            Expr::And(a, b) => a.matches(object) && b.matches(object),
            Expr::Or(a, b) => a.matches(object) || b.matches(object),
        }
    }
}

fn parse_or(tokens: &[Token], pos: &mut usize) -> Result<Expr, String> {
    let mut left = parse_and(tokens, pos)?;
    while tokens.get(*pos) == Some(&Token::Or) {
        *pos += 1;
        left = Expr::Or(Box::new(left), Box::new(parse_and(tokens, pos)?));
    }
    Ok(left)
}

fn parse_and(tokens: &[Token], pos: &mut usize) -> Result<Expr, String> {
    let mut left = parse_term(tokens, pos)?;
    while tokens.get(*pos) == Some(&Token::And) {
        *pos += 1;
        left = Expr::And(Box::new(left), Box::new(parse_term(tokens, pos)?));
    }
    Ok(left)
}

fn parse_term(tokens: &[Token], pos: &mut usize) -> Result<Expr, String> {
    match tokens.get(*pos) {
        Some(Token::Open) => {
            *pos += 1;
            let inner = parse_or(tokens, pos)?;
            if tokens.get(*pos) != Some(&Token::Close) {
                return Err("missing `)`".into());
            }
            *pos += 1;
            Ok(inner)
        }
        Some(Token::Path(path)) => {
            let equal = match tokens.get(*pos + 1) {
                Some(Token::Eq) => true,
                Some(Token::Ne) => false,
                _ => return Err(format!("expected `==` or `!=` after `{}`", path.join("."))),
            };
            let Some(Token::Lit(value)) = tokens.get(*pos + 2) else {
                return Err("expected a string, number or boolean to compare with".into());
            };
            let Some(("obj", rest)) = path.split_first().map(|(h, r)| (h.as_str(), r)) else {
                return Err(format!("`{}` must start with `obj.`", path.join(".")));
            };
            *pos += 3;
            Ok(Expr::Compare {
                path: rest.to_vec(),
                equal,
                value: value.clone(),
            })
        }
        other => Err(format!("expected a comparison, found {other:?}")),
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        match c {
            _ if c.is_whitespace() => i += 1,
            '(' => {
                tokens.push(Token::Open);
                i += 1;
            }
            ')' => {
                tokens.push(Token::Close);
                i += 1;
            }
            _ if two == "==" || two == "!=" || two == "&&" || two == "||" => {
                tokens.push(match two.as_str() {
                    "==" => Token::Eq,
                    "!=" => Token::Ne,
                    "&&" => Token::And,
                    _ => Token::Or,
                });
                i += 2;
            }
            '"' | '\'' => {
                let mut s = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err("unterminated string".into()),
                        Some(&q) if q == c => break,
                        Some('\\') => {
                            s.push(*chars.get(i + 1).ok_or("unterminated string")?);
                            i += 2;
                        }
                        Some(&ch) => {
                            s.push(ch);
                            i += 1;
                        }
                    }
                }
                i += 1;
                tokens.push(Token::Lit(Value::String(s)));
            }
            _ if c.is_ascii_digit() || c == '-' => {
                let start = i;
                i += 1;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let num: String = chars[start..i].iter().collect();
                let value: Value =
                    serde_json::from_str(&num).map_err(|_| format!("bad number `{num}`"))?;
                tokens.push(Token::Lit(value));
            }
            _ if c.is_ascii_alphabetic() || c == '_' => {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '.')
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                tokens.push(match word.as_str() {
                    "true" => Token::Lit(Value::Bool(true)),
                    "false" => Token::Lit(Value::Bool(false)),
                    _ => Token::Path(word.split('.').map(str::to_string).collect()),
                });
            }
            _ => return Err(format!("unexpected character `{c}`")),
        }
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn evaluates_comparisons_with_precedence() {
        let obj = json!({"description": "prod", "metadata": "x", "n": 3});
        let yes = [
            r#"obj.description == "prod""#,
            r#"obj.description == 'prod' && obj.n == 3"#,
            r#"obj.description == "dev" || obj.metadata != """#,
            r#"(obj.description == "dev" || obj.n == 3) && obj.missing == """#,
        ];
        for f in yes {
            assert!(Expr::parse(f).unwrap().matches(&obj), "{f}");
        }
        assert!(!Expr::parse(r#"obj.description == "dev" && obj.n == 3"#)
            .unwrap()
            .matches(&obj));
    }

    #[test]
    fn random_expressions_never_panic() {
        let pieces = [
            "obj.a", "obj.b.c", "==", "!=", "&&", "||", "(", ")", "'x'", "\"y", "12", "-", "true",
            "x", " ", "\\", "é",
        ];
        let obj = json!({"a": "x", "b": {"c": 12}});
        let mut state = 0xA076_1D64_78BD_642Fu64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let text: String = (0..state % 10)
                .map(|i| pieces[((state >> (i * 5)) % pieces.len() as u64) as usize])
                .collect();
            if let Ok(expr) = Expr::parse(&text) {
                let _ = expr.matches(&obj);
            }
        }
    }

    #[test]
    fn rejects_what_it_cannot_evaluate() {
        for f in [
            "obj.a ==",
            "obj.a = 'x'",
            "a == 'x'",
            "(obj.a == 'x'",
            "obj.a == 'x",
            "obj.a.size() > 1",
        ] {
            assert!(Expr::parse(f).is_err(), "{f}");
        }
    }
}
