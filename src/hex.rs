//! Bytes written as lowercase hexadecimal: the digests that files, packages and translations name
//! their sources by, and the secrets `serve` hands out.

/// `bytes` as two lowercase hexadecimal digits each.
pub fn encode(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        // Writing into a String cannot fail.
        let _ = write!(text, "{byte:02x}");
    }
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_byte_is_two_lowercase_digits() {
        assert_eq!(super::encode(&[0, 9, 10, 255]), "00090aff");
        assert_eq!(super::encode(&[]), "");
    }
}
