//! The Rust source of `ngrok-api`, read as text: where each type and field of
//! `src/types/` is declared (file and line) with the type as written, and the doc comments of
//! any source file. The compiled descriptions ([`ngrok_api::types::schemas`]) say what a type
//! is; this says where to change it, which a failure message needs.
//!
//! The reading is line based and relies on the files being rustfmt-clean (one
//! `pub name: Type,` per field, attributes on lines of their own), which CI enforces.

use std::path::{Path, PathBuf};

/// The workspace root (this test crate lives in `tests/`).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is inside the workspace")
        .to_path_buf()
}

/// One `.rs` file: its path relative to the workspace and its text.
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The `.rs` files of a folder of the workspace (`"ngrok-api/src/types"`), sorted by name.
pub fn files_in(folder: &str) -> Vec<SourceFile> {
    let dir = workspace().join(folder);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| SourceFile {
            path: format!("{folder}/{}", p.file_name().unwrap().to_string_lossy()),
            text: std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display())),
        })
        .collect()
}

/// A `#[model]` struct as written in a types file.
#[derive(Debug)]
pub struct DeclaredStruct {
    pub name: String,
    /// `ngrok-api/src/types/api_keys.rs`.
    pub file: String,
    /// 1-based line of `pub struct`.
    pub line: usize,
    pub fields: Vec<DeclaredField>,
}

/// A field as written in a types file.
#[derive(Debug)]
pub struct DeclaredField {
    /// The JSON name: the field name without `r#`.
    pub json: String,
    /// The type as written, with whitespace and path prefixes removed
    /// (`std::collections::BTreeMap<String, String>` reads `BTreeMap<String,String>`).
    pub ty: String,
    /// Whether the field carries `#[secret]`.
    pub secret: bool,
    /// 1-based line of `pub name: Type,`.
    pub line: usize,
}

impl DeclaredStruct {
    pub fn field(&self, json: &str) -> Option<&DeclaredField> {
        self.fields.iter().find(|f| f.json == json)
    }

