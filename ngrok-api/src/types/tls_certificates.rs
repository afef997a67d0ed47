//! TLS certificates: certificate chains and keys served for your own domains, with the details
//! ngrok reads from them.

use crate::Timestamp;

/// A TLS certificate held by the account, together with what ngrok read from its leaf certificate:
/// names, validity, issuer and key type. The private key is never returned.
#[crate::model(response)]
pub struct TLSCertificate {
    /// The TLS certificate's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this TLS certificate.
    pub uri: String,
    /// The creation time of the TLS certificate.
    pub created_at: Timestamp,
    /// A human-readable note on what the TLS certificate is for; at most 255 bytes. Empty if none
    /// was given.
    pub description: String,
    /// Free-form data for your programs to attach to the TLS certificate, such as a JSON document;
    /// at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The certificate chain, PEM-encoded: the leaf certificate first, then any intermediates.
    pub certificate_pem: String,
    /// The common name (CN) in the subject of the leaf certificate.
    pub subject_common_name: String,
    /// The further DNS names and IP addresses the leaf certificate is valid for.
    pub subject_alternative_names: TLSCertificateSANs,
    /// When ngrok obtained this certificate, for one it manages automatically; `None` for a
    /// certificate you uploaded.
    pub issued_at: Option<Timestamp>,
    /// When the certificate starts to be valid.
    pub not_before: Timestamp,
    /// When the certificate expires.
    pub not_after: Timestamp,
    /// The uses the leaf certificate's key usage extension permits for its key.
    pub key_usages: Vec<String>,
    /// The further purposes the leaf certificate's extended key usage extension permits for its
    /// key, such as server authentication.
    pub extended_key_usages: Vec<String>,
    /// The kind of the certificate's private key: `rsa`, `ecdsa` or `ed25519`.
    pub private_key_type: String,
    /// The common name (CN) of the authority that issued the leaf certificate.
    pub issuer_common_name: String,
    /// The serial number of the leaf certificate.
    pub serial_number: String,
    /// The organization (O) in the leaf certificate's subject; empty if there is none.
    pub subject_organization: String,
    /// The organizational unit (OU) in the leaf certificate's subject; empty if there is none.
    pub subject_organizational_unit: String,
    /// The locality (L), usually a city, in the leaf certificate's subject; empty if there is none.
    pub subject_locality: String,
    /// The state or province (ST) in the leaf certificate's subject; empty if there is none.
    pub subject_province: String,
    /// The country (C) in the leaf certificate's subject; empty if there is none.
    pub subject_country: String,
}

/// The fields to send when uploading a TLS certificate. `certificate_pem` and `private_key_pem`
/// must both be set. A reserved domain then serves it when given its id as `certificate_id`.
#[crate::model(request)]
pub struct TLSCertificateCreate {
    /// A human-readable note on what the TLS certificate is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the TLS certificate, such as a JSON document;
    /// at most 4096 bytes. Optional.
    pub metadata: String,
    /// The certificate chain to upload, PEM-encoded: the leaf certificate first, then any
    /// intermediates. Required.
    pub certificate_pem: String,
    /// The private key of the leaf certificate, PEM-encoded. Required; no later read returns it.
    /// Hidden from `Debug` output.
    #[secret]
    pub private_key_pem: String,
}

/// The fields to change on a TLS certificate: only its description and metadata, as the certificate
/// and key cannot be replaced. `None` leaves a field unchanged; `Some(String::new())` clears it.
#[crate::model(request)]
pub struct TLSCertificateUpdate {
    /// The id of the TLS certificate to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the TLS certificate. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the TLS certificate. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
}

/// One page of TLS certificates. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct TLSCertificateList {
    /// The TLS certificates on this page.
    pub tls_certificates: Vec<TLSCertificate>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// The subject alternative names of a TLS certificate's leaf: the further DNS names and IP
/// addresses it is valid for besides its common name.
#[crate::model(response)]
pub struct TLSCertificateSANs {
    /// DNS names the certificate is valid for, wildcard names such as `*.example.com` included.
    pub dns_names: Vec<String>,
    /// IP addresses the certificate is valid for.
    pub ips: Vec<String>,
}
