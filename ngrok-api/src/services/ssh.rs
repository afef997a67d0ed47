use crate::types::{
    SSHCertificateAuthority, SSHCertificateAuthorityCreate, SSHCertificateAuthorityList,
    SSHCertificateAuthorityUpdate, SSHCredential, SSHCredentialCreate, SSHCredentialList,
    SSHCredentialUpdate, SSHHostCertificate, SSHHostCertificateCreate, SSHHostCertificateList,
    SSHHostCertificateUpdate, SSHUserCertificate, SSHUserCertificateCreate, SSHUserCertificateList,
    SSHUserCertificateUpdate,
};

/// SSH certificate authorities: signing keys that ngrok generates and holds, for issuing SSH host
/// and user certificates.
///
/// The private key never leaves ngrok; you get the public key, to install where certificates are
/// checked. Certificates are then signed through `ssh_host_certificates` and
/// `ssh_user_certificates`. `update` changes just the description and metadata.
#[crate::service(
    name = ssh_certificate_authorities,
    path = "/ssh_certificate_authorities",
    id_prefix = "sshca",
    resource = SSHCertificateAuthority,
    create(SSHCertificateAuthorityCreate),
    get,
    update(SSHCertificateAuthorityUpdate),
    delete,
    list(SSHCertificateAuthorityList, items = ssh_certificate_authorities, filter),
)]
pub struct SSHCertificateAuthorities;

/// SSH credentials: SSH public keys with which a plain `ssh` client can open tunnels on ngrok's SSH
/// gateway, without the ngrok agent.
///
/// Only the public key is uploaded. ACL rules can limit what a key may bind, as for tunnel
/// credentials.
#[crate::service(
    name = ssh_credentials,
    path = "/ssh_credentials",
    id_prefix = "sshcr",
    resource = SSHCredential,
    create(SSHCredentialCreate),
    get,
    update(SSHCredentialUpdate),
    delete,
    list(SSHCredentialList, items = ssh_credentials, filter),
)]
pub struct SSHCredentials;

/// SSH host certificates: server host keys signed by one of your SSH certificate authorities.
///
/// Clients that trust the authority accept a server showing such a certificate with no
/// `known_hosts` entry for its own key. The certificate is fixed when it is created; `update`
/// changes just the description and metadata. Unlike most lists, `list` accepts no filter.
#[crate::service(
    name = ssh_host_certificates,
    path = "/ssh_host_certificates",
    id_prefix = "sshhc",
    resource = SSHHostCertificate,
    create(SSHHostCertificateCreate),
    get,
    update(SSHHostCertificateUpdate),
    delete,
    list(SSHHostCertificateList, items = ssh_host_certificates),
)]
pub struct SSHHostCertificates;

/// SSH user certificates: users' public keys signed by one of your SSH certificate authorities, for
/// logging in to servers that trust it.
///
/// The user names, OpenSSH options and extensions, and the validity period (24 hours unless given)
/// are fixed when the certificate is created; `update` changes just the description and metadata.
/// Unlike most lists, `list` accepts no filter.
#[crate::service(
    name = ssh_user_certificates,
    path = "/ssh_user_certificates",
    id_prefix = "sshuc",
    resource = SSHUserCertificate,
    create(SSHUserCertificateCreate),
    get,
    update(SSHUserCertificateUpdate),
    delete,
    list(SSHUserCertificateList, items = ssh_user_certificates),
)]
pub struct SSHUserCertificates;
