//! The differences between the catalog's schemas and the types of `ngrok-api/src/types/`,
//! each told with its fix: a missing type or field comes with the declaration to paste
//! (from [`declaration`](crate::declaration)) and the file and line where it goes; a field of
//! the wrong type, `Option`-ness or secrecy comes with the line that replaces it.
//!
//! Both the compiled descriptions ([`ngrok_api::types::schemas`]) and the source text are
//! compared: the first is what the emulator and the decoder use, the second tells integer
//! widths apart and says where each declaration is.

use std::collections::BTreeMap;

use ngrok_api::meta::{FieldType, Schema};
use serde_json::Value;

use crate::declaration as decl;
use crate::rust_source::{DeclaredStruct, SourceFile};

/// Where the types live, relative to the workspace.
pub const TYPES_DIR: &str = "ngrok-api/src/types";

/// The file whose `models()` lists every type.
const MOD_RS: &str = "ngrok-api/src/types/mod.rs";

/// The suffixes that make a request or page type of a resource (`ReservedDomainCreate`).
const KIND_SUFFIXES: &[&str] = &["Create", "Update", "List", "Replace", "Mutate"];

/// Everything the comparison reads.
pub struct Inputs<'a> {
    /// The catalog's `schemas` object.
    pub catalog: &'a Value,
    /// The compiled descriptions, by name.
    pub declared: &'a BTreeMap<&'static str, &'static Schema>,
    /// The files of [`TYPES_DIR`].
    pub files: &'a [SourceFile],
    /// The structs of those files.
    pub structs: &'a [DeclaredStruct],
    /// The schemas that are response types ([`crate::roles::response_schemas`]).
    pub responses: &'a BTreeMap<String, String>,
}

