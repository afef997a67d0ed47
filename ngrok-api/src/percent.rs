//! Percent-encoding of the values put into a URL (path segments, query values), and
//! its inverse for reading a query value back out of a URL.
//!
//! Which values go where is decided elsewhere: path templates in `request.rs`, list
//! queries in `paging.rs`.

/// Appends `value` percent-encoded for use in a path segment or a query value: every byte
/// but the unreserved set of RFC 3986 is escaped.
pub(crate) fn encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in value.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

/// Undoes percent-encoding (and `+` for a space) of a query value; a malformed escape is
/// kept as it is, and bytes that are not UTF-8 are replaced.
pub(crate) fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_undoes_encode_and_tolerates_bad_escapes() {
        for value in ["rd_2abc", "a b&c=d/é", "%", "100%"] {
            let mut encoded = String::new();
            encode_into(&mut encoded, value);
            assert_eq!(decode(&encoded), value);
        }
        assert_eq!(decode("a%2"), "a%2");
        assert_eq!(decode("%zz1"), "%zz1");
        assert_eq!(decode("a+b"), "a b");
    }

    #[test]
    fn encodes_everything_but_unreserved_bytes() {
        let mut s = String::new();
        encode_into(&mut s, "a b/c?d=é~");
        assert_eq!(s, "a%20b%2Fc%3Fd%3D%C3%A9~");
    }
}
