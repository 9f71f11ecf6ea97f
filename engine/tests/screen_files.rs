//! The general screen and the bundled KB as the widget receives them: split into the part the
//! start needs and a `-more` part of the same shape (scripts/postbuild.mjs), joined again by
//! `kb::screen::provide` and `Engine::bundled_from_parts`. Its own test binary: `provide` sets
//! the screen of the whole process.

use serde_json::{json, Value};
use symptom_engine::kb::screen::{bundled, provide, Screen};
use symptom_engine::{Engine, Request, Triage};

#[test]
fn a_screen_split_into_a_start_and_a_more_file_is_joined_whole() {
    let whole: Value = serde_json::from_str(symptom_engine::BUNDLED_SCREEN).expect("screen");
    let original: Screen = serde_json::from_value(whole.clone()).expect("screen");
    // The start: the emergency rules without their self-care; the more file: their self-care
    // in place, and the other rules as an `extra` part.
    let rules = whole["red_flags"].as_array().expect("rules").clone();
    let (first, rest): (Vec<Value>, Vec<Value>) = rules.into_iter().partition(|r| r["level"] == "emergency");
    let mut start = whole.clone();
    start["red_flags"] = first
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.as_object_mut().expect("rule").remove("self_care");
            r
        })
        .collect();
    let care: Vec<Value> =
        first.iter().map(|r| json!({ "self_care": r.get("self_care").cloned().unwrap_or(json!([])) })).collect();
    // The findings' labels wait for the more file too, in their places.
    let mut labels = Vec::new();
    for f in start["findings"].as_array_mut().expect("findings") {
        labels.push(json!({ "label": f["label"].take() }));
        f["label"] = json!({});
    }
    let more = json!({ "findings": labels, "red_flags": care, "extra": { "red_flags": rest } });
    provide(&[&start.to_string(), &more.to_string()]).expect("joined");
    let joined = bundled();
    assert_eq!(joined.findings, original.findings);
    assert_eq!(joined.red_flags.len(), original.red_flags.len());
    for r in &original.red_flags {
        let j = joined.red_flags.iter().find(|x| x.id == r.id).expect("every rule");
        assert_eq!(j, r);
    }
    // The engine made afterwards has the whole screen: a minor complaint gets its level.
    let engine = Engine::bundled().expect("bundled KB");
    let r = engine.check(&Request::text("I've had a sore throat since yesterday, no fever"));
    assert_eq!(r.triage, Some(Triage::SelfCare), "{}", r.message);
    assert!(provide(&["{"]).is_err(), "a broken file is refused");
}

#[test]
fn a_kb_file_without_its_questions_labels_and_texts_is_filled_in_by_its_more_file() {
    let core: Value = serde_json::from_str(symptom_engine::BUNDLED_CORE).expect("core");
    let mut page = core.clone();
    page["questions"] = json!([]);
    let mut names = Vec::new();
    for c in page["conditions"].as_array_mut().expect("conditions") {
        names.push(json!({ "name": c["name"].take(), "description": c["description"].take() }));
        c["name"] = json!({});
        c["description"] = json!({});
    }
    let mut labels = Vec::new();
    for f in page["findings"].as_array_mut().expect("findings") {
        labels.push(json!({ "label": f["label"].take() }));
        f["label"] = json!({});
    }
    let more = json!({ "questions": core["questions"], "findings": labels, "conditions": names });
    let whole = Engine::bundled_from(symptom_engine::BUNDLED_CORE, None, None).expect("whole");
    let joined = Engine::bundled_from_parts(&page.to_string(), &[&more.to_string()], None).expect("joined");
    assert_eq!(joined.kb().questions, whole.kb().questions);
    assert_eq!(joined.kb().findings, whole.kb().findings);
    assert_eq!(joined.kb().conditions, whole.kb().conditions);
    let alone = Engine::bundled_from_parts(&page.to_string(), &[], None).expect("the start part alone");
    assert!(alone.kb().questions.is_empty());
}
