//! The shared words of every document, in the language of the document: the names of the rating
//! bands and effect verdicts, of the statuses and of the file format's vocabularies, and the page
//! furniture, from the catalogue's `common.ftl`. The English ids stay the keys of files and JSON.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use serde::Serialize;

use crate::i18n::{Lang, tr};

/// Message `id` of the catalogue in `lang`, as a `&'static str`.
///
/// The view-models hold these words as `&'static str` (they are small `Copy` values shared by
/// every renderer). The catalogue is built into the binary and its ids are a fixed set, so each
/// word is interned once per language and the table stays as small as `common.ftl`.
pub fn word(lang: Lang, id: &'static str) -> &'static str {
    word_of(lang, id, "")
}

/// Message `<prefix><key>` in `lang` (`word_of(lang, "rating-", "weak")`), as [`word`] gives it.
///
/// The id is looked up in its two parts, so that naming a rating or a status, which a brief
/// does hundreds of times, neither joins nor allocates a string once the word is known.
pub fn word_of(lang: Lang, prefix: &'static str, key: &'static str) -> &'static str {
    type Table = Mutex<HashMap<(&'static str, &'static str), &'static str, foldhash::fast::FixedState>>;
    static INTERNED: [OnceLock<Table>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    let table = INTERNED[lang.index()].get_or_init(Table::default);
    // A panic elsewhere while the lock was held leaves the table consistent (an insert either
    // happened or not), so a poisoned lock is still safe to use.
    let mut table = table.lock().unwrap_or_else(PoisonError::into_inner);
    table
        .entry((prefix, key))
        .or_insert_with(|| Box::leak(tr(lang, &format!("{prefix}{key}")).into_boxed_str()))
}

/// The words of the page furniture every PDF and Word document shares: the running header's
/// "Overall", the footer's "Page 2 of 5" and the red-flag mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Furniture {
    /// "Overall", before the overall rating in the running header.
    pub overall: String,
    /// "Page", before the page number (the text of "Page 2 of 5" up to the number).
    pub page_before: String,
    /// " of ", between the page number and the count of pages.
    pub page_between: String,
    /// What follows the count of pages (empty in the four languages so far).
    pub page_after: String,
    /// "Red flag", the mark beside a red-flagged answer.
    pub red_flag: String,
    /// "severe", after the mark of a severe red flag.
    pub severe: String,
}

impl Furniture {
    /// The furniture's words in `lang`.
    pub fn of(lang: Lang) -> Furniture {
        // "Page { $page } of { $total }" is cut at its two numbers, so each language keeps its
        // own word order; the markers cannot occur in a catalogue text.
        const PAGE: &str = "\u{E000}";
        const TOTAL: &str = "\u{E001}";
        let pattern = crate::tr!(lang, "page-number", page = PAGE, total = TOTAL);
        let (before, rest) = pattern.split_once(PAGE).unwrap_or((pattern.as_str(), ""));
        let (between, after) = rest.split_once(TOTAL).unwrap_or((rest, ""));
        Furniture {
            overall: tr(lang, "page-overall"),
            page_before: before.to_string(),
            page_between: between.to_string(),
            page_after: after.to_string(),
            red_flag: tr(lang, "flag-red-flag"),
            severe: tr(lang, "flag-severe"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_come_from_the_catalogue_in_each_language() {
        assert_eq!(word(Lang::En, "group-civil-society"), "Civil society");
        assert_eq!(word(Lang::Fr, "group-civil-society"), "Société civile");
        assert_eq!(word(Lang::Es, "status-not-affected"), "No afectado");
        assert_eq!(word(Lang::Pt, "flag-red-flag"), "Sinal de alerta");
        // Interned: the same word is the same allocation.
        assert!(std::ptr::eq(
            word(Lang::Fr, "rating-weak"),
            word(Lang::Fr, "rating-weak")
        ));
    }

    /// Each vocabulary's English label is its English catalogue word, so no id is misspelt and
    /// the command line and the English documents say the same thing.
    #[test]
    fn every_vocabulary_has_its_words_in_the_catalogue() {
        use crate::model::consultation::{Disposition, Reason, SubmitterGroup};
        use crate::model::{Dimension, ProposalKind, ReviewStatus, Stage, StakeholderGroup};
        use crate::scoring::{QuestionStatus, Rating};
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        pairs.extend(Stage::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(ProposalKind::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(ProposalKind::ALL.iter().map(|v| (v.measure(), v.measure_in(Lang::En))));
        pairs.extend(StakeholderGroup::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(ReviewStatus::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(SubmitterGroup::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(Disposition::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(Reason::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(Rating::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(
            Rating::ALL
                .iter()
                .map(|v| (v.effect_label(), v.effect_label_in(Lang::En))),
        );
        pairs.extend(Dimension::ALL.iter().map(|v| (v.label(), v.label_in(Lang::En))));
        pairs.extend(
            crate::model::iiat::ITEMS
                .iter()
                .map(|item| (item.label, item.label_in(Lang::En))),
        );
        pairs.extend(
            crate::model::iiat::ITEMS
                .iter()
                .map(|item| (item.kind.label(), item.kind.label_in(Lang::En))),
        );
        for status in [
            QuestionStatus::Answered,
            QuestionStatus::Unknown,
            QuestionStatus::Unanswered,
            QuestionStatus::NotApplicable,
            QuestionStatus::NotAffected,
            QuestionStatus::ScreenedOut,
        ] {
            pairs.push((status.label(), status.label_in(Lang::En)));
        }
        for (english, catalogue) in pairs {
            assert_eq!(english, catalogue);
        }
    }

    #[test]
    fn the_page_number_is_cut_at_its_numbers() {
        let english = Furniture::of(Lang::En);
        assert_eq!(
            (
                english.page_before.as_str(),
                english.page_between.as_str(),
                english.page_after.as_str()
            ),
            ("Page ", " of ", "")
        );
        let french = Furniture::of(Lang::Fr);
        assert_eq!(
            (french.page_before.as_str(), french.page_between.as_str()),
            ("Page ", " sur ")
        );
        assert_eq!(Furniture::of(Lang::Es).page_before, "Página ");
    }
}
