//! The assessment file as a document we edit in place: every save changes only the keys whose
//! values changed, so the user's comments, blank lines, key order and formatting survive (the
//! wizard, `migrate`, and any other front end that writes answers).
//!
//! The small API: set a string or a string array or any value at a key path
//! ([`AssessmentDocument::set_string`], [`AssessmentDocument::set_strings`],
//! [`AssessmentDocument::set_value`]), remove a key ([`AssessmentDocument::remove`]), set one
//! answer's fields from an [`Answer`] ([`AssessmentDocument::set_answer`]: whatever fields the
//! type has, since it goes through its serialisation), append a consultation submission
//! ([`AssessmentDocument::append_submission`]), bring the whole document in line with an
//! [`Assessment`] ([`AssessmentDocument::update`]) and save atomically
//! ([`AssessmentDocument::save`]).
//!
//! Where a key is new, it is inserted where the file format puts it: after the keys that come
//! before it (an answer after the previous question's answer, `status` where `level` was), never
//! at a random place. Where a key goes, the comments written above it and beside it stay: they
//! move to the key that takes its place, or to the next one.

use std::path::Path;

use anyhow::{Context, Result};
use toml_edit::{ArrayOfTables, DocumentMut, InlineTable, Item, Key, Table, Value};

use super::assessment::{Answer, Assessment};
use super::catalog::RubricSet;
use super::consultation::Submission;
use crate::output::write_durably;

/// An assessment file held as an editable TOML document.
#[derive(Debug, Clone)]
pub struct AssessmentDocument {
    document: DocumentMut,
    /// The question order new answers are placed in: (rubric id, question ids).
    order: Vec<(String, Vec<String>)>,
    /// Whether the file starts with a byte order mark, which its saves keep.
    byte_order_mark: bool,
    /// Whether the file's lines end with Windows' carriage return and line feed, which its saves
    /// keep (the TOML editor writes line feeds alone): otherwise every line would change.
    windows_line_ends: bool,
}

impl AssessmentDocument {
    /// Parses the text of an assessment file (one that loads: its TOML is valid).
    pub fn parse(text: &str) -> Result<AssessmentDocument> {
        let document: DocumentMut = text.parse().context("cannot read the file as TOML")?;
        Ok(AssessmentDocument {
            document,
            order: Vec::new(),
            byte_order_mark: text.starts_with('\u{feff}'),
            // Most of its lines, not one pasted in: a save must not turn every other line.
            windows_line_ends: 2 * text.matches("\r\n").count() > text.matches('\n').count(),
        })
    }

    /// The document of a new file: the assessment as [`Assessment::to_toml`] writes it.
    pub fn new(assessment: &Assessment) -> Result<AssessmentDocument> {
        AssessmentDocument::parse(&assessment.to_toml().context("cannot write the assessment as TOML")?)
    }

    /// Places new answers in the order of `rubrics`' questions, rubric by rubric as `assessment`
    /// lists them (otherwise they go after the other answers of their rubric).
    pub fn with_order_of(mut self, assessment: &Assessment, rubrics: &RubricSet) -> AssessmentDocument {
        self.set_order(assessment, rubrics);
        self
    }

    /// See [`AssessmentDocument::with_order_of`].
    pub fn set_order(&mut self, assessment: &Assessment, rubrics: &RubricSet) {
        self.order = assessment
            .rubric_ids()
            .into_iter()
            .map(|id| {
                let questions = rubrics
                    .get(id)
                    .map(|rubric| rubric.questions.iter().map(|question| question.id.clone()).collect())
                    .unwrap_or_default();
                (id.to_string(), questions)
            })
            .collect();
    }

    /// The text of the document, as it would be saved.
    pub fn text(&self) -> String {
        let mut text = self.document.to_string();
        if self.windows_line_ends {
            text = text.replace("\r\n", "\n").replace('\n', "\r\n");
        }
        if self.byte_order_mark && !text.starts_with('\u{feff}') {
            text.insert(0, '\u{feff}');
        }
        text
    }

    /// Writes the document to `path` atomically and flushed to disk (see
    /// [`crate::output::write_durably`]).
    pub fn save(&self, path: &Path) -> Result<()> {
        write_durably(path, self.text().as_bytes())
    }

