//! The problems found in a KB file, as every reader of a KB reports them: each with its
//! severity and JSON path ([`Diagnostic`]), and the error of a KB that cannot be used
//! ([`KbError`]). Parsing (`load`), validation (`validate`), the hazard checks (`hazards`) and
//! the general screen (`screen`) all write them; this module depends on none of them.

use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The KB cannot be used.
    Error,
    /// The KB works, but something is probably a mistake.
    Warning,
}

/// One problem in a KB, with the JSON path where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// JSON path such as `$.conditions[3].evidence[0].finding`.
    pub path: String,
    /// A plain-language message.
    pub message: String,
}

impl Diagnostic {
    /// An error at a path.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, path: path.into(), message: message.into() }
    }

    /// A warning at a path.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, path: path.into(), message: message.into() }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}: {}", self.path, self.message)
    }
}

/// A KB that cannot be used, with every problem found.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the knowledge base is invalid ({} error(s)); first: {}", self.errors().count(), self.errors().next().map(ToString::to_string).unwrap_or_default())]
pub struct KbError {
    /// Errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

impl KbError {
    /// Only the errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error)
    }
}
