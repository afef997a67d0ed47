"""Docs of the types for certificate authorities, TLS certificates, SSH certificate authorities and certificates, SSH credentials and tunnel credentials.

Read by tools/gen_types.py (see its docstring for what each table means). Every doc is
written for this crate; the generator refuses docs that repeat the published spec."""

# (module file stem, module doc, schema names in output order)
FILES = [
    (
        'certificate_authorities',
        (
            'Certificate authorities: CA certificates uploaded so that mutual TLS can check the '
            'certificates clients present.'
        ),
        [
            'CertificateAuthority',
            'CertificateAuthorityCreate',
            'CertificateAuthorityUpdate',
            'CertificateAuthorityList',
        ],
    ),
    (
        'tls_certificates',
        (
            'TLS certificates: certificate chains and keys served for your own domains, with the '
            'details ngrok reads from them.'
        ),
        [
            'TLSCertificate',
            'TLSCertificateCreate',
            'TLSCertificateUpdate',
            'TLSCertificateList',
            'TLSCertificateSANs',
        ],
    ),
    (
        'ssh',
        (
            'SSH: certificate authorities that ngrok holds, the host and user certificates they '
            'sign, and the SSH public keys that can open tunnels on ngrok\'s SSH gateway.'
        ),
        [
            'SSHCertificateAuthority',
            'SSHCertificateAuthorityCreate',
            'SSHCertificateAuthorityUpdate',
            'SSHCertificateAuthorityList',
            'SSHCredential',
            'SSHCredentialCreate',
            'SSHCredentialUpdate',
            'SSHCredentialList',
            'SSHHostCertificate',
            'SSHHostCertificateCreate',
            'SSHHostCertificateUpdate',
            'SSHHostCertificateList',
            'SSHUserCertificate',
            'SSHUserCertificateCreate',
            'SSHUserCertificateUpdate',
            'SSHUserCertificateList',
        ],
    ),
    (
        'credentials',
        (
            'Tunnel credentials: the authtokens that ngrok agents connect with, and the rules '
            'that limit what they may bind.'
        ),
        [
            'Credential',
            'CredentialCreate',
            'CredentialUpdate',
            'CredentialList',
        ],
    ),
]

NOUNS: dict[str, str] = {
    "CertificateAuthority": "certificate authority",
    "TLSCertificate": "TLS certificate",
    "SSHCertificateAuthority": "SSH certificate authority",
    "SSHCredential": "SSH credential",
    "SSHHostCertificate": "SSH host certificate",
    "SSHUserCertificate": "SSH user certificate",
    "Credential": "tunnel credential",
}

_PAGE = " `next_page_uri` leads to the following page; the list iterators follow it for you."
_ONLY_LABELS = (
    "`None` leaves a field unchanged; `Some(String::new())` clears it."
)

