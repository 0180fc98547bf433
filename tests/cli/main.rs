//! Integration tests: the real binary, run on fixture files in temporary folders.

// The helpers in `support` are `pub` for the sibling test modules; the crate has no outside.
#![allow(unreachable_pub)]

mod bad_input;
mod batch;
mod calibration;
mod check;
mod completions;
mod consultation;
mod deb;
mod diff;
mod docx;
mod errors;
mod init;
mod languages;
mod layout;
mod man;
mod outputs;
mod panel;
mod pdf;
mod pinned;
mod release;
mod render;
mod rubric;
mod schema;
mod score;
mod score_check_languages;
mod scripts;
mod serve;
mod serve_browser;
mod support;
mod terminal;
mod translations;
mod version;
mod watch;
