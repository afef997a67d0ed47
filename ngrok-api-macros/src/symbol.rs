//! Every key the `service` and `model` attributes understand, in one place, and the
//! "did you mean" suggestion for a misspelt one.

pub(crate) const NAME: &str = "name";
pub(crate) const GROUP: &str = "group";
pub(crate) const PATH: &str = "path";
pub(crate) const KEY: &str = "key";
pub(crate) const SINGLETON: &str = "singleton";
pub(crate) const ID_PREFIX: &str = "id_prefix";
pub(crate) const RESOURCE: &str = "resource";
pub(crate) const CREATE: &str = "create";
pub(crate) const GET: &str = "get";
pub(crate) const UPDATE: &str = "update";
pub(crate) const DELETE: &str = "delete";
pub(crate) const REPLACE: &str = "replace";
pub(crate) const LIST: &str = "list";
pub(crate) const ACTION: &str = "action";
/// The path to the `ngrok_api` crate, for crates that rename or re-export it.
pub(crate) const CRATE: &str = "crate";

/// The keys of `#[service(...)]`.
pub(crate) const SERVICE_KEYS: &[&str] = &[
    NAME, GROUP, PATH, KEY, SINGLETON, ID_PREFIX, RESOURCE, CREATE, GET, UPDATE, DELETE, REPLACE,
    LIST, ACTION, CRATE,
];

/// The keys of `#[model(...)]`: `request` and `response` (the role, see `model/ast.rs`)
/// are declared with the keys of `action(...)` below, which spell them the same.
pub(crate) const MODEL_KEYS: &[&str] = &[REQUEST, RESPONSE, CRATE];

/// The keys inside `list(...)`.
pub(crate) const ITEMS: &str = "items";
pub(crate) const ITEM: &str = "item";
pub(crate) const FILTER: &str = "filter";
pub(crate) const UNPAGED: &str = "unpaged";
pub(crate) const LIST_KEYS: &[&str] = &[ITEMS, ITEM, FILTER, UNPAGED];

/// The keys inside `action(...)` after the method and path.
pub(crate) const REQUEST: &str = "request";
pub(crate) const RESPONSE: &str = "response";
pub(crate) const ACTION_KEYS: &[&str] = &[REQUEST, RESPONSE, LIST];

/// The field attribute of `#[model]` that hides a value from `Debug`.
pub(crate) const SECRET: &str = "secret";

/// The HTTP methods an action may use.
pub(crate) const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];

/// ``unknown key `x` in <place>``, with the closest known key or the list of them.
pub(crate) fn unknown_key(key: &syn::Ident, place: &str, known: &[&str]) -> syn::Error {
    let word = key.to_string();
    let hint = match suggest(&word, known) {
        Some(close) => format!("did you mean `{close}`?"),
        None => format!("expected one of: {}", known.join(", ")),
    };
    syn::Error::new(
        key.span(),
        format!("unknown key `{word}` in {place}; {hint}"),
    )
}

/// The closest known word to a misspelt one, if any is close.
pub(crate) fn suggest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (distance(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        assert_eq!(suggest("pth", SERVICE_KEYS), Some("path"));
        assert_eq!(suggest("id_prefx", SERVICE_KEYS), Some("id_prefix"));
        assert_eq!(suggest("singelton", SERVICE_KEYS), Some("singleton"));
        assert_eq!(suggest("zzzzzzzz", SERVICE_KEYS), None);
        assert_eq!(suggest("crat", SERVICE_KEYS), Some("crate"));
        assert_eq!(suggest("crates", MODEL_KEYS), Some("crate"));
    }
}
