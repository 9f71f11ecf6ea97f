//! The knowledge base: its schema, loading with exact error paths, and validation.

pub mod hazards;
pub mod ids;
pub mod load;
pub mod screen;
pub mod types;
pub mod validate;

pub use load::{lint, parse, Diagnostic, KbError, LintReport, Severity};
