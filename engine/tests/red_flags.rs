//! Every red flag of the shipped KB, fired from a patient's own words in English and in
//! Traditional Chinese, and not fired when the same words are negated.
//!
//! The phrases live in `tests/data/red_flag_phrases.json`: `{flag_id: {"en": [...], "zh-TW":
//! [...], "negated": [...], "age": optional}}`. The test fails when a KB red flag has no entry
//! (a new flag must come with its phrases), when an entry names a flag the KB lacks, when a
//! phrase does not fire its flag, or when a negated phrase does.

use std::collections::BTreeMap;

use serde::Deserialize;
use symptom_engine::{Engine, Lang, Request};

#[derive(Debug, Deserialize)]
struct Phrases {
    en: Vec<String>,
    #[serde(rename = "zh-TW")]
    zh_tw: Vec<String>,
    negated: Vec<String>,
    #[serde(default)]
    age: Option<u32>,
}

fn phrases() -> BTreeMap<String, Phrases> {
    serde_json::from_str(include_str!("data/red_flag_phrases.json")).expect("red_flag_phrases.json parses")
}

fn fired(engine: &Engine, text: &str, lang: Lang, age: Option<u32>) -> (Vec<String>, Vec<String>) {
    let request = Request { text: text.to_string(), lang: Some(lang), age, ..Request::default() };
    let r = engine.check(&request);
    let flags = r.red_flags.iter().map(|f| f.id.clone()).collect();
    let findings = r.findings.iter().map(|f| format!("{}{}", if f.present { "+" } else { "-" }, f.id)).collect();
    (flags, findings)
}

#[test]
fn every_red_flag_has_phrases_and_every_entry_is_a_red_flag() {
    let engine = Engine::bundled().expect("bundled KB");
    let data = phrases();
    let kb_ids: Vec<&str> = engine.kb().red_flags.iter().map(|r| r.id.as_str()).collect();
    let missing: Vec<&&str> = kb_ids.iter().filter(|id| !data.contains_key(**id)).collect();
    assert!(missing.is_empty(), "red flags without phrases: {missing:?}");
    let unknown: Vec<&String> = data.keys().filter(|k| !kb_ids.contains(&k.as_str())).collect();
    assert!(unknown.is_empty(), "phrases for unknown red flags: {unknown:?}");
    for (id, p) in &data {
        assert!(!p.en.is_empty() && !p.zh_tw.is_empty() && !p.negated.is_empty(), "{id}: en, zh-TW and negated");
    }
}

#[test]
fn each_red_flag_fires_from_its_phrases_in_both_languages_and_not_when_negated() {
    let engine = Engine::bundled().expect("bundled KB");
    let mut failures = Vec::new();
    for (id, p) in phrases() {
        let cases = p.en.iter().map(|t| (t, Lang::En, true)).chain(p.zh_tw.iter().map(|t| (t, Lang::ZhTw, true)));
        for (text, lang, want) in cases.chain(p.negated.iter().map(|t| (t, Lang::En, false))) {
            let (flags, findings) = fired(&engine, text, lang, p.age);
            if flags.contains(&id) != want {
                let verb = if want { "does not fire" } else { "fires" };
                failures.push(format!("{id}: {text:?} {verb} it (flags {flags:?}, findings {findings:?})"));
            }
        }
    }
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

/// "Weak on that side" is one side of the body, unless the face is what is weak (`not_with`):
/// a facial palsy must stay the facial palsy's red flag, not a stroke of one side of the body.
#[test]
fn weakness_of_one_side_of_the_face_is_not_weakness_of_one_side_of_the_body() {
    let engine = Engine::bundled().expect("bundled KB");
    for (text, lang) in [
        ("I feel weak on my right side", Lang::En),
        ("my left side is weak since this morning", Lang::En),
        ("右半邊沒力", Lang::ZhTw),
    ] {
        let (flags, findings) = fired(&engine, text, lang, None);
        assert!(findings.contains(&"+one_side_body_weakness".to_string()), "{text}: {findings:?}");
        assert!(flags.contains(&"stroke_one_side_weak".to_string()), "{text}: {flags:?}");
    }
    for (text, lang) in [
        ("Painful blisters in my ear and my face became weak on that side today.", Lang::En),
        ("one side of my face is weak", Lang::En),
        ("我右邊的臉沒力", Lang::ZhTw),
    ] {
        let (flags, findings) = fired(&engine, text, lang, None);
        assert!(findings.contains(&"+facial_droop".to_string()), "{text}: {findings:?}");
        assert!(!findings.contains(&"+one_side_body_weakness".to_string()), "{text}: {findings:?}");
        assert!(!flags.contains(&"stroke_one_side_weak".to_string()), "{text}: {flags:?}");
    }
}