SCHEMA_DOCS: dict[str, str] = {
    # certificate_authorities
    "CertificateAuthority": (
        "A certificate authority you uploaded: a CA certificate against which modules such "
        "as mutual TLS check the certificates that clients present. Only the certificate is "
        "stored; its private key never leaves you."
    ),
    "CertificateAuthorityCreate": (
        "The fields to send when uploading a certificate authority. `ca_pem` must be set."
    ),
    "CertificateAuthorityUpdate": (
        "The fields to change on a certificate authority: only its description and "
        "metadata, as the certificate itself cannot be replaced. " + _ONLY_LABELS
    ),
    "CertificateAuthorityList": "One page of certificate authorities." + _PAGE,
    # tls_certificates
    "TLSCertificate": (
        "A TLS certificate held by the account, together with what ngrok read from its leaf "
        "certificate: names, validity, issuer and key type. The private key is never "
        "returned."
    ),
    "TLSCertificateCreate": (
        "The fields to send when uploading a TLS certificate. `certificate_pem` and "
        "`private_key_pem` must both be set. A reserved domain then serves it when given "
        "its id as `certificate_id`."
    ),
    "TLSCertificateUpdate": (
        "The fields to change on a TLS certificate: only its description and metadata, as "
        "the certificate and key cannot be replaced. " + _ONLY_LABELS
    ),
    "TLSCertificateList": "One page of TLS certificates." + _PAGE,
    "TLSCertificateSANs": (
        "The subject alternative names of a TLS certificate's leaf: the further DNS names "
        "and IP addresses it is valid for besides its common name."
    ),
    # ssh
    "SSHCertificateAuthority": (
        "An SSH certificate authority: a key pair that ngrok generates and keeps, and uses "
        "to sign SSH host and user certificates when asked. Only its public key is ever "
        "returned."
    ),
    "SSHCertificateAuthorityCreate": (
        "The fields to send when creating an SSH certificate authority, mainly the kind of "
        "key ngrok is to generate. `key_size` matters only for `rsa` keys and "
        "`elliptic_curve` only for `ecdsa` keys."
    ),
    "SSHCertificateAuthorityUpdate": (
        "The fields to change on an SSH certificate authority: only its description and "
        "metadata, as its key cannot be changed. " + _ONLY_LABELS
    ),
    "SSHCertificateAuthorityList": "One page of SSH certificate authorities." + _PAGE,
    "SSHCredential": (
        "An SSH credential: an SSH public key that lets a plain `ssh` client open tunnels on "
        "ngrok's SSH gateway, in place of an ngrok agent with an authtoken. Its ACL rules "
        "can limit what it may bind."
    ),
    "SSHCredentialCreate": (
        "The fields to send when registering an SSH public key as a credential. "
        "`public_key` must be set."
    ),
    "SSHCredentialUpdate": (
        "The fields to change on an SSH credential; its key cannot be changed. `None` "
        "leaves the description or metadata unchanged and `Some(String::new())` clears it; "
        "a non-empty `acl` replaces the rules, while an empty one is not sent."
    ),
    "SSHCredentialList": "One page of SSH credentials." + _PAGE,
    "SSHHostCertificate": (
        "An SSH host certificate: a server's host key signed by one of the account's SSH "
        "certificate authorities, so that clients trusting that authority accept the server "
        "without a `known_hosts` entry for its own key."
    ),
    "SSHHostCertificateCreate": (
        "The fields to send to have an SSH certificate authority sign a host key. "
        "`ssh_certificate_authority_id` and `public_key` must be set; the validity period "
        "has defaults."
    ),
    "SSHHostCertificateUpdate": (
        "The fields to change on an SSH host certificate: only its description and "
        "metadata, as the signed certificate cannot be altered. " + _ONLY_LABELS
    ),
    "SSHHostCertificateList": "One page of SSH host certificates." + _PAGE,
    "SSHUserCertificate": (
        "An SSH user certificate: a user's public key signed by one of the account's SSH "
        "certificate authorities. Servers that trust the authority let its holder log in as "
        "one of its principals, with the options and extensions it carries."
    ),
    "SSHUserCertificateCreate": (
        "The fields to send to have an SSH certificate authority sign a user's key. "
        "`ssh_certificate_authority_id` and `public_key` must be set; the validity period "
        "and the extensions have defaults."
    ),
    "SSHUserCertificateUpdate": (
        "The fields to change on an SSH user certificate: only its description and "
        "metadata, as the signed certificate cannot be altered. " + _ONLY_LABELS
    ),
    "SSHUserCertificateList": "One page of SSH user certificates." + _PAGE,
    # credentials
    "Credential": (
        "A tunnel credential: an authtoken with which an ngrok agent connects and starts "
        "tunnel sessions, possibly limited by ACL rules. Its `token` is only present in the "
        "answer to the create call."
    ),
    "CredentialCreate": (
        "The fields to send when creating a tunnel credential. All of them are optional: "
        "ngrok generates the authtoken and returns it this once."
    ),
    "CredentialUpdate": (
        "The fields to change on a tunnel credential; its authtoken cannot be changed. "
        "`None` leaves the description or metadata unchanged and `Some(String::new())` "
        "clears it; a non-empty `acl` replaces the rules, while an empty one is not sent."
    ),
    "CredentialList": "One page of tunnel credentials." + _PAGE,
}

_ACL_SYNTAX = (
    "Each rule has the form `bind:<what>`, the only kind there is: a domain "
    "(`bind:app.example.com`, or `bind:*.example.com` for every name under it), an address, "
    "or a label (`bind:team=web`, where either side may be `*`). The single rule `*` allows "
    "everything."
)

