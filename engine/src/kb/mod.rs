//! The knowledge base: its schema, loading with exact error paths, and validation.

pub mod diagnostics;
pub mod hazards;
pub mod ids;
pub mod lang_files;
pub mod load;
pub mod screen;
pub mod types;
pub mod validate;

pub use diagnostics::{Diagnostic, KbError, Severity};
pub use load::{lint, parse, LintReport};
