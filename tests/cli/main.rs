//! Integration tests: the real binary, run on fixture files in temporary folders.

mod bad_input;
mod batch;
mod calibration;
mod check;
mod init;
mod pdf;
mod render;
mod rubric;
mod score;
mod support;