    /// Sets the value at `path` (e.g. `["proposal", "stage"]`), creating the tables on the way;
    /// an existing value keeps its place and the comments around it.
    pub fn set_value(&mut self, path: &[&str], value: Value) {
        let Some((last, parents)) = path.split_last() else {
            return;
        };
        let table = table_at(self.document.as_table_mut(), parents);
        let mut new = Table::new();
        new.insert(last, Item::Value(value));
        let orphans = merge_key(table, last, &new, &[]);
        place_orphans(&mut self.document, orphans);
    }

    /// Sets a string at `path`.
    pub fn set_string(&mut self, path: &[&str], value: &str) {
        self.set_value(path, Value::from(value));
    }

    /// Sets an array of strings at `path`.
    pub fn set_strings(&mut self, path: &[&str], values: &[String]) {
        self.set_value(path, Value::Array(values.iter().map(String::as_str).collect()));
    }

    /// Removes the key at `path`, keeping the comments written with it; true if it was there.
    pub fn remove(&mut self, path: &[&str]) -> bool {
        let Some((last, parents)) = path.split_last() else {
            return false;
        };
        let mut table = self.document.as_table_mut();
        for part in parents {
            match table.get_mut(part).and_then(Item::as_table_mut) {
                Some(inner) => table = inner,
                None => return false,
            }
        }
        let mut orphans = Vec::new();
        let removed = remove_keeping_comments(table, last, &mut orphans);
        place_orphans(&mut self.document, orphans);
        removed
    }

    /// Sets the answer to `rubric.question` to `answer`: every field the answer has is set, every
    /// field it lacks is removed, and fields that did not change are not touched.
    pub fn set_answer(&mut self, rubric: &str, question: &str, answer: &Answer) -> Result<()> {
        let new = serialized(answer)?;
        let mut holder = Table::new();
        holder.insert(question, Item::Table(new));
        let order = self.question_order(rubric);
        let answers = self.answers_table(rubric);
        let orphans = merge_key(answers, question, &holder, &order);
        place_orphans(&mut self.document, orphans);
        Ok(())
    }

    /// Moves the answer table of `from` (rubric id, question id) to `to`, keeping its place in
    /// the file and every comment in it; false (and nothing changes) when `from` has no table or
    /// `to` has an answer already. How `migrate` carries a renamed question's answer over.
    pub fn rename_answer(&mut self, from: (&str, &str), to: (&str, &str)) -> bool {
        let exists = |document: &DocumentMut, (rubric, question): (&str, &str)| {
            document
                .get("answers")
                .and_then(|answers| answers.get(rubric))
                .and_then(|answers| answers.get(question))
                .is_some()
        };
        if !exists(&self.document, from) || exists(&self.document, to) {
            return false;
        }
        let Some(rubric) = self
            .document
            .get_mut("answers")
            .and_then(|answers| answers.get_mut(from.0))
            .and_then(Item::as_table_mut)
        else {
            return false;
        };
        let index = rubric.iter().position(|(name, _)| name == from.1);
        let Some((old_key, item)) = rubric.remove_entry(from.1) else {
            return false;
        };
        let key = Key::new(to.1).with_leaf_decor(old_key.leaf_decor().clone());
        if from.0 == to.0 {
            insert_keeping_position(rubric, index.unwrap_or(rubric.len()), &key, item);
        } else {
            let order = self.question_order(to.0);
            let target = self.answers_table(to.0);
            let rank = |name: &str| order.iter().position(|candidate| candidate == name);
            let index = rank(to.1)
                .and_then(|own| {
                    target
                        .iter()
                        .position(|(name, _)| rank(name).is_some_and(|other| other > own))
                })
                .unwrap_or(target.len());
            insert_keeping_position(target, index, &key, item);
        }
        true
    }

    /// Removes the answer to `rubric.question`; true if there was one.
    pub fn remove_answer(&mut self, rubric: &str, question: &str) -> bool {
        self.remove(&["answers", rubric, question])
    }

    /// Appends one `[[consultation.submissions]]` table after the others.
    pub fn append_submission(&mut self, submission: &Submission) -> Result<()> {
        let table = serialized(submission)?;
        let consultation = table_at(self.document.as_table_mut(), &["consultation"]);
        match consultation.get_mut("submissions") {
            Some(Item::ArrayOfTables(array)) => {
                let mut table = table;
                forget_table_positions(&mut table);
                array.push(table);
            }
            Some(Item::Value(Value::Array(array))) => array.push(table.into_inline_table()),
            _ => {
                let mut array = ArrayOfTables::new();
                array.push(table);
                consultation.insert("submissions", Item::ArrayOfTables(array));
            }
        }
        Ok(())
    }

