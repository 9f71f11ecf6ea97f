//! The shipped knowledge base: lints clean and covers the seed pages' domain in both languages.

use std::collections::BTreeSet;

use symptom_engine::kb::lint;
use symptom_engine::{Engine, Request, BUNDLED_KB};

fn engine() -> Engine {
    Engine::bundled().expect("the bundled KB loads")
}

#[test]
fn the_shipped_kb_lints_clean() {
    let report = lint(BUNDLED_KB);
    let problems: Vec<String> = report.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(report.is_ok(), "{problems:#?}");
    assert!(problems.is_empty(), "warnings: {problems:#?}");
}

#[test]
fn the_embedded_kb_is_the_source_file_without_whitespace() {
    let source =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../kb/neuro.json")).expect("kb/neuro.json");
    let parsed = |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("valid JSON");
    assert_eq!(parsed(BUNDLED_KB), parsed(&source));
    assert!(BUNDLED_KB.len() < source.len() * 9 / 10, "{} of {} bytes", BUNDLED_KB.len(), source.len());
    assert!(!BUNDLED_KB.contains("\n  "), "indentation left in the embedded KB");
}

#[test]
fn the_kb_covers_the_seed_domain() {
    let engine = engine();
    let kb = engine.kb();
    assert!(kb.conditions.len() >= 30, "{} conditions", kb.conditions.len());
    assert!(kb.articles.len() >= 60, "{} articles", kb.articles.len());
    let topics: BTreeSet<&str> = kb.topics.iter().map(|t| t.id.as_str()).collect();
    for seed_topic in [
        "facial_numbness",
        "facial_twitching",
        "facial_and_hand_numbness",
        "sleep",
        "facial_nerve_palsy",
        "scalp_numbness",
        "lip_numbness",
        "eyelid_twitching",
        "foot_numbness",
        "tingling",
        "face",
        "trigeminal_neuralgia",
        "nerve_damage",
        "neck",
        "nerve_compression",
    ] {
        assert!(topics.contains(seed_topic), "missing topic {seed_topic}");
        let topic = kb.topics.iter().find(|t| t.id.as_str() == seed_topic).expect("topic");
        assert!(!topic.articles.is_empty(), "topic {seed_topic} has no articles");
    }
    let conditions: BTreeSet<&str> = kb.conditions.iter().map(|c| c.id.as_str()).collect();
    for required in [
        "eyelid_myokymia",
        "benign_fasciculation",
        "positional_paresthesia",
        "hypnic_jerks",
        "anxiety_paresthesia",
        "carpal_tunnel",
        "ulnar_neuropathy",
        "thoracic_outlet",
        "cervical_radiculopathy",
        "lumbar_radiculopathy",
        "hemifacial_spasm",
        "blepharospasm",
        "trigeminal_neuralgia",
        "occipital_neuralgia",
        "tmj_disorder",
        "diabetic_neuropathy",
        "b12_neuropathy",
        "restless_legs",
        "tic_disorder",
        "meralgia_paresthetica",
        "peroneal_palsy",
        "exploding_head",
        "myasthenia_gravis",
        "bells_palsy",
        "ramsay_hunt",
        "shingles",
        "ms_relapse",
        "giant_cell_arteritis",
        "hypocalcaemia",
        "stroke_tia",
        "guillain_barre",
        "cauda_equina",
        "spinal_cord_compression",
    ] {
        assert!(conditions.contains(required), "missing condition {required}");
    }
    // Every condition and article names its sources, and each source is in the catalogue.
    let catalogue: BTreeSet<&str> = kb.meta.sources.iter().map(|s| s.id.as_str()).collect();
    for c in &kb.conditions {
        assert!(!c.sources.is_empty(), "condition {} has no source", c.id.as_str());
        assert!(!c.icd10.is_empty(), "condition {} has no ICD-10 code", c.id.as_str());
        assert!(!c.tests.is_empty() && !c.self_care.is_empty() && !c.seek_help.is_empty(), "{}", c.id.as_str());
    }
    for a in &kb.articles {
        assert!(!a.sources.is_empty(), "article {} has no source", a.id.as_str());
        assert!(a.sources.iter().all(|s| catalogue.contains(s.as_str())), "article {}", a.id.as_str());
    }
    for s in &kb.meta.sources {
        assert!(s.url.starts_with("https://"), "source {} url {}", s.id.as_str(), s.url);
    }
}

#[test]
fn every_text_is_in_both_languages() {
    // Walk the raw JSON: every object with an "en" string must have a non-empty "zh-TW" string.
    fn walk(v: &serde_json::Value, path: &str, bad: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(en)) = map.get("en") {
                    let zh = map.get("zh-TW").and_then(|z| z.as_str()).unwrap_or("");
                    if en.trim().is_empty() || zh.trim().is_empty() {
                        bad.push(path.to_owned());
                    }
                }
                for (k, v) in map {
                    walk(v, &format!("{path}.{k}"), bad);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, &format!("{path}[{i}]"), bad);
                }
            }
            _ => {}
        }
    }
    let v: serde_json::Value = serde_json::from_str(BUNDLED_KB).expect("json");
    let mut bad = Vec::new();
    walk(&v, "$", &mut bad);
    assert!(bad.is_empty(), "texts missing a language: {bad:#?}");
    // Phrase lists: every non-derived finding can be said in both languages.
    let engine = engine();
    for f in &engine.kb().findings {
        if f.derived.is_none() {
            assert!(!f.phrases.en.is_empty() && !f.phrases.zh_tw.is_empty(), "finding {} phrases", f.id.as_str());
        }
    }
}

