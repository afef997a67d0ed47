//! SSH: certificate authorities that ngrok holds, the host and user certificates they sign, and the
//! SSH public keys that can open tunnels on ngrok's SSH gateway.

use std::collections::BTreeMap;

use crate::Timestamp;

/// An SSH certificate authority: a key pair that ngrok generates and keeps, and uses to sign SSH
/// host and user certificates when asked. Only its public key is ever returned.
#[crate::model(response)]
pub struct SSHCertificateAuthority {
    /// The SSH certificate authority's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this SSH certificate authority.
    pub uri: String,
    /// The creation time of the SSH certificate authority.
    pub created_at: Timestamp,
    /// A human-readable note on what the SSH certificate authority is for; at most 255 bytes. Empty
    /// if none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH certificate authority, such as a JSON
    /// document; at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The public half of the authority's key pair; ngrok keeps the private half. Install it where
    /// certificates are checked: in the file that `TrustedUserCAKeys` of `sshd_config` names, for
    /// user certificates, or on a `@cert-authority` line of `known_hosts`, for host certificates.
    pub public_key: String,
    /// The kind of the authority's key: `rsa`, `ecdsa` or `ed25519`.
    pub key_type: String,
}

/// The fields to send when creating an SSH certificate authority, mainly the kind of key ngrok is
/// to generate. `key_size` matters only for `rsa` keys and `elliptic_curve` only for `ecdsa` keys.
#[crate::model(request)]
pub struct SSHCertificateAuthorityCreate {
    /// A human-readable note on what the SSH certificate authority is for; at most 255 bytes.
    /// Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH certificate authority, such as a JSON
    /// document; at most 4096 bytes. Optional.
    pub metadata: String,
    /// The kind of key ngrok is to generate for the authority: `rsa`, `ecdsa` or `ed25519`.
    pub private_key_type: String,
    /// For an `ecdsa` key, the elliptic curve to generate it on; leave empty for other kinds.
    pub elliptic_curve: String,
    /// For an `rsa` key, its length in bits: `2048` or `4096`. Zero is not sent; leave it so for
    /// other kinds.
    pub key_size: i64,
}

/// The fields to change on an SSH certificate authority: only its description and metadata, as its
/// key cannot be changed. `None` leaves a field unchanged; `Some(String::new())` clears it.
#[crate::model(request)]
pub struct SSHCertificateAuthorityUpdate {
    /// The id of the SSH certificate authority to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the SSH certificate authority. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the SSH certificate authority. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
}