    /// Brings the document in line with `assessment`: values that changed are set, keys it no
    /// longer has are removed (an empty list or table the user left stays), new keys are
    /// inserted in their place. Nothing else in the text changes.
    pub fn update(&mut self, assessment: &Assessment) -> Result<()> {
        let new = serialized(assessment)?;
        let rubric_order: Vec<String> = self.order.iter().map(|(id, _)| id.clone()).collect();
        let order = self.order.clone();
        let orphans = merge_table(self.document.as_table_mut(), &new, &|path: &[&str]| match path {
            ["answers"] => rubric_order.clone(),
            ["answers", rubric] => order
                .iter()
                .find(|(id, _)| id == rubric)
                .map(|(_, questions)| questions.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        });
        place_orphans(&mut self.document, orphans);
        if let Some(target) = &assessment.schema_directive
            && super::schema::directive_in(&self.text()).is_none()
        {
            let decor = self.document.decor_mut();
            let prefix = decor.prefix().and_then(|raw| raw.as_str()).unwrap_or("").to_string();
            decor.set_prefix(super::schema::directive_line(target) + &prefix);
        }
        Ok(())
    }

    fn question_order(&self, rubric: &str) -> Vec<String> {
        self.order
            .iter()
            .find(|(id, _)| id == rubric)
            .map(|(_, questions)| questions.clone())
            .unwrap_or_default()
    }

    /// The `[answers.RUBRIC]` table, created (implicit, in rubric order) when missing.
    fn answers_table(&mut self, rubric: &str) -> &mut Table {
        let rubric_order: Vec<String> = self.order.iter().map(|(id, _)| id.clone()).collect();
        let root = self.document.as_table_mut();
        if !root.contains_key("answers") {
            let mut answers = Table::new();
            answers.set_implicit(true);
            insert_in_order(root, "answers", Item::Table(answers), &ROOT_ORDER.map(str::to_string));
        }
        let answers = table_at(root, &["answers"]);
        if !answers.contains_key(rubric) {
            let mut table = Table::new();
            table.set_implicit(true);
            insert_in_order(answers, rubric, Item::Table(table), &rubric_order);
        }
        table_at(answers, &[rubric])
    }
}

/// The order of the top-level keys of an assessment file.
const ROOT_ORDER: [&str; 7] = [
    "schema_version",
    "rubrics",
    "proposal",
    "assessment",
    "answers",
    "consultation",
    "expect",
];

/// Keys that stand in for each other: an answer has a level or a status, never both.
const REPLACEMENTS: [(&str, &str); 2] = [("level", "status"), ("status", "level")];

/// `value` as a TOML table, the way the file format writes it.
fn serialized<T: serde::Serialize>(value: &T) -> Result<Table> {
    let text = toml::to_string(value).context("cannot write the value as TOML")?;
    let document: DocumentMut = text.parse().context("cannot read back the value's TOML")?;
    Ok(document.as_table().clone())
}

/// The table at `path` under `table`, created (implicit) where missing. A value of another kind
/// in the way is replaced: the typed model has been checked, so that does not happen for a file
/// that loads.
fn table_at<'t>(table: &'t mut Table, path: &[&str]) -> &'t mut Table {
    let mut table = table;
    for part in path {
        let item = table.entry(part).or_insert_with(|| {
            let mut new = Table::new();
            new.set_implicit(true);
            Item::Table(new)
        });
        if !item.is_table() {
            let mut new = item
                .as_inline_table()
                .cloned()
                .map_or_else(Table::new, InlineTable::into_table);
            new.set_implicit(true);
            *item = Item::Table(new);
        }
        table = item.as_table_mut().expect("a table was put here above");
    }
    table
}

/// Makes `existing` equal to `new` key by key (see [`AssessmentDocument::update`]); `order_at`
/// gives, for a table's path, the order its keys are meant to have when the new table does not
/// list them all (the answers: a rubric's questions).
fn merge_table(existing: &mut Table, new: &Table, order_at: &dyn Fn(&[&str]) -> Vec<String>) -> Vec<Orphan> {
    let mut context = Merge {
        order_at,
        orphans: Vec::new(),
    };
    merge_table_at(existing, new, &mut context, &mut Vec::new());
    context.orphans
}

