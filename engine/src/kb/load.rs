//! Parsing a KB file into the typed schema, collecting every error with its JSON path.

use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

use serde_json::error::Category;
use serde_json::value::RawValue;

use crate::kb::diagnostics::{Diagnostic, Severity};
use crate::kb::validate::validate;
use crate::schema::KnowledgeBase;
use crate::text::matcher::PhraseIndex;

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
///
/// A KB is read with one deserializer only (serde_json's, from the text), the same one
/// [`crate::Engine::bundled`] uses, so the typed reading code is compiled once into the widget.
/// A valid file is read once. When the whole file does not fit the schema, every part is read
/// again on its own to report each broken item, and [`json_path_at`] names the place inside it.
pub fn parse(json: &str) -> Result<KnowledgeBase, Vec<Diagnostic>> {
    // A valid file is read once: the typed reading rejects unknown and missing top-level keys
    // itself. Only a broken file is read again, part by part, to say where it is broken.
    let whole = match serde_json::from_str::<KnowledgeBase>(json) {
        Ok(kb) => return Ok(kb),
        Err(e) => e,
    };
    // The widget's build (wasm32) says what serde_json says (with its line and column) and
    // leaves the part-by-part diagnosis to `symptom-check lint`, for its transfer budget.
    if cfg!(target_arch = "wasm32") {
        return Err(vec![Diagnostic::error("$", whole.to_string())]);
    }
    let parts: BTreeMap<String, &RawValue> = serde_json::from_str(json).map_err(|e| {
        vec![if e.classify() == Category::Data {
            Diagnostic::error("$", "the knowledge base must be a JSON object")
        } else {
            Diagnostic::error(
                "$",
                format!("invalid JSON at line {}, column {}: {}", e.line(), e.column(), strip_position(&e.to_string())),
            )
        }]
    })?;
    let mut errors = Vec::new();
    for key in parts.keys() {
        if !TOP_LEVEL.contains(&key.as_str()) {
            errors.push(Diagnostic::error(
                format!("$.{key}"),
                format!("unknown top-level key `{key}` (expected one of: {})", TOP_LEVEL.join(", ")),
            ));
        }
    }
    for key in REQUIRED {
        if !parts.contains_key(*key) {
            errors.push(Diagnostic::error("$", format!("missing top-level key `{key}`")));
        }
    }
    if let Some(meta) = parts.get("meta") {
        check_value::<crate::schema::Meta>(meta.get(), "$.meta", &mut errors);
    }
    let part = |key: &str| parts.get(key).copied();
    check_array::<crate::schema::LexiconEntry>(part("lexicon"), "lexicon", &mut errors);
    check_array::<crate::schema::Finding>(part("findings"), "findings", &mut errors);
    check_array::<crate::schema::RedFlag>(part("red_flags"), "red_flags", &mut errors);
    check_array::<crate::schema::Condition>(part("conditions"), "conditions", &mut errors);
    check_array::<crate::schema::Question>(part("questions"), "questions", &mut errors);
    check_array::<crate::schema::Article>(part("articles"), "articles", &mut errors);
    check_array::<crate::schema::Topic>(part("topics"), "topics", &mut errors);
    if errors.is_empty() {
        // Every part reads on its own but the whole does not (e.g. a key given twice).
        errors.push(Diagnostic::error("$", whole.to_string()));
    }
    Err(errors)
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn check_value<T: DeserializeOwned>(text: &str, path: &str, errors: &mut Vec<Diagnostic>) {
    if let Err(e) = serde_json::from_str::<T>(text) {
        let inner = offset_of(text, e.line(), e.column()).map(|at| json_path_at(text, at)).unwrap_or_default();
        errors.push(Diagnostic::error(format!("{path}{inner}"), strip_position(&e.to_string())));
    }
}

fn check_array<T: DeserializeOwned>(v: Option<&RawValue>, key: &str, errors: &mut Vec<Diagnostic>) {
    let Some(v) = v else { return };
    match serde_json::from_str::<Vec<&RawValue>>(v.get()) {
        Ok(items) => {
            for (i, item) in items.iter().enumerate() {
                check_value::<T>(item.get(), &format!("$.{key}[{i}]"), errors);
            }
        }
        Err(_) => errors.push(Diagnostic::error(format!("$.{key}"), "must be an array")),
    }
}

/// The byte offset of serde_json's error position (1-based line; column = bytes since the
/// line's start), or `None` when the error has no position.
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let start = if line == 1 { 0 } else { text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)? };
    Some((start + column).min(text.len()))
}

