//! Runs of words shared with the published OpenAPI spec. The docs of this crate are written
//! in its own words; a doc that repeats [`RUN`] words in a row of a spec description was
//! copied, and must be reworded.
//!
//! The spec is not part of the repository (`api/catalog.json` holds its facts without its
//! prose): [`spec_path`] says where it is looked for.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::rust_source::DocBlock;

/// How many words in a row make a copy.
pub const RUN: usize = 7;

/// The environment variable that names the spec file, overriding the default place.
pub const SPEC_VAR: &str = "NGROK_OPENAPI_SPEC";

/// `$NGROK_OPENAPI_SPEC`, or `../shared/api/ngrok.yaml` next to the workspace root.
pub fn spec_path() -> PathBuf {
    match std::env::var_os(SPEC_VAR) {
        Some(path) => PathBuf::from(path),
        None => crate::rust_source::workspace().join("../shared/api/ngrok.yaml"),
    }
}

/// The lowercase words of a text: runs of ASCII letters and digits, the rest is a separator.
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Every run of [`RUN`] words of every `description:` and `summary:` of the spec, joined by
/// spaces. The values are read line by line: the key's own line, then every following line
/// indented deeper (or blank), which covers the folded (`>`) scalars the spec uses.
pub fn spec_runs(spec: &str) -> HashSet<String> {
    let lines: Vec<&str> = spec.lines().collect();
    let mut runs = HashSet::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let Some(value) = ["description:", "summary:"]
            .into_iter()
            .find_map(|key| trimmed.strip_prefix(key))
        else {
            continue;
        };
        let value = value.trim();
        let mut body = String::new();
        if ![">", "|", ">-", "|-"].contains(&value) {
            body.push_str(value);
        }
        while i < lines.len() {
            let next = lines[i];
            let deeper = next.len() - next.trim_start().len() > indent;
            if !next.trim().is_empty() && !deeper {
                break;
            }
            body.push(' ');
            body.push_str(next);
            i += 1;
        }
        let words = words(&body);
        for run in words.windows(RUN) {
            runs.insert(run.join(" "));
        }
    }
    runs
}

/// A doc that repeats a run of the spec.
#[derive(Debug, PartialEq)]
pub struct Copy {
    /// `file:line` of the line where the run starts.
    pub location: String,
    /// The words repeated.
    pub words: String,
}

/// The first copied run of each doc block, if any.
pub fn copies(blocks: &[DocBlock], runs: &HashSet<String>) -> Vec<Copy> {
    let mut out = Vec::new();
    for block in blocks {
        // Every word with the line it is on, across the lines of the block.
        let words: Vec<(usize, String)> = block
            .lines
            .iter()
            .flat_map(|(line, text)| words(text).into_iter().map(move |w| (*line, w)))
            .collect();
        for run in words.windows(RUN) {
            let joined = run
                .iter()
                .map(|(_, w)| w.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if runs.contains(&joined) {
                out.push(Copy {
                    location: format!("{}:{}", block.file, run[0].0),
                    words: joined,
                });
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = "\
paths:
  /things:
    post:
      summary: Create a thing
      description: >
        Creates a new thing which will be
        reviewed by our system and team.
      parameters:
        - name: id
          description: a resource identifier of the thing to fetch now
";

    #[test]
    fn folded_and_inline_descriptions_are_both_read() {
        let runs = spec_runs(SPEC);
        assert!(runs.contains("a new thing which will be reviewed"));
        // Each value is read on its own: no run crosses from the summary into the description.
        assert!(!runs.contains("create a thing creates a new thing"));
        assert!(runs.contains("be reviewed by our system and team"));
        assert!(runs.contains("a resource identifier of the thing to"));
        // The next key ends a folded value.
        assert!(!runs.iter().any(|r| r.contains("parameters")));
    }

    #[test]
    fn a_copied_run_is_reported_where_it_starts_across_lines() {
        let runs = spec_runs(SPEC);
        let blocks = [
            DocBlock {
                file: "a.rs".into(),
                lines: vec![
                    (3, "Our own words. It will be".into()),
                    (4, "Reviewed by our system, and team: for sure.".into()),
                ],
            },
            DocBlock {
                file: "b.rs".into(),
                lines: vec![(9, "A thing that will be reviewed by someone.".into())],
            },
        ];
        assert_eq!(
            copies(&blocks, &runs),
            [Copy {
                location: "a.rs:3".into(),
                words: "will be reviewed by our system and".into(),
            }]
        );
    }
}
