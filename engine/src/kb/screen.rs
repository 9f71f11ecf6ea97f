//! The general safety screen: red flags and findings for every body system, kept in their own
//! file (`kb/screen.json`) and merged into every KB the engine loads, so that any complaint is
//! triaged safely whatever the specialty KB covers. A clinic KB may extend or translate a screen
//! entry (same id) but cannot drop one or lower its level: the validator says so.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::kb::diagnostics::Diagnostic;
use crate::schema::{Finding, KnowledgeBase, LexiconEntry, RedFlag, Source, Text};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// The general screen, as stored in `kb/screen.json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Screen {
    /// Identity, version and the sources the screen's rules cite.
    pub meta: ScreenMeta,
    /// Word groups the screen's phrases use.
    #[serde(default)]
    pub lexicon: Vec<LexiconEntry>,
    /// Findings the screen's rules use; each defined here, so the screen needs no KB.
    pub findings: Vec<Finding>,
    /// The rules: red flags of every level, each with who to see.
    pub red_flags: Vec<RedFlag>,
}

/// Identity of the screen.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScreenMeta {
    /// Identifier, e.g. `general-screen`.
    pub id: String,
    /// Version.
    pub version: String,
    /// Title in both languages.
    pub title: Text,
    /// Date of the last clinical review, `YYYY-MM-DD`.
    pub last_reviewed: String,
    /// Sources the rules cite.
    pub sources: Vec<Source>,
}

/// The screen given by [`provide`], which takes the place of the embedded one.
static PROVIDED: std::sync::Mutex<Option<&'static Screen>> = std::sync::Mutex::new(None);

/// The screen merged into every KB the engine loads: the one given by [`provide`], else the
/// one embedded in the engine (`kb/screen.json`, read once). The widget's build (wasm32)
/// embeds none: the widget loads the screen's files and gives them.
pub fn bundled() -> &'static Screen {
    if let Some(screen) = PROVIDED.lock().ok().and_then(|given| *given) {
        return screen;
    }
    static SCREEN: std::sync::OnceLock<Screen> = std::sync::OnceLock::new();
    // Tested to parse (tests/screen.rs); an empty screen keeps a broken build usable.
    #[cfg(not(target_arch = "wasm32"))]
    let embedded = || serde_json::from_str(crate::BUNDLED_SCREEN).unwrap_or_else(|_| empty());
    #[cfg(target_arch = "wasm32")]
    let embedded = empty;
    SCREEN.get_or_init(embedded)
}

fn empty() -> Screen {
    Screen {
        meta: ScreenMeta {
            id: String::new(),
            version: String::new(),
            title: Text::default(),
            last_reviewed: String::new(),
            sources: Vec::new(),
        },
        lexicon: Vec::new(),
        findings: Vec::new(),
        red_flags: Vec::new(),
    }
}

/// Gives the screen from its files, joined: engines built after this merge it into their KB.
/// The files are those scripts/postbuild.mjs writes, one language each: `screen.<lang>.json`
/// (what the start needs) and `screen-more.<lang>.json` (of the same shape, with what it left
/// empty, and an `extra` part of rules, findings and word groups that come after its own). A
/// file that does not parse leaves the screen as it was and returns the parser's message. Each
/// screen given stays in memory for the life of the program (a page gives a few).
pub fn provide(files: &[&str]) -> Result<(), String> {
    use serde_json::Value;
    let screen: Screen = match files {
        [] => return Err("no file of the general screen".to_string()),
        [one] => serde_json::from_str(one).map_err(|e| e.to_string())?,
        [first, rest @ ..] => {
            let mut joined: Value = serde_json::from_str(first).map_err(|e| e.to_string())?;
            let mut extra: Option<Value> = None;
            for more in rest {
                let mut more: Value = serde_json::from_str(more).map_err(|e| e.to_string())?;
                if let Some(x) = more.as_object_mut().and_then(|m| m.remove("extra")) {
                    match extra.as_mut() {
                        Some(e) => crate::kb::lang_files::fill_empty(e, x),
                        None => extra = Some(x),
                    }
                }
                crate::kb::lang_files::fill_empty(&mut joined, more);
            }
            if let Some(Value::Object(extra)) = extra {
                for (key, items) in extra {
                    if let (Some(Value::Array(list)), Value::Array(items)) = (joined.get_mut(&key), items) {
                        list.extend(items);
                    }
                }
            }
            serde_json::from_str(&joined.to_string()).map_err(|e| e.to_string())?
        }
    };
    let screen: &'static Screen = Box::leak(Box::new(screen));
    if let Ok(mut given) = PROVIDED.lock() {
        *given = Some(screen);
    }
    Ok(())
}

