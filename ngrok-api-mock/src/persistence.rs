//! The state file (`--state FILE`, [`MockServerBuilder::state_file`]): what the store
//! holds, written atomically after every change and read back at start, so that a
//! restarted emulator has everything it had.
//!
//! The file is JSON:
//!
//! ```json
//! {
//!   "format": "ngrok-api-mock state",
//!   "version": 1,
//!   "base_url": "http://127.0.0.1:18040",
//!   "collections": {
//!     "reserved_domains": [
//!       {"sort": "<sort key>", "params": ["rd_..."], "value": {"id": "rd_...", "domain": "..."}}
//!     ]
//!   },
//!   "authtokens": {"<token>": "cr_..."},
//!   "sources": {"now": "2025-01-01T00:00:00.042Z", "rng": 1234}
//! }
//! ```
//!
//! Each item keeps its path ids (`params`: parents' ids, then its own) and its sort key
//! (which orders it in its list and against `before_id`), so ids, fields and `created_at`
//! come back unchanged. The stored `uri`s (an item's own, and those of the items it
//! refers to) hold the base URL of the server that wrote them (`base_url`); a server that
//! loads the file at another address or public URL rewrites them to its own. `sources`
//! holds the clock's time and the seeded generator's state (`null` without a seed): a
//! deterministic server resumes them, so ids and times go on where they stopped (and new
//! ids always sort after loaded ones). Not in the file: injected faults, the rate limit's
//! window, the recorded requests, expectations; they belong to a run, not to the account.
//!
//! [`MockServerBuilder::state_file`]: crate::MockServerBuilder::state_file

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use serde_json::{json, Value};

use crate::determinism::Sources;
use crate::http::{HttpRequest, HttpResponse};
use crate::store::{Entry, State};

/// What the `format` field of every state file says.
const FORMAT: &str = "ngrok-api-mock state";
/// The layout written today; a file of another version is refused, never guessed at.
const VERSION: u64 = 1;

/// Where a server keeps its store, and the base URL its `uri`s are written with.
#[derive(Clone)]
pub(crate) struct StateFile {
    pub(crate) path: PathBuf,
    pub(crate) base_url: String,
    /// The server's clock and generator: a deterministic server's are saved with the
    /// items and resumed on loading, so a restarted one goes on where it stopped.
    pub(crate) sources: Arc<Sources>,
}

/// Fills `empty` (a new store, as the server would start with) from the state file: left
/// empty when there is no file yet. `served`
/// says whether a service (by qualified name) is served, so a file written by a server
/// with other services is refused rather than half-loaded.
pub(crate) fn load(
    file: &StateFile,
    empty: State,
    served: impl Fn(&str) -> bool,
) -> io::Result<State> {
    let path = file.path.as_path();
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(empty),
        Err(err) => {
            return Err(io::Error::new(
                err.kind(),
                format!("cannot read the state file {}: {err}", path.display()),
            ))
        }
    };
    let invalid = |why: String| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "the state file {} is not a valid ngrok-api-mock state file: {why} \
                 (remove or fix it to start empty; nothing was changed)",
                path.display()
            ),
        )
    };
    let value: Value = serde_json::from_slice(&bytes).map_err(|err| invalid(err.to_string()))?;
    let state = decode(&value, &file.base_url, &served, empty).map_err(invalid)?;
    let (now, rng) = decode_sources(&value).map_err(invalid)?;
    if let Some(now) = now {
        file.sources.resume(now, rng);
    }
    Ok(state)
}

/// The clock's time and the generator's state a file was saved with (`"sources"`,
/// absent from files written before it existed).
fn decode_sources(value: &Value) -> Result<(Option<SystemTime>, Option<u64>), String> {
    let Some(sources) = value.get("sources") else {
        return Ok((None, None));
    };
    let now = sources
        .get("now")
        .and_then(Value::as_str)
        .ok_or("sources.now is missing or not a string")?;
    let now = now
        .parse::<ngrok_api::Timestamp>()
        .ok()
        .and_then(|t| SystemTime::try_from(t).ok())
        .ok_or_else(|| format!("sources.now {now:?} is not an RFC 3339 time"))?;
    let rng = match sources.get("rng") {
        None | Some(Value::Null) => None,
        Some(state) => Some(
            state
                .as_u64()
                .ok_or("sources.rng is not a non-negative integer")?,
        ),
    };
    Ok((Some(now), rng))
}

