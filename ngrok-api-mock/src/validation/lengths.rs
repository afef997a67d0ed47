//! The length rule every resource shares: a `description` of at most 255 bytes and a
//! `metadata` of at most 4,096, on create and update, answered with the service's own code
//! where the API has one (`table::LENGTH_CODES`) and 215 elsewhere.

use serde_json::{Map, Value};

use crate::errors;
use crate::http::HttpResponse;

use super::table::{DESCRIPTION_MAX, GENERIC_LENGTH_CODE, LENGTH_CODES, METADATA_MAX};
use super::Target;

pub(super) fn check(target: &Target<'_>, body: &Map<String, Value>) -> Result<(), HttpResponse> {
    let name = target.name();
    let codes = LENGTH_CODES
        .iter()
        .find(|(service, _, _)| *service == name)
        .map_or((GENERIC_LENGTH_CODE, GENERIC_LENGTH_CODE), |&(_, d, m)| {
            (d, m)
        });
    for (field, max, code) in [
        ("description", DESCRIPTION_MAX, codes.0),
        ("metadata", METADATA_MAX, codes.1),
    ] {
        if let Some(Value::String(text)) = body.get(field) {
            if text.len() > max {
                return Err(errors::rule_broken(
                    400,
                    code,
                    format!(
                        "The field `{field}` is {} bytes long; at most {max} are allowed.",
                        text.len()
                    ),
                ));
            }
        }
    }
    Ok(())
}