fn merge_table_at(existing: &mut Table, new: &Table, context: &mut Merge<'_>, path: &mut Vec<String>) {
    let gone: Vec<String> = existing
        .iter()
        .filter(|(key, item)| !new.contains_key(key) && !is_empty_item(item))
        .map(|(key, _)| key.to_string())
        .collect();
    let borrowed: Vec<&str> = path.iter().map(String::as_str).collect();
    let mut order = (context.order_at)(&borrowed);
    if order.is_empty() {
        order = new.iter().map(|(key, _)| key.to_string()).collect();
    }
    // A key that replaces one that goes (`status` for `level`) takes its place and its comments.
    let mut replaced: Vec<(String, Key)> = Vec::new();
    for key in &gone {
        let replacement = new.iter().map(|(key, _)| key).find(|candidate| {
            REPLACEMENTS.contains(&(key.as_str(), *candidate))
                && !existing.contains_key(candidate)
                && !replaced.iter().any(|(taken, _)| taken == candidate)
        });
        match replacement {
            Some(replacement) => {
                let Some(position) = existing.iter().position(|(name, _)| name == key) else {
                    continue;
                };
                if let Some((old_key, old_item)) = existing.remove_entry(key) {
                    // The comments above it and beside it stay where they were.
                    let new_key = Key::new(replacement).with_leaf_decor(old_key.leaf_decor().clone());
                    let item = new.get(replacement).cloned().unwrap_or(Item::None);
                    let item = keep_value_decor(&old_item, item);
                    insert_at(existing, position, &new_key, item);
                    replaced.push((replacement.to_string(), new_key));
                }
            }
            None => {
                remove_keeping_comments(existing, key, &mut context.orphans);
            }
        }
    }
    for (key, _) in new.iter() {
        if replaced.iter().any(|(taken, _)| taken == key) {
            continue;
        }
        path.push(key.to_string());
        merge_key_at(existing, key, new, &order, context, path);
        path.pop();
    }
}

/// Sets `existing[key]` to `new[key]`: kept when equal, merged when both are tables, replaced
/// (keeping its decor) when different, inserted in `order` when new.
fn merge_key(existing: &mut Table, key: &str, new: &Table, order: &[String]) -> Vec<Orphan> {
    let no_order = |_: &[&str]| Vec::new();
    let mut context = Merge {
        order_at: &no_order,
        orphans: Vec::new(),
    };
    merge_key_at(existing, key, new, order, &mut context, &mut vec![key.to_string()]);
    context.orphans
}

/// Comments of a table that went, and where that table was.
type Orphan = (Option<isize>, String);

/// What a merge needs besides the two tables.
struct Merge<'a> {
    /// For a table's path, the order its keys are meant to have (the answers: a rubric's
    /// questions); empty for the order of the new table.
    order_at: &'a dyn Fn(&[&str]) -> Vec<String>,
    /// The comments of removed tables, placed before the next table once the merge is done.
    orphans: Vec<Orphan>,
}

fn merge_key_at(
    existing: &mut Table,
    key: &str,
    new: &Table,
    order: &[String],
    context: &mut Merge<'_>,
    path: &mut Vec<String>,
) {
    let Some(new_item) = new.get(key) else {
        return;
    };
    match existing.get_mut(key) {
        None => {
            let order: Vec<String> = if order.iter().any(|name| name == key) {
                order.to_vec()
            } else {
                new.iter().map(|(name, _)| name.to_string()).collect()
            };
            insert_in_order(existing, key, new_item.clone(), &order);
        }
        Some(old) if same_item(old, new_item) => {}
        Some(old) => match (old, new_item) {
            (Item::Table(old_table), Item::Table(new_table)) => merge_table_at(old_table, new_table, context, path),
            (Item::Value(Value::InlineTable(old_table)), Item::Table(new_table)) => {
                merge_inline(old_table, &new_table.clone().into_inline_table());
            }
            (Item::ArrayOfTables(old_array), Item::ArrayOfTables(new_array)) => {
                merge_tables(old_array, new_array, context, path);
            }
            (old, new_item) => {
                let item = keep_value_decor(old, new_item.clone());
                // A table written inline stays inline.
                *old = match (old.is_value(), item) {
                    (true, Item::Table(table)) => Item::Value(Value::InlineTable(table.into_inline_table())),
                    (true, Item::ArrayOfTables(array)) => Item::Value(Value::Array(array.into_array())),
                    (_, item) => item,
                };
            }
        },
    }
}