    /// `file:line`, as compilers print locations.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// A type as [`DeclaredField::ty`] holds it: no whitespace, no `path::` prefixes.
pub fn normalize_type(ty: &str) -> String {
    let mut out = String::new();
    let mut rest = ty;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("::") {
            // Drop the path segment just written, and the separator.
            while out
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                out.pop();
            }
            rest = &rest[2..];
            continue;
        }
        if !c.is_whitespace() {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    // rustfmt leaves a trailing comma when it wraps generic arguments.
    out.replace(",>", ">")
}

/// How many `<` of a type are still open.
fn angle_depth(text: &str) -> i32 {
    text.chars().fold(0, |depth, c| match c {
        '<' => depth + 1,
        '>' => depth - 1,
        _ => depth,
    })
}

/// Every struct of the given files, in file and line order.
pub fn structs(files: &[SourceFile]) -> Vec<DeclaredStruct> {
    let mut out = Vec::new();
    for file in files {
        let lines: Vec<&str> = file.text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let Some(rest) = lines[i].strip_prefix("pub struct ") else {
                i += 1;
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let mut declared = DeclaredStruct {
                name,
                file: file.path.clone(),
                line: i + 1,
                fields: Vec::new(),
            };
            i += 1;
            if !rest.trim_end().ends_with('{') {
                // `pub struct Empty {}`: no body lines.
                out.push(declared);
                continue;
            }
            let mut secret = false;
            while i < lines.len() && lines[i] != "}" {
                let line = lines[i].trim();
                if line == "#[secret]" {
                    secret = true;
                } else if let Some(decl) = line.strip_prefix("pub ") {
                    // A field may wrap over several lines; it ends with the comma.
                    let start = i;
                    let mut decl = decl.to_owned();
                    while !(decl.ends_with(',') && angle_depth(&decl) == 0)
                        && i + 1 < lines.len()
                        && lines[i + 1] != "}"
                    {
                        i += 1;
                        decl.push(' ');
                        decl.push_str(lines[i].trim());
                    }
                    let (ident, ty) = decl.split_once(':').unwrap_or((&decl, ""));
                    declared.fields.push(DeclaredField {
                        json: ident.trim().trim_start_matches("r#").to_owned(),
                        ty: normalize_type(ty.trim().trim_end_matches(',')),
                        secret,
                        line: start + 1,
                    });
                    secret = false;
                }
                i += 1;
            }
            out.push(declared);
        }
    }
    out
}

/// A run of consecutive doc comment lines (`///` or `//!`) of one file.
#[derive(Debug)]
pub struct DocBlock {
    pub file: String,
    /// The text of each line without its comment marker, with its 1-based line number.
    pub lines: Vec<(usize, String)>,
}

/// Every doc comment block of the given files.
pub fn doc_blocks(files: &[SourceFile]) -> Vec<DocBlock> {
    let mut out = Vec::new();
    for file in files {
        let mut current: Option<(&str, DocBlock)> = None;
        for (i, line) in file.text.lines().enumerate() {
            let trimmed = line.trim_start();
            let marker = ["///", "//!"]
                .into_iter()
                .find(|m| trimmed.starts_with(m) && !trimmed.starts_with("////"));
            match (marker, &mut current) {
                (Some(m), Some((cur, block))) if *cur == m => {
                    block.lines.push((i + 1, trimmed[3..].trim().to_owned()));
                }
                (Some(m), _) => {
                    if let Some((_, block)) = current.take() {
                        out.push(block);
                    }
                    let block = DocBlock {
                        file: file.path.clone(),
                        lines: vec![(i + 1, trimmed[3..].trim().to_owned())],
                    };
                    current = Some((m, block));
                }
                (None, _) => {
                    // An attribute between doc lines (`#[secret]` after a doc) does not
                    // end the block of the item it documents; anything else does.
                    if !trimmed.starts_with("#[") {
                        if let Some((_, block)) = current.take() {
                            out.push(block);
                        }
                    }
                }
            }
        }
        if let Some((_, block)) = current {
            out.push(block);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> Vec<SourceFile> {
        vec![SourceFile {
            path: "ngrok-api/src/types/x.rs".into(),
            text: text.into(),
        }]
    }

    #[test]
    fn structs_fields_secrets_and_lines_are_read() {
        let files = file(
            "//! Module.\n\nuse crate::Timestamp;\n\n/// A.\n#[crate::model]\npub struct A {\n    \
             /// Id.\n    pub id: String,\n    /// Token.\n    #[secret]\n    pub token: \
             Option<String>,\n    pub r#type: std::collections::BTreeMap<\n        String,\n        \
             i64,\n    >,\n}\n\n#[crate::model]\npub struct Empty {}\n",
        );
        let structs = structs(&files);
        assert_eq!(structs.len(), 2);
        let a = &structs[0];
        assert_eq!((a.name.as_str(), a.line), ("A", 7));
        assert_eq!(a.location(), "ngrok-api/src/types/x.rs:7");
        let fields: Vec<_> = a
            .fields
            .iter()
            .map(|f| (f.json.as_str(), f.ty.as_str(), f.secret, f.line))
            .collect();
        assert_eq!(
            fields,
            [
                ("id", "String", false, 9),
                ("token", "Option<String>", true, 12),
                ("type", "BTreeMap<String,i64>", false, 13),
            ]
        );
        assert_eq!(
            (structs[1].name.as_str(), structs[1].fields.len()),
            ("Empty", 0)
        );
    }

    #[test]
    fn doc_blocks_keep_lines_and_span_attributes() {
        let files =
            file("//! One.\n//! Two.\n\n/// Three\n#[secret]\n/// four.\npub x: u8,\n// plain\n");
        let blocks = doc_blocks(&files);
        let lines: Vec<Vec<(usize, &str)>> = blocks
            .iter()
            .map(|b| b.lines.iter().map(|(n, t)| (*n, t.as_str())).collect())
            .collect();
        assert_eq!(
            lines,
            [
                vec![(1, "One."), (2, "Two.")],
                vec![(4, "Three"), (6, "four.")]
            ]
        );
    }

    #[test]
    fn types_are_compared_without_paths_or_spaces() {
        assert_eq!(
            normalize_type("Option< std::collections::BTreeMap<String, crate::Timestamp> >"),
            "Option<BTreeMap<String,Timestamp>>"
        );
        assert_eq!(normalize_type("::serde_json::Value"), "Value");
    }
}
