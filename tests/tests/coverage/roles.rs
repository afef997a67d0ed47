//! The role (`#[model(request)]` or `#[model(response)]`) each catalog schema must have,
//! computed from what the catalog says it is used for: a schema returned by any operation,
//! or nested in one that is (through any field, list or map), is a response type; the error
//! body is one too. Every other schema is only ever sent: a request type.

use std::collections::BTreeMap;

use serde_json::Value;

/// Every response schema, with why it is one (`"returned by api_keys.get"`,
/// `"nested in APIKey.owner"`), for the failure message.
pub fn response_schemas(catalog: &Value) -> BTreeMap<String, String> {
    let schemas = &catalog["schemas"];
    let mut found: BTreeMap<String, String> = BTreeMap::new();
    let mut todo: Vec<(String, String)> = Vec::new();
    if let Some(error) = catalog["error_schema"].as_str() {
        todo.push((error.to_owned(), "the API's error body".to_owned()));
    }
    for service in catalog["services"].as_array().into_iter().flatten() {
        let qualified = match service["group"].as_str() {
            Some(group) => format!("{group}.{}", service["name"].as_str().unwrap_or("?")),
            None => service["name"].as_str().unwrap_or("?").to_owned(),
        };
        for op in service["operations"].as_array().into_iter().flatten() {
            if let Some(response) = op["response"].as_str() {
                let why = format!(
                    "returned by {qualified}.{}",
                    op["name"].as_str().unwrap_or("?")
                );
                todo.push((response.to_owned(), why));
            }
        }
    }
    while let Some((name, why)) = todo.pop() {
        if found.contains_key(&name) || schemas.get(&name).is_none() {
            continue;
        }
        for field in schemas[&name]["fields"].as_array().into_iter().flatten() {
            let ty = field["type"].as_str().unwrap_or_default();
            for word in ty.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if !word.is_empty() && schemas.get(word).is_some() {
                    let json = field["json"].as_str().unwrap_or("?");
                    todo.push((word.to_owned(), format!("nested in {name}.{json}")));
                }
            }
        }
        found.insert(name, why);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn responses_are_found_through_lists_maps_and_nesting() {
        let catalog = json!({
            "error_schema": "Error",
            "services": [{"name": "widgets", "group": null, "operations": [
                {"name": "get", "response": "Widget", "request": null},
                {"name": "create", "response": "Widget", "request": "WidgetCreate"},
            ]}],
            "schemas": {
                "Error": {"fields": []},
                "Widget": {"fields": [
                    {"json": "parts", "type": "list<Part>"},
                    {"json": "labels", "type": "map<string,Label>"},
                ]},
                "Part": {"fields": [{"json": "owner", "type": "Ref"}]},
                "Label": {"fields": []},
                "Ref": {"fields": []},
                "WidgetCreate": {"fields": [{"json": "owner", "type": "Ref"}]},
            }
        });
        let found = response_schemas(&catalog);
        let names: Vec<&str> = found.keys().map(String::as_str).collect();
        assert_eq!(names, ["Error", "Label", "Part", "Ref", "Widget"]);
        assert_eq!(found["Widget"], "returned by widgets.create");
        assert_eq!(found["Ref"], "nested in Part.owner");
    }
}