/// Merges two arrays of tables entry by entry: entries kept in place, extra ones appended or
/// removed at the end.
fn merge_tables(existing: &mut ArrayOfTables, new: &ArrayOfTables, context: &mut Merge<'_>, path: &mut Vec<String>) {
    for (index, table) in new.iter().enumerate() {
        match existing.get_mut(index) {
            Some(old) => merge_table_at(old, table, context, path),
            None => {
                let mut table = table.clone();
                forget_table_positions(&mut table);
                existing.push(table);
            }
        }
    }
    while existing.len() > new.len() {
        existing.remove(existing.len() - 1);
    }
}

/// Merges an inline table's values key by key.
fn merge_inline(existing: &mut InlineTable, new: &InlineTable) {
    let gone: Vec<String> = existing
        .iter()
        .filter(|(key, _)| !new.contains_key(key))
        .map(|(key, _)| key.to_string())
        .collect();
    for key in gone {
        existing.remove(&key);
    }
    for (key, value) in new.iter() {
        match existing.get_mut(key) {
            Some(old) if same_value(old, value) => {}
            Some(old) => {
                let decor = old.decor().clone();
                *old = value.clone();
                *old.decor_mut() = decor;
            }
            None => {
                existing.insert(key, value.clone());
            }
        }
    }
}

/// `new`, with the spacing and trailing comment of the value it replaces.
fn keep_value_decor(old: &Item, new: Item) -> Item {
    match (old.as_value(), new) {
        (Some(old_value), Item::Value(mut value)) => {
            *value.decor_mut() = old_value.decor().clone();
            Item::Value(value)
        }
        (_, new) => new,
    }
}

/// The comment written after a value on its line (`level = 2  # unsure`), if any.
fn trailing_comment(item: &Item) -> Option<String> {
    let suffix = item.as_value()?.decor().suffix()?.as_str()?;
    let comment = suffix.trim();
    comment.starts_with('#').then(|| comment.to_string())
}

/// Removes `key` from `table`; the comments written above it and beside it move to the key
/// that follows (or, for the last key, the one before, or the table's header). A removed
/// table's comments, inside it and above it, are returned in `orphans` to be placed before the
/// table that follows it in the file.
fn remove_keeping_comments(table: &mut Table, key: &str, orphans: &mut Vec<Orphan>) -> bool {
    let Some(position) = table.iter().position(|(name, _)| name == key) else {
        return false;
    };
    let Some((old_key, old_item)) = table.remove_entry(key) else {
        return false;
    };
    let mut comments = comment_lines(old_key.leaf_decor().prefix());
    if let Some(comment) = trailing_comment(&old_item) {
        comments.push_str(&comment);
        comments.push('\n');
    }
    match &old_item {
        Item::Table(removed) => {
            orphans.push((removed.position(), comments + &table_comments(removed)));
            return true;
        }
        Item::ArrayOfTables(removed) => {
            for entry in removed.iter() {
                orphans.push((entry.position(), table_comments(entry)));
            }
            return true;
        }
        _ => {}
    }
    if comments.is_empty() {
        return true;
    }
    let values: Vec<String> = table
        .iter()
        .filter(|(_, item)| item.is_value())
        .map(|(name, _)| name.to_string())
        .collect();
    let neighbour = table
        .iter()
        .skip(position)
        .find(|(_, item)| item.is_value())
        .map(|(name, _)| name.to_string())
        .or_else(|| values.last().cloned());
    match neighbour.and_then(|name| table.key_mut(&name)) {
        Some(mut next) => prepend_prefix(next.leaf_decor_mut(), &comments),
        None => {
            let decor = table.decor_mut();
            let suffix = decor.suffix().and_then(|raw| raw.as_str()).unwrap_or("").to_string();
            // After the header, on lines of their own.
            decor.set_suffix(format!("{suffix}\n{}", comments.trim_end()));
        }
    }
    true
}

/// The comment lines of a prefix, each ending in a newline.
fn comment_lines(raw: Option<&toml_edit::RawString>) -> String {
    raw.and_then(|raw| raw.as_str())
        .map(|text| {
            text.lines()
                .filter(|line| line.trim_start().starts_with('#'))
                .map(|line| format!("{}\n", line.trim_start()))
                .collect()
        })
        .unwrap_or_default()
}