# Shared by the schemas of this file only; looked up before gen_types.FIELD_DOCS.
FIELD_DOCS: dict[str, str] = {
    # Shared by the X.509 certificates (certificate authorities, TLS certificates).
    "not_before": "When the certificate starts to be valid.",
    "not_after": "When the certificate expires.",
    # SSH certificates.
    "ssh_certificate_authority_id": (
        "The id of the SSH certificate authority that signed the certificate."
    ),
    "*Create.ssh_certificate_authority_id": (
        "The id of the SSH certificate authority to sign the certificate with. Required."
    ),
    "key_type": "The kind of `public_key`: `rsa`, `ecdsa` or `ed25519`.",
    "valid_after": "When the certificate starts to be valid.",
    "valid_until": (
        "When the certificate stops being valid (the `valid_before` of OpenSSH's certificate "
        "format)."
    ),
    # ACL rules of tunnel and SSH credentials.
    "acl": (
        "The rules limiting what the {noun} may bind; empty when it is unrestricted.\n\n"
        + _ACL_SYNTAX
    ),
    "*Create.acl": (
        "Rules limiting what the {noun} may bind; empty leaves it unrestricted.\n\n"
        + _ACL_SYNTAX
    ),
    "*Update.acl": (
        "A complete new set of rules, replacing the current ones. An empty list is not sent "
        "and leaves them unchanged; to lift every restriction, send the single rule `*`.\n\n"
        + _ACL_SYNTAX
    ),
    "*Create.owner_id": (
        "The user or bot user to own the new {noun}; `None` means the caller. Only "
        "administrators may name someone else."
    ),
    # Page contents.
    "certificate_authorities": "The certificate authorities on this page.",
    "tls_certificates": "The TLS certificates on this page.",
    "ssh_certificate_authorities": "The SSH certificate authorities on this page.",
    "ssh_credentials": "The SSH credentials on this page.",
    "ssh_host_certificates": "The SSH host certificates on this page.",
    "ssh_user_certificates": "The SSH user certificates on this page.",
    "credentials": "The tunnel credentials on this page.",
}

