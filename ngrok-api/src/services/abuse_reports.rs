use crate::types::{AbuseReport, AbuseReportCreate};

/// Abuse reports: report URLs served through ngrok that carry abusive content, then follow what
/// ngrok does about each hostname in them.
///
/// Only `create` and `get` exist, with no list, update or delete, so keep the id that `create`
/// returns. ngrok accepts reports only from accounts it has authorized; access is requested from
/// abuse@ngrok.com.
#[crate::service(
    name = abuse_reports,
    path = "/abuse_reports",
    id_prefix = "abrp",
    resource = AbuseReport,
    create(AbuseReportCreate),
    get,
)]
pub struct AbuseReports;