/// Every comment in `table`: above its header, beside it, above and beside each value, and in
/// the tables inside it.
fn table_comments(table: &Table) -> String {
    let mut comments = comment_lines(table.decor().prefix());
    comments.push_str(&comment_lines(table.decor().suffix()));
    for (key, item) in table.iter() {
        if let Some(key) = table.key(key) {
            comments.push_str(&comment_lines(key.leaf_decor().prefix()));
        }
        match item {
            Item::Table(inner) => comments.push_str(&table_comments(inner)),
            Item::ArrayOfTables(array) => array.iter().for_each(|inner| comments.push_str(&table_comments(inner))),
            other => {
                if let Some(comment) = trailing_comment(other) {
                    comments.push_str(&comment);
                    comments.push('\n');
                }
            }
        }
    }
    comments
}

/// Puts `comments` (whole lines) at the start of `decor`'s prefix.
fn prepend_prefix(decor: &mut toml_edit::Decor, comments: &str) {
    let prefix = decor.prefix().and_then(|raw| raw.as_str()).unwrap_or("").to_string();
    decor.set_prefix(format!("{comments}{prefix}"));
}

/// Places the comments of removed tables before the first table that follows where each was in
/// the file, or at the end of the file.
fn place_orphans(document: &mut DocumentMut, orphans: Vec<Orphan>) {
    for (position, comments) in orphans {
        if comments.is_empty() {
            continue;
        }
        let mut best: Option<isize> = None;
        visit_tables(document.as_table_mut(), &mut |table| {
            if let (Some(own), Some(removed)) = (table.position(), position)
                && own > removed
                && !table.is_implicit()
                && best.is_none_or(|best| own < best)
            {
                best = Some(own);
            }
        });
        let mut placed = false;
        if let Some(best) = best {
            visit_tables(document.as_table_mut(), &mut |table| {
                if !placed && table.position() == Some(best) && !table.is_implicit() {
                    prepend_prefix(table.decor_mut(), &comments);
                    placed = true;
                }
            });
        }
        if !placed {
            let trailing = document.trailing().as_str().unwrap_or("").to_string();
            document.set_trailing(format!("{trailing}{comments}"));
        }
    }
}

/// Calls `visit` on every table under `table`, depth first.
fn visit_tables(table: &mut Table, visit: &mut dyn FnMut(&mut Table)) {
    visit(table);
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(inner) => visit_tables(inner, visit),
            Item::ArrayOfTables(array) => array.iter_mut().for_each(|inner| visit_tables(inner, visit)),
            _ => {}
        }
    }
}

/// Inserts `key` into `table` before the first key that comes after it in `order`.
fn insert_in_order(table: &mut Table, key: &str, item: Item, order: &[String]) {
    let rank = |name: &str| order.iter().position(|candidate| candidate == name);
    let position = match rank(key) {
        Some(own) => table
            .iter()
            .position(|(name, _)| rank(name).is_some_and(|other| other > own))
            .unwrap_or(table.len()),
        None => table.len(),
    };
    insert_at(table, position, &Key::new(key), item);
}

/// Inserts `key` at `position` among `table`'s keys, keeping every other key's formatting.
/// A new table is laid out after the table before it in the document (it has no place of its
/// own in the file yet).
fn insert_at(table: &mut Table, position: usize, key: &Key, mut item: Item) {
    forget_positions(&mut item);
    insert_keeping_position(table, position, key, item);
}

/// Inserts `key` at `position` among `table`'s keys; a table keeps its place in the file.
fn insert_keeping_position(table: &mut Table, position: usize, key: &Key, item: Item) {
    let after: Vec<String> = table.iter().skip(position).map(|(name, _)| name.to_string()).collect();
    let moved: Vec<(Key, Item)> = after.iter().filter_map(|name| table.remove_entry(name)).collect();
    table.insert_formatted(key, item);
    for (key, item) in moved {
        table.insert_formatted(&key, item);
    }
}

/// Clears the places in the file that `item`'s tables had in the text they were parsed from.
fn forget_positions(item: &mut Item) {
    match item {
        Item::Table(table) => forget_table_positions(table),
        Item::ArrayOfTables(array) => array.iter_mut().for_each(forget_table_positions),
        _ => {}
    }
}

fn forget_table_positions(table: &mut Table) {
    table.set_position(None);
    for (_, item) in table.iter_mut() {
        forget_positions(item);
    }
}

