//! A question's guidance as a reader sees it. Rubric authors point to other questions by id,
//! emphasised (`*central-dependency*`, `*openness.encryption*`), which is exact but says nothing
//! to someone answering in the wizard or in a browser, who knows a question by its area and its
//! place in the rubric. Each such reference is named here, in the reader's language.

use super::catalog::RubricSet;
use super::ids::is_valid_id;
use super::rubric::{Question, Rubric};
use crate::i18n::Lang;
use crate::markup::escape_markdown;

/// How a named question is placed for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placing {
    /// By rubric and number ("Openness, question 7"), as the wizard and `serve` show them.
    Position,
    /// By full id (`openness.central-dependency`), as a fill-in file and the schema head them.
    Id,
}

impl RubricSet {
    /// The guidance of `question` (of `rubric`), Markdown, with each emphasised id of a question
    /// in this set replaced by that question's name: its area (or, for a process question, its
    /// prompt), quoted, then where to find it. An id the set does not know stays as written.
    pub fn guidance(&self, rubric: &Rubric, question: &Question, lang: Lang, placing: Placing) -> String {
        let help = question.help.trim();
        let mut out = String::with_capacity(help.len());
        let mut rest = help;
        while let Some(start) = rest.find(['*', '`']) {
            let (before, from_star) = rest.split_at(start);
            out.push_str(before);
            let after = &from_star[1..];
            // A code span is shown as written, stars and all.
            if from_star.starts_with('`') {
                let end = after.find('`').map_or(after.len(), |end| end + 1);
                out.push('`');
                out.push_str(&after[..end]);
                rest = &after[end..];
                continue;
            }
            let reference = after
                .find('*')
                .map(|end| (&after[..end], &after[end + 1..]))
                // `**strong**` is not a reference, nor is a star that closes one.
                .filter(|(name, tail)| !name.is_empty() && !tail.starts_with('*') && !out.ends_with('*'))
                .and_then(|(name, tail)| Some((self.named(rubric, name, lang, placing)?, tail)));
            match reference {
                Some((named, tail)) => {
                    out.push_str(&named);
                    rest = tail;
                }
                None => {
                    out.push('*');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The reader's name for the question `reference` points to (`id` in `within`, or
    /// `rubric.id`), if it is one of this set's.
    fn named(&self, within: &Rubric, reference: &str, lang: Lang, placing: Placing) -> Option<String> {
        let (rubric_id, question_id) = reference.split_once('.').unwrap_or((&within.id, reference));
        if !is_valid_id(rubric_id) || !is_valid_id(question_id) {
            return None;
        }
        let rubric = self.get(rubric_id)?;
        let number = rubric
            .questions
            .iter()
            .position(|question| question.id == question_id)?
            + 1;
        let question = &rubric.questions[number - 1];
        Some(match placing {
            // Shown as Markdown, where the names must stay text.
            Placing::Position => crate::tr!(
                lang,
                "question-reference",
                name = escape_markdown(question.area_name()),
                rubric = escape_markdown(&rubric.title),
                number = number
            ),
            // Read as written, in a file's comments and an editor's hover.
            Placing::Id => crate::tr!(
                lang,
                "question-reference-by-id",
                name = question.area_name(),
                id = format!("`{}.{}`", rubric.id, question.id)
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> RubricSet {
        RubricSet::builtin().expect("the shipped rubrics load")
    }

    fn guidance_of(set: &RubricSet, rubric: &str, question: &str, lang: Lang, placing: Placing) -> String {
        let set = set.in_language(lang);
        let rubric = set.get(rubric).expect("a shipped rubric");
        let question = rubric.question(question).expect("a shipped question");
        set.guidance(rubric, question, lang, placing)
    }

    #[test]
    fn a_question_named_by_id_is_named_by_its_area_and_place() {
        let set = builtin();
        let text = guidance_of(&set, "openness", "easy-access", Lang::En, Placing::Position);
        assert!(
            text.contains("under “Central gateways and single points of control” (Openness, question 8);"),
            "{text}"
        );
        assert!(
            text.contains("under\n“How access providers treat their users' traffic” (Openness, question 7)."),
            "{text}"
        );
        // Emphasis that is not a question's id is left alone.
        assert!(text.contains("*not affected*"), "{text}");
    }

    #[test]
    fn a_question_of_another_rubric_is_named_with_that_rubric() {
        let set = builtin();
        let text = guidance_of(&set, "openness", "surveillance", Lang::En, Placing::Position);
        assert!(
            text.contains("“Who decides, and how independent they are” (Transparency, question 12)."),
            "{text}"
        );
        // A process question is known by its prompt.
        let text = guidance_of(&set, "transparency", "input-published", Lang::En, Placing::Position);
        assert!(
            text.contains(
                "a separate question, “Did the drafters report back on how the input was used, and why suggestions \
                 were not taken up?” (Transparency, question 4)."
            ),
            "{text}"
        );
    }

    #[test]
    fn a_fill_in_file_names_the_question_with_its_id_as_its_headings_do() {
        let set = builtin();
        let text = guidance_of(&set, "inclusiveness", "fragmentation", Lang::En, Placing::Id);
        assert!(
            text.contains("“Central gateways and single points of control” (`openness.central-dependency`)"),
            "{text}"
        );
    }

    #[test]
    fn each_language_quotes_the_name_as_it_quotes() {
        let set = builtin();
        let french = guidance_of(&set, "openness", "net-neutrality", Lang::Fr, Placing::Position);
        assert!(french.contains("sous «\u{a0}Blocage de sites web"), "{french}");
        assert!(french.contains("\u{a0}» (Ouverture, question 6)"), "{french}");
        let spanish = guidance_of(&set, "openness", "net-neutrality", Lang::Es, Placing::Position);
        assert!(spanish.contains("en «"), "{spanish}");
        assert!(spanish.contains("» (Apertura, pregunta "), "{spanish}");
        let portuguese = guidance_of(&set, "openness", "net-neutrality", Lang::Pt, Placing::Position);
        assert!(portuguese.contains("em “"), "{portuguese}");
        assert!(portuguese.contains("” (Abertura, pergunta "), "{portuguese}");
    }

    #[test]
    fn no_shipped_guidance_names_a_question_only_by_id() {
        // Every emphasised word that looks like an id (two words joined by a hyphen, or a dotted
        // pair) must name a question, in every language: a reference the set cannot resolve is a
        // typo the reader would see as a bare id.
        let set = builtin();
        let mut bare = Vec::new();
        for lang in Lang::ALL {
            let translated = set.in_language(lang);
            for rubric in translated.iter() {
                for question in &rubric.questions {
                    let text = translated.guidance(rubric, question, lang, Placing::Position);
                    for piece in text.split('*').skip(1).step_by(2) {
                        let looks_like_id = piece.split('.').all(is_valid_id) && piece.contains(['-', '.']);
                        if looks_like_id {
                            bare.push(format!("{lang:?} {}.{}: *{piece}*", rubric.id, question.id));
                        }
                    }
                }
            }
        }
        assert!(bare.is_empty(), "ids left bare:\n{}", bare.join("\n"));
    }

    #[test]
    fn strong_text_code_and_unknown_ids_stay_as_written() {
        let set = builtin();
        let rubric = set.get("openness").expect("openness");
        let mut question = rubric.questions[0].clone();
        question.help =
            "**central-dependency** and *no-such-question* and `*central-dependency*` and *central-dependency*".into();
        let text = set.guidance(rubric, &question, Lang::En, Placing::Position);
        assert!(
            text.starts_with("**central-dependency** and *no-such-question* and `*central-dependency*` and “"),
            "{text}"
        );
    }

    #[test]
    fn a_name_with_markdown_in_it_stays_text() {
        let mut rubric = builtin().get("openness").expect("openness").clone();
        rubric.questions[1].area = Some("Fees *and* <b>costs</b>".into());
        rubric.questions[0].help = format!("see *{}*", rubric.questions[1].id);
        let set = RubricSet::from_rubrics(vec![rubric]).expect("a set of one rubric");
        let rubric = set.get("openness").expect("openness");
        let text = set.guidance(rubric, &rubric.questions[0], Lang::En, Placing::Position);
        let html = crate::markup::Markup::parse(&text).to_html(2);
        assert!(html.contains("Fees *and* &lt;b&gt;costs&lt;/b&gt;"), "{html}");
        // A fill-in file's comments are read as written: no Markdown escapes there.
        let comment = set.guidance(rubric, &rubric.questions[0], Lang::En, Placing::Id);
        assert_eq!(
            comment,
            format!("see “Fees *and* <b>costs</b>” (`openness.{}`)", rubric.questions[1].id)
        );
    }

    proptest::proptest! {
        /// Whatever the guidance holds (stray or paired stars, backticks, ids known or not, any
        /// script), naming its references never panics, and changes nothing in a text that names
        /// no question; a reference alone between spaces is always named.
        #[test]
        fn naming_references_keeps_the_rest_of_the_text(
            text in "([a-z .,;:`\n]|\\*|\\*\\*|central-dependency|openness\\.encryption|no-such|é|ع|\u{a0}){0,60}"
        ) {
            let set = builtin();
            let rubric = set.get("openness").expect("openness");
            let mut question = rubric.questions[0].clone();
            question.help = text.clone();
            let named = set.guidance(rubric, &question, Lang::En, Placing::Position);
            let without_references = !text.contains("*central-dependency*") && !text.contains("*openness.encryption*");
            if without_references {
                proptest::prop_assert_eq!(named, text.trim());
            }
            let alone = format!("{} *central-dependency* {}", text.replace(['*', '`'], ""), text.replace(['*', '`'], ""));
            question.help = alone;
            let named = set.guidance(rubric, &question, Lang::En, Placing::Position);
            proptest::prop_assert!(named.contains("“Central gateways and single points of control” (Openness, question 8)"), "{:?}", named);
        }
    }
}
