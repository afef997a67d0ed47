//! `#[secret]` hides a value from `Debug` but not from the JSON sent to the API.

#[ngrok_api::model]
/// An API key.
pub struct Key {
    /// Its id.
    pub id: String,
    /// The key itself, returned once at creation.
    #[secret]
    pub token: Option<String>,
    /// A second secret, left empty.
    #[secret]
    pub backup: String,
}

fn main() {
    let key = Key {
        id: "ak_1".into(),
        token: Some("s3cr3t-value".into()),
        ..Default::default()
    };
    let debug = format!("{key:?}");
    assert!(!debug.contains("s3cr3t-value"), "{debug}");
    assert!(
        debug.contains("ak_1") && debug.contains("[redacted]"),
        "{debug}"
    );
    assert!(
        debug.contains(r#"backup: """#),
        "an empty secret shows as empty: {debug}"
    );
    let pretty = format!("{key:#?}");
    assert!(!pretty.contains("s3cr3t-value"), "{pretty}");

    let json = serde_json::to_string(&key).unwrap();
    assert_eq!(json, r#"{"id":"ak_1","token":"s3cr3t-value"}"#);

    let schema = <Key as ngrok_api::Model>::schema();
    assert!(schema.field("token").unwrap().secret);
    assert!(!schema.field("id").unwrap().secret);
}