fn decode(
    value: &Value,
    base_url: &str,
    served: &dyn Fn(&str) -> bool,
    mut state: State,
) -> Result<State, String> {
    let top = value.as_object().ok_or("it is not a JSON object")?;
    if top.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(format!("\"format\" is not {FORMAT:?}"));
    }
    match top.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(other) => {
            return Err(format!(
                "version {other} is not known (this build reads {VERSION})"
            ))
        }
        None => return Err("\"version\" is missing or not a number".into()),
    }
    let written_by = top
        .get("base_url")
        .and_then(Value::as_str)
        .ok_or("\"base_url\" is missing or not a string")?;
    let collections = top
        .get("collections")
        .and_then(Value::as_object)
        .ok_or("\"collections\" is missing or not an object")?;
    for (service, items) in collections {
        if !served(service) {
            return Err(format!("collections.{service}: no such service is served"));
        }
        let items = items
            .as_array()
            .ok_or_else(|| format!("collections.{service} is not an array"))?;
        for (i, item) in items.iter().enumerate() {
            let at = format!("collections.{service}[{i}]");
            let (sort, mut entry) = decode_item(item).map_err(|why| format!("{at}: {why}"))?;
            if written_by != base_url {
                for field in entry.value.values_mut() {
                    rebase(field, written_by, base_url);
                }
            }
            if state.contains(service, &entry.params) {
                return Err(format!(
                    "{at}: its path ids {:?} appear twice",
                    entry.params
                ));
            }
            // New ids must sort after the loaded ones, whatever the clock says now.
            state.note_existing_id(&sort);
            state.insert(service, sort, entry);
        }
    }
    let authtokens = top
        .get("authtokens")
        .and_then(Value::as_object)
        .ok_or("\"authtokens\" is missing or not an object")?;
    for (token, id) in authtokens {
        let id = id
            .as_str()
            .ok_or("authtokens: the credential id of a token is not a string")?;
        state.authtokens.insert(token.clone(), id.to_string());
    }
    Ok(state)
}

fn decode_item(item: &Value) -> Result<(String, Entry), String> {
    let item = item.as_object().ok_or("it is not an object")?;
    let sort = item
        .get("sort")
        .and_then(Value::as_str)
        .filter(|sort| !sort.is_empty())
        .ok_or("\"sort\" is missing or not a non-empty string")?;
    let params = item
        .get("params")
        .and_then(Value::as_array)
        .and_then(|params| {
            params
                .iter()
                .map(|p| p.as_str().map(str::to_string))
                .collect::<Option<Vec<String>>>()
        })
        .ok_or("\"params\" is missing or not an array of strings")?;
    let value = item
        .get("value")
        .and_then(Value::as_object)
        .ok_or("\"value\" is missing or not an object")?;
    Ok((
        sort.to_string(),
        Entry {
            params,
            value: value.clone(),
        },
    ))
}

