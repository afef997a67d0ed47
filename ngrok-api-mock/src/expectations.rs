//! Expectations, in the manner of wiremock: "this operation is called this many times, with
//! these ids, query and body", counted as requests arrive and verified on demand
//! ([`MockServer::verify`](crate::MockServer::verify)) and when the server is dropped, with
//! a report of what was expected and what came.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::{error, fmt};

use serde_json::Value;

use crate::sync::lock;

/// How many matching and near-miss requests each expectation keeps for its report.
const SAMPLES: usize = 5;
/// How many characters of a body a report shows.
const BODY_SHOWN: usize = 200;

/// An expectation set with [`MockServer::expect`](crate::MockServer::expect): the server
/// counts the requests to one operation that fit its matchers, and
/// [`MockServer::verify`](crate::MockServer::verify) (or dropping the server) checks the
/// count.
///
/// The expectation is in force as soon as `expect` returns; the methods here narrow it or
/// change its count, in any order. It counts every request that carried the server's key
/// and routed to the operation, whatever the answer (an injected fault or a validation
/// error included), as wiremock counts what it received. Without a count method it asks for
/// at least one request.
///
/// ```
/// use ngrok_api::types::ReservedDomainCreate;
/// use ngrok_api_mock::MockServer;
///
/// let server = MockServer::start();
/// server
///     .expect("reserved_domains.create")
///     .unwrap()
///     .body(serde_json::json!({"domain": "app.example.com"}))
///     .times(1);
/// server.expect("reserved_domains.delete").unwrap().never();
/// let create = ReservedDomainCreate { domain: "app.example.com".into(), ..Default::default() };
/// server.client().reserved_domains().create(&create)?;
/// assert!(server.verify().is_ok());
/// # Ok::<(), ngrok_api::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Expectation {
    expectations: Arc<Mutex<Expectations>>,
    id: u64,
}

impl Expectation {
    pub(crate) fn new(expectations: Arc<Mutex<Expectations>>, operation: &str) -> Expectation {
        let id = lock(&expectations).add(Spec::new(operation));
        Expectation { expectations, id }
    }

    /// Changes this expectation's spec in place; nothing once the expectations were reset.
    fn change(self, change: impl FnOnce(&mut Spec)) -> Expectation {
        if let Some(spec) = lock(&self.expectations)
            .specs
            .iter_mut()
            .find(|s| s.id == self.id)
        {
            change(spec);
        }
        self
    }

    /// Exactly `n` matching requests.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.list").unwrap().times(2);
    /// server.client().ip_policies().list().iter().count();
    /// assert!(server.verify().is_err());
    /// # server.clear_expectations();
    /// ```
    pub fn times(self, n: usize) -> Expectation {
        self.change(|s| (s.min, s.max) = (n, Some(n)))
    }

    /// At least `n` matching requests (any number more).
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.list").unwrap().at_least(2);
    /// server.client().ip_policies().list().iter().count();
    /// assert!(server.verify().is_err());
    /// server.client().ip_policies().list().iter().count();
    /// assert!(server.verify().is_ok());
    /// ```
    pub fn at_least(self, n: usize) -> Expectation {
        self.change(|s| (s.min, s.max) = (n, None))
    }

    /// At most `n` matching requests (none included).
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.list").unwrap().at_most(1);
    /// assert!(server.verify().is_ok());
    /// ```
    pub fn at_most(self, n: usize) -> Expectation {
        self.change(|s| (s.min, s.max) = (0, Some(n)))
    }

    /// No matching request at all.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.delete").unwrap().never();
    /// let _ = server.client().ip_policies().delete("ipp_1");
    /// assert!(server.verify().is_err());
    /// # server.clear_expectations();
    /// ```
    pub fn never(self) -> Expectation {
        self.times(0)
    }

