//! The interactive wizard.