/// The JSON path, relative to `text`'s root (such as `.evidence[0].finding`, or empty for the
/// root), of the value being read at byte offset `at` of a syntactically valid JSON text.
/// A value that ends right before `at` is the one named: serde_json reports a type error after
/// the value, and a missing field after the object's closing brace.
pub fn json_path_at(text: &str, at: usize) -> String {
    enum Frame {
        Object { key: Option<String>, expect_key: bool },
        Array { index: usize },
    }
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    // The path of the value that closed last, kept when it ends exactly at `at`.
    let mut closed: Option<String> = None;
    let path_of = |stack: &[Frame]| -> String {
        let mut out = String::new();
        for frame in stack {
            match frame {
                Frame::Object { key: Some(k), expect_key: false } => {
                    out.push('.');
                    out.push_str(k);
                }
                Frame::Object { .. } => {}
                Frame::Array { index } => out.push_str(&format!("[{index}]")),
            }
        }
        out
    };
    let mut i = 0;
    while i < at {
        closed = None;
        match bytes[i] {
            b'{' => stack.push(Frame::Object { key: None, expect_key: true }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
                closed = Some(path_of(&stack));
            }
            b',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            b'"' => {
                let begin = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut() {
                    if *expect_key {
                        let raw = &text[begin..i.min(text.len())];
                        *key = Some(
                            serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string()),
                        );
                        *expect_key = false;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    closed.unwrap_or_else(|| path_of(&stack))
}

/// Parses and validates a KB file with the general screen merged in ([`crate::kb::screen`]),
/// as every engine reads it (the CLI's and the widget's): every syntax, type and consistency
/// problem, errors first.
pub fn lint(json: &str) -> LintReport {
    match parse(json) {
        Err(diagnostics) => LintReport { kb: None, diagnostics, phrases: None },
        Ok(mut kb) => {
            let merged = crate::kb::screen::merge(&mut kb, crate::kb::screen::bundled());
            let phrases = PhraseIndex::build(&kb);
            let mut diagnostics = validate(&kb, &phrases);
            diagnostics.extend(merged);
            crate::sorting::sort_by(&mut diagnostics, |a, b| {
                (a.severity != Severity::Error).cmp(&(b.severity != Severity::Error))
            });
            LintReport { kb: Some(kb), diagnostics, phrases: Some(phrases) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kb_may_name_findings_that_only_the_screen_defines() {
        let mut kb: serde_json::Value = serde_json::from_str(crate::BUNDLED_KB).expect("bundled KB");
        let errors = |r: &LintReport| r.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        assert_eq!(errors(&lint(&kb.to_string())), 0);
        // `snoring` is a finding of the general screen only, which every engine merges in.
        kb["conditions"][0]["evidence"][0]["finding"] = serde_json::json!("snoring");
        assert_eq!(errors(&lint(&kb.to_string())), 0);
        // A finding that neither defines is an error.
        kb["conditions"][0]["evidence"][0]["finding"] = serde_json::json!("no_such_finding");
        assert!(errors(&lint(&kb.to_string())) > 0);
    }

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

    #[test]
    fn type_errors_deep_inside_items_name_the_nested_field() {
        let kb: serde_json::Value = serde_json::from_str(crate::BUNDLED_KB).expect("bundled KB");
        let mut broken = kb.clone();
        broken["conditions"][2]["evidence"][1]["p"] = serde_json::json!("likely");
        broken["findings"][4]["kind"] = serde_json::json!("feeling");
        broken["articles"][3]["title"] = serde_json::json!({"en": 1, "zh-TW": "x"});
        broken["questions"][0]["surplus"] = serde_json::json!(1);
        let e = parse(&serde_json::to_string_pretty(&broken).expect("json")).unwrap_err();
        let paths: Vec<&str> = e.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(
            paths,
            ["$.findings[4].kind", "$.conditions[2].evidence[1].p", "$.questions[0].surplus", "$.articles[3].title.en"],
            "{e:?}"
        );
        assert!(e[0].message.contains("feeling"), "{}", e[0].message);
        assert!(e[3].message.contains("expected a string"), "{}", e[3].message);
        assert!(parse(&serde_json::to_string(&kb).expect("json")).is_ok());
    }

    #[test]
    fn json_paths_follow_objects_arrays_and_escaped_keys() {
        let text = r#"{"a": [1, {"b\"c": [true, "x"]}], "d": {}}"#;
        let at = |needle: &str| text.find(needle).expect("needle") + needle.len();
        assert_eq!(json_path_at(text, 0), "");
        assert_eq!(json_path_at(text, at("[1")), ".a[0]");
        assert_eq!(json_path_at(text, at("true, ")), ".a[1].b\"c[1]");
        assert_eq!(json_path_at(text, at("\"x\"]")), ".a[1].b\"c");
        assert_eq!(json_path_at(text, at("\"x\"]}")), ".a[1]");
        assert_eq!(json_path_at(text, at("\"d\": {}")), ".d");
        assert_eq!(json_path_at(text, text.len()), "");
    }
}
