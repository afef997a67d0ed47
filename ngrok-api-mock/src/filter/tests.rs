//! The filter language on JSON items: each form, each refusal, the limits, and the work
//! growing linearly with the text.

use serde_json::{json, Value};

use super::ast::Instant;
use super::parser::Context;
use super::*;

const NOW: Instant = (1_800_000_000, 0);

fn test_clock() -> ngrok_api::Timestamp {
    ngrok_api::Timestamp::from_unix(NOW.0)
}

fn cx(fields: &'static [&'static str]) -> Context<'static> {
    Context {
        list: "things",
        fields,
        clock: &test_clock,
    }
}

const FIELDS: &[&str] = &[
    "id",
    "created_at",
    "description",
    "metadata",
    "type",
    "bindings",
    "domain",
    "owner_id",
    "acl",
    "not_after",
    "certificate.id",
    "ip_policy",
    "n",
    "flag",
];

fn parse(text: &str) -> Result<Filter, FilterError> {
    parse_counting(text, &cx(FIELDS)).0
}

fn check(text: &str, item: &Value) -> bool {
    parse(text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .matches(item)
}

fn refusal(text: &str) -> String {
    match parse(text) {
        Ok(f) => panic!("{text} parsed as {f:?}"),
        Err(e) => e.to_string(),
    }
}

fn at(seconds: i64) -> String {
    ngrok_api::Timestamp::from_unix(seconds).to_string()
}

#[test]
fn the_guides_examples_select_what_they_say() {
    let agent =
        json!({"type": "agent", "bindings": ["public"], "created_at": "2025-01-01T00:00:00Z"});
    let edge =
        json!({"type": "edge", "bindings": ["kubernetes"], "created_at": "2026-01-01T00:00:00Z"});
    for (text, yes, no) in [
        (
            r#"obj.type == "cloud" || obj.type == "agent""#,
            &agent,
            &edge,
        ),
        (r#"obj.type in ["agent", "cloud"]"#, &agent, &edge),
        (
            r#""public" in obj.bindings || "internal" in obj.bindings"#,
            &agent,
            &edge,
        ),
        (
            r#"obj.created_at < timestamp("2025-10-31T09:23:45-07:00")"#,
            &agent,
            &edge,
        ),
    ] {
        assert!(check(text, yes), "{text}");
        assert!(!check(text, no), "{text}");
    }
    let fresh = json!({"created_at": at(NOW.0 - 3_600), "not_after": at(NOW.0 + 3_600)});
    let old = json!({"created_at": at(NOW.0 - 8 * 86_400), "not_after": at(NOW.0 + 2 * 86_400)});
    for text in [
        r#"obj.created_at >= timestamp(time.now).subtract("7d")"#,
        r#"obj.not_after <= timestamp(time.now).add("24h")"#,
    ] {
        assert!(check(text, &fresh), "{text}");
        assert!(!check(text, &old), "{text}");
    }
    let acl = r#"obj.owner_id == "usr_x" && (obj.acl == null || obj.acl == "")"#;
    assert!(check(acl, &json!({"owner_id": "usr_x", "acl": []})));
    assert!(check(acl, &json!({"owner_id": "usr_x"})));
    assert!(!check(
        acl,
        &json!({"owner_id": "usr_x", "acl": ["bind:x"]})
    ));
    assert!(!check(acl, &json!({"owner_id": "usr_y", "acl": []})));
    let long = r#"obj.domain in ["foo.com","bar.com"] || (obj.created_at < timestamp("2025-05-10Z") && obj.description.contains("cowbell"))"#;
    assert!(check(
        long,
        &json!({"domain": "bar.com", "created_at": "2026-01-01T00:00:00Z"})
    ));
    assert!(check(
        long,
        &json!({"domain": "x.com", "created_at": "2025-05-09T23:59:59Z", "description": "more cowbell"})
    ));
    assert!(!check(
        long,
        &json!({"domain": "x.com", "created_at": "2025-05-10T00:00:00Z", "description": "more cowbell"})
    ));
    assert!(!check(
        long,
        &json!({"domain": "x.com", "created_at": "2025-05-01T00:00:00Z", "description": "bell"})
    ));
}

#[test]
fn comparisons_logic_and_precedence() {
    let item = json!({"description": "prod", "n": 3, "flag": true, "certificate": {"id": "cert_1"}, "ip_policy": {"id": "ipp_1"}});
    for yes in [
        r#"obj.description == "prod""#,
        r#"obj.description == 'prod' && obj.n == 3"#,
        r#"obj.description == "dev" || obj.metadata == """#,
        r#"(obj.description == "dev" || obj.n == 3) && obj.metadata == null"#,
        "obj.n > 2 && obj.n >= 3 && obj.n < 4 && obj.n <= 3 && obj.n != 4",
        "obj.flag && !(obj.n == 4) && !!obj.flag && !false",
        r#"obj.description > "pra" && obj.description < "prp""#,
        r#"obj.certificate.id == "cert_1" && obj.ip_policy.id == "ipp_1""#,
        r#"size(obj.description) == 4 && size(obj.acl) == 0 && size("héllo") == 5"#,
        r#"obj.description.startsWith("pr") && obj.description.endsWith("od")"#,
        r#"obj.metadata.startsWith("") && !obj.metadata.contains("x")"#,
        "obj.n in [1, 2, 3] && !(obj.n in [])",
        "obj.created_at == null && obj.n != null",
        "true",
    ] {
        assert!(check(yes, &item), "{yes}");
    }
    for no in [
        r#"obj.description == "dev""#,
        r#"obj.description == "prod" && obj.n == 4"#,
        "obj.n == \"3\"",
        "obj.n > \"a\"",
        "!obj.flag",
        r#"obj.description.contains("x")"#,
        r#"obj.created_at > timestamp("2000-01-01T00:00:00Z")"#,
        "false || obj.flag && false",
    ] {
        assert!(!check(no, &item), "{no}");
    }
}

#[test]
fn times_compare_by_instant_whatever_their_offset() {
    let item = json!({"created_at": "2025-05-10T02:00:00+02:00"});
    assert!(check(
        r#"obj.created_at == timestamp("2025-05-10Z")"#,
        &item
    ));
    assert!(check(
        r#"obj.created_at <= timestamp("2025-05-10T00:00:00Z")"#,
        &item
    ));
    assert!(!check(
        r#"obj.created_at < timestamp("2025-05-10T00:00:00Z")"#,
        &item
    ));
    assert!(check(
        r#"timestamp("2025-05-09Z").add("1d") == timestamp("2025-05-10T00:00:00Z")"#,
        &item
    ));
    assert!(!check(
        r#"obj.created_at < timestamp("2025-05-10Z").subtract("1s")"#,
        &item
    ));
    // A field that is not a time compares with no time.
    let odd = json!({"created_at": "soon"});
    assert!(!check(r#"obj.created_at < timestamp("2999-01-01Z")"#, &odd));
    assert!(!check(
        r#"obj.created_at >= timestamp("1999-01-01Z")"#,
        &odd
    ));
}

#[test]
fn refusals_say_where_and_what() {
    for (text, says) in [
        (
            r#"obj.secret == "x""#,
            "`obj.secret` cannot be filtered on in things; the fields that can are id, created_at",
        ),
        (
            r#"obj.certificate.name == "x""#,
            "`obj.certificate.name` cannot be filtered on",
        ),
        (r#"obj.id.startsWith("rd_")"#, "refused on `obj.id`"),
        (
            r#"obj.certificate.id.contains("1")"#,
            "refused on `obj.certificate.id`",
        ),
        (r#"obj.owner_id.endsWith("1")"#, "refused on `obj.owner_id`"),
        (
            r#"["a"] in obj.bindings"#,
            "a list cannot be on the left of `in`",
        ),
        ("obj.type in obj.bindings", "the left must be a literal"),
        (r#"obj.type in "agent""#, "the right of `in` must be"),
        ("obj.bindings[0] == \"x\"", "indexing"),
        ("obj.n + 1 == 2", "arithmetic"),
        ("obj.flag ? true : false", "conditional operator"),
        ("obj.n = 1", "compare with `==`"),
        ("obj.n == 1 & obj.flag", "`&&`"),
        (
            r#"obj.domain.matches("a.*")"#,
            "`.matches()` is not supported",
        ),
        (r#"obj.domain.size() == 1"#, "write `size(obj.field)`"),
        ("obj == null", "`obj` is the item"),
        ("type == 'x'", "unknown name `type`"),
        (r#"timestamp("yesterday") < obj.created_at"#, "RFC 3339"),
        (
            r#"timestamp(time.now).add("1w") > obj.created_at"#,
            "not a duration",
        ),
        ("time.now > obj.created_at", "timestamp(time.now)"),
        (r#"!obj.type == "agent""#, "`!(a == b)`"),
        (
            "obj.type == ['a']",
            "a list literal goes only on the right of `in`",
        ),
        (r#"obj.type == "a"#, "no closing quote"),
        (
            r#"obj.type == "a" obj.n == 1"#,
            "after a complete condition",
        ),
        ("(obj.flag", "to close the `(`"),
        ("", "the filter ends where a value was expected"),
        ("\"x\"", "expected a comparison"),
        ("obj.n == 1.2.3", "not a number"),
    ] {
        let err = refusal(text);
        assert!(err.contains(says), "{text}: {err}");
        assert!(err.starts_with("at position "), "{text}: {err}");
    }
    // The position counts characters, from 1.
    assert!(refusal("obj.n == 1 &&  é").starts_with("at position 16:"));
    assert!(refusal("  obj.nope == 1").starts_with("at position 3:"));
}

#[test]
fn nesting_past_the_limit_and_long_text_are_refused() {
    let nest = |n: usize| format!("{}obj.n == 1{}", "(".repeat(n), ")".repeat(n));
    assert!(parse(&nest(MAX_DEPTH)).is_ok());
    let deep = refusal(&nest(MAX_DEPTH + 1));
    assert!(
        deep.starts_with("at position 65: nested deeper than 64"),
        "{deep}"
    );
    let nots = refusal(&format!("{}obj.flag", "!".repeat(70)));
    assert!(nots.starts_with("at position 65:"), "{nots}");
    assert!(refusal(&nest(100_000 / 2)).contains("4096"));
    for bomb in [nest(1000), "!".repeat(1000) + "obj.flag", "!(".repeat(500)] {
        assert!(refusal(&bomb).contains("nested deeper"), "{}", &bomb[..20]);
    }
    // Lists and `size()` take no nesting at all.
    let lists = refusal(&"[".repeat(1000));
    assert!(
        lists.starts_with("at position 2: a list literal holds only literals"),
        "{lists}"
    );
    let sizes = refusal(&"size(".repeat(500));
    assert!(
        sizes.starts_with("at position 6: `size()` takes a field"),
        "{sizes}"
    );
    assert!(refusal("obj.n in [[1]]").contains("only literals"));
    assert!(refusal("size(size(obj.n)) == 1").contains("`size()` takes"));
    let chain = vec!["obj.n == 1"; 250].join(" && ");
    assert!(chain.len() < MAX_LEN && parse(&chain).is_ok());
    assert!(parse(&format!("obj.n == 1 && {}", " ".repeat(MAX_LEN))).is_err());
}

/// A small deterministic generator, so failures repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

const PIECES: &[&str] = &[
    "obj.n",
    "obj.type",
    "obj.bindings",
    "obj.certificate.id",
    "obj.nope",
    "==",
    "!=",
    "<",
    ">=",
    "&&",
    "||",
    "!",
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    "in",
    "'x'",
    "\"y",
    "12",
    "-3.5",
    "true",
    "null",
    "size(",
    "timestamp(",
    "time.now",
    ".add(\"1d\")",
    ".startsWith(",
    "\\",
    "é",
    " ",
    "+",
    "obj",
];

#[test]
fn random_token_soups_never_panic_and_take_linear_steps() {
    let mut rng = Rng(0xA076_1D64_78BD_642F);
    let item = json!({"n": 12, "type": "x", "bindings": ["y"], "certificate": {"id": "c"}});
    for _ in 0..20_000 {
        let n = rng.next() % 40;
        let text: String = (0..n)
            .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
            .collect();
        let (result, steps) = parse_counting(&text, &cx(FIELDS));
        assert!(steps <= 8 * (text.len() + 1), "{steps} steps for {text:?}");
        if let Ok(f) = result {
            let _ = f.matches(&item);
        }
    }
}

#[test]
fn the_steps_grow_linearly_on_the_worst_shapes() {
    // Steps per byte stay flat as the text grows ten times.
    for shape in [
        |n: usize| vec!["obj.n == 1"; n].join(" || "),
        |n: usize| format!("obj.n in [{}]", vec!["1"; n].join(",")),
        |n: usize| format!("{}obj.flag", "!(".repeat(n.min(60))) + &")".repeat(n.min(60)),
        |n: usize| "\"".to_string() + &"x".repeat(n),
    ] {
        let small = shape(30);
        let large = shape(300);
        let per_byte = |t: &str| parse_counting(t, &cx(FIELDS)).1 as f64 / t.len() as f64;
        assert!(
            per_byte(&large) <= per_byte(&small) * 1.5 + 0.5,
            "{} vs {}",
            per_byte(&large),
            per_byte(&small)
        );
    }
}

#[test]
fn the_deepest_filters_fit_a_small_thread_stack() {
    // The depth limit is what bounds the stack that parsing and evaluating take: about
    // 3 KiB a level in a debug build (whose frames are the largest), 200 KiB in all at
    // the limit. A quarter of a spawned thread's default 2 MiB is plenty.
    let shapes = [
        format!(
            "{}obj.n == 1{}",
            "(".repeat(MAX_DEPTH),
            ")".repeat(MAX_DEPTH)
        ),
        format!(
            "{}obj.flag{}",
            "!(".repeat(MAX_DEPTH / 2),
            ")".repeat(MAX_DEPTH / 2)
        ),
        format!(
            "{}obj.n == 1 || obj.flag && obj.n in [1]{}",
            "(".repeat(MAX_DEPTH - 1),
            ")".repeat(MAX_DEPTH - 1)
        ),
    ];
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            for text in &shapes {
                assert!(parse(text)
                    .expect(text)
                    .matches(&json!({"n": 1, "flag": true})));
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

/// The stack the deepest filters are checked on.
const STACK: usize = 512 * 1024;

#[test]
fn the_clock_is_read_once_and_only_for_time_now() {
    let reads = std::cell::Cell::new(0);
    let clock = || {
        reads.set(reads.get() + 1);
        test_clock()
    };
    let cx = Context {
        list: "things",
        fields: FIELDS,
        clock: &clock,
    };
    assert!(
        parse_counting(r#"obj.created_at < timestamp("2025-05-10Z")"#, &cx)
            .0
            .is_ok()
    );
    assert_eq!(reads.get(), 0);
    let both = r#"obj.created_at > timestamp(time.now).subtract("1d") && obj.not_after < timestamp(time.now)"#;
    assert!(parse_counting(both, &cx).0.is_ok());
    assert_eq!(reads.get(), 1);
}
