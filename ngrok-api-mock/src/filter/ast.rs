//! A parsed filter: conditions over an item's fields (`Expr`), and the values they compare
//! (`Operand`). Everything that does not depend on the item, such as a timestamp literal or
//! `timestamp(time.now).subtract("7d")`, is worked out once, when the filter is parsed.

/// An instant as (seconds since 1970, nanoseconds), which orders like time.
pub(super) type Instant = (i64, u32);

/// A condition on one item.
#[derive(Debug)]
pub(super) enum Expr {
    Not(Box<Expr>),
    /// All of them (`a && b && c`, kept flat so a long chain is not a deep tree).
    All(Vec<Expr>),
    /// Any of them.
    Any(Vec<Expr>),
    Compare(Operand, Cmp, Operand),
    /// `x in [a, b]`.
    InList(Operand, Vec<Literal>),
    /// `"v" in obj.field`: an element of a list field (or a key of a map field).
    InField(Literal, Vec<String>),
    /// `obj.field.startsWith("x")` and the like.
    Text(Vec<String>, TextTest, String),
    /// A field or literal standing alone as a condition (`obj.pooling_enabled`, `true`).
    Truth(Operand),
}

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// The string methods.
#[derive(Debug, Clone, Copy)]
pub(super) enum TextTest {
    StartsWith,
    Contains,
    EndsWith,
}

/// A value a comparison reads.
#[derive(Debug)]
pub(super) enum Operand {
    /// A field of the item, by its path under `obj`.
    Field(Vec<String>),
    Lit(Literal),
    /// `size(obj.field)`.
    SizeOf(Vec<String>),
}

/// A constant.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Literal {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Time(Instant),
}