impl Inputs<'_> {
    fn source(&self, name: &str) -> Option<&DeclaredStruct> {
        self.structs.iter().find(|s| s.name == name)
    }

    fn file_text(&self, path: &str) -> &str {
        self.files
            .iter()
            .find(|f| f.path == path)
            .map_or("", |f| f.text.as_str())
    }

    /// The role the catalog gives the schema `name`: `"response"` or `"request"`.
    fn role(&self, name: &str) -> &'static str {
        if self.responses.contains_key(name) {
            "response"
        } else {
            "request"
        }
    }

    /// Every problem, in catalog order, then the types the catalog does not know.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for s in self.structs {
            if !self.declared.contains_key(s.name.as_str()) {
                problems.push(format!(
                    "type {name} at {at} is not listed in `types::models()`: add this line to \
                     the list in {MOD_RS}:\n\n            crate::ModelInfo::of::<{name}>(),\n",
                    name = s.name,
                    at = s.location(),
                ));
            }
        }
        let schemas = self.catalog.as_object().expect("catalog schemas");
        for (name, schema) in schemas {
            match (self.declared.get(name.as_str()), self.source(name)) {
                (Some(got), Some(source)) => {
                    self.compare_struct(name, schema, got, source, &mut problems)
                }
                (Some(_), None) => problems.push(format!(
                    "type {name} is described by `types::schemas()` but no `pub struct {name}` \
                     starts a line in {TYPES_DIR}/*.rs (this test reads the rustfmt-clean source)"
                )),
                // Declared in a file but not listed: reported above.
                (None, Some(_)) => {}
                (None, None) => problems.push(self.missing_struct(name, schema)),
            }
        }
        for name in self.declared.keys().filter(|n| !schemas.contains_key(**n)) {
            let at = self
                .source(name)
                .map_or_else(String::new, |s| format!(" at {}", s.location()));
            problems.push(format!(
                "type {name}{at} is not a catalog schema: remove it, or rename it after the schema it stands for"
            ));
        }
        // Each message ends where its last line does; the caller separates them.
        problems
            .into_iter()
            .map(|p| p.trim_end().to_owned())
            .collect()
    }

    fn compare_struct(
        &self,
        name: &str,
        schema: &Value,
        got: &Schema,
        source: &DeclaredStruct,
        problems: &mut Vec<String>,
    ) {
        let fields = schema["fields"].as_array().expect("schema fields");
        for (index, field) in fields.iter().enumerate() {
            let json = field["json"].as_str().expect("field json name");
            let (Some(compiled), Some(written)) = (got.field(json), source.field(json)) else {
                if got.field(json).is_some() {
                    problems.push(format!(
                        "field {name}.{json} is compiled but this test cannot find its line in {}",
                        source.location()
                    ));
                } else {
                    problems.push(self.missing_field(name, &fields[..index], field, source));
                }
                continue;
            };
            let at = format!("{}:{}", source.file, written.line);
            let want = decl::rust_type(self.catalog, name, field);
            let secret = decl::is_secret(name, field);
            let facts = decl::describe(name, field);
            if written.ty != crate::rust_source::normalize_type(&want) {
                problems.push(format!(
                    "field {name}.{json} at {at} is `{}`, but the catalog says {facts}: replace it with\n\n{}",
                    written.ty,
                    decl::field_lines(self.catalog, name, field)
                ));
            } else if let Err(why) = same_type(
                field["type"].as_str().unwrap_or(""),
                field["nullable"].as_bool().unwrap_or(false),
                decl::is_time(name, field),
                (compiled.ty)(),
            ) {
                problems.push(format!("field {name}.{json} at {at}: {why}"));
            }
            if secret && !(written.secret && compiled.secret) {
                problems.push(format!(
                    "field {name}.{json} at {at} holds a credential but is not marked: put \
                     `#[secret]` on the line above it"
                ));
            } else if !secret && (written.secret || compiled.secret) {
                problems.push(format!(
                    "field {name}.{json} at {at} is marked `#[secret]`, which the secret rules \
                     in tests/tests/coverage/declaration.rs do not expect: remove the mark, or \
                     add `{name}.{json}` to SECRET_FIELDS there"
                ));
            }
        }
        for extra in got
            .fields
            .iter()
            .filter(|f| !fields.iter().any(|c| c["json"] == f.json))
        {
            let at = source.field(extra.json).map_or_else(
                || source.location(),
                |f| format!("{}:{}", source.file, f.line),
            );
            problems.push(format!(
                "field {name}.{} at {at} is not in the catalog: remove it",
                extra.json
            ));
        }
    }

    fn missing_field(
        &self,
        name: &str,
        before: &[Value],
        field: &Value,
        source: &DeclaredStruct,
    ) -> String {
        let json = field["json"].as_str().unwrap_or("");
        let place = before
            .iter()
            .rev()
            .find_map(|f| source.field(f["json"].as_str()?))
            .map_or_else(
                || "as its first field".to_owned(),
                |f| format!("after `{}` (line {})", f.json, f.line),
            );
        let needs = decl::needs(name, std::iter::once(field));
        format!(
            "field {name}.{json} is missing ({facts}). Paste it into `pub struct {name}` at {at}, \
             {place}, and write its doc:\n\n{decl}{uses}",
            facts = decl::describe(name, field),
            at = source.location(),
            decl = decl::field_declaration(self.catalog, name, field),
            uses = self.missing_uses(&source.file, &needs),
        )
    }

    fn missing_struct(&self, name: &str, schema: &Value) -> String {
        let fields = schema["fields"].as_array().cloned().unwrap_or_default();
        let needs = decl::needs(name, fields.iter());
        let (place, uses) = match self.home_of(name) {
            Some((file, why)) => (
                format!("into {file} ({why})"),
                self.missing_uses(&file, &needs),
            ),
            None => (
                format!(
                    "into a new file of {TYPES_DIR}/ named after its service (declare it in \
                     {MOD_RS} with `mod <file>;` and `pub use <file>::*;`)"
                ),
                self.missing_uses("", &needs),
            ),
        };
        format!(
            "schema {name} has no type. Paste this {place}, write its docs, and add \
             `crate::ModelInfo::of::<{name}>(),` to `models()` in {MOD_RS}:\n\n{}{uses}",
            decl::struct_declaration(self.catalog, name, self.role(name)),
        )
    }

    /// The file a new type belongs in: the one holding its resource or its request types,
    /// else the one holding a type that has a field of it.
    fn home_of(&self, name: &str) -> Option<(String, String)> {
        let base = |n: &str| {
            KIND_SUFFIXES
                .iter()
                .find_map(|k| n.strip_suffix(k).filter(|b| !b.is_empty()))
                .map(str::to_owned)
                .unwrap_or_else(|| n.to_owned())
        };
        let own_base = base(name);
        if let Some(s) = self
            .structs
            .iter()
            .find(|s| s.name == own_base || base(&s.name) == name)
        {
            return Some((s.file.clone(), format!("where {} is", s.name)));
        }
        let catalog = self.catalog.as_object()?;
        for s in self.structs {
            let uses_it = catalog
                .get(&s.name)
                .and_then(|c| c["fields"].as_array())
                .is_some_and(|fs| {
                    fs.iter().any(|f| {
                        decl::needs(&s.name, std::iter::once(f))
                            .schemas
                            .iter()
                            .any(|n| n == name)
                    })
                });
            if uses_it {
                return Some((
                    s.file.clone(),
                    format!("where {}, which has a field of it, is", s.name),
                ));
            }
        }
        None
    }

    /// The `use` lines a file lacks for what a declaration needs, as a closing paragraph.
    fn missing_uses(&self, file: &str, needs: &decl::Needs) -> String {
        let text = self.file_text(file);
        let imported: Vec<String> = text
            .lines()
            .skip_while(|l| !l.starts_with("use "))
            .take_while(|l| !l.starts_with("///") && !l.starts_with("#["))
            .flat_map(crate::spec_words::words)
            .collect();
        let defined_here = |n: &str| self.structs.iter().any(|s| s.file == file && s.name == n);
        // A type not declared anywhere yet has a message of its own, which says where it
        // goes; once it is in another file, this test asks for its `use` again.
        let defined_elsewhere =
            |n: &str| self.structs.iter().any(|s| s.file != file && s.name == n);
        let mut lines = Vec::new();
        if needs.btree_map && !text.contains("use std::collections::BTreeMap;") {
            lines.push("use std::collections::BTreeMap;".to_owned());
        }
        let foreign: Vec<&str> = needs
            .schemas
            .iter()
            .map(String::as_str)
            .filter(|n| {
                !defined_here(n)
                    && defined_elsewhere(n)
                    && !imported.contains(&n.to_ascii_lowercase())
            })
            .collect();
        match foreign.as_slice() {
            [] => {}
            [one] => lines.push(format!("use super::{one};")),
            many => lines.push(format!("use super::{{{}}};", many.join(", "))),
        }
        if needs.timestamp && !text.contains("use crate::Timestamp;") {
            lines.push("use crate::Timestamp;".to_owned());
        }
        if lines.is_empty() {
            String::new()
        } else {
            format!("\nand at the top of the file:\n\n{}", lines.join("\n"))
        }
    }
}