/// An empty list or table the user wrote (`evidence = []`), or a `false`: the model does not keep
/// it, and it means the same as no key, so an update leaves it.
fn is_empty_item(item: &Item) -> bool {
    match item {
        // `praised = false` is the default, which the model never writes: kept as written.
        Item::Value(Value::Boolean(value)) => !*value.value(),
        Item::Value(Value::Array(array)) => array.is_empty(),
        Item::Value(Value::InlineTable(table)) => table.is_empty(),
        Item::Table(table) => table.is_empty(),
        Item::ArrayOfTables(array) => array.is_empty(),
        _ => false,
    }
}

/// Whether two items hold the same data, however each is written.
fn same_item(a: &Item, b: &Item) -> bool {
    match (a, b) {
        (Item::Value(a), Item::Value(b)) => same_value(a, b),
        (Item::ArrayOfTables(a), Item::ArrayOfTables(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| same_table_like(a, b))
        }
        (Item::ArrayOfTables(tables), Item::Value(Value::Array(values)))
        | (Item::Value(Value::Array(values)), Item::ArrayOfTables(tables)) => {
            tables.len() == values.len()
                && tables.iter().zip(values.iter()).all(|(table, value)| {
                    value
                        .as_inline_table()
                        .is_some_and(|inline| same_table_like(table, inline))
                })
        }
        (Item::None, Item::None) => true,
        _ => match (a.as_table_like(), b.as_table_like()) {
            (Some(a), Some(b)) => same_table_like(a, b),
            _ => false,
        },
    }
}

