//! One answer per complaint (`CheckResult::complaints`): the seed question's twitch and tingling
//! palms are answered apart in both languages and stay apart after an answer; one complaint told
//! in several findings, or an emergency, is answered as one; and over every suite request the
//! complaints agree with the check (each has causes, none is more urgent than the check, the
//! most urgent is the check's level, no finding is in two).

use std::collections::BTreeSet;

use symptom_engine::contract::ComplaintResult;
use symptom_engine::{CheckResult, Engine, Request, Triage};

fn engine() -> Engine {
    Engine::bundled().expect("bundled KB")
}

fn check(engine: &Engine, req: serde_json::Value) -> CheckResult {
    let req: Request = serde_json::from_value(req).expect("request");
    engine.check(&req)
}

/// The complaint that groups `finding`.
fn holding<'a>(r: &'a CheckResult, finding: &str) -> &'a ComplaintResult {
    r.complaints
        .iter()
        .find(|c| c.findings.iter().any(|f| f == finding))
        .unwrap_or_else(|| panic!("no complaint holds {finding}: {:#?}", r.complaints))
}

fn causes(c: &ComplaintResult) -> Vec<&str> {
    c.conditions.iter().map(|x| x.id.as_str()).collect()
}

#[test]
fn the_seed_question_is_two_complaints_in_both_languages() {
    let engine = engine();
    for (text, twitch) in [
        (
            "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side",
            "facial_twitch",
        ),
        ("眼皮一直跳兩個禮拜了，另外醒來兩手手掌麻麻的", "eyelid_twitch"),
    ] {
        let r = check(&engine, serde_json::json!({ "text": text }));
        assert_eq!(r.complaints.len(), 2, "{text}: {:#?}", r.complaints);
        let palms = holding(&r, "hand_numbness");
        let face = holding(&r, twitch);
        assert_ne!(palms, face, "{text}");
        assert!(causes(palms).iter().any(|c| ["carpal_tunnel", "positional_paresthesia"].contains(c)), "{text}");
        assert!(
            causes(face).iter().any(|c| ["benign_fasciculation", "eyelid_myokymia"].contains(c)),
            "{text}: {:?}",
            causes(face)
        );
        assert!(!face.label.is_empty() && !palms.label.is_empty());
        assert!(face.action.is_some() && palms.action.is_some());
    }
}

#[test]
fn a_yes_for_one_complaint_leaves_the_other_its_cause() {
    // One list of causes lost the twitch's cause once carpal tunnel grew; each complaint's
    // causes are ranked among its own.
    let r = check(
        &engine(),
        serde_json::json!({
            "text": "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side",
            "answers": {"q_thumb_fingers": "yes", "q_facial_droop": "no", "q_arm_weakness": "no"}
        }),
    );
    assert_eq!(causes(holding(&r, "hand_numbness")).first(), Some(&"carpal_tunnel"));
    assert!(causes(holding(&r, "facial_twitch")).contains(&"benign_fasciculation"), "{:#?}", r.complaints);
}

#[test]
fn one_complaint_or_an_emergency_is_answered_as_one() {
    let engine = engine();
    for text in [
        // Several findings from the same words.
        "When I'm drifting off to sleep my whole body jolts awake, a few times a week",
        "每次快要睡著的時候，身體會突然抽一下，然後就整個嚇醒",
        // One cause explains both.
        "my face has been drooping on the left since this morning and I can't close my left eye",
        // An emergency: its action first.
        "my dad's face is drooping on one side and he can't lift his arm, and his knee has hurt for years",
    ] {
        let r = check(&engine, serde_json::json!({ "text": text }));
        assert!(r.complaints.is_empty(), "{text}: {:#?}", r.complaints);
    }
}

#[test]
fn complaints_agree_with_the_check_on_every_suite_request() {
    let engine = engine();
    let root = format!("{}/../eval", env!("CARGO_MANIFEST_DIR"));
    let (mut seen, mut split) = (0, 0);
    for file in ["vignettes.jsonl", "neuro-blind.jsonl", "general.jsonl"] {
        let text = std::fs::read_to_string(format!("{root}/{file}")).expect("suite");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: serde_json::Value = serde_json::from_str(line).expect("case");
            let req = serde_json::json!({
                "text": case["text"], "age": case["age"], "sex": case["sex"], "lang": case["lang"]
            });
            let r = check(&engine, req);
            seen += 1;
            if r.complaints.is_empty() {
                continue;
            }
            split += 1;
            let id = &case["id"];
            assert!(r.complaints.len() >= 2, "{id}");
            assert_ne!(r.triage, Some(Triage::Emergency), "{id}: an emergency is answered as one");
            let levels: Vec<Option<Triage>> = r.complaints.iter().map(|c| c.triage).collect();
            assert!(levels.iter().all(|&l| l <= r.triage), "{id}: a complaint above the check: {levels:?}");
            assert_eq!(levels.iter().copied().max().flatten(), r.triage, "{id}: no complaint at the check's level");
            assert!(levels.windows(2).all(|w| w[0] >= w[1]), "{id}: most urgent first");
            let present: BTreeSet<&str> = r.findings.iter().filter(|f| f.present).map(|f| f.id.as_str()).collect();
            let mut grouped = BTreeSet::new();
            for c in &r.complaints {
                assert!(!c.conditions.is_empty(), "{id}: a complaint without causes");
                for f in &c.findings {
                    assert!(present.contains(f.as_str()), "{id}: {f} is not a present finding");
                    assert!(grouped.insert(f.as_str()), "{id}: {f} is in two complaints");
                }
            }
        }
    }
    println!("{split} of {seen} suite requests are answered as two or more complaints");
    assert!(split > 0 && split < seen / 4, "{split} of {seen}");
}
