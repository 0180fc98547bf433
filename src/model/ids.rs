//! Ids of rubrics, questions and sources: what a valid id looks like, a question's full id as a
//! type of its own, and which valid ids a mistyped one was probably meant to be.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// True for ids made of lowercase ASCII letters, digits and hyphens, like `review-clause`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

/// A question's full id, `rubric.question`, as files, briefs and the JSON brief write it: checked
/// once where it is read, and split without re-parsing wherever it is used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionId {
    full: String,
    /// Where the dot is in `full`.
    dot: usize,
}

impl QuestionId {
    /// The id of question `question` of rubric `rubric` (both assumed valid ids).
    pub fn new(rubric: &str, question: &str) -> QuestionId {
        QuestionId {
            full: format!("{rubric}.{question}"),
            dot: rubric.len(),
        }
    }

    /// Reads `rubric.question`; `None` unless both parts are valid ids.
    pub fn parse(text: &str) -> Option<QuestionId> {
        let (rubric, question) = text.split_once('.')?;
        (is_valid_id(rubric) && is_valid_id(question)).then(|| QuestionId::new(rubric, question))
    }

    /// The rubric's id.
    pub fn rubric(&self) -> &str {
        &self.full[..self.dot]
    }

    /// The question's id within its rubric.
    pub fn question(&self) -> &str {
        &self.full[self.dot + 1..]
    }

    /// `rubric.question`.
    pub fn as_str(&self) -> &str {
        &self.full
    }
}

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full)
    }
}

impl PartialEq<str> for QuestionId {
    fn eq(&self, other: &str) -> bool {
        self.full == other
    }
}

impl PartialEq<&str> for QuestionId {
    fn eq(&self, other: &&str) -> bool {
        self.full == *other
    }
}

impl Serialize for QuestionId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.full)
    }
}

impl<'de> Deserialize<'de> for QuestionId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        QuestionId::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a full question id; write it as `rubric.question`, e.g. `openness.participation`"
            ))
        })
    }
}

impl schemars::JsonSchema for QuestionId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "QuestionId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[a-z0-9-]+\\.[a-z0-9-]+$",
            "description": "A full question id, `rubric.question`."
        })
    }
}

/// Ids as a comma-separated list, for messages.
pub fn joined(ids: &[QuestionId]) -> String {
    ids.iter().map(QuestionId::as_str).collect::<Vec<_>>().join(", ")
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
    fn question_ids_split_once_and_refuse_what_is_not_one() {
        let id = QuestionId::parse("openness.central-dependency").expect("valid");
        assert_eq!((id.rubric(), id.question()), ("openness", "central-dependency"));
        assert_eq!(id.to_string(), "openness.central-dependency");
        assert_eq!(id, QuestionId::new("openness", "central-dependency"));
        for bad in ["openness", "openness.", ".x", "Openness.x", "a.b.c", "a b.c", ""] {
            assert_eq!(QuestionId::parse(bad), None, "{bad}");
        }
        assert_eq!(
            serde_json::to_string(&id).expect("json"),
            "\"openness.central-dependency\""
        );
    }

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
