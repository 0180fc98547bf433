//! `batch`: mirrored outputs, index rows, exit codes, and nothing written outside the folder.