#[test]
fn the_bundled_fast_path_answers_like_the_validated_path() {
    let fast = engine();
    let full = Engine::from_json(BUNDLED_KB).expect("the bundled KB validates");
    // The empty message first: the fast engine answers it before its phrase index exists.
    for text in
        ["", "  ", "My left eyelid has been twitching for four days", "這幾天人中一直抽動，醒來兩手手掌會麻麻的"]
    {
        let request = symptom_engine::Request::text(text);
        let (a, b) = (fast.check(&request), full.check(&request));
        assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap(), "{text}");
    }
}

#[test]
fn a_condition_outside_its_age_limits_is_not_offered() {
    // Giant cell arteritis declares a factor of 0 below 50: not down-weighted but absent.
    let engine = engine();
    let text = "my temples ache and my jaw gets tired and sore when I chew";
    let ids = |age: u32| -> Vec<String> {
        let request = Request { text: text.to_string(), age: Some(age), ..Request::default() };
        engine.check(&request).conditions.iter().map(|c| c.id.to_string()).collect()
    };
    assert!(ids(72).iter().any(|c| c == "giant_cell_arteritis"), "{:?}", ids(72));
    assert!(!ids(30).iter().any(|c| c == "giant_cell_arteritis"), "{:?}", ids(30));
}

#[test]
fn a_message_not_understood_gets_the_closest_findings_and_an_understood_one_none() {
    let engine = engine();
    let ask = |text: &str| engine.check(&Request { text: text.to_string(), ..Request::default() });
    let r = ask("my arm feels kinda off and odd");
    // A complaint not read is no dead end: soon, said as unsure, with findings to tap.
    assert_eq!(r.triage, Some(symptom_engine::Triage::Soon));
    assert!(r.uncertain && r.message.contains("could not tell"), "{}", r.message);
    let r2 = ask("腳最近怪怪的，說不上來");
    assert_eq!(r2.triage, Some(symptom_engine::Triage::Soon), "{:?}", r2.suggestions);
    // A question with no complaint in it, or no medical words at all, stays without a level.
    for text in ["How do I lower my cholesterol?", "hi, is this thing on?", "想問近視雷射要怎麼選診所？"] {
        assert!(ask(text).triage.is_none(), "{text}");
    }
    let ids: Vec<&str> = r.suggestions.iter().map(|s| s.id.as_str()).collect();
    assert!(!ids.is_empty() && ids.len() <= 4, "{ids:?}");
    assert!(ids.iter().take(3).all(|id| id.contains("arm")), "the arm's findings, not vague matches: {ids:?}");
    let r = ask("something is odd with my vision");
    assert!(r.suggestions.iter().take(3).all(|s| s.label.contains("vision")), "{:?}", r.suggestions);
    let r = ask("我的手怪怪的");
    assert!(r.suggestions.first().is_some_and(|s| s.id.as_str().starts_with("hand")), "{:?}", r.suggestions);
    assert!(ask("my left eyelid has been twitching for three days").suggestions.is_empty());
}

/// Words that look like a symptom and are not: each message must not read the finding named
/// beside it, and its control message (the real symptom) reads the finding named last.
#[test]
fn look_alike_words_are_not_read_as_symptoms() {
    let engine = engine();
    let read = |text: &str| -> Vec<String> {
        let request = Request { text: text.to_string(), age: Some(40), ..Request::default() };
        engine.check(&request).findings.iter().filter(|f| f.present).map(|f| f.id.0.clone()).collect()
    };
    for (text, not, control, wanted) in [
        (
            "it only hurts when I press one spot on a rib",
            "pregnancy_spotting",
            "some spotting after sex",
            "pregnancy_spotting",
        ),
        ("I carried a sofa up three flights of stairs", "clot_risk", "I just got off a long flight", "clot_risk"),
        ("mum gave her a bath this afternoon", "fatigable_weakness", "my legs keep giving out", "leg_weakness"),
        ("he threw the ball for the dog", "vomiting", "she threw up twice", "vomiting"),
        ("I lost my keys again", "hand_numbness", "I have no feeling in my hand", "hand_numbness"),
        ("今天好熱 台北快要40度了", "fever_measured", "小孩發燒 量起來39度", "fever_measured"),
        ("我兒子睡前會抖一下 這樣是癲癇嗎", "witnessed_seizure", "他癲癇發作 全身抽搐", "witnessed_seizure"),
        ("I wear a heavy belt at work", "fatigue", "I'm exhausted all the time", "fatigue"),
    ] {
        let ids = read(text);
        assert!(!ids.iter().any(|f| f == not), "{text:?} read {not}: {ids:?}");
        let ids = read(control);
        assert!(ids.iter().any(|f| f == wanted), "{control:?} did not read {wanted}: {ids:?}");
    }
}

/// An older adult's warning sign (giant cell arteritis, from 50) fires when the age is not
/// given and not for a 38-year-old; a child's rule needs the age.
#[test]
fn an_unknown_age_fires_an_older_adults_sign() {
    let engine = engine();
    let flags = |age: Option<u32>| -> Vec<String> {
        let text = "I see double and my temples hurt";
        let request = Request { text: text.to_string(), age, ..Request::default() };
        engine.check(&request).red_flags.iter().map(|f| f.id.0.clone()).collect()
    };
    assert!(flags(None).iter().any(|f| f == "gca_double_vision"), "{:?}", flags(None));
    assert!(flags(Some(72)).iter().any(|f| f == "gca_double_vision"), "{:?}", flags(Some(72)));
    assert!(!flags(Some(38)).iter().any(|f| f == "gca_double_vision"), "{:?}", flags(Some(38)));
}
