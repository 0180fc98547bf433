//! A [`Prompter`] that answers from a script, for tests: each prompt takes the next reply, and a
//! reply that does not fit (wrong kind of prompt, unknown option, rejected text, script run out)
//! is an error naming the prompt, never a panic. Everything asked and shown is recorded.

use std::collections::VecDeque;

use super::prompter::{ConfirmPrompt, MultiSelectPrompt, PromptError, Prompter, SelectPrompt, TextPrompt};

/// One scripted reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Picks the option equal to this text, or else the only option starting with it.
    Choose(String),
    /// Types this text (for [`Prompter::text`] and [`Prompter::long_text`]).
    Text(String),
    /// Answers a yes/no question.
    Confirm(bool),
    /// Ticks exactly the options named (each matched like [`Reply::Choose`]).
    Tick(Vec<String>),
    /// Presses Esc.
    Cancel,
}

/// Answers prompts from a queue of [`Reply`] values.
#[derive(Debug, Clone, Default)]
pub struct ScriptedPrompter {
    script: VecDeque<Reply>,
    asked: Vec<String>,
    said: Vec<String>,
    selects: Vec<SelectPrompt>,
    multi_selects: Vec<MultiSelectPrompt>,
    texts: Vec<TextPrompt>,
}

impl ScriptedPrompter {
    /// A prompter that will give `replies`, in order.
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        ScriptedPrompter {
            script: replies.into_iter().collect(),
            ..ScriptedPrompter::default()
        }
    }

    /// The messages of every prompt asked so far, in order.
    pub fn asked(&self) -> &[String] {
        &self.asked
    }

    /// Everything shown with [`Prompter::say`], in order.
    pub fn said(&self) -> &[String] {
        &self.said
    }

    /// Every list prompt asked, with its options and starting option.
    pub fn selects(&self) -> &[SelectPrompt] {
        &self.selects
    }

    /// Every list of options to tick asked, with the options ticked at the start.
    pub fn multi_selects(&self) -> &[MultiSelectPrompt] {
        &self.multi_selects
    }

    /// Every text prompt asked, with its prefilled text.
    pub fn texts(&self) -> &[TextPrompt] {
        &self.texts
    }

    /// Replies not used yet.
    pub fn remaining(&self) -> usize {
        self.script.len()
    }

    fn next(&mut self, kind: &str, message: &str) -> Result<Reply, PromptError> {
        self.asked.push(message.to_string());
        match self.script.pop_front() {
            Some(Reply::Cancel) => Err(PromptError::Cancelled),
            Some(reply) => Ok(reply),
            None => Err(PromptError::Failed(format!(
                "the script ran out at {kind} prompt {message:?}"
            ))),
        }
    }

    fn mismatch(kind: &str, message: &str, reply: &Reply) -> PromptError {
        PromptError::Failed(format!("{kind} prompt {message:?} got the scripted reply {reply:?}"))
    }
}

/// The index of the option `wanted` names: an exact match, or else the only one it starts.
fn find_option(message: &str, options: &[String], wanted: &str) -> Result<usize, PromptError> {
    if let Some(index) = options.iter().position(|option| option == wanted) {
        return Ok(index);
    }
    let starting: Vec<usize> = (0..options.len())
        .filter(|&index| options[index].starts_with(wanted))
        .collect();
    match starting.as_slice() {
        [index] => Ok(*index),
        _ => Err(PromptError::Failed(format!(
            "prompt {message:?} has no single option {wanted:?}; options: {options:?}"
        ))),
    }
}

impl Prompter for ScriptedPrompter {
    fn say(&mut self, text: &str) {
        self.said.push(text.to_string());
    }

    fn show_scorecard(&mut self, card: &str) {
        self.said.push(card.to_string());
    }

    fn select(&mut self, prompt: &SelectPrompt) -> Result<usize, PromptError> {
        self.selects.push(prompt.clone());
        match self.next("a select", &prompt.message)? {
            Reply::Choose(wanted) => find_option(&prompt.message, &prompt.options, &wanted),
            other => Err(Self::mismatch("select", &prompt.message, &other)),
        }
    }

    fn multi_select(&mut self, prompt: &MultiSelectPrompt) -> Result<Vec<usize>, PromptError> {
        self.multi_selects.push(prompt.clone());
        match self.next("a multi-select", &prompt.message)? {
            Reply::Tick(wanted) => {
                let mut picked = wanted
                    .iter()
                    .map(|wanted| find_option(&prompt.message, &prompt.options, wanted))
                    .collect::<Result<Vec<usize>, PromptError>>()?;
                picked.sort_unstable();
                picked.dedup();
                Ok(picked)
            }
            other => Err(Self::mismatch("multi-select", &prompt.message, &other)),
        }
    }

    fn text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError> {
        self.texts.push(prompt.clone());
        match self.next("a text", &prompt.message)? {
            Reply::Text(text) => {
                // A real user whose answer is rejected is asked again; a script cannot retype, so
                // a rejected scripted answer is a mistake in the test.
                if let Some(validate) = prompt.validate {
                    validate.check(&text).map_err(|why| {
                        PromptError::Failed(format!("prompt {:?} rejected {text:?}: {why}", prompt.message))
                    })?;
                }
                Ok(text)
            }
            other => Err(Self::mismatch("text", &prompt.message, &other)),
        }
    }

    fn long_text(&mut self, prompt: &TextPrompt) -> Result<String, PromptError> {
        self.text(prompt)
    }

    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, PromptError> {
        match self.next("a confirm", &prompt.message)? {
            Reply::Confirm(answer) => Ok(answer),
            other => Err(Self::mismatch("confirm", &prompt.message, &other)),
        }
    }
}