    /// Only requests whose path placeholder `name` (`"id"`, `"edge_id"`: the names of the
    /// operation's path template) holds `value`.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.get").unwrap().path_id("id", "ipp_1").times(1);
    /// let _ = server.client().ip_policies().get("ipp_1");
    /// let _ = server.client().ip_policies().get("ipp_2");
    /// assert!(server.verify().is_ok());
    /// ```
    pub fn path_id(self, name: &str, value: &str) -> Expectation {
        let pair = (name.to_string(), value.to_string());
        self.change(|s| s.path_ids.push(pair))
    }

    /// Only requests with the query parameter `name` set to `value` (decoded).
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.list").unwrap().query("limit", "10").times(1);
    /// server.client().ip_policies().list().limit(10).iter().count();
    /// assert!(server.verify().is_ok());
    /// ```
    pub fn query(self, name: &str, value: &str) -> Expectation {
        let pair = (name.to_string(), value.to_string());
        self.change(|s| s.query.push(pair))
    }

    /// Only requests whose JSON body contains `subset`: every field of an object in
    /// `subset` is in the body with a matching value (objects are matched the same way,
    /// field by field; arrays and other values must be equal).
    ///
    /// ```
    /// use ngrok_api::types::IPPolicyCreate;
    ///
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.create").unwrap().body(serde_json::json!({"description": "office"}));
    /// let create = IPPolicyCreate { description: "office".into(), ..Default::default() };
    /// server.client().ip_policies().create(&create)?;
    /// assert!(server.verify().is_ok());
    /// # Ok::<(), ngrok_api::Error>(())
    /// ```
    pub fn body(self, subset: Value) -> Expectation {
        self.change(|s| s.body = Some(subset))
    }
}

/// One expectation and what it has seen.
#[derive(Debug, Clone)]
pub(crate) struct Spec {
    id: u64,
    pub(crate) operation: String,
    pub(crate) min: usize,
    pub(crate) max: Option<usize>,
    pub(crate) path_ids: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Option<Value>,
    pub(crate) matched: usize,
    samples: Vec<String>,
    near_misses: Vec<String>,
}

impl Spec {
    pub(crate) fn new(operation: &str) -> Spec {
        Spec {
            id: 0,
            operation: operation.to_string(),
            min: 1,
            max: None,
            path_ids: Vec::new(),
            query: Vec::new(),
            body: None,
            matched: 0,
            samples: Vec::new(),
            near_misses: Vec::new(),
        }
    }

    pub(crate) fn is_met(&self) -> bool {
        self.matched >= self.min && self.max.is_none_or(|max| self.matched <= max)
    }

    /// The count asked for, in words.
    pub(crate) fn count(&self) -> String {
        match (self.min, self.max) {
            (0, Some(0)) => "never".into(),
            (min, Some(max)) if min == max => format!("exactly {min}"),
            (0, Some(max)) => format!("at most {max}"),
            (min, Some(max)) => format!("between {min} and {max}"),
            (min, None) => format!("at least {min}"),
        }
    }

    /// The expectation in one line: operation, count and matchers.
    pub(crate) fn describe(&self) -> String {
        let mut text = format!("{} called {}", self.operation, self.count());
        for (name, value) in &self.path_ids {
            text.push_str(&format!(", path id {name} = {value:?}"));
        }
        for (name, value) in &self.query {
            text.push_str(&format!(", query {name} = {value:?}"));
        }
        if let Some(body) = &self.body {
            text.push_str(&format!(", body containing {body}"));
        }
        text
    }

