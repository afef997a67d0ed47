use crate::types::{
    CertificateAuthority, CertificateAuthorityCreate, CertificateAuthorityList,
    CertificateAuthorityUpdate, TLSCertificate, TLSCertificateCreate, TLSCertificateList,
    TLSCertificateUpdate,
};

/// Certificate authorities: CA certificates you upload so that mutual TLS can check the
/// certificates clients present.
///
/// Only the PEM certificate is sent, never a private key. `update` changes just the description and
/// metadata; to rotate a CA, upload the new one and delete the old.
#[crate::service(
    name = certificate_authorities,
    path = "/certificate_authorities",
    id_prefix = "ca",
    resource = CertificateAuthority,
    create(CertificateAuthorityCreate),
    get,
    update(CertificateAuthorityUpdate),
    delete,
    list(CertificateAuthorityList, items = certificate_authorities, filter),
)]
pub struct CertificateAuthorities;

/// TLS certificates: certificate chains and their private keys, for ngrok to serve on your own
/// domains.
///
/// Upload one with `create`, then name it by id as the `certificate_id` of a reserved domain. The
/// private key is sent once and never returned. `update` changes just the description and metadata,
/// so a renewed certificate is uploaded as a new one.
#[crate::service(
    name = tls_certificates,
    path = "/tls_certificates",
    id_prefix = "cert",
    resource = TLSCertificate,
    create(TLSCertificateCreate),
    get,
    update(TLSCertificateUpdate),
    delete,
    list(TLSCertificateList, items = tls_certificates, filter),
)]
pub struct TLSCertificates;
