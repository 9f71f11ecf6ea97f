//! Reading a KB file: parsing with exact error paths, validation and its diagnostics, the
//! general safety screen merged in, the bundled KB's language files. The types are in
//! [`crate::schema`].

pub mod diagnostics;
pub mod hazards;
pub mod lang_files;
pub mod load;
pub mod screen;
pub mod validate;

pub use diagnostics::{Diagnostic, KbError, Severity};
pub use load::{lint, parse, LintReport};
