//! Parsing a KB file into the typed schema, collecting every error with its JSON path.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::kb::types::KnowledgeBase;
use crate::kb::validate::validate;
use crate::text::matcher::PhraseIndex;

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

/// The result of linting a KB file.
#[derive(Debug, Clone)]
pub struct LintReport {
    /// The parsed KB, when it parsed.
    pub kb: Option<KnowledgeBase>,
    /// Every problem found, errors first.
    pub diagnostics: Vec<Diagnostic>,
    /// The KB's compiled phrases (built for validation; the engine reuses them).
    pub phrases: Option<PhraseIndex>,
}

impl LintReport {
    /// True when there is no error (warnings allowed).
    pub fn is_ok(&self) -> bool {
        self.kb.is_some() && !self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

const TOP_LEVEL: &[&str] =
    &["meta", "lexicon", "findings", "red_flags", "conditions", "questions", "articles", "topics"];
const REQUIRED: &[&str] = &["meta", "findings", "red_flags", "conditions", "questions", "articles", "topics"];

/// Parses a KB file, reporting syntax and type errors with JSON paths (not semantic checks).
pub fn parse(json: &str) -> Result<KnowledgeBase, Vec<Diagnostic>> {
    let value: Value = serde_json::from_str(json).map_err(|e| {
        vec![Diagnostic::error(
            "$",
            format!("invalid JSON at line {}, column {}: {}", e.line(), e.column(), strip_position(&e.to_string())),
        )]
    })?;
    let Value::Object(map) = &value else {
        return Err(vec![Diagnostic::error("$", "the knowledge base must be a JSON object")]);
    };
    let mut errors = Vec::new();
    for key in map.keys() {
        if !TOP_LEVEL.contains(&key.as_str()) {
            errors.push(Diagnostic::error(
                format!("$.{key}"),
                format!("unknown top-level key `{key}` (expected one of: {})", TOP_LEVEL.join(", ")),
            ));
        }
    }
    for key in REQUIRED {
        if !map.contains_key(*key) {
            errors.push(Diagnostic::error("$", format!("missing top-level key `{key}`")));
        }
    }
    if let Some(meta) = map.get("meta") {
        check_value::<crate::kb::types::Meta>(meta, "$.meta", &mut errors);
    }
    check_array::<crate::kb::types::LexiconEntry>(map.get("lexicon"), "lexicon", &mut errors);
    check_array::<crate::kb::types::Finding>(map.get("findings"), "findings", &mut errors);
    check_array::<crate::kb::types::RedFlag>(map.get("red_flags"), "red_flags", &mut errors);
    check_array::<crate::kb::types::Condition>(map.get("conditions"), "conditions", &mut errors);
    check_array::<crate::kb::types::Question>(map.get("questions"), "questions", &mut errors);
    check_array::<crate::kb::types::Article>(map.get("articles"), "articles", &mut errors);
    check_array::<crate::kb::types::Topic>(map.get("topics"), "topics", &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    serde_json::from_value(value).map_err(|e| vec![Diagnostic::error("$", e.to_string())])
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn check_value<T: DeserializeOwned>(v: &Value, path: &str, errors: &mut Vec<Diagnostic>) {
    let de = v.clone();
    let r: Result<T, _> = serde_path_to_error::deserialize(de);
    if let Err(e) = r {
        let inner = e.path().to_string();
        let full = if inner == "." || inner.is_empty() {
            path.to_string()
        } else {
            format!("{path}.{inner}").replace(".[", "[")
        };
        errors.push(Diagnostic::error(full, strip_position(&e.inner().to_string())));
    }
}

fn check_array<T: DeserializeOwned>(v: Option<&Value>, key: &str, errors: &mut Vec<Diagnostic>) {
    match v {
        None => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                check_value::<T>(item, &format!("$.{key}[{i}]"), errors);
            }
        }
        Some(_) => errors.push(Diagnostic::error(format!("$.{key}"), "must be an array")),
    }
}

/// Parses and validates a KB file: every syntax, type and consistency problem, errors first.
pub fn lint(json: &str) -> LintReport {
    match parse(json) {
        Err(diagnostics) => LintReport { kb: None, diagnostics, phrases: None },
        Ok(kb) => {
            let phrases = PhraseIndex::build(&kb);
            let mut diagnostics = validate(&kb, &phrases);
            diagnostics.sort_by_key(|d| d.severity != Severity::Error);
            LintReport { kb: Some(kb), diagnostics, phrases: Some(phrases) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_has_line_and_column() {
        let e = parse("{\n  \"meta\": ,\n}").unwrap_err();
        assert_eq!(e[0].path, "$");
        assert!(e[0].message.contains("line 2, column 11"), "{}", e[0].message);
    }

    #[test]
    fn type_error_has_json_path() {
        let json = r#"{"meta": {}, "findings": [{"id": "a", "label": {"en": "x", "zh-TW": "y"}, "kind": "symptom", "site": "hand", "base_rate": "high"}],
            "red_flags": [], "conditions": [], "questions": [], "articles": [], "topics": [], "extra": 1}"#;
        let e = parse(json).unwrap_err();
        let paths: Vec<&str> = e.iter().map(|d| d.path.as_str()).collect();
        assert!(paths.contains(&"$.extra"), "{paths:?}");
        assert!(paths.contains(&"$.meta"), "{paths:?}");
        assert!(paths.contains(&"$.findings[0].base_rate"), "{paths:?}");
    }
}