fn same_table_like(a: &dyn toml_edit::TableLike, b: &dyn toml_edit::TableLike) -> bool {
    // Empty lists and tables count as absent, as the model reads them.
    let present = |table: &dyn toml_edit::TableLike| -> Vec<String> {
        let mut keys: Vec<String> = table
            .iter()
            .filter(|(_, item)| !is_empty_item(item))
            .map(|(key, _)| key.to_string())
            .collect();
        keys.sort();
        keys
    };
    let keys = present(a);
    keys == present(b)
        && keys.iter().all(|key| match (a.get(key), b.get(key)) {
            (Some(a), Some(b)) => same_item(a, b),
            _ => false,
        })
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(a), Value::String(b)) => a.value() == b.value(),
        (Value::Integer(a), Value::Integer(b)) => a.value() == b.value(),
        (Value::Float(a), Value::Float(b)) => a.value().to_bits() == b.value().to_bits(),
        (Value::Boolean(a), Value::Boolean(b)) => a.value() == b.value(),
        (Value::Datetime(a), Value::Datetime(b)) => a.value() == b.value(),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(a, b)| same_value(a, b))
        }
        (Value::InlineTable(a), Value::InlineTable(b)) => same_table_like(a, b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(level: Option<i64>, rationale: &str) -> Answer {
        Answer {
            level,
            rationale: Some(rationale.to_string()),
            ..Answer::default()
        }
    }

    #[test]
    fn only_changed_keys_are_touched() {
        let text = "# head\nschema_version = 2 # v\n\n[proposal]\n# the title\ntitle = 'T'  # keep\n\n[answers.openness.participation]\n# why\nlevel = 1 # was 2\nrationale = \"r\"\n";
        let mut document = AssessmentDocument::parse(text).expect("parse");
        document.set_string(&["proposal", "title"], "New");
        document
            .set_answer("openness", "participation", &answer(Some(3), "r"))
            .expect("set");
        assert_eq!(
            document.text(),
            "# head\nschema_version = 2 # v\n\n[proposal]\n# the title\ntitle = \"New\"  # keep\n\n[answers.openness.participation]\n# why\nlevel = 3 # was 2\nrationale = \"r\"\n"
        );
    }

    /// A file written on Windows keeps its line ends and its byte order mark through a save,
    /// new lines included (a new answer, a text over several lines): otherwise every line
    /// would change.
    #[test]
    fn windows_line_ends_and_a_byte_order_mark_are_kept() {
        let text =
            "\u{feff}# head\r\n[proposal]\r\ntitle = 'T'\r\n\r\n[answers.openness.participation]\r\nlevel = 1\r\n";
        let mut document = AssessmentDocument::parse(text).expect("parse");
        document.set_string(&["proposal", "title"], "New");
        document
            .set_answer("openness", "reachability", &answer(Some(2), "first\nsecond"))
            .expect("set");
        let saved = document.text();
        assert!(
            saved.starts_with("\u{feff}# head\r\n[proposal]\r\ntitle = \"New\"\r\n"),
            "{saved:?}"
        );
        assert!(saved.contains("[answers.openness.reachability]\r\n"), "{saved:?}");
        assert!(
            !saved.replace("\r\n", "").contains('\n'),
            "a line feed alone: {saved:?}"
        );
        assert_eq!(saved.matches('\u{feff}').count(), 1);
        // Read back, the text over several lines has the words it was given.
        let again: toml::Table = toml::from_str(saved.trim_start_matches('\u{feff}')).expect("TOML");
        let rationale = again["answers"]["openness"]["reachability"]["rationale"]
            .as_str()
            .expect("text");
        assert_eq!(rationale.replace("\r\n", "\n"), "first\nsecond");
        // A file with line feeds alone keeps them, and so does one with a line of Windows'
        // pasted in: most of its lines decide.
        let unix = AssessmentDocument::parse("[proposal]\ntitle = 'T'\n").expect("parse");
        assert_eq!(unix.text(), "[proposal]\ntitle = 'T'\n");
        let mixed = AssessmentDocument::parse("[proposal]\ntitle = 'T'\r\nkind = 'law'\n# a\n").expect("parse");
        assert!(!mixed.text().contains("[proposal]\r\n"), "{:?}", mixed.text());
    }

    #[test]
    fn a_status_takes_the_place_and_comments_of_the_level_it_replaces() {
        let text = "[answers.openness.participation]\n# ask the legal team\nlevel = 1 # unsure\nrationale = \"r\"\n";
        let mut document = AssessmentDocument::parse(text).expect("parse");
        let unknown = Answer {
            status: Some(super::super::AnswerStatus::Unknown),
            ..answer(None, "r")
        };
        document.set_answer("openness", "participation", &unknown).expect("set");
        let saved = document.text();
        assert!(
            saved.contains("# ask the legal team\nstatus = \"unknown\" # unsure\nrationale = \"r\"\n"),
            "{saved}"
        );
    }

    #[test]
    fn removed_keys_leave_their_comments() {
        let text = "[proposal]\ntitle = \"T\"\n# about the reference\nreference = \"R\" # official\nurl = \"u\"\n";
        let mut document = AssessmentDocument::parse(text).expect("parse");
        assert!(document.remove(&["proposal", "reference"]));
        assert_eq!(
            document.text(),
            "[proposal]\ntitle = \"T\"\n# about the reference\n# official\nurl = \"u\"\n"
        );
    }

    #[test]
    fn string_arrays_and_new_fields_are_set_generically() {
        let mut document = AssessmentDocument::parse("[answers.openness.encryption]\nlevel = 1\n").expect("parse");
        document.set_strings(
            &["answers", "openness", "encryption", "provisions"],
            &["Clause 1".to_string(), "Clause 2".to_string()],
        );
        document.set_string(&["answers", "openness", "encryption", "finding"], "weakens E2EE");
        assert_eq!(
            document.text(),
            "[answers.openness.encryption]\nlevel = 1\nprovisions = [\"Clause 1\", \"Clause 2\"]\nfinding = \"weakens E2EE\"\n"
        );
    }

    #[test]
    fn new_answers_go_in_question_order() {
        let rubrics = RubricSet::builtin().expect("built-in rubrics");
        let text = "schema_version = 2\n[proposal]\ntitle = \"T\"\n\n[answers.openness.participation]\nlevel = 1\n\n# encryption next\n[answers.openness.encryption]\nlevel = 2\n\n[consultation]\nopened = 2026-01-01\n";
        let assessment = Assessment::new("T");
        let mut document = AssessmentDocument::parse(text)
            .expect("parse")
            .with_order_of(&assessment, &rubrics);
        document
            .set_answer("openness", "reachability", &answer(Some(0), "x"))
            .expect("set");
        document
            .set_answer("inclusiveness", "outreach", &answer(Some(1), "y"))
            .expect("set");
        let saved = document.text();
        let at = |needle: &str| saved.find(needle).unwrap_or_else(|| panic!("{needle} in {saved}"));
        assert!(at("[answers.openness.participation]") < at("[answers.openness.reachability]"));
        assert!(at("[answers.openness.reachability]") < at("# encryption next"));
        assert!(at("[answers.openness.encryption]") < at("[answers.inclusiveness.outreach]"));
        assert!(at("[answers.inclusiveness.outreach]") < at("[consultation]"));
    }
}
