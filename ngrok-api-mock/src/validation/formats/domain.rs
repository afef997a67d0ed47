//! Domain names as the API reads a name to reserve: labels of letters, digits and `-`,
//! an optional lone `*` as the leftmost label, at least two labels, 63 bytes a label and
//! 253 in all, nothing under ngrok.com. Each fault has its own code in the reserved
//! domains' block; a character outside the allowed ones is the rule's own code (406).

use super::Bad;

pub(super) fn check_reservable(name: &str) -> Result<(), Bad> {
    let coded = |code, why: String| Err(Bad::coded(code, why));
    if name.contains('_') {
        return coded(438, format!("`{name}` has an underscore"));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '*')))
    {
        return Err(Bad::new(format!("`{name}` has the character {c:?}")));
    }
    if name.len() > 253 {
        return coded(514, format!("`{name}` is longer than 253 characters"));
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.iter().any(|l| l.is_empty()) {
        return coded(409, format!("`{name}` has an empty label"));
    }
    if labels.len() < 2 {
        return coded(448, format!("`{name}` is not a fully qualified name"));
    }
    for (i, label) in labels.iter().enumerate() {
        if label.contains('*') {
            if i > 0 {
                return coded(
                    402,
                    format!("`{name}` has a `*` in a label other than the first"),
                );
            }
            if *label != "*" {
                return coded(
                    403,
                    format!("`{name}` has a wildcard label other than a lone `*`"),
                );
            }
            continue;
        }
        if label.len() > 63 {
            return coded(
                513,
                format!("`{name}` has a label longer than 63 characters"),
            );
        }
        if label.starts_with('-') {
            return coded(
                407,
                format!("the label `{label}` of `{name}` starts with `-`"),
            );
        }
        if label.ends_with('-') {
            return coded(
                408,
                format!("the label `{label}` of `{name}` ends with `-`"),
            );
        }
        if label.get(2..4) == Some("--") && !label.starts_with("xn--") {
            return coded(
                410,
                format!("the label `{label}` of `{name}` has `--` at its third character"),
            );
        }
    }
    let lower = name.to_ascii_lowercase();
    if lower == "ngrok.com" || lower.ends_with(".ngrok.com") {
        return coded(404, format!("`{name}` is under ngrok.com"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(name: &str) -> Option<Option<u32>> {
        check_reservable(name).err().map(|bad| bad.code)
    }

    #[test]
    fn each_fault_has_its_code() {
        for good in [
            "app.example.com",
            "*.example.com",
            "xn--bcher-kva.example",
            "a-b.ngrok.app",
        ] {
            assert_eq!(code(good), None, "{good}");
        }
        assert_eq!(code("my_app.example.com"), Some(Some(438)));
        assert_eq!(code("app!.example.com"), Some(None));
        assert_eq!(code("app.*.example.com"), Some(Some(402)));
        assert_eq!(code("a*.example.com"), Some(Some(403)));
        assert_eq!(code("app..example.com"), Some(Some(409)));
        assert_eq!(code("localhost"), Some(Some(448)));
        assert_eq!(code("-app.example.com"), Some(Some(407)));
        assert_eq!(code("app-.example.com"), Some(Some(408)));
        assert_eq!(code("ab--c.example.com"), Some(Some(410)));
        assert_eq!(
            code(&format!("{}.example.com", "a".repeat(64))),
            Some(Some(513))
        );
        assert_eq!(
            code(&format!("{}example.com", "abc.".repeat(64))),
            Some(Some(514))
        );
        assert_eq!(code("api.ngrok.com"), Some(Some(404)));
    }
}