/// Rewrites every string in `value` that is a URL under `from` to the same URL under `to`.
fn rebase(value: &mut Value, from: &str, to: &str) {
    match value {
        Value::String(text) => {
            if let Some(rest) = text.strip_prefix(from) {
                if rest.is_empty() || rest.starts_with(['/', '?']) {
                    *text = format!("{to}{rest}");
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rebase(v, from, to)),
        Value::Object(map) => map.values_mut().for_each(|v| rebase(v, from, to)),
        _ => {}
    }
}

fn encode(state: &State, base_url: &str, sources: &Sources) -> Value {
    // Sorted by service, each oldest first: the same store always writes the same bytes.
    let mut collections: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for (service, sort, entry) in state.all_entries() {
        collections.entry(service).or_default().push(json!({
            "sort": sort,
            "params": entry.params,
            "value": entry.value,
        }));
    }
    let authtokens: BTreeMap<&String, &String> = state.authtokens.iter().collect();
    let (now, rng) = sources.saved();
    json!({
        "format": FORMAT,
        "version": VERSION,
        "base_url": base_url,
        "collections": collections,
        "authtokens": authtokens,
        "sources": {
            "now": ngrok_api::Timestamp::from(now).to_string(),
            "rng": rng,
        },
    })
}

/// Writes `state` to `path` so that a crash at any moment leaves either the previous
/// file or the new one, whole: a temporary file in the same directory (a rename is
/// atomic only within one file system), flushed to disk, then renamed over `path`.
pub(crate) fn save(file: &StateFile, state: &State) -> io::Result<()> {
    let path = file.path.as_path();
    let bytes = serde_json::to_vec_pretty(&encode(state, &file.base_url, &file.sources))
        .map_err(io::Error::other)?;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("the state file's path has no file name"))?;
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".tmp{}", std::process::id()));
    let temp = dir.join(temp_name);
    let mut file = File::create(&temp)?;
    file.write_all(&bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(&temp, path)?;
    // The rename itself is durable once the directory is flushed; not every platform
    // can open a directory for that, and the file is whole either way.
    if let Ok(dir) = File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Whether a request that got `response` may have changed the store: a method other
/// than GET (or HEAD) that succeeded.
pub(crate) fn changed(request: &HttpRequest, response: &HttpResponse) -> bool {
    !matches!(request.method.as_str(), "GET" | "HEAD") && (200..300).contains(&response.status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Map;

    /// An item as `State` holds it, for tests.
    fn sample(domain: &str, id: &str) -> Entry {
        let mut value = Map::new();
        value.insert("id".into(), Value::String(id.into()));
        value.insert("domain".into(), Value::String(domain.into()));
        Entry {
            params: vec![id.into()],
            value,
        }
    }

    fn at(path: PathBuf, base_url: &str) -> StateFile {
        // A stopped clock, so that the same store writes the same bytes.
        let clock = crate::clock::Clock::stopped(std::time::UNIX_EPOCH);
        StateFile {
            path,
            base_url: base_url.into(),
            sources: Arc::new(Sources::new(clock, None, None)),
        }
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "ngrok-api-mock-persistence-{name}-{}",
            std::process::id()
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_saved_store_loads_back_with_order_params_and_tokens() {
        let dir = temp_dir("roundtrip");
        let path = dir.join("state.json");
        let file = at(path.clone(), "http://old:1");
        let mut state = State::default();
        state.insert(
            "reserved_domains",
            "b".into(),
            sample("b.example.com", "rd_b"),
        );
        state.insert(
            "reserved_domains",
            "a".into(),
            sample("a.example.com", "rd_a"),
        );
        state.authtokens.insert("tok".into(), "cr_1".into());
        if let Some(entry) = state.entry_mut("reserved_domains", &["rd_a".to_string()]) {
            entry
                .value
                .insert("uri".into(), "http://old:1/reserved_domains/rd_a".into());
            entry
                .value
                .insert("ref".into(), json!({"uri": "http://old:1/x?y=1"}));
            entry.value.insert("other".into(), "http://old:12/z".into());
        }
        save(&file, &state).unwrap();

        let same = load(&file, State::default(), |s| s == "reserved_domains").unwrap();
        assert_eq!(
            fs::read(&path).unwrap(),
            serde_json::to_vec_pretty(&encode(&same, "http://old:1", &file.sources)).unwrap(),
            "saving what was loaded writes the same bytes"
        );
        let loaded = load(&at(path.clone(), "http://new:2"), State::default(), |s| {
            s == "reserved_domains"
        })
        .unwrap();
        let a = loaded.item("reserved_domains", "rd_a").unwrap();
        assert_eq!(a["uri"], "http://new:2/reserved_domains/rd_a");
        assert_eq!(a["ref"]["uri"], "http://new:2/x?y=1");
        assert_eq!(
            a["other"], "http://old:12/z",
            "only URLs under the old base move"
        );
        let ids: Vec<&str> = loaded
            .items("reserved_domains")
            .map(|v| v["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["rd_a", "rd_b"], "sort keys order the items");
        assert_eq!(
            loaded.authtokens.get("tok").map(String::as_str),
            Some("cr_1")
        );
        let leftovers = fs::read_dir(&dir).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_file_is_an_empty_start() {
        let dir = temp_dir("missing");
        let state = load(
            &at(dir.join("absent.json"), "http://m"),
            State::default(),
            |_| true,
        )
        .unwrap();
        assert_eq!(state.all_entries().count(), 0);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_bad_file_is_refused_with_its_name_and_what_is_wrong() {
        let dir = temp_dir("bad");
        let path = dir.join("state.json");
        let cases = [
            ("{not json", "key must be a string"),
            ("[]", "not a JSON object"),
            (r#"{"format":"other","version":1}"#, "\"format\""),
            (
                r#"{"format":"ngrok-api-mock state","version":9,"collections":{},"authtokens":{}}"#,
                "version 9",
            ),
            (
                r#"{"format":"ngrok-api-mock state","version":1,"base_url":"http://m","collections":{"nope":[]},"authtokens":{}}"#,
                "collections.nope: no such service",
            ),
            (
                r#"{"format":"ngrok-api-mock state","version":1,"base_url":"http://m","collections":{"reserved_domains":[{"sort":"a","params":[1],"value":{}}]},"authtokens":{}}"#,
                "collections.reserved_domains[0]: \"params\"",
            ),
        ];
        for (text, expected) in cases {
            fs::write(&path, text).unwrap();
            let Err(err) = load(&at(path.clone(), "http://m"), State::default(), |s| {
                s == "reserved_domains"
            }) else {
                panic!("{text} was loaded");
            };
            let message = err.to_string();
            assert_eq!(err.kind(), io::ErrorKind::InvalidData, "{message}");
            assert!(message.contains(&path.display().to_string()), "{message}");
            assert!(message.contains(expected), "{text}: {message}");
        }
        fs::remove_dir_all(&dir).unwrap();
    }
}
