//! A form saved after its part of the file changed elsewhere (another tab, an editor), merged
//! field by field: a field this form left as it found it takes the file's value, a field only
//! this form changed is saved, and only a field that both changed, to different values, is a
//! conflict for the user to settle. A form therefore carries back, beside what is typed, the
//! values it was opened with (its base, in hidden `base-` fields).
//!
//! Fields are compared in a canonical form (texts trimmed, lists item by item), so that what a
//! browser does to a text on its way (line breaks, a leading newline in a text area) is no change.

/// What a merge does with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Outcome {
    /// The form and the file hold the same: nothing to do.
    Same,
    /// Only the file changed since the form was opened: its value is kept.
    File,
    /// Only the form changed: what it holds is saved.
    Typed,
    /// Both changed, differently: nothing may be saved until the user chooses.
    Conflict,
}

/// A field's values, canonical, in the same order for the base, the form and the file.
pub(super) type Values = Vec<(&'static str, String)>;

/// The outcome for each field. Without a base (a form that did not carry one), a field whose
/// value differs from the file's is a conflict: nothing says which side changed it.
pub(super) fn merge(base: Option<&Values>, typed: &Values, current: &Values) -> Vec<(&'static str, Outcome)> {
    typed
        .iter()
        .zip(current)
        .enumerate()
        .map(|(index, ((name, typed), (_, current)))| {
            let base = base.and_then(|base| base.get(index)).map(|(_, value)| value);
            let outcome = if typed == current {
                Outcome::Same
            } else if base == Some(typed) {
                Outcome::File
            } else if base == Some(current) {
                Outcome::Typed
            } else {
                Outcome::Conflict
            };
            (*name, outcome)
        })
        .collect()
}

/// The fields whose outcome is `wanted`.
pub(super) fn fields_with(outcomes: &[(&'static str, Outcome)], wanted: Outcome) -> Vec<&'static str> {
    outcomes
        .iter()
        .filter(|(_, outcome)| *outcome == wanted)
        .map(|(name, _)| *name)
        .collect()
}

/// A text as compared: without the space around it, its line breaks as a text file has them.
pub(super) fn text(value: &str) -> String {
    value.replace("\r\n", "\n").trim().to_string()
}

/// A text of a one-line field, as compared: without its line breaks, which a browser strips from
/// such a field's value (a finding written over several lines in the file comes back on one), and
/// without the space around it.
pub(super) fn one_line(value: &str) -> String {
    value.replace(['\r', '\n'], "").trim().to_string()
}

/// A list typed one item a line (or also split on `;`), as compared: its items, trimmed, empty
/// ones left out.
pub(super) fn list(value: &str, semicolons: bool) -> String {
    let separators: &[char] = if semicolons { &['\n', ';'] } else { &['\n'] };
    value
        .split(separators)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Ticked boxes as compared: the order they were ticked in says nothing.
pub(super) fn set(values: &[String]) -> String {
    let mut values: Vec<&str> = values.iter().map(|value| value.trim()).collect();
    values.sort_unstable();
    values.dedup();
    values.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(items: &[(&'static str, &str)]) -> Values {
        items.iter().map(|(name, value)| (*name, value.to_string())).collect()
    }

    #[test]
    fn only_a_field_both_sides_changed_differently_is_a_conflict() {
        let base = values(&[("finding", "old"), ("evidence", "a"), ("advice", ""), ("level", "1")]);
        // The other tab changed the evidence and the advice; this one the finding and the advice.
        let file = values(&[
            ("finding", "old"),
            ("evidence", "a\nb"),
            ("advice", "theirs"),
            ("level", "1"),
        ]);
        let typed = values(&[
            ("finding", "new"),
            ("evidence", "a"),
            ("advice", "mine"),
            ("level", "1"),
        ]);
        assert_eq!(
            merge(Some(&base), &typed, &file),
            [
                ("finding", Outcome::Typed),
                ("evidence", Outcome::File),
                ("advice", Outcome::Conflict),
                ("level", Outcome::Same),
            ]
        );
        // Both sides writing the same is no conflict.
        let typed = values(&[
            ("finding", "old"),
            ("evidence", "a\nb"),
            ("advice", "theirs"),
            ("level", "1"),
        ]);
        assert!(
            merge(Some(&base), &typed, &file)
                .iter()
                .all(|(_, outcome)| *outcome == Outcome::Same)
        );
        // Without a base, only what differs from the file is a conflict.
        let typed = values(&[
            ("finding", "old"),
            ("evidence", "a"),
            ("advice", "theirs"),
            ("level", "1"),
        ]);
        assert_eq!(
            fields_with(&merge(None, &typed, &file), Outcome::Conflict),
            ["evidence"]
        );
    }

    #[test]
    fn texts_lists_and_ticks_compare_by_what_they_say() {
        assert_eq!(text("  Closed trilogues.\r\n"), "Closed trilogues.");
        assert_eq!(list("s. 5; art. 12\n\n s. 9 ", true), "s. 5\nart. 12\ns. 9");
        assert_eq!(list("a; b\nc", false), "a; b\nc");
        assert_eq!(
            set(&["b".to_string(), "a".to_string(), "b".to_string()]),
            set(&["a".to_string(), "b".to_string()])
        );
    }
}