    /// Why a request to this operation does not fit the matchers, or `None` when it does.
    fn mismatch(&self, seen: &Seen<'_>) -> Option<String> {
        for (name, value) in &self.path_ids {
            let got = seen.path_ids.iter().find(|(n, _)| n == name);
            match got {
                Some((_, got)) if got == value => {}
                Some((_, got)) => return Some(format!("path id {name} is {got:?}")),
                None => return Some(format!("the path has no placeholder {name}")),
            }
        }
        for (name, value) in &self.query {
            let mut got = seen.query.iter().filter(|(n, _)| n == name);
            if !got.clone().any(|(_, v)| v == value) {
                return Some(match got.next() {
                    Some((_, v)) => format!("query {name} is {v:?}"),
                    None => format!("no query parameter {name}"),
                });
            }
        }
        if let Some(subset) = &self.body {
            let Some(body) = seen.body else {
                return Some("the body is not JSON".into());
            };
            if let Err(why) = contains(body, subset, "") {
                return Some(why);
            }
        }
        None
    }
}

/// A request as the expectations see it.
pub(crate) struct Seen<'r> {
    pub(crate) operation: Option<&'r str>,
    pub(crate) path_ids: &'r [(String, String)],
    pub(crate) query: &'r [(String, String)],
    pub(crate) body: Option<&'r Value>,
    /// The request in one line, for reports.
    pub(crate) summary: &'r dyn Fn() -> String,
}

/// Every expectation set on a server, and a tally of the requests that came.
#[derive(Debug, Default)]
pub(crate) struct Expectations {
    pub(crate) specs: Vec<Spec>,
    next_id: u64,
    /// Requests with the key since the expectations were last cleared, by operation label
    /// (`METHOD path` for those that route nowhere).
    came: BTreeMap<String, usize>,
    /// Requests without the key since then: not counted, but worth a line in the report
    /// (a client with the wrong key is a common reason for an unmet expectation).
    keyless: usize,
}

impl Expectations {
    pub(crate) fn add(&mut self, mut spec: Spec) -> u64 {
        self.next_id += 1;
        spec.id = self.next_id;
        self.specs.push(spec);
        self.next_id
    }

    /// Whether an expectation is set on this operation.
    pub(crate) fn watches(&self, operation: &str) -> bool {
        self.specs.iter().any(|s| s.operation == operation)
    }

    /// Counts a request that carried the server's key.
    pub(crate) fn observe(&mut self, seen: &Seen<'_>, method: &str, path: &str) {
        let key = match seen.operation {
            Some(operation) => operation.to_string(),
            None => format!("{method} {path} (no operation)"),
        };
        *self.came.entry(key).or_default() += 1;
        let Some(operation) = seen.operation else {
            return;
        };
        for spec in self.specs.iter_mut().filter(|s| s.operation == operation) {
            match spec.mismatch(seen) {
                None => {
                    spec.matched += 1;
                    if spec.samples.len() < SAMPLES {
                        spec.samples.push((seen.summary)());
                    }
                }
                Some(why) => {
                    if spec.near_misses.len() < SAMPLES {
                        spec.near_misses
                            .push(format!("{}: {why}", (seen.summary)()));
                    }
                }
            }
        }
    }

    /// Notes a request that did not carry the server's key.
    pub(crate) fn observe_keyless(&mut self) {
        self.keyless += 1;
    }

    pub(crate) fn clear(&mut self) {
        self.specs.clear();
        self.came.clear();
        self.keyless = 0;
    }

    /// `Ok` when every expectation is met, or the report of those that are not.
    pub(crate) fn verify(&self) -> Result<(), VerificationError> {
        let unmet: Vec<&Spec> = self.specs.iter().filter(|s| !s.is_met()).collect();
        if unmet.is_empty() {
            return Ok(());
        }
        let mut report = format!(
            "{} of {} expectations of the ngrok API emulator not met:\n",
            unmet.len(),
            self.specs.len()
        );
        for spec in unmet {
            report.push_str(&format!(
                "- expected {}; got {} matching\n",
                spec.describe(),
                spec.matched
            ));
            for sample in &spec.samples {
                report.push_str(&format!("    matched: {sample}\n"));
            }
            for near in &spec.near_misses {
                report.push_str(&format!("    near miss: {near}\n"));
            }
        }
        if self.came.is_empty() {
            report.push_str("No request with the key came.\n");
        } else {
            report.push_str("Requests with the key that came, by operation:\n");
            for (operation, count) in &self.came {
                report.push_str(&format!("    {operation} x{count}\n"));
            }
        }
        if self.keyless > 0 {
            report.push_str(&format!(
                "{} requests came without the server's key (refused, not counted).\n",
                self.keyless
            ));
        }
        Err(VerificationError { report })
    }
}

