//! PEM armour: `-----BEGIN <label>-----`, base64 lines, `-----END <label>-----`. Only the
//! armour is checked (the API also parses what is inside; the emulator does no crypto).

use super::Bad;

/// Whether `text` holds at least one well-formed block whose label ends with `label`
/// (`RSA PRIVATE KEY` passes for `PRIVATE KEY`), and no malformed one.
pub(super) fn check(text: &str, label: &str) -> Result<(), Bad> {
    let mut blocks = 0;
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    while let Some(line) = lines.next() {
        let Some(begin) = line
            .strip_prefix("-----BEGIN ")
            .and_then(|rest| rest.strip_suffix("-----"))
        else {
            return Err(Bad::new(format!(
                "is not PEM: it should start with `-----BEGIN {label}-----`"
            )));
        };
        if !begin.ends_with(label) {
            return Err(Bad::new(format!(
                "holds a PEM block of type `{begin}` where `{label}` belongs"
            )));
        }
        let end = format!("-----END {begin}-----");
        let mut body = 0;
        loop {
            match lines.next() {
                Some(l) if l == end => break,
                Some(l)
                    if l.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')) =>
                {
                    body += l.len();
                }
                Some(l) if l.contains(':') && body == 0 => {} // encryption headers
                Some(_) => {
                    return Err(Bad::new(format!(
                        "has a `{begin}` block that is not base64"
                    )))
                }
                None => return Err(Bad::new(format!("has a `{begin}` block without `{end}`"))),
            }
        }
        if body == 0 {
            return Err(Bad::new(format!("has an empty `{begin}` block")));
        }
        blocks += 1;
    }
    if blocks == 0 {
        return Err(Bad::new("holds no PEM block"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CERT: &str =
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZm9v\n-----END CERTIFICATE-----\n";

    #[test]
    fn the_armour_is_checked() {
        assert!(check(CERT, "CERTIFICATE").is_ok());
        assert!(check(&format!("{CERT}{CERT}"), "CERTIFICATE").is_ok());
        let key = "-----BEGIN RSA PRIVATE KEY-----\nMC4CAQAw\n-----END RSA PRIVATE KEY-----";
        assert!(check(key, "PRIVATE KEY").is_ok());
        assert!(check(key, "CERTIFICATE").is_err());
        assert!(check("not a pem", "CERTIFICATE").is_err());
        assert!(check("-----BEGIN CERTIFICATE-----\nMIIB\n", "CERTIFICATE").is_err());
        assert!(check(
            "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----",
            "CERTIFICATE"
        )
        .is_err());
        assert!(check(
            "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----",
            "CERTIFICATE"
        )
        .is_err());
    }
}
