//! How a rubric's texts name the measure under assessment: `{measure}` ("the decree", « le décret
//! ») and `{withdraw}`, the step that ends it, which depends on how far it has come ("do not
//! adopt the bill", "repeal the decree", "withdraw the request"), as does `{timing}`, when a
//! check is to be made ("before the measure applies", or "now and at each review" once it does), and
//! `{later}`, the stages still to come, which depend on its kind ("the implementation, review
//! and any later amendment of the measure", "the further work of the body that decides on the
//! request").

use crate::i18n::{Lang, sentence_case};
use crate::model::assessment::{ProposalKind, Stage};

/// The words the placeholders stand for, in the brief's language.
#[derive(Debug, Clone)]
pub(super) struct MeasureWords {
    /// "the law", "la loi".
    name: &'static str,
    /// "repeal the law", "abroger la loi".
    withdraw: String,
    /// "before the measure applies", "now and at each review".
    timing: String,
    /// "the implementation, review and any later amendment of the measure".
    later: String,
}

impl MeasureWords {
    /// The words for a measure of `kind` at `stage`, in `lang`.
    pub(super) fn of(kind: ProposalKind, stage: Option<Stage>, lang: Lang) -> MeasureWords {
        let name = kind.measure_in(lang);
        let binding = matches!(
            kind,
            ProposalKind::Law | ProposalKind::Regulation | ProposalKind::Decree
        );
        // A law in force is repealed, a treaty in force denounced; a text still on its way is not
        // adopted; one withdrawn or rejected is not brought back. Anything else (a request, a
        // network's policy, a declaration, or a stage nobody gave) is withdrawn.
        let id = match stage {
            Some(Stage::Adopted | Stage::InForce) if binding => "withdraw-repeal",
            Some(Stage::Adopted | Stage::InForce) if kind == ProposalKind::Treaty => "withdraw-denounce",
            Some(Stage::Request | Stage::Idea | Stage::Draft | Stage::Consultation | Stage::InLegislature)
                if binding || kind == ProposalKind::Treaty =>
            {
                "withdraw-do-not-adopt"
            }
            Some(Stage::Withdrawn | Stage::Rejected) => "withdraw-do-not-bring-back",
            _ => "withdraw",
        };
        // A check asked for before a measure applies is asked for now of one already adopted.
        let timing = match stage {
            // A network's own practice has no review: it is checked whenever it changes.
            Some(Stage::Adopted | Stage::InForce) if kind == ProposalKind::PrivateNetwork => "timing-now-practice",
            Some(Stage::Adopted | Stage::InForce) => "timing-now",
            _ => "timing-before",
        };
        // What is still to come of a law is its implementation, review and amendment; of a
        // request, the deciding body's work; of a declaration, follow-up texts and reviews; of a
        // network's own policy, its later changes.
        let later = match kind {
            ProposalKind::Request => "later-request",
            ProposalKind::NonBinding => "later-non-binding",
            ProposalKind::PrivateNetwork => "later-private-network",
            _ => "later-binding",
        };
        MeasureWords {
            name,
            withdraw: crate::tr!(lang, id, measure = name),
            timing: crate::i18n::tr(lang, timing),
            later: crate::i18n::tr(lang, later),
        }
    }

    /// The stages still to come of the measure, as `{later}` says them.
    pub(super) fn later(&self) -> &str {
        &self.later
    }

    /// `text` with its placeholders replaced; at the start of a sentence the words take a
    /// capital ("The law", "Repeal the law").
    pub(super) fn fill(&self, text: &str) -> String {
        if !text.contains('{') {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut rest = text;
        while let Some(at) = rest.find('{') {
            let after = &rest[at..];
            let placeholders = [
                ("{measure}", self.name),
                ("{withdraw}", self.withdraw.as_str()),
                ("{timing}", self.timing.as_str()),
                ("{later}", self.later.as_str()),
            ];
            let Some((placeholder, words)) = placeholders
                .into_iter()
                .find(|(placeholder, _)| after.starts_with(placeholder))
            else {
                out.push_str(&rest[..=at]);
                rest = &rest[at + 1..];
                continue;
            };
            out.push_str(&rest[..at]);
            let trimmed = out.trim_end();
            let sentence_start = trimmed.is_empty() || trimmed.ends_with(['.', '?', '!', ':']);
            if sentence_start {
                out.push_str(&sentence_case(words));
            } else {
                out.push_str(words);
            }
            rest = &rest[at + placeholder.len()..];
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_that_ends_a_measure_follows_its_kind_and_stage() {
        let text = "{withdraw} if a gateway is what it is for, and in any case drop it from {measure}.";
        let said = |kind, stage, lang| MeasureWords::of(kind, stage, lang).fill(text);
        assert_eq!(
            said(ProposalKind::Decree, Some(Stage::InForce), Lang::En),
            "Repeal the decree if a gateway is what it is for, and in any case drop it from the decree."
        );
        assert!(said(ProposalKind::Law, Some(Stage::InLegislature), Lang::En).starts_with("Do not adopt the law if"));
        assert!(said(ProposalKind::Law, Some(Stage::Withdrawn), Lang::En).starts_with("Do not bring the law back if"));
        assert!(said(ProposalKind::Treaty, Some(Stage::InForce), Lang::En).starts_with("Denounce the treaty if"));
        assert!(said(ProposalKind::Request, Some(Stage::Request), Lang::En).starts_with("Withdraw the request if"));
        assert!(said(ProposalKind::Law, None, Lang::En).starts_with("Withdraw the law if"));
        // A call for a law, no text yet: the law is not to be adopted.
        assert!(said(ProposalKind::Law, Some(Stage::Request), Lang::En).starts_with("Do not adopt the law if"));
        assert!(said(ProposalKind::Decree, Some(Stage::InForce), Lang::Fr).starts_with("Abroger le décret if"));
        assert!(said(ProposalKind::Law, Some(Stage::Draft), Lang::Es).starts_with("No adoptar la ley if"));
        assert!(said(ProposalKind::Law, Some(Stage::InForce), Lang::Pt).starts_with("Revogar a lei if"));
        // When a check is to be made follows the stage too.
        let check = "Test {timing} whether it works.";
        let timed = |stage, lang| MeasureWords::of(ProposalKind::Regulation, stage, lang).fill(check);
        assert_eq!(
            timed(Some(Stage::Draft), Lang::En),
            "Test before the measure applies whether it works."
        );
        assert_eq!(
            timed(None, Lang::En),
            "Test before the measure applies whether it works."
        );
        assert_eq!(
            timed(Some(Stage::InForce), Lang::En),
            "Test now and at each review whether it works."
        );
        assert_eq!(
            timed(Some(Stage::Adopted), Lang::Fr),
            "Test dès maintenant et à chaque réexamen whether it works."
        );
        // What is still to come follows the kind.
        let ahead = "Open every stage, including {later}.";
        let later = |kind| MeasureWords::of(kind, Some(Stage::InForce), Lang::En).fill(ahead);
        assert_eq!(
            later(ProposalKind::Decree),
            "Open every stage, including the implementation, review and any later amendment of the measure."
        );
        assert_eq!(
            later(ProposalKind::Request),
            "Open every stage, including the further work of the body that decides on the request."
        );
        assert_eq!(
            later(ProposalKind::NonBinding),
            "Open every stage, including the drafting of any follow-up text and any review of the declaration's commitments."
        );
        // Other braces are text.
        assert_eq!(
            MeasureWords::of(ProposalKind::Law, None, Lang::En).fill("a {b} c"),
            "a {b} c"
        );
    }
}