/// Expectations that are not met, from [`MockServer::verify`](crate::MockServer::verify):
/// its `Display` is the report (each unmet expectation with the matching requests and the
/// near misses, then every operation that was called and how often).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerificationError {
    report: String,
}

impl VerificationError {
    /// The report, as `Display` shows it.
    ///
    /// ```
    /// let server = ngrok_api_mock::MockServer::start();
    /// server.expect("ip_policies.list").unwrap();
    /// let unmet = server.verify().unwrap_err();
    /// assert!(unmet.report().contains("ip_policies.list called at least 1; got 0 matching"));
    /// # server.clear_expectations();
    /// ```
    pub fn report(&self) -> &str {
        &self.report
    }
}

impl fmt::Display for VerificationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.report.trim_end())
    }
}

impl error::Error for VerificationError {}

/// An operation label that no served operation has, from
/// [`MockServer::expect`](crate::MockServer::expect) and
/// [`MockServer::try_inject`](crate::MockServer::try_inject), with the labels closest to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownOperation {
    /// The label given.
    pub name: String,
    /// The served labels closest to it, closest first (at most five).
    pub close: Vec<String>,
}

impl UnknownOperation {
    /// `name` checked against the served `labels`.
    pub(crate) fn check(name: &str, labels: &[&'static str]) -> Result<(), UnknownOperation> {
        if labels.contains(&name) {
            return Ok(());
        }
        let mut scored: Vec<(usize, &str)> = labels
            .iter()
            .map(|label| (distance(name, label), *label))
            .filter(|(d, label)| *d <= name.len().max(6) / 3 + 2 || label.contains(name))
            .collect();
        scored.sort();
        Err(UnknownOperation {
            name: name.to_string(),
            close: scored
                .into_iter()
                .take(5)
                .map(|(_, l)| l.to_string())
                .collect(),
        })
    }
}

impl fmt::Display for UnknownOperation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "no operation is labelled {:?}", self.name)?;
        if self.close.is_empty() {
            write!(
                f,
                " (labels are `<service>.<method>`, like reserved_domains.create)"
            )
        } else {
            write!(f, "; close labels: {}", self.close.join(", "))
        }
    }
}

impl error::Error for UnknownOperation {}

/// The edit distance between two labels, in characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(previous + 1).min(row[j] + 1);
        }
    }
    row[b.len()]
}

/// `Ok` when `value` contains `subset` (see [`Expectation::body`]), or where it does not.
fn contains(value: &Value, subset: &Value, at: &str) -> Result<(), String> {
    match (value, subset) {
        (Value::Object(value), Value::Object(subset)) => {
            for (name, wanted) in subset {
                let here = format!("{at}/{name}");
                match value.get(name) {
                    Some(got) => contains(got, wanted, &here)?,
                    None => return Err(format!("the body has no {here}")),
                }
            }
            Ok(())
        }
        _ if value == subset => Ok(()),
        _ => Err(format!(
            "the body's {} is {}",
            if at.is_empty() { "/" } else { at },
            shorten(&value.to_string())
        )),
    }
}

