//! Certificates and the authorities that sign them: TLS certificates, certificate
//! authorities, SSH certificate authorities and the SSH host and user certificates they
//! issue.
//!
//! For each service, the test that sends every one of its operations (in
//! `every_operation`), then the deeper behaviour of that service.

use crate::support::*;

service_tests! {
    tls_certificates: ["tls_certificates"],
    certificate_authorities: ["certificate_authorities"],
    ssh_certificate_authorities: ["ssh_certificate_authorities"],
    ssh_host_certificates: ["ssh_host_certificates"],
    ssh_user_certificates: ["ssh_user_certificates"],
}

// ---------------------------------------------------------------------------------------
// tls_certificates
// ---------------------------------------------------------------------------------------

fn tls_certificates(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.tls_certificates(), "/tls_certificates", "cert",
        create: TLSCertificateCreate {
            description: "wildcard".into(),
            metadata: "m".into(),
            certificate_pem: PEM.into(),
            private_key_pem: KEY_PEM.into(),
            ..Default::default()
        },
        update: |id| TLSCertificateUpdate {
            id,
            description: Some("wildcard 2025".into()),
            ..Default::default()
        },
    );
    assert_eq!(created.certificate_pem, PEM);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("wildcard", "m")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("wildcard 2025", "m")
    );
    assert_eq!(updated.certificate_pem, PEM);
}

// ---------------------------------------------------------------------------------------
// certificate_authorities
// ---------------------------------------------------------------------------------------

fn certificate_authorities(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.certificate_authorities(), "/certificate_authorities", "ca",
        create: CertificateAuthorityCreate {
            description: "corp root".into(),
            metadata: "m".into(),
            ca_pem: PEM.into(),
            ..Default::default()
        },
        update: |id| CertificateAuthorityUpdate {
            id,
            description: Some("corp root 2024".into()),
            metadata: Some(String::new()),
            ..Default::default()
        },
    );
    assert_eq!(created.ca_pem, PEM);
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("corp root", "m")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("corp root 2024", "")
    );
    assert_eq!(updated.ca_pem, PEM);
}

// ---------------------------------------------------------------------------------------
// ssh_certificate_authorities
// ---------------------------------------------------------------------------------------

fn ssh_certificate_authorities(server: &MockServer, client: &Client) {
    let (created, updated) = lifecycle!(
        server, client.ssh_certificate_authorities(), "/ssh_certificate_authorities", "sshca",
        create: SSHCertificateAuthorityCreate {
            description: "hosts".into(),
            metadata: "m".into(),
            private_key_type: "ed25519".into(),
            ..Default::default()
        },
        update: |id| SSHCertificateAuthorityUpdate {
            id,
            description: Some("hosts, eu".into()),
            metadata: Some(String::new()),
            ..Default::default()
        },
    );
    assert_eq!(
        (created.description.as_str(), created.metadata.as_str()),
        ("hosts", "m")
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("hosts, eu", "")
    );
}

// ---------------------------------------------------------------------------------------
// ssh_host_certificates
// ---------------------------------------------------------------------------------------

fn ssh_host_certificates(server: &MockServer, client: &Client) {
    let ca = ssh_certificate_authority(client);
    let (after, until) = (
        Timestamp::from_unix(1_700_000_000),
        Timestamp::from_unix(1_800_000_000),
    );
    let (created, updated) = lifecycle!(
        server, client.ssh_host_certificates(), "/ssh_host_certificates", "sshhc",
        create: SSHHostCertificateCreate {
            ssh_certificate_authority_id: ca.id.clone(),
            public_key: SSH_KEY.into(),
            principals: strings(&["host.example.com"]),
            valid_after: after.clone(),
            valid_until: until.clone(),
            description: "bastion".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| SSHHostCertificateUpdate {
            id,
            description: Some("bastion 2".into()),
            ..Default::default()
        },
    );
    assert_eq!(created.ssh_certificate_authority_id, ca.id);
    assert_eq!(
        (created.public_key.as_str(), created.description.as_str()),
        (SSH_KEY, "bastion")
    );
    assert_eq!(created.principals, ["host.example.com"]);
    assert_eq!(
        (&created.valid_after, &created.valid_until),
        (&after, &until)
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("bastion 2", "m")
    );
    assert_eq!(updated.principals, created.principals);
}

// ---------------------------------------------------------------------------------------
// ssh_user_certificates
// ---------------------------------------------------------------------------------------

fn ssh_user_certificates(server: &MockServer, client: &Client) {
    let ca = ssh_certificate_authority(client);
    let (after, until) = (
        Timestamp::from_unix(1_700_000_000),
        Timestamp::from_unix(1_700_086_400),
    );
    let (created, updated) = lifecycle!(
        server, client.ssh_user_certificates(), "/ssh_user_certificates", "sshuc",
        create: SSHUserCertificateCreate {
            ssh_certificate_authority_id: ca.id.clone(),
            public_key: SSH_KEY.into(),
            principals: strings(&["ada", "root"]),
            critical_options: map(&[("force-command", "uptime".to_string())]),
            extensions: map(&[("permit-pty", String::new())]),
            valid_after: after.clone(),
            valid_until: until.clone(),
            description: "ada".into(),
            metadata: "m".into(),
            ..Default::default()
        },
        update: |id| SSHUserCertificateUpdate {
            id,
            metadata: Some("rotated".into()),
            ..Default::default()
        },
    );
    assert_eq!(created.ssh_certificate_authority_id, ca.id);
    assert_eq!(created.principals, ["ada", "root"]);
    assert_eq!(
        created.critical_options,
        map(&[("force-command", "uptime".to_string())])
    );
    assert_eq!(created.extensions, map(&[("permit-pty", String::new())]));
    assert_eq!(
        (&created.valid_after, &created.valid_until),
        (&after, &until)
    );
    assert_eq!(
        (updated.description.as_str(), updated.metadata.as_str()),
        ("ada", "rotated")
    );
}