/// One page of SSH certificate authorities. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
#[crate::model(response)]
pub struct SSHCertificateAuthorityList {
    /// The SSH certificate authorities on this page.
    pub ssh_certificate_authorities: Vec<SSHCertificateAuthority>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// An SSH credential: an SSH public key that lets a plain `ssh` client open tunnels on ngrok's SSH
/// gateway, in place of an ngrok agent with an authtoken. Its ACL rules can limit what it may bind.
#[crate::model(response)]
pub struct SSHCredential {
    /// The SSH credential's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this SSH credential.
    pub uri: String,
    /// The creation time of the SSH credential.
    pub created_at: Timestamp,
    /// A human-readable note on what the SSH credential is for; at most 255 bytes. Empty if none
    /// was given.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH credential, such as a JSON document;
    /// at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The public key of the SSH key pair that authenticates with this credential.
    pub public_key: String,
    /// The rules limiting what the SSH credential may bind; empty when it is unrestricted.
    ///
    /// Each rule has the form `bind:<what>`, the only kind there is: a domain
    /// (`bind:app.example.com`, or `bind:*.example.com` for every name under it), an address, or a
    /// label (`bind:team=web`, where either side may be `*`). The single rule `*` allows
    /// everything.
    pub acl: Vec<String>,
    /// The id of the user or bot user that owns the SSH credential.
    pub owner_id: Option<String>,
}

/// The fields to send when registering an SSH public key as a credential. `public_key` must be set.
#[crate::model(request)]
pub struct SSHCredentialCreate {
    /// A human-readable note on what the SSH credential is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH credential, such as a JSON document;
    /// at most 4096 bytes. Optional.
    pub metadata: String,
    /// Rules limiting what the SSH credential may bind; empty leaves it unrestricted.
    ///
    /// Each rule has the form `bind:<what>`, the only kind there is: a domain
    /// (`bind:app.example.com`, or `bind:*.example.com` for every name under it), an address, or a
    /// label (`bind:team=web`, where either side may be `*`). The single rule `*` allows
    /// everything.
    pub acl: Vec<String>,
    /// The public key of the SSH key pair that is to authenticate with this credential; the private
    /// key stays with you. Required.
    pub public_key: String,
    /// The user or bot user to own the new SSH credential; `None` means the caller. Only
    /// administrators may name someone else.
    pub owner_id: Option<String>,
}

/// The fields to change on an SSH credential; its key cannot be changed. `None` leaves the
/// description or metadata unchanged and `Some(String::new())` clears it; a non-empty `acl`
/// replaces the rules, while an empty one is not sent.
#[crate::model(request)]
pub struct SSHCredentialUpdate {
    /// The id of the SSH credential to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the SSH credential. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the SSH credential. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
    /// A complete new set of rules, replacing the current ones. An empty list is not sent and
    /// leaves them unchanged; to lift every restriction, send the single rule `*`.
    ///
    /// Each rule has the form `bind:<what>`, the only kind there is: a domain
    /// (`bind:app.example.com`, or `bind:*.example.com` for every name under it), an address, or a
    /// label (`bind:team=web`, where either side may be `*`). The single rule `*` allows
    /// everything.
    pub acl: Vec<String>,
}

/// One page of SSH credentials. `next_page_uri` leads to the following page; the list iterators
/// follow it for you.
#[crate::model(response)]
pub struct SSHCredentialList {
    /// The SSH credentials on this page.
    pub ssh_credentials: Vec<SSHCredential>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// An SSH host certificate: a server's host key signed by one of the account's SSH certificate
/// authorities, so that clients trusting that authority accept the server without a `known_hosts`
/// entry for its own key.
#[crate::model(response)]
pub struct SSHHostCertificate {
    /// The SSH host certificate's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this SSH host certificate.
    pub uri: String,
    /// The creation time of the SSH host certificate.
    pub created_at: Timestamp,
    /// A human-readable note on what the SSH host certificate is for; at most 255 bytes. Empty if
    /// none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH host certificate, such as a JSON
    /// document; at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The host's public key that the certificate certifies, in OpenSSH `authorized_keys` format.
    pub public_key: String,
    /// The kind of `public_key`: `rsa`, `ecdsa` or `ed25519`.
    pub key_type: String,
    /// The id of the SSH certificate authority that signed the certificate.
    pub ssh_certificate_authority_id: String,
    /// The host names and IP addresses the certificate vouches for. Empty means any host.
    pub principals: Vec<String>,
    /// When the certificate starts to be valid.
    pub valid_after: Timestamp,
    /// When the certificate stops being valid (the `valid_before` of OpenSSH's certificate format).
    pub valid_until: Timestamp,
    /// The signed certificate, in OpenSSH format. Save it beside the host key as its `-cert.pub`
    /// file and point a `HostCertificate` line of `sshd_config` at that file.
    pub certificate: String,
}

/// The fields to send to have an SSH certificate authority sign a host key.
/// `ssh_certificate_authority_id` and `public_key` must be set; the validity period has defaults.
#[crate::model(request)]
pub struct SSHHostCertificateCreate {
    /// The id of the SSH certificate authority to sign the certificate with. Required.
    pub ssh_certificate_authority_id: String,
    /// The host's public key to certify, in OpenSSH `authorized_keys` format, such as the contents
    /// of `/etc/ssh/ssh_host_ed25519_key.pub`. Required.
    pub public_key: String,
    /// The host names and IP addresses the certificate is to vouch for. Leaving it empty makes the
    /// certificate good for any host, which is rarely what you want.
    pub principals: Vec<String>,
    /// When the certificate is to start being valid. Left at the default (the Unix epoch), it is
    /// not sent and validity starts at once.
    pub valid_after: Timestamp,
    /// When the certificate is to stop being valid (OpenSSH's `valid_before`). Left at the default
    /// (the Unix epoch), it is not sent and the certificate lasts one year.
    pub valid_until: Timestamp,
    /// A human-readable note on what the SSH host certificate is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH host certificate, such as a JSON
    /// document; at most 4096 bytes. Optional.
    pub metadata: String,
}

/// The fields to change on an SSH host certificate: only its description and metadata, as the
/// signed certificate cannot be altered. `None` leaves a field unchanged; `Some(String::new())`
/// clears it.
#[crate::model(request)]
pub struct SSHHostCertificateUpdate {
    /// The id of the SSH host certificate to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the SSH host certificate. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the SSH host certificate. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
}

/// One page of SSH host certificates. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
#[crate::model(response)]
pub struct SSHHostCertificateList {
    /// The SSH host certificates on this page.
    pub ssh_host_certificates: Vec<SSHHostCertificate>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}

/// An SSH user certificate: a user's public key signed by one of the account's SSH certificate
/// authorities. Servers that trust the authority let its holder log in as one of its principals,
/// with the options and extensions it carries.
#[crate::model(response)]
pub struct SSHUserCertificate {
    /// The SSH user certificate's unique id, assigned by ngrok.
    pub id: String,
    /// The API URL of this SSH user certificate.
    pub uri: String,
    /// The creation time of the SSH user certificate.
    pub created_at: Timestamp,
    /// A human-readable note on what the SSH user certificate is for; at most 255 bytes. Empty if
    /// none was given.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH user certificate, such as a JSON
    /// document; at most 4096 bytes. Empty if none was given.
    pub metadata: String,
    /// The user's public key that the certificate certifies, in OpenSSH `authorized_keys` format.
    pub public_key: String,
    /// The kind of `public_key`: `rsa`, `ecdsa` or `ed25519`.
    pub key_type: String,
    /// The id of the SSH certificate authority that signed the certificate.
    pub ssh_certificate_authority_id: String,
    /// The user names the holder may log in as. Empty means any user name.
    pub principals: Vec<String>,
    /// The OpenSSH critical options in the certificate, by name: `force-command` (a command run in
    /// place of the requested one) and `source-address` (the client addresses the certificate may
    /// be used from, as CIDR ranges).
    pub critical_options: BTreeMap<String, String>,
    /// The OpenSSH extensions in the certificate, by name, mostly permissions such as `permit-pty`
    /// or `permit-port-forwarding`; their values are usually empty.
    pub extensions: BTreeMap<String, String>,
    /// When the certificate starts to be valid.
    pub valid_after: Timestamp,
    /// When the certificate stops being valid (the `valid_before` of OpenSSH's certificate format).
    pub valid_until: Timestamp,
    /// The signed certificate, in OpenSSH format. Save it beside the user's private key with
    /// `-cert.pub` appended to the key's name (such as `id_ed25519-cert.pub`), where `ssh` finds it
    /// by itself.
    pub certificate: String,
}

/// The fields to send to have an SSH certificate authority sign a user's key.
/// `ssh_certificate_authority_id` and `public_key` must be set; the validity period and the
/// extensions have defaults.
#[crate::model(request)]
pub struct SSHUserCertificateCreate {
    /// The id of the SSH certificate authority to sign the certificate with. Required.
    pub ssh_certificate_authority_id: String,
    /// The user's public key to certify, in OpenSSH `authorized_keys` format, such as the contents
    /// of `~/.ssh/id_ed25519.pub`. Required.
    pub public_key: String,
    /// The user names the holder is to be allowed to log in as. Leaving it empty allows any user
    /// name, which is rarely what you want.
    pub principals: Vec<String>,
    /// OpenSSH critical options to put in the certificate, by name. OpenSSH knows `force-command`
    /// (a command run in place of the requested one) and `source-address` (comma-separated CIDR
    /// ranges the certificate may be used from).
    pub critical_options: BTreeMap<String, String>,
    /// OpenSSH extensions to put in the certificate, by name, mostly permissions such as
    /// `permit-pty` or `permit-port-forwarding` with empty values. Empty means ngrok's default,
    /// which grants only `permit-pty` and `permit-user-rc`.
    pub extensions: BTreeMap<String, String>,
    /// When the certificate is to start being valid. Left at the default (the Unix epoch), it is
    /// not sent and validity starts at once.
    pub valid_after: Timestamp,
    /// When the certificate is to stop being valid (OpenSSH's `valid_before`). Left at the default
    /// (the Unix epoch), it is not sent and the certificate lasts 24 hours.
    pub valid_until: Timestamp,
    /// A human-readable note on what the SSH user certificate is for; at most 255 bytes. Optional.
    pub description: String,
    /// Free-form data for your programs to attach to the SSH user certificate, such as a JSON
    /// document; at most 4096 bytes. Optional.
    pub metadata: String,
}

/// The fields to change on an SSH user certificate: only its description and metadata, as the
/// signed certificate cannot be altered. `None` leaves a field unchanged; `Some(String::new())`
/// clears it.
#[crate::model(request)]
pub struct SSHUserCertificateUpdate {
    /// The id of the SSH user certificate to change. It goes into the request path.
    pub id: String,
    /// A new human-readable note on the SSH user certificate. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub description: Option<String>,
    /// New machine-readable data for the SSH user certificate. `None` leaves it unchanged;
    /// `Some(String::new())` clears it.
    pub metadata: Option<String>,
}

/// One page of SSH user certificates. `next_page_uri` leads to the following page; the list
/// iterators follow it for you.
#[crate::model(response)]
pub struct SSHUserCertificateList {
    /// The SSH user certificates on this page.
    pub ssh_user_certificates: Vec<SSHUserCertificate>,
    /// The API URL of this list.
    pub uri: String,
    /// The API URL of the following page, or `None` on the last page.
    pub next_page_uri: Option<String>,
}
