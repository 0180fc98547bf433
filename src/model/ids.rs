//! Ids of rubrics, questions and sources: what a valid id looks like, and which valid ids a
//! mistyped one was probably meant to be.

/// True for ids made of lowercase ASCII letters, digits and hyphens, like `review-clause`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

/// The `candidates`, most similar to `typed` first, so that error messages can list the valid ids
/// with the likely intended one at the front.
pub fn nearest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut ranked: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(typed, candidate), candidate))
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    ranked.into_iter().map(|(_, candidate)| candidate).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_kebab() {
        assert!(is_valid_id("review-clause"));
        assert!(is_valid_id("nis2"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("Review"));
        assert!(!is_valid_id("a_b"));
        assert!(!is_valid_id("../x"));
    }

    #[test]
    fn nearest_puts_the_likely_id_first() {
        let ids = ["participation", "consultation-timing", "encryption"];
        assert_eq!(nearest("participaton", ids)[0], "participation");
        assert_eq!(nearest("encrypt", ids)[0], "encryption");
        // The whole order, not only the first: candidates given worst first come back ranked, the
        // id one letter away, then the same word with more after it, then a word that only ends
        // alike, and the unrelated one last.
        assert_eq!(
            nearest(
                "encrypton",
                ["reachability", "decryption", "encryption-keys", "encryption"]
            ),
            ["encryption", "encryption-keys", "decryption", "reachability"]
        );
        // Equally (dis)similar candidates come in alphabetical order, whatever order they came in.
        assert_eq!(
            nearest("x", ["review", "encryption", "balance"]),
            ["balance", "encryption", "review"]
        );
    }
}
