//! Certificate authorities: CA certificates uploaded so that mutual TLS can check the certificates
//! clients present.

use crate::Timestamp;

/// A certificate authority you uploaded: a CA certificate against which modules such as mutual TLS
/// check the certificates that clients present. Only the certificate is stored; its private key
/// never leaves you.
#[crate::model(response)]
pub struct CertificateAuthority {
    /// The certificate authority's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this certificate authority.
    pub uri: String,
    /// The creation time of the certificate authority.
    pub created_at: Timestamp,
    /// A human-readable note on what the certificate authority is for; at most 255 bytes. Empty if
    /// none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the certificate authority, such as a JSON
    /// document; at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The CA certificate, PEM-encoded.
    pub ca_pem: String,
    /// The common name (CN) in the subject of the CA certificate.
    pub subject_common_name: String,
    /// When the certificate starts to be valid.
    pub not_before: Timestamp,
    /// When the certificate expires.
    pub not_after: Timestamp,
    /// The uses the certificate's key usage extension permits for its key.
    pub key_usages: Vec<String>,
    /// The further purposes the certificate's extended key usage extension permits for its key.
    pub extended_key_usages: Vec<String>,
}

/// The fields to send when uploading a certificate authority. `ca_pem` must be set.
#[crate::model(request)]
pub struct CertificateAuthorityCreate {
    /// A human-readable note on what the certificate authority is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the certificate authority, such as a JSON
    /// document; at most 4096 bytes. Optional.
    pub metadata: String,
    /// The CA certificate to upload, PEM-encoded (a `-----BEGIN CERTIFICATE-----` block). No
    /// private key is sent. Required.
    pub ca_pem: String,
}

/// The fields to change on a certificate authority: only its description and metadata, as the
/// certificate itself cannot be replaced. `None` leaves a field unchanged; `Some(String::new())`
/// clears it.
#[crate::model(request)]
pub struct CertificateAuthorityUpdate {
    /// The id of the certificate authority to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the certificate authority. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the certificate authority. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
}

/// One page of certificate authorities. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
#[crate::model(response)]
pub struct CertificateAuthorityList {
    /// The certificate authorities on this page.
    pub certificate_authorities: Vec<CertificateAuthority>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