/// Adds the screen to `kb`. An entry of the KB with a screen entry's id extends it: a word
/// group or finding gets the screen's words and phrases too; a red flag keeps the screen's
/// trigger and level (with the KB's texts, and its extra `any` findings), and lowering that
/// level is an error. New entries go after the KB's own, so the KB's JSON paths stay valid.
/// Returns the problems found, with the KB's paths.
pub fn merge(kb: &mut KnowledgeBase, screen: &Screen) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in &screen.meta.sources {
        if !kb.meta.sources.iter().any(|k| k.id == s.id) {
            kb.meta.sources.push(s.clone());
        }
    }
    let lexicon: HashMap<String, usize> = kb.lexicon.iter().enumerate().map(|(i, g)| (g.id.0.clone(), i)).collect();
    for g in &screen.lexicon {
        match lexicon.get(g.id.as_str()) {
            Some(&i) => {
                union(&mut kb.lexicon[i].en, &g.en);
                union(&mut kb.lexicon[i].zh_tw, &g.zh_tw);
            }
            None => kb.lexicon.push(g.clone()),
        }
    }
    let findings: HashMap<String, usize> = kb.findings.iter().enumerate().map(|(i, f)| (f.id.0.clone(), i)).collect();
    for f in &screen.findings {
        match findings.get(f.id.as_str()) {
            Some(&i) => {
                let k = &mut kb.findings[i];
                k.general |= f.general;
                union(&mut k.phrases.en, &f.phrases.en);
                union(&mut k.phrases.zh_tw, &f.phrases.zh_tw);
                // The screen's more specific readings of the same words keep their place.
                union(&mut k.not_with, &f.not_with);
                if k.derived.is_none() {
                    k.derived.clone_from(&f.derived);
                } else if f.derived.is_some() && k.derived != f.derived {
                    out.push(Diagnostic::error(
                        format!("$.findings[{i}].derived"),
                        format!("`{}` is a general-screen finding; it must be read as the screen reads it", f.id),
                    ));
                }
            }
            None => kb.findings.push(f.clone()),
        }
    }
    let flags: HashMap<String, usize> = kb.red_flags.iter().enumerate().map(|(i, r)| (r.id.0.clone(), i)).collect();
    for r in &screen.red_flags {
        match flags.get(r.id.as_str()) {
            Some(&i) => {
                let k = &kb.red_flags[i];
                let p = format!("$.red_flags[{i}]");
                if k.level < r.level {
                    out.push(Diagnostic::error(
                        format!("{p}.level"),
                        format!(
                            "`{}` is a general-screen entry of level `{}`; a KB may not lower it",
                            r.id,
                            r.level.as_str()
                        ),
                    ));
                }
                if k.when.all != r.when.all
                    || r.when.any.iter().any(|f| !k.when.any.contains(f))
                    || k.when.none.iter().any(|f| !r.when.none.contains(f))
                {
                    out.push(Diagnostic::warning(
                        format!("{p}.when"),
                        format!("`{}` is a general-screen entry; the screen's trigger is kept", r.id),
                    ));
                }
                let mut merged = r.clone();
                merged.level = k.level.max(r.level);
                // The KB knows its causes; the screen has none.
                merged.condition = k.condition.clone().or(merged.condition);
                union(&mut merged.when.any, &k.when.any);
                for (mine, theirs) in [(&mut merged.label, &k.label), (&mut merged.action, &k.action)] {
                    if !theirs.is_empty() {
                        *mine = theirs.clone();
                    }
                }
                kb.red_flags[i] = merged;
            }
            None => {
                // A screen rule may name the cause it warns of ("meningitis"); a KB without that
                // cause keeps the rule without it.
                let mut r = r.clone();
                r.condition = r.condition.filter(|id| kb.conditions.iter().any(|c| &c.id == id));
                kb.red_flags.push(r);
            }
        }
    }
    out
}

/// Appends the items of `more` that `list` lacks.
fn union<T: PartialEq + Clone>(list: &mut Vec<T>, more: &[T]) {
    for m in more {
        if !list.contains(m) {
            list.push(m.clone());
        }
    }
}

/// True when a JSON text is a screen file rather than a KB (it has no `conditions`).
pub fn is_screen_file(json: &str) -> bool {
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(json)
        .is_ok_and(|m| !m.contains_key("conditions") && m.contains_key("red_flags"))
}

/// Validates a screen file on its own: parsed, merged into an empty KB and checked like a KB,
/// and every rule names who to see. Errors first.
pub fn lint(json: &str) -> Vec<Diagnostic> {
    let screen: Screen = match serde_json::from_str(json) {
        Ok(s) => s,
        Err(e) => return vec![Diagnostic::error("$", e.to_string())],
    };
    let mut kb = as_kb(&screen);
    let mut out = merge(&mut kb, &screen);
    let phrases = crate::text::matcher::PhraseIndex::build(&kb);
    out.extend(crate::kb::validate::validate(&kb, &phrases));
    for (i, r) in screen.red_flags.iter().enumerate() {
        if r.see.is_none() {
            out.push(Diagnostic::error(format!("$.red_flags[{i}].see"), "a screen rule names who to see"));
        }
        if r.sources.is_empty() {
            out.push(Diagnostic::error(format!("$.red_flags[{i}].sources"), "name at least one source"));
        }
    }
    crate::sorting::sort_by(&mut out, |a, b| {
        (a.severity != crate::kb::diagnostics::Severity::Error)
            .cmp(&(b.severity != crate::kb::diagnostics::Severity::Error))
    });
    out
}

/// A KB holding only the screen's identity, to validate the screen on its own.
pub fn as_kb(screen: &Screen) -> KnowledgeBase {
    let m = &screen.meta;
    KnowledgeBase {
        meta: crate::schema::Meta {
            id: m.id.clone(),
            version: m.version.clone(),
            title: m.title.clone(),
            languages: vec![crate::Lang::En, crate::Lang::ZhTw],
            last_reviewed: m.last_reviewed.clone(),
            disclaimer: m.title.clone(),
            emergency_number: "112".to_string(),
            sources: Vec::new(),
        },
        lexicon: Vec::new(),
        findings: Vec::new(),
        red_flags: Vec::new(),
        conditions: Vec::new(),
        questions: Vec::new(),
        articles: Default::default(),
        topics: Vec::new(),
    }
}