FIELD_OVERRIDES: dict[str, str] = {
    # certificate_authorities
    "CertificateAuthority.ca_pem": "The CA certificate, PEM-encoded.",
    "CertificateAuthorityCreate.ca_pem": (
        "The CA certificate to upload, PEM-encoded (a `-----BEGIN CERTIFICATE-----` block). "
        "No private key is sent. Required."
    ),
    "CertificateAuthority.subject_common_name": (
        "The common name (CN) in the subject of the CA certificate."
    ),
    "CertificateAuthority.key_usages": (
        "The uses the certificate's key usage extension permits for its key."
    ),
    "CertificateAuthority.extended_key_usages": (
        "The further purposes the certificate's extended key usage extension permits for "
        "its key."
    ),
    # tls_certificates
    "TLSCertificate.certificate_pem": (
        "The certificate chain, PEM-encoded: the leaf certificate first, then any "
        "intermediates."
    ),
    "TLSCertificateCreate.certificate_pem": (
        "The certificate chain to upload, PEM-encoded: the leaf certificate first, then any "
        "intermediates. Required."
    ),
    "TLSCertificateCreate.private_key_pem": (
        "The private key of the leaf certificate, PEM-encoded. Required; no later read "
        "returns it. Hidden from `Debug` output."
    ),
    "TLSCertificate.subject_common_name": (
        "The common name (CN) in the subject of the leaf certificate."
    ),
    "TLSCertificate.subject_alternative_names": (
        "The further DNS names and IP addresses the leaf certificate is valid for."
    ),
    "TLSCertificate.issued_at": (
        "When ngrok obtained this certificate, for one it manages automatically; `None` for "
        "a certificate you uploaded."
    ),
    "TLSCertificate.key_usages": (
        "The uses the leaf certificate's key usage extension permits for its key."
    ),
    "TLSCertificate.extended_key_usages": (
        "The further purposes the leaf certificate's extended key usage extension permits "
        "for its key, such as server authentication."
    ),
    "TLSCertificate.private_key_type": (
        "The kind of the certificate's private key: `rsa`, `ecdsa` or `ed25519`."
    ),
    "TLSCertificate.issuer_common_name": (
        "The common name (CN) of the authority that issued the leaf certificate."
    ),
    "TLSCertificate.serial_number": "The serial number of the leaf certificate.",
    "TLSCertificate.subject_organization": (
        "The organization (O) in the leaf certificate's subject; empty if there is none."
    ),
    "TLSCertificate.subject_organizational_unit": (
        "The organizational unit (OU) in the leaf certificate's subject; empty if there is "
        "none."
    ),
    "TLSCertificate.subject_locality": (
        "The locality (L), usually a city, in the leaf certificate's subject; empty if "
        "there is none."
    ),
    "TLSCertificate.subject_province": (
        "The state or province (ST) in the leaf certificate's subject; empty if there is "
        "none."
    ),
    "TLSCertificate.subject_country": (
        "The country (C) in the leaf certificate's subject; empty if there is none."
    ),
    "TLSCertificateSANs.dns_names": (
        "DNS names the certificate is valid for, wildcard names such as `*.example.com` "
        "included."
    ),
    "TLSCertificateSANs.ips": "IP addresses the certificate is valid for.",
    # ssh: certificate authorities
    "SSHCertificateAuthority.public_key": (
        "The public half of the authority's key pair; ngrok keeps the private half. Install "
        "it where certificates are checked: in the file that `TrustedUserCAKeys` of "
        "`sshd_config` names, for user certificates, or on a `@cert-authority` line of "
        "`known_hosts`, for host certificates."
    ),
    "SSHCertificateAuthority.key_type": (
        "The kind of the authority's key: `rsa`, `ecdsa` or `ed25519`."
    ),
    "SSHCertificateAuthorityCreate.private_key_type": (
        "The kind of key ngrok is to generate for the authority: `rsa`, `ecdsa` or "
        "`ed25519`."
    ),
    "SSHCertificateAuthorityCreate.elliptic_curve": (
        "For an `ecdsa` key, the elliptic curve to generate it on; leave empty for other "
        "kinds."
    ),
    "SSHCertificateAuthorityCreate.key_size": (
        "For an `rsa` key, its length in bits: `2048` or `4096`. Zero is not sent; leave it "
        "so for other kinds."
    ),
    # ssh: credentials
    "SSHCredential.public_key": (
        "The public key of the SSH key pair that authenticates with this credential."
    ),
    "SSHCredentialCreate.public_key": (
        "The public key of the SSH key pair that is to authenticate with this credential; "
        "the private key stays with you. Required."
    ),
    # ssh: host certificates
    "SSHHostCertificate.public_key": (
        "The host's public key that the certificate certifies, in OpenSSH `authorized_keys` "
        "format."
    ),
    "SSHHostCertificateCreate.public_key": (
        "The host's public key to certify, in OpenSSH `authorized_keys` format, such as the "
        "contents of `/etc/ssh/ssh_host_ed25519_key.pub`. Required."
    ),
    "SSHHostCertificate.principals": (
        "The host names and IP addresses the certificate vouches for. Empty means any host."
    ),
    "SSHHostCertificateCreate.principals": (
        "The host names and IP addresses the certificate is to vouch for. Leaving it empty "
        "makes the certificate good for any host, which is rarely what you want."
    ),
    "SSHHostCertificateCreate.valid_after": (
        "When the certificate is to start being valid. Left at the default (the Unix epoch), "
        "it is not sent and validity starts at once."
    ),
    "SSHHostCertificateCreate.valid_until": (
        "When the certificate is to stop being valid (OpenSSH's `valid_before`). Left at the "
        "default (the Unix epoch), it is not sent and the certificate lasts one year."
    ),
    "SSHHostCertificate.certificate": (
        "The signed certificate, in OpenSSH format. Save it beside the host key as its "
        "`-cert.pub` file and point a `HostCertificate` line of `sshd_config` at that file."
    ),
    # ssh: user certificates
    "SSHUserCertificate.public_key": (
        "The user's public key that the certificate certifies, in OpenSSH `authorized_keys` "
        "format."
    ),
    "SSHUserCertificateCreate.public_key": (
        "The user's public key to certify, in OpenSSH `authorized_keys` format, such as the "
        "contents of `~/.ssh/id_ed25519.pub`. Required."
    ),
    "SSHUserCertificate.principals": (
        "The user names the holder may log in as. Empty means any user name."
    ),
    "SSHUserCertificateCreate.principals": (
        "The user names the holder is to be allowed to log in as. Leaving it empty allows "
        "any user name, which is rarely what you want."
    ),
    "SSHUserCertificate.critical_options": (
        "The OpenSSH critical options in the certificate, by name: `force-command` (a "
        "command run in place of the requested one) and `source-address` (the client "
        "addresses the certificate may be used from, as CIDR ranges)."
    ),
    "SSHUserCertificateCreate.critical_options": (
        "OpenSSH critical options to put in the certificate, by name. OpenSSH knows "
        "`force-command` (a command run in place of the requested one) and "
        "`source-address` (comma-separated CIDR ranges the certificate may be used from)."
    ),
    "SSHUserCertificate.extensions": (
        "The OpenSSH extensions in the certificate, by name, mostly permissions such as "
        "`permit-pty` or `permit-port-forwarding`; their values are usually empty."
    ),
    "SSHUserCertificateCreate.extensions": (
        "OpenSSH extensions to put in the certificate, by name, mostly permissions such as "
        "`permit-pty` or `permit-port-forwarding` with empty values. Empty means ngrok's "
        "default, which grants only `permit-pty` and `permit-user-rc`."
    ),
    "SSHUserCertificateCreate.valid_after": (
        "When the certificate is to start being valid. Left at the default (the Unix epoch), "
        "it is not sent and validity starts at once."
    ),
    "SSHUserCertificateCreate.valid_until": (
        "When the certificate is to stop being valid (OpenSSH's `valid_before`). Left at the "
        "default (the Unix epoch), it is not sent and the certificate lasts 24 hours."
    ),
    "SSHUserCertificate.certificate": (
        "The signed certificate, in OpenSSH format. Save it beside the user's private key "
        "with `-cert.pub` appended to the key's name (such as `id_ed25519-cert.pub`), where "
        "`ssh` finds it by itself."
    ),
    # credentials
    "Credential.token": (
        "The authtoken an ngrok agent connects with. Only the answer to creating the "
        "credential carries it (every later read gives `None`), so store it then. Hidden "
        "from `Debug` output."
    ),
}

