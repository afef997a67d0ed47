//! CIDR blocks (`10.0.0.0/8`, `2001:db8::/32`): the address, the prefix length, and no
//! host bits set, each fault with the API's code (1406 unparsable, 1413 no prefix length,
//! 1409 not the first address of the block).

use std::net::IpAddr;

use super::Bad;

pub(super) fn check(value: &str) -> Result<(), Bad> {
    let Some((address, bits)) = value.split_once('/') else {
        return Err(match value.parse::<IpAddr>() {
            Ok(ip) => Bad::coded(
                1413,
                format!(
                    "has no prefix length; for the single address write `{value}/{}`",
                    width(ip)
                ),
            ),
            Err(_) => Bad::new(format!("`{value}` is not a CIDR block")),
        });
    };
    let unparsable = || Bad::new(format!("`{value}` is not a CIDR block"));
    let ip: IpAddr = address.parse().map_err(|_| unparsable())?;
    let bits: u32 = match bits.parse() {
        Ok(bits) if !bits_have_sign(bits_str(value)) && bits <= width(ip) => bits,
        _ => return Err(unparsable()),
    };
    let first = first_address(ip, bits);
    if first != ip {
        return Err(Bad::coded(
            1409,
            format!("`{value}` does not start at its block's first address; use `{first}/{bits}`"),
        ));
    }
    Ok(())
}

fn bits_str(value: &str) -> &str {
    value.split_once('/').map_or("", |(_, b)| b)
}

fn bits_have_sign(bits: &str) -> bool {
    bits.starts_with('+') || bits.is_empty()
}

fn width(ip: IpAddr) -> u32 {
    match ip {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    }
}

fn first_address(ip: IpAddr, bits: u32) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => {
            let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
            IpAddr::V4((u32::from(v4) & mask).into())
        }
        IpAddr::V6(v6) => {
            let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
            IpAddr::V6((u128::from(v6) & mask).into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(value: &str) -> Option<Option<u32>> {
        check(value).err().map(|bad| bad.code)
    }

    #[test]
    fn blocks_parse_and_start_at_their_first_address() {
        for good in [
            "10.0.0.0/8",
            "0.0.0.0/0",
            "192.0.2.7/32",
            "2001:db8::/32",
            "::/0",
        ] {
            assert_eq!(code(good), None, "{good}");
        }
        for bad in [
            "notacidr",
            "10.0.0.0/33",
            "10.0.0/8",
            "10.0.0.0/x",
            "10.0.0.0/",
            "/8",
            "10.0.0.0/+8",
        ] {
            assert_eq!(code(bad), Some(None), "{bad}");
        }
        assert_eq!(code("10.0.0.1"), Some(Some(1413)));
        assert_eq!(code("10.0.0.1/8"), Some(Some(1409)));
        assert!(check("10.1.2.3/8")
            .err()
            .unwrap()
            .why
            .contains("`10.0.0.0/8`"));
        assert_eq!(code("2001:db8::1/32"), Some(Some(1409)));
    }
}
