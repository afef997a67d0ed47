//! Abuse reports: URLs reported to ngrok for abusive content, and what ngrok has done about each
//! hostname in them.

use crate::Timestamp;

/// An abuse report: URLs served through ngrok that you reported for abusive content, and how far
/// ngrok has got in dealing with them.
#[crate::model(response)]
pub struct AbuseReport {
    /// The abuse report's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this abuse report.
    pub uri: String,
    /// The creation time of the abuse report.
    pub created_at: Timestamp,
    /// The reported URLs, which carry the suspected abusive content.
    pub urls: Vec<String>,
    /// Free-form data for your programs to attach to the abuse report, such as a JSON document; at
    /// most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// How far ngrok has got with the report: `PENDING`, `PROCESSED` or `PARTIALLY_PROCESSED`.
    pub status: String,
    /// The hostnames ngrok found in the reported URLs, each with the action taken against it.
    pub hostnames: Vec<AbuseReportHostname>,
}

/// The fields to send when reporting abuse. `urls` must hold at least one URL.
#[crate::model(request)]
pub struct AbuseReportCreate {
    /// The URLs that carry the suspected abusive content. Required: an empty list is not sent.
    pub urls: Vec<String>,
    /// Free-form data for your programs to attach to the abuse report, such as a JSON document; at
    /// most 4096 bytes. Optional.
    pub metadata: String,
}

/// One hostname taken from the URLs of an abuse report, with the action ngrok took against it.
#[crate::model(response)]
pub struct AbuseReportHostname {
    /// A hostname ngrok took from one of the reported URLs.
    pub hostname: String,
    /// What ngrok has done about the hostname: `PENDING`, `BANNED`, `UNBANNED` or `IGNORE`.
    pub status: String,
}
