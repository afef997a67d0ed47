//! Evaluating a parsed filter on one item. Each node of the expression is visited at most
//! once per item, field values are borrowed from the item, and nothing is allocated except
//! when a time field is compared with a time (the field's text is read into a `Timestamp`).

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::ast::{Cmp, Expr, Instant, Literal, Operand, TextTest};
use super::time;

/// A value while evaluating, borrowed from the item or the expression.
#[derive(Clone, Copy)]
enum Val<'a> {
    Null,
    Bool(bool),
    Num(f64),
    Str(&'a str),
    Time(Instant),
    List(&'a [Value]),
    Map(&'a Map<String, Value>),
}

impl Val<'_> {
    /// The zero values, which the API leaves out of an item and which `null` stands for
    /// (it writes `null` for an empty list or map, and proto3 has no "unset" string).
    fn is_zero(&self) -> bool {
        match self {
            Val::Null => true,
            Val::Bool(b) => !b,
            Val::Num(n) => *n == 0.0,
            Val::Str(s) => s.is_empty(),
            Val::Time(_) => false,
            Val::List(l) => l.is_empty(),
            Val::Map(m) => m.is_empty(),
        }
    }
}

static NULL: Value = Value::Null;

fn field<'a>(item: &'a Value, path: &[String]) -> &'a Value {
    let mut cur = item;
    for key in path {
        cur = cur.get(key).unwrap_or(&NULL);
    }
    cur
}

fn json(v: &Value) -> Val<'_> {
    match v {
        Value::Null => Val::Null,
        Value::Bool(b) => Val::Bool(*b),
        Value::Number(n) => n.as_f64().map_or(Val::Null, Val::Num),
        Value::String(s) => Val::Str(s),
        Value::Array(a) => Val::List(a),
        Value::Object(m) => Val::Map(m),
    }
}

fn literal(l: &Literal) -> Val<'_> {
    match l {
        Literal::Null => Val::Null,
        Literal::Bool(b) => Val::Bool(*b),
        Literal::Num(n) => Val::Num(*n),
        Literal::Str(s) => Val::Str(s),
        Literal::Time(t) => Val::Time(*t),
    }
}

fn operand<'a>(op: &'a Operand, item: &'a Value) -> Val<'a> {
    match op {
        Operand::Field(path) => json(field(item, path)),
        Operand::Lit(l) => literal(l),
        Operand::SizeOf(path) => match field(item, path) {
            Value::Null => Val::Num(0.0),
            Value::String(s) => Val::Num(s.chars().count() as f64),
            Value::Array(a) => Val::Num(a.len() as f64),
            Value::Object(m) => Val::Num(m.len() as f64),
            _ => Val::Null,
        },
    }
}

/// Equality across types: values of different types are unequal, except that `null`
/// equals every zero value and a string equals the time it names.
fn equal(a: Val<'_>, b: Val<'_>) -> bool {
    match (a, b) {
        (Val::Null, other) | (other, Val::Null) => other.is_zero(),
        (Val::Bool(x), Val::Bool(y)) => x == y,
        (Val::Num(x), Val::Num(y)) => x == y,
        (Val::Str(x), Val::Str(y)) => x == y,
        (Val::Time(x), Val::Time(y)) => x == y,
        (Val::Time(t), Val::Str(s)) | (Val::Str(s), Val::Time(t)) => time::field(s) == Some(t),
        (Val::List(x), Val::List(y)) => x == y,
        (Val::Map(x), Val::Map(y)) => x == y,
        _ => false,
    }
}

/// The order of two values of one kind; `None` (every ordering comparison false) otherwise.
/// A missing field orders as its zero value.
fn order(a: Val<'_>, b: Val<'_>) -> Option<Ordering> {
    match (a, b) {
        (Val::Null, Val::Null) => Some(Ordering::Equal),
        (Val::Null, Val::Num(y)) => 0.0f64.partial_cmp(&y),
        (Val::Num(x), Val::Null) => x.partial_cmp(&0.0),
        (Val::Null, Val::Str(y)) => "".partial_cmp(y),
        (Val::Str(x), Val::Null) => x.partial_cmp(""),
        (Val::Bool(x), Val::Bool(y)) => Some(x.cmp(&y)),
        (Val::Num(x), Val::Num(y)) => x.partial_cmp(&y),
        (Val::Str(x), Val::Str(y)) => Some(x.cmp(y)),
        (Val::Time(x), Val::Time(y)) => Some(x.cmp(&y)),
        (Val::Str(s), Val::Time(t)) => time::field(s).map(|x| x.cmp(&t)),
        (Val::Time(t), Val::Str(s)) => time::field(s).map(|y| t.cmp(&y)),
        _ => None,
    }
}

impl Expr {
    pub(super) fn eval(&self, item: &Value) -> bool {
        match self {
            Expr::Not(e) => !e.eval(item),
            Expr::All(parts) => parts.iter().all(|e| e.eval(item)),
            Expr::Any(parts) => parts.iter().any(|e| e.eval(item)),
            Expr::Compare(a, cmp, b) => {
                let (a, b) = (operand(a, item), operand(b, item));
                match cmp {
                    Cmp::Eq => equal(a, b),
                    Cmp::Ne => !equal(a, b),
                    Cmp::Lt => order(a, b) == Some(Ordering::Less),
                    Cmp::Le => matches!(order(a, b), Some(Ordering::Less | Ordering::Equal)),
                    Cmp::Gt => order(a, b) == Some(Ordering::Greater),
                    Cmp::Ge => matches!(order(a, b), Some(Ordering::Greater | Ordering::Equal)),
                }
            }
            Expr::InList(x, items) => {
                let x = operand(x, item);
                items.iter().any(|l| equal(x, literal(l)))
            }
            Expr::InField(lit, path) => match field(item, path) {
                Value::Array(values) => values.iter().any(|v| equal(literal(lit), json(v))),
                Value::Object(map) => matches!(lit, Literal::Str(k) if map.contains_key(k)),
                _ => false,
            },
            Expr::Text(path, test, arg) => {
                let text = match field(item, path) {
                    Value::String(s) => s.as_str(),
                    Value::Null => "",
                    _ => return false,
                };
                match test {
                    TextTest::StartsWith => text.starts_with(arg.as_str()),
                    TextTest::Contains => text.contains(arg.as_str()),
                    TextTest::EndsWith => text.ends_with(arg.as_str()),
                }
            }
            Expr::Truth(op) => matches!(operand(op, item), Val::Bool(true)),
        }
    }
}