/// `text` cut to [`BODY_SHOWN`] characters.
pub(crate) fn shorten(text: &str) -> String {
    match text.char_indices().nth(BODY_SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn seen<'r>(
        ids: &'r [(String, String)],
        query: &'r [(String, String)],
        body: Option<&'r Value>,
        summary: &'r dyn Fn() -> String,
    ) -> Seen<'r> {
        Seen {
            operation: Some("as.create"),
            path_ids: ids,
            query,
            body,
            summary,
        }
    }

    #[test]
    fn a_body_matches_a_json_subset() {
        let body = json!({"a": 1, "b": {"c": [1, 2], "d": "x"}});
        assert!(contains(&body, &json!({}), "").is_ok());
        assert!(contains(&body, &json!({"b": {"d": "x"}}), "").is_ok());
        assert!(contains(&body, &json!({"b": {"c": [1]}}), "").is_err());
        let why = contains(&body, &json!({"b": {"d": "y"}}), "").unwrap_err();
        assert_eq!(why, "the body's /b/d is \"x\"");
        let why = contains(&body, &json!({"e": 1}), "").unwrap_err();
        assert_eq!(why, "the body has no /e");
    }

    #[test]
    fn counts_and_near_misses_reach_the_report() {
        let mut expectations = Expectations::default();
        let mut spec = Spec::new("as.create");
        spec.body = Some(json!({"name": "x"}));
        (spec.min, spec.max) = (1, Some(1));
        expectations.add(spec);
        let summary = || "POST /as {\"name\":\"y\"}".to_string();
        let body = json!({"name": "y"});
        expectations.observe(&seen(&[], &[], Some(&body), &summary), "POST", "/as");
        let report = expectations.verify().unwrap_err().to_string();
        assert!(report.contains("as.create called exactly 1"), "{report}");
        assert!(report.contains("got 0 matching"), "{report}");
        assert!(
            report.contains("near miss: POST /as {\"name\":\"y\"}: the body's /name is \"y\""),
            "{report}"
        );
        assert!(report.contains("as.create x1"), "{report}");
        let body = json!({"name": "x"});
        expectations.observe(&seen(&[], &[], Some(&body), &summary), "POST", "/as");
        assert!(expectations.verify().is_ok());
        expectations.observe(&seen(&[], &[], Some(&body), &summary), "POST", "/as");
        assert!(
            expectations.verify().is_err(),
            "two is more than exactly one"
        );
    }

    #[test]
    fn path_ids_and_query_are_matched() {
        let mut spec = Spec::new("as.create");
        spec.path_ids.push(("id".into(), "a_1".into()));
        spec.query.push(("limit".into(), "5".into()));
        let summary = || String::new();
        let ids = [("id".to_string(), "a_1".to_string())];
        let other = [("id".to_string(), "a_2".to_string())];
        let query = [("limit".to_string(), "5".to_string())];
        assert_eq!(spec.mismatch(&seen(&ids, &query, None, &summary)), None);
        assert_eq!(
            spec.mismatch(&seen(&other, &query, None, &summary)),
            Some("path id id is \"a_2\"".into())
        );
        assert_eq!(
            spec.mismatch(&seen(&ids, &[], None, &summary)),
            Some("no query parameter limit".into())
        );
    }

    #[test]
    fn an_unknown_label_names_the_close_ones() {
        let labels = [
            "reserved_domains.create",
            "reserved_domains.list",
            "ip_policies.create",
        ];
        assert!(UnknownOperation::check("reserved_domains.list", &labels).is_ok());
        let err = UnknownOperation::check("reserved_domain.create", &labels).unwrap_err();
        assert_eq!(err.close[0], "reserved_domains.create");
        assert!(
            !err.close.contains(&"ip_policies.create".to_string()),
            "{err}"
        );
        assert!(err.to_string().contains("reserved_domains.create"));
    }

    #[test]
    fn counts_read_as_words() {
        let mut spec = Spec::new("x");
        assert_eq!(spec.count(), "at least 1");
        (spec.min, spec.max) = (0, Some(0));
        assert_eq!(spec.count(), "never");
        (spec.min, spec.max) = (0, Some(3));
        assert_eq!(spec.count(), "at most 3");
    }
}