/// Whether a compiled field type matches the catalog's type notation; `time` asks for a
/// `Timestamp` where the catalog says `string`.
pub fn same_type(
    catalog_type: &str,
    nullable: bool,
    time: bool,
    got: FieldType,
) -> Result<(), String> {
    if nullable {
        return match got {
            FieldType::Nullable(inner) => same_type(catalog_type, false, time, inner()),
            other => Err(format!("{} is not nullable", other.describe())),
        };
    }
    if let Some(inner) = catalog_type.strip_prefix("list<") {
        let inner = inner.strip_suffix('>').unwrap_or(inner);
        return match got {
            FieldType::List(item) => same_type(inner, false, false, item()),
            other => Err(format!("{} is not a list", other.describe())),
        };
    }
    if let Some(inner) = catalog_type.strip_prefix("map<string,") {
        let inner = inner.strip_suffix('>').unwrap_or(inner);
        return match got {
            FieldType::Map(value) => same_type(inner, false, false, value()),
            other => Err(format!("{} is not a map", other.describe())),
        };
    }
    let ok = match (catalog_type, got) {
        ("string", FieldType::Timestamp) => time,
        ("string", FieldType::String) => !time,
        ("bool", FieldType::Bool) => true,
        ("int32" | "int64" | "uint32" | "uint64", FieldType::Integer) => true,
        ("float64", FieldType::Float) => true,
        ("json", FieldType::Json) => true,
        (schema, FieldType::Object(s)) => s().name == schema,
        _ => false,
    };
    match (ok, time) {
        (true, _) => Ok(()),
        (false, true) => Err(format!("{} is not a timestamp", got.describe())),
        (false, false) => Err(format!("{} is not {catalog_type}", got.describe())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ngrok_api::Model;
    use serde_json::json;

    /// A types file where `Ref.uri` has the wrong type and `Item` is not in `schemas()`,
    /// against a catalog where `Ref` grew a field and `RefList` is new.
    #[test]
    fn each_difference_comes_with_the_text_to_paste_and_where() {
        let catalog = json!({
            "Ref": {"fields": [
                {"json": "id", "type": "string", "nullable": false},
                {"json": "uri", "type": "string", "nullable": false},
                {"json": "seen_at", "type": "string", "nullable": true},
            ]},
            "RefList": {"fields": [
                {"json": "refs", "type": "list<Ref>", "nullable": false},
                {"json": "counts", "type": "map<string,int64>", "nullable": true},
            ]},
        });
        let declared = BTreeMap::from([("Ref", ngrok_api::types::Ref::schema())]);
        let files = [SourceFile {
            path: "ngrok-api/src/types/common.rs".into(),
            text: "//! Shared.\n\n/// A reference.\n#[crate::model]\npub struct Ref {\n    \
                   /// Id.\n    pub id: String,\n    /// Uri.\n    pub uri: i64,\n}\n\n\
                   /// An id.\n#[crate::model]\npub struct Item {}\n"
                .into(),
        }];
        let structs = crate::rust_source::structs(&files);
        let problems = Inputs {
            catalog: &catalog,
            declared: &declared,
            files: &files,
            structs: &structs,
            responses: &BTreeMap::from([("RefList".to_owned(), "returned".to_owned())]),
        }
        .problems();
        let want = [
            "type Item at ngrok-api/src/types/common.rs:14 is not listed in `types::models()`: \
             add this line to the list in ngrok-api/src/types/mod.rs:\n\n            \
             crate::ModelInfo::of::<Item>(),",
            "field Ref.uri at ngrok-api/src/types/common.rs:9 is `i64`, but the catalog says \
             string: replace it with\n\n    pub uri: String,",
            "field Ref.seen_at is missing (string holding a point in time, nullable). Paste it \
             into `pub struct Ref` at ngrok-api/src/types/common.rs:5, after `uri` (line 9), and \
             write its doc:\n\n    /// TODO: doc\n    pub seen_at: Option<Timestamp>,\n\n\
             and at the top of the file:\n\nuse crate::Timestamp;",
            "schema RefList has no type. Paste this into ngrok-api/src/types/common.rs (where Ref \
             is), write its docs, and add `crate::ModelInfo::of::<RefList>(),` to `models()` in \
             ngrok-api/src/types/mod.rs:\n\n/// TODO: doc\n#[crate::model(response)]\npub struct RefList \
             {\n    /// TODO: doc\n    pub refs: Vec<Ref>,\n    /// TODO: doc\n    pub counts: \
             Option<BTreeMap<String, i64>>,\n}\n\nand at the top of the file:\n\n\
             use std::collections::BTreeMap;",
        ];
        assert_eq!(problems, want);
    }

    #[test]
    fn the_compiled_type_is_checked_too_timestamps_included() {
        let string = || ngrok_api::meta::FieldType::String;
        assert!(same_type("string", false, false, string()).is_ok());
        assert_eq!(
            same_type("string", false, true, string()),
            Err("string is not a timestamp".to_owned())
        );
        assert_eq!(
            same_type("string", true, false, string()),
            Err("string is not nullable".to_owned())
        );
        assert_eq!(
            same_type("list<string>", false, false, string()),
            Err("string is not a list".to_owned())
        );
    }
}
