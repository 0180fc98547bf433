//! How a text file was saved where it is not UTF-8, told apart before it is read: the readers of
//! assessments, rubrics and ledgers say "save it as UTF-8" rather than "binary" or a syntax error.

/// Whether `bytes` look like UTF-16 text: a byte-order mark, or a zero byte beside every one of
/// the first characters, as Latin text has in UTF-16 (Notepad's "Unicode", some spreadsheets'
/// "Unicode text").
pub(crate) fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(64) & !1];
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).all(|&byte| byte == 0);
    head.len() >= 8 && (zeros_at(0) || zeros_at(1))
}