SECRET_FIELDS: set[str] = {"TLSCertificateCreate.private_key_pem"}

EXTRA_TIMESTAMPS: set[str] = {
    "CertificateAuthority.not_before",
    "CertificateAuthority.not_after",
    "TLSCertificate.not_before",
    "TLSCertificate.not_after",
    "SSHHostCertificate.valid_after",
    "SSHHostCertificate.valid_until",
    "SSHHostCertificateCreate.valid_after",
    "SSHHostCertificateCreate.valid_until",
    "SSHUserCertificate.valid_after",
    "SSHUserCertificate.valid_until",
    "SSHUserCertificateCreate.valid_after",
    "SSHUserCertificateCreate.valid_until",
}

NOT_TIMESTAMPS: set[str] = set()

# Doc comment of each service handle of this area (catalog service name -> doc).
SERVICE_DOCS: dict[str, str] = {
    "certificate_authorities": (
        "Certificate authorities: CA certificates you upload so that mutual TLS can check "
        "the certificates clients present.\n\n"
        "Only the PEM certificate is sent, never a private key. `update` changes just the "
        "description and metadata; to rotate a CA, upload the new one and delete the old."
    ),
    "tls_certificates": (
        "TLS certificates: certificate chains and their private keys, for ngrok to serve on "
        "your own domains.\n\n"
        "Upload one with `create`, then name it by id as the `certificate_id` of a reserved "
        "domain. The private key is sent once and never returned. `update` changes just the "
        "description and metadata, so a renewed certificate is uploaded as a new one."
    ),
    "ssh_certificate_authorities": (
        "SSH certificate authorities: signing keys that ngrok generates and holds, for "
        "issuing SSH host and user certificates.\n\n"
        "The private key never leaves ngrok; you get the public key, to install where "
        "certificates are checked. Certificates are then signed through "
        "`ssh_host_certificates` and `ssh_user_certificates`. `update` changes just the "
        "description and metadata."
    ),
    "ssh_credentials": (
        "SSH credentials: SSH public keys with which a plain `ssh` client can open tunnels "
        "on ngrok's SSH gateway, without the ngrok agent.\n\n"
        "Only the public key is uploaded. ACL rules can limit what a key may bind, as for "
        "tunnel credentials."
    ),
    "ssh_host_certificates": (
        "SSH host certificates: server host keys signed by one of your SSH certificate "
        "authorities.\n\n"
        "Clients that trust the authority accept a server showing such a certificate with "
        "no `known_hosts` entry for its own key. The certificate is fixed when it is "
        "created; `update` changes just the description and metadata. Unlike most lists, "
        "`list` accepts no filter."
    ),
    "ssh_user_certificates": (
        "SSH user certificates: users' public keys signed by one of your SSH certificate "
        "authorities, for logging in to servers that trust it.\n\n"
        "The user names, OpenSSH options and extensions, and the validity period (24 hours "
        "unless given) are fixed when the certificate is created; `update` changes just the "
        "description and metadata. Unlike most lists, `list` accepts no filter."
    ),
    "credentials": (
        "Tunnel credentials: the authtokens with which ngrok agents connect and start "
        "tunnel sessions.\n\n"
        "The `token` of a credential is returned only by `create`; store it then, because "
        "later reads leave it out. ACL rules (`bind:...`) can limit the domains, addresses "
        "and labels an agent using it may bind."
    ),
}
