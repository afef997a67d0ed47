//! Descriptions of declared services, operations and schemas.
//!
//! The `#[service]` and `#[model]` attributes turn every declaration into plain constant
//! data of the types in this module, reached through [`Service::meta`](crate::Service::meta)
//! and [`Model::schema`](crate::Model::schema). Nothing here performs I/O: the emulator
//! (`ngrok-api-mock`) reads these descriptions to serve a resource, and the tests read them
//! to check the declarations against the API catalog.
//!
//! Unlike the error types, these structs are not `#[non_exhaustive]`, on purpose: the
//! macro expansions in every crate that declares a service or model build them as struct
//! literals, which `#[non_exhaustive]` forbids outside this crate. The macro crate is
//! pinned to this crate's exact version (`=`), so a field added here arrives together with
//! expansions that fill it in; only a literal written by hand would stop compiling, and
//! these values are meant to be read, not written: write a `#[service]` or `#[model]`
//! instead.

/// An HTTP method used by the ngrok API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`: read a resource or a page of a list.
    Get,
    /// `POST`: create a resource or run an action.
    Post,
    /// `PUT`: replace a singleton module.
    Put,
    /// `PATCH`: partially update a resource.
    Patch,
    /// `DELETE`: remove a resource or a part of it.
    Delete,
}

impl Method {
    /// The method's name as it appears on the wire (`"GET"`, `"PATCH"`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Parses a wire name; `None` for a method the ngrok API does not use.
    pub fn from_name(name: &str) -> Option<Method> {
        Some(match name {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an operation does, which decides how the emulator serves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OperationKind {
    /// `POST` on the collection: make a new resource.
    Create,
    /// `GET` on one resource (or on a singleton module).
    Get,
    /// `PATCH` on one resource: change the fields that are sent.
    Update,
    /// `DELETE` on one resource (or on a singleton module).
    Delete,
    /// `GET` on the collection: one page, or every item when the list is not paged.
    List,
    /// `PUT` on a singleton module: set it as a whole.
    Replace,
    /// Any other call on one resource (`restart`, `delete_certificate`, ...).
    Action,
}

/// How a list operation returns its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListMeta {
    /// The JSON key of the array of items in the response (`"reserved_domains"`).
    pub items_field: &'static str,
    /// Whether the list is paged with `limit`, `before_id` and `next_page_uri`.
    pub paged: bool,
    /// Whether the list accepts a `filter` query parameter (a CEL expression).
    pub filter: bool,
}

/// One operation of a service: a method on its handle and one HTTP call.
#[derive(Debug, Clone, Copy)]
pub struct OperationMeta {
    /// The Rust method name (`"create"`, `"delete_certificate"`).
    pub name: &'static str,
    /// The service and method, as used in errors and logs (`"edges.https_routes.get"`).
    pub label: &'static str,
    /// The role of the operation.
    pub kind: OperationKind,
    /// The HTTP method.
    pub method: Method,
    /// The path template, with `{name}` placeholders (`"/edges/https/{edge_id}/routes/{id}"`).
    pub path: &'static str,
    /// The schema of the JSON body sent, if the call sends a typed body.
    pub request: Option<SchemaFn>,
    /// The schema of the JSON body returned; `None` when the API answers `204 No Content`.
    pub response: Option<SchemaFn>,
    /// For list operations, where the items are and how they are paged.
    pub list: Option<ListMeta>,
}

impl OperationMeta {
    /// The path placeholders in order (`["edge_id", "id"]`).
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        path_params(self.path)
    }

    /// The status code of a successful call: 201 for create, 204 when nothing is
    /// returned, 200 otherwise.
    pub fn success_status(&self) -> u16 {
        match (self.kind, self.response) {
            (OperationKind::Create, _) => 201,
            (_, None) => 204,
            _ => 200,
        }
    }
}

/// The placeholders of a path template, in order.
pub fn path_params(template: &'static str) -> impl Iterator<Item = &'static str> {
    template
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
}

/// A declared service: a handle type with its operations.
#[derive(Debug, Clone, Copy)]
pub struct ServiceMeta {
    /// The accessor name (`"reserved_domains"`, `"https_routes"`).
    pub name: &'static str,
    /// The group the accessor lives under (`Some("edges")`), if any.
    pub group: Option<&'static str>,
    /// The collection path (or the module path for a singleton).
    pub path: &'static str,
    /// The placeholder that names one item in the collection (`"id"`, or `"type"` for
    /// event sources). `None` for singletons.
    pub key: Option<&'static str>,
    /// The prefix of ids the API assigns to this resource (`"rd"` gives `rd_…`).
    pub id_prefix: Option<&'static str>,
    /// The schema of the resource the service returns.
    pub resource: SchemaFn,
    /// Every operation, in declaration order.
    pub operations: &'static [OperationMeta],
}

impl ServiceMeta {
    /// The operation with the given method name.
    pub fn operation(&self, name: &str) -> Option<&'static OperationMeta> {
        self.operations.iter().find(|op| op.name == name)
    }

    /// Whether the service is a singleton module (replace, get and delete on one path).
    pub fn is_singleton(&self) -> bool {
        self.key.is_none()
    }

    /// `group.name`, or just `name` for an ungrouped service.
    pub fn qualified_name(&self) -> String {
        match self.group {
            Some(group) => format!("{group}.{}", self.name),
            None => self.name.to_string(),
        }
    }
}

/// A function returning a schema; a function pointer breaks cycles between schemas.
pub type SchemaFn = fn() -> &'static Schema;

/// The description of a JSON object type.
#[derive(Debug)]
pub struct Schema {
    /// The type name, which is the API's schema name (`"ReservedDomain"`).
    pub name: &'static str,
    /// Every field, in declaration order.
    pub fields: &'static [Field],
}

impl Schema {
    /// The field with the given JSON name.
    pub fn field(&self, json: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.json == json)
    }
}

/// One field of a schema.
#[derive(Debug)]
pub struct Field {
    /// The field's JSON name.
    pub json: &'static str,
    /// The field's type.
    pub ty: fn() -> FieldType,
    /// Whether the value is a secret (hidden from `Debug`, returned by the API only once).
    pub secret: bool,
}

/// The JSON type of a field.
#[derive(Debug, Clone, Copy)]
pub enum FieldType {
    /// A JSON string.
    String,
    /// `true` or `false`.
    Bool,
    /// A JSON number without a fraction.
    Integer,
    /// Any JSON number.
    Float,
    /// An RFC 3339 timestamp string.
    Timestamp,
    /// Any JSON value.
    Json,
    /// A value that may be `null` or absent.
    Nullable(fn() -> FieldType),
    /// A JSON array of the inner type.
    List(fn() -> FieldType),
    /// A JSON object with string keys and values of the inner type.
    Map(fn() -> FieldType),
    /// A JSON object described by a schema.
    Object(SchemaFn),
}

impl FieldType {
    /// A short, human-readable name of the type (`"list<Ref>"`, `"string?"`).
    pub fn describe(&self) -> String {
        match self {
            FieldType::String => "string".into(),
            FieldType::Bool => "bool".into(),
            FieldType::Integer => "integer".into(),
            FieldType::Float => "number".into(),
            FieldType::Timestamp => "timestamp".into(),
            FieldType::Json => "json".into(),
            FieldType::Nullable(inner) => format!("{}?", inner().describe()),
            FieldType::List(inner) => format!("list<{}>", inner().describe()),
            FieldType::Map(inner) => format!("map<string,{}>", inner().describe()),
            FieldType::Object(schema) => schema().name.into(),
        }
    }
}
