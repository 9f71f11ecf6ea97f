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
    let flags = r.red_flags.iter().map(|f| f.id.0.clone()).collect();
    let findings = r.findings.iter().map(|f| format!("{}{}", if f.present { "+" } else { "-" }, f.id)).collect();
    (flags, findings)
}

#[test]
fn every_red_flag_has_phrases_and_every_entry_is_a_red_flag() {
    let engine = Engine::bundled().expect("bundled KB");
    let data = phrases();
    // The KB's own red flags; the general screen's rules are tested in tests/screen.rs.
    let screen = symptom_engine::kb::screen::bundled();
    let kb_ids: Vec<&str> = engine
        .kb()
        .red_flags
        .iter()
        .map(|r| r.id.as_str())
        .filter(|id| data.contains_key(*id) || !screen.red_flags.iter().any(|s| s.id.as_str() == *id))
        .collect();
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

/// "Weak on that side" is one side of the body unless a more specific finding reads the same
/// clause (`not_with`): a weak side of the face stays the facial palsy's red flag, and a side
/// of the body named with its arm and leg stays arm and leg weakness (no evidence counted twice).
#[test]
fn weakness_of_one_side_gives_way_to_the_face_and_to_the_limbs() {
    let engine = Engine::bundled().expect("bundled KB");
    // (text, language, read as one side of the body, the finding that reads it otherwise)
    let cases = [
        ("I feel weak on my right side", Lang::En, true, None),
        ("my left side is weak since this morning", Lang::En, true, None),
        ("右半邊沒力", Lang::ZhTw, true, None),
        (
            "Painful blisters in my ear and my face became weak on that side today.",
            Lang::En,
            false,
            Some("facial_droop"),
        ),
        ("one side of my face is weak", Lang::En, false, Some("facial_droop")),
        ("我右邊的臉沒力", Lang::ZhTw, false, Some("facial_droop")),
        // Read as a weak arm and leg on one side, which make one side of the body weak
        // (`derived.all_of`).
        ("my whole left side is weak", Lang::En, true, Some("arm_weakness")),
        ("左手左腳突然都沒力氣", Lang::ZhTw, true, Some("arm_weakness")),
    ];
    for (text, lang, body, other) in cases {
        let (flags, findings) = fired(&engine, text, lang, None);
        let read = findings.contains(&"+one_side_body_weakness".to_string());
        assert_eq!(read, body, "{text}: {findings:?}");
        assert_eq!(flags.contains(&"stroke_one_side_weak".to_string()), body, "{text}: {flags:?}");
        if let Some(id) = other {
            assert!(findings.contains(&format!("+{id}")), "{text}: {findings:?}");
        }
    }
}

#[test]
fn a_fired_warning_sign_puts_its_cause_first_to_rule_out() {
    let engine = Engine::bundled().expect("bundled KB");
    for (text, cause) in [
        // One detail (a change in taste) fits Bell's palsy; the banner says stroke.
        ("my face is drooping on one side, food tastes odd and my arm went weak an hour ago", "stroke_tia"),
        (
            "lifting weights the worst headache of my life hit me in a second, now my neck is stiff",
            "subarachnoid_haemorrhage",
        ),
        ("發燒 39 度，頭很痛，脖子僵硬", "meningitis"),
    ] {
        let r = engine.check(&Request { text: text.to_string(), age: Some(50), ..Request::default() });
        let first = r.conditions.first().expect("a cause");
        assert_eq!(first.id, cause, "{text}: {:?}", r.conditions.iter().map(|c| &c.id).collect::<Vec<_>>());
        assert!(first.rule_out_first, "{text}");
        assert!(r.conditions.iter().skip(1).all(|c| !c.rule_out_first || c.triage == first.triage));
    }
    // Without a warning sign, nothing is marked.
    let r = engine.check(&Request { text: "my eyelid twitches for a week".into(), ..Request::default() });
    assert!(r.conditions.iter().all(|c| !c.rule_out_first));
}
