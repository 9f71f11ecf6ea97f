//! The general safety screen (`kb/screen.json`): valid on its own, merged into every KB (a
//! clinic KB without it still gets it, and cannot lower an entry), every rule fired from its
//! own findings' phrases in both languages and not when they are denied, and vital signs, a
//! baby's age and an episode that is over read as numbers and words.

use symptom_engine::kb::screen;
use symptom_engine::schema::KnowledgeBase;
use symptom_engine::{Engine, Lang, Request, Triage};

fn check(engine: &Engine, text: &str, age: Option<f64>) -> symptom_engine::CheckResult {
    let req: Request = serde_json::from_value(serde_json::json!({"text": text, "age": age})).expect("request");
    engine.check(&req)
}

/// The ids of the findings read as present from `text` (a patient of `age`).
fn present(engine: &Engine, text: &str, age: f64) -> Vec<String> {
    check(engine, text, Some(age)).findings.iter().filter(|f| f.present).map(|f| f.id.0.clone()).collect()
}

#[test]
fn the_bundled_screen_lints_clean() {
    let diagnostics = screen::lint(symptom_engine::BUNDLED_SCREEN);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    assert!(screen::bundled().red_flags.len() >= 100, "the screen covers every body system");
}

#[test]
fn a_clinic_kb_without_the_screen_still_gets_it() {
    let clinic = include_str!("../../tests/fixtures/kb.json");
    let engine = Engine::from_json(clinic).expect("the fixture KB validates with the screen merged");
    for (text, want) in [
        ("I have crushing chest pain and I'm sweating", Triage::Emergency),
        ("我胸口很悶，一直冒冷汗", Triage::Emergency),
        ("I took a whole bottle of my sleeping pills", Triage::Emergency),
        ("Presents with cough and fever. SpO2 88% on room air, RR 30.", Triage::Emergency),
    ] {
        let r = check(&engine, text, Some(40.0));
        assert_eq!(r.triage, Some(want), "{text}: {:?}", r.red_flags.iter().map(|f| &f.id).collect::<Vec<_>>());
        assert!(r.red_flags.iter().any(|f| f.screen && f.see.is_some()), "{text}");
    }
}

#[test]
fn a_clinic_kb_cannot_lower_a_screen_entry() {
    let mut kb: KnowledgeBase = serde_json::from_str(include_str!("../../tests/fixtures/kb.json")).expect("fixture");
    let mut flag = kb.red_flags[0].clone();
    flag.id = "chest_pain".into();
    flag.level = Triage::Soon;
    kb.red_flags.push(flag);
    let text = serde_json::to_string(&kb).expect("json");
    let report = symptom_engine::kb::lint(&text);
    let lowered = report.diagnostics.iter().find(|d| d.message.contains("may not lower"));
    assert!(lowered.is_some(), "{:#?}", report.diagnostics);
    assert!(Engine::from_json(&text).is_err());
}

#[test]
fn outside_the_specialty_no_cause_is_forced_and_the_message_says_so() {
    let engine = Engine::bundled().expect("bundled");
    for text in ["I have a cough and a runny nose", "咳嗽流鼻水", "I twisted my ankle a little, it is sore"] {
        let r = check(&engine, text, Some(30.0));
        assert_eq!(r.triage, Some(Triage::SelfCare), "{text}");
        assert!(r.conditions.is_empty(), "{text}: {:?}", r.conditions);
        assert!(r.outside_specialty, "{text}");
        assert!(r.red_flags.iter().any(|f| f.see_label.is_some() && !f.self_care.is_empty()), "{text}");
    }
}

#[test]
fn beside_an_emergency_of_the_screen_a_cause_needs_two_complaints_or_one_the_emergency_names() {
    let engine = Engine::bundled().expect("bundled");
    // A burst aorta: the back pain makes no spinal cause beside the collapse.
    let aorta = "Triage note: sudden abdominal pain with low back pain for 1 hour, constant, sweaty. BP 86/52, HR 122, pulsatile mass in the midline";
    let r = check(&engine, aorta, Some(74.0));
    assert_eq!(r.triage, Some(Triage::Emergency), "{aorta}");
    assert!(r.conditions.is_empty(), "{:?}", r.conditions.iter().map(|c| &c.id).collect::<Vec<_>>());
    // A curtain over one eye for five minutes: the emergency names the loss of sight, which the
    // mini-stroke explains.
    let eye =
        "last thursday it was like a blind came down over my left eye for about 5 minutes, then it lifted, fine since";
    let r = check(&engine, eye, Some(70.0));
    assert_eq!(r.triage, Some(Triage::Emergency), "{eye}");
    assert!(r.conditions.iter().any(|c| c.id.as_str() == "stroke_tia"), "{:?}", r.conditions);
}

#[test]
fn vital_signs_are_read_against_age_aware_thresholds() {
    let engine = Engine::bundled().expect("bundled");
    let level = |text: &str, age: f64| check(&engine, text, Some(age)).triage;
    assert_eq!(level("Presents with fever. T 39.4, HR 124, RR 28, BP 85/50.", 60.0), Some(Triage::Emergency));
    assert_eq!(level("體溫 39.2 度，心跳 130，血氧 91%，咳嗽", 70.0), Some(Triage::Emergency));
    // The same heart rate is normal for a toddler with a cold.
    assert_ne!(level("runny nose and cough, HR 124, RR 28, T 37.8", 2.0), Some(Triage::Emergency));
    assert_ne!(level("cough for two days, SpO2 98%, T 37.2, HR 80", 40.0), Some(Triage::Emergency));
    assert_eq!(level("blood sugar 2.1 mmol/L, sweaty and confused", 70.0), Some(Triage::Emergency));
}

#[test]
fn a_fever_in_a_baby_under_three_months_is_an_emergency() {
    let engine = Engine::bundled().expect("bundled");
    assert_eq!(check(&engine, "my 6-week-old has a fever", None).triage, Some(Triage::Emergency));
    assert_eq!(check(&engine, "寶寶發燒 38.3 度", Some(0.1)).triage, Some(Triage::Emergency));
    assert_eq!(check(&engine, "我的寶寶兩個月大，發燒了", None).triage, Some(Triage::Emergency));
    assert_ne!(check(&engine, "my son has a fever", Some(8.0)).triage, Some(Triage::Emergency));
}

#[test]
fn history_and_pregnancy_weeks_are_not_the_complaint() {
    let engine = Engine::bundled().expect("bundled");
    let r =
        check(&engine, "I had a heart attack ten years ago. Now I just have a runny nose and sneezing.", Some(68.0));
    assert_eq!(r.triage, Some(Triage::SelfCare), "{:?}", r.red_flags);
    let r = check(&engine, "I'm 28 weeks pregnant and my ankles swell a bit at night", Some(30.0));
    assert!(r.duration_days.is_none_or(|d| d < 7.0), "{:?}", r.duration_days);
    for t in ["寶寶6個月，今天開始流鼻水", "18個月的兒子今天開始咳嗽", "I'm 36 weeks with my first and have a cold"]
    {
        let r = check(&engine, t, Some(1.0));
        assert!(r.duration_days.is_none_or(|d| d < 7.0), "{t}: {:?}", r.duration_days);
    }
}

#[test]
fn drowsiness_that_has_worn_off_is_urgent_not_an_emergency() {
    let engine = Engine::bundled().expect("bundled");
    assert_eq!(check(&engine, "my dad is very drowsy and hard to wake", Some(70.0)).triage, Some(Triage::Emergency));
    let r = check(&engine, "after the fit he was hard to wake for a while, he is back to normal now", Some(30.0));
    assert_ne!(r.triage, Some(Triage::Emergency));
}

#[test]
fn a_count_of_tablets_is_an_overdose_even_when_the_patient_feels_fine_now() {
    let engine = Engine::bundled().expect("bundled");
    let r = check(&engine, "last night I took about 30 paracetamol, threw up once but now I feel ok", Some(19.0));
    assert_eq!(r.triage, Some(Triage::Emergency), "{:?}", r.red_flags);
    let r = check(&engine, "她昨天晚上吞了二十幾顆安眠藥，現在說沒事了", Some(45.0));
    assert_eq!(r.triage, Some(Triage::Emergency), "{:?}", r.red_flags);
    let r = check(&engine, "I took 2 paracetamol for a headache and it has gone", Some(30.0));
    assert_ne!(r.triage, Some(Triage::Emergency), "{:?}", r.red_flags);
}

#[test]
fn a_pregnancy_told_in_weeks_with_a_quiet_baby_is_an_emergency() {
    let engine = Engine::bundled().expect("bundled");
    let r =
        check(&engine, "I'm 34 weeks with my second and the baby has been really quiet since this morning", Some(31.0));
    assert_eq!(r.triage, Some(Triage::Emergency), "{:?}", r.red_flags);
    assert!(r.duration_days.is_none_or(|d| d < 7.0), "{:?}", r.duration_days);
}

#[test]
fn bare_blood_pressure_pairs_are_read_and_scores_are_not() {
    let engine = Engine::bundled().expect("bundled");
    let r = check(&engine, "my readings all week have been about 165/100, I feel fine", Some(55.0));
    assert_eq!(r.triage, Some(Triage::Soon), "{:?}", r.red_flags);
    let r = check(&engine, "my knee hurts 7/10 since 12/05 after a fall", Some(40.0));
    assert!(r.red_flags.iter().all(|f| !f.id.as_str().contains("bp")), "{:?}", r.red_flags);
}

#[test]
fn minor_strains_get_self_care_and_an_injury_that_cannot_bear_weight_does_not() {
    let engine = Engine::bundled().expect("bundled");
    for (text, age) in [
        ("two days after a hard gym session both my thighs are killing me, pee is a normal colour", 35.0),
        ("跑完步膝蓋外側會痠痛，休息幾天就好一點", 30.0),
    ] {
        let r = check(&engine, text, Some(age));
        assert_eq!(r.triage, Some(Triage::SelfCare), "{text}: {:?}", r.red_flags);
    }
    let r = check(&engine, "昨晚腳踝往內拐了一下，現在腫起來，腳完全不敢踩地", Some(45.0));
    assert_eq!(r.triage, Some(Triage::Urgent), "{:?}", r.red_flags);
}

#[test]
fn a_contraception_failure_is_urgent_and_plain_constipation_is_self_care() {
    let engine = Engine::bundled().expect("bundled");
    for text in ["the condom split last night and I'm not on any pill", "昨天保險套破掉了，月經還沒來"] {
        let r = check(&engine, text, Some(24.0));
        assert_eq!(r.triage, Some(Triage::Urgent), "{text}: {:?}", r.red_flags);
    }
    let r = check(&engine, "I haven't had a poo for four days, a bit bloated, still passing wind", Some(50.0));
    assert_eq!(r.triage, Some(Triage::SelfCare), "{:?}", r.red_flags);
}

#[test]
fn heartburn_that_goes_to_the_jaw_or_arm_is_an_emergency() {
    let engine = Engine::bundled().expect("bundled");
    let r = check(&engine, "it's probably heartburn but it goes up into my jaw and my left arm", Some(58.0));
    assert_eq!(r.triage, Some(Triage::Emergency), "{:?}", r.red_flags);
    let r = check(&engine, "heartburn after a big curry, antacids help", Some(40.0));
    assert_ne!(r.triage, Some(Triage::Emergency), "{:?}", r.red_flags);
}

/// The `k`-th phrase of a finding (or its last), with its `@group`s spelled out by their first
/// word in `lang`.
fn phrase(kb: &KnowledgeBase, id: &str, lang: Lang, k: usize) -> Option<String> {
    let f = kb.findings.iter().find(|f| f.id.as_str() == id)?;
    let list = match lang {
        Lang::En => &f.phrases.en,
        Lang::ZhTw => &f.phrases.zh_tw,
    };
    let p = list.get(k.min(list.len().saturating_sub(1)))?;
    let words: Vec<String> = p
        .split(' ')
        .map(|slot| match slot.strip_prefix('@') {
            Some(g) => kb
                .lexicon
                .iter()
                .find(|x| x.id.as_str() == g)
                .and_then(|x| match lang {
                    Lang::En => x.en.first(),
                    Lang::ZhTw => x.zh_tw.first(),
                })
                .cloned()
                .unwrap_or_default(),
            None => slot.to_string(),
        })
        .collect();
    Some(words.join(if lang == Lang::En { " " } else { "" }))
}

/// Every rule whose findings are all read from words fires from a phrase of each `all` finding
/// and of its first `any` finding (the first, or one of the next two when the first is read
/// as a more specific finding), in English and in Chinese, for an adult (or the rule's own
/// ages), with a small clinic KB of another specialty, and does not fire when each is denied
/// ("no …", 沒有…).
#[test]
fn every_screen_rule_fires_from_its_phrases_in_both_languages_and_not_when_denied() {
    // A clinic KB of another specialty: the screen must work on its own.
    let engine = Engine::from_json(include_str!("../../tests/fixtures/kb.json")).expect("fixture KB");
    let kb = engine.kb();
    let mut failures = Vec::new();
    let mut tested = 0;
    for rule in &screen::bundled().red_flags {
        let needed: Vec<&str> =
            rule.when.all.iter().map(|f| f.as_str()).chain(rule.when.any.first().map(|f| f.as_str())).collect();
        let derived = needed.iter().any(|id| kb.findings.iter().any(|f| f.id.as_str() == *id && measured(f)));
        if derived {
            continue;
        }
        let age = rule.age.map(|a| a.min.unwrap_or(0.0).max(a.max.map_or(0.0, |m| m / 2.0))).unwrap_or(40.0);
        for lang in [Lang::En, Lang::ZhTw] {
            let sep = if lang == Lang::En { ". " } else { "。" };
            let compose =
                |k: usize| needed.iter().filter_map(|id| phrase(kb, id, lang, k)).collect::<Vec<_>>().join(sep);
            let no = if lang == Lang::En { "no " } else { "沒有" };
            let denied = needed
                .iter()
                .filter_map(|id| phrase(kb, id, lang, 0))
                .map(|p| format!("{no}{p}"))
                .collect::<Vec<_>>()
                .join(sep);
            let fires = |t: &str| check(&engine, t, Some(age)).red_flags.iter().any(|f| f.id == rule.id.as_str());
            let text = compose(0);
            if !(0..3).any(|k| fires(&compose(k))) {
                failures.push(format!("{} ({}): {text:?} does not fire it", rule.id, lang.tag()));
            }
            if fires(&denied) {
                failures.push(format!("{} ({}): {denied:?} fires it", rule.id, lang.tag()));
            }
            tested += 1;
        }
    }
    assert!(tested >= 150, "{tested} rule-language pairs tested");
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

/// A finding read from a number, an age or a time rather than from words (a finding made of
/// others, `derived.all_of`, is still read from its own phrases).
fn measured(f: &symptom_engine::schema::Finding) -> bool {
    f.derived.as_ref().is_some_and(|d| d.all_of.is_empty())
}

/// Words for one derived finding, in `lang`, for a patient of `age`: a measured value beyond the
/// band's threshold (or, `normal`, well inside it), a duration or an onset. `None` when the
/// finding comes from the age alone (the request's age carries it) or cannot be written.
fn derived_words(d: &symptom_engine::schema::Derivation, lang: Lang, age: f64, normal: bool) -> Option<String> {
    use symptom_engine::schema::{Onset, VitalSign};
    let en = lang == Lang::En;
    if let Some(v) = &d.vital {
        // Any weeks of a pregnancy make it one: the normal message leaves them out.
        if v.sign == VitalSign::PregnancyWeeks && normal {
            return None;
        }
        let band = v.bands.iter().find(|b| b.age.is_none_or(|r| r.contains(age)))?;
        let step = match v.sign {
            VitalSign::Temperature | VitalSign::Glucose | VitalSign::Haemoglobin | VitalSign::Inr => 0.5,
            VitalSign::Potassium => 0.2,
            VitalSign::TabletCount => 2.0,
            _ => 3.0,
        };
        let value = match (band.at_least, band.at_most, normal) {
            (Some(t), _, false) => t + step,
            (Some(t), _, true) => t - 4.0 * step,
            (_, Some(t), false) => t - step,
            (_, Some(t), true) => t + 4.0 * step,
            _ => return None,
        };
        let value = match v.sign {
            VitalSign::Spo2 => value.min(99.0),
            VitalSign::Gcs => value.clamp(3.0, 15.0),
            VitalSign::TabletCount => value.max(1.0),
            _ => value,
        };
        let n = match v.sign {
            VitalSign::Temperature
            | VitalSign::Glucose
            | VitalSign::Potassium
            | VitalSign::Haemoglobin
            | VitalSign::Inr => format!("{value:.1}"),
            _ => format!("{value:.0}"),
        };
        return Some(match (v.sign, en) {
            (VitalSign::Temperature, true) => format!("temperature {n}"),
            (VitalSign::Temperature, false) => format!("體溫 {n} 度"),
            (VitalSign::Spo2, true) => format!("SpO2 {n}%"),
            (VitalSign::Spo2, false) => format!("血氧 {n}%"),
            (VitalSign::HeartRate, true) => format!("heart rate {n}"),
            (VitalSign::HeartRate, false) => format!("心跳 {n}"),
            (VitalSign::RespiratoryRate, true) => format!("respiratory rate {n}"),
            (VitalSign::RespiratoryRate, false) => format!("呼吸 {n} 次"),
            (VitalSign::SystolicBp, true) => format!("BP {n}/70"),
            (VitalSign::SystolicBp, false) => format!("血壓 {n}/70"),
            (VitalSign::DiastolicBp, true) => format!("BP 150/{n}"),
            (VitalSign::DiastolicBp, false) => format!("血壓 150/{n}"),
            (VitalSign::Glucose, true) => format!("blood sugar {n} mmol/L"),
            (VitalSign::Glucose, false) => format!("血糖 {n} mmol/L"),
            (VitalSign::Gcs, true) => format!("GCS {n}"),
            (VitalSign::Gcs, false) => format!("昏迷指數 {n}"),
            (VitalSign::TabletCount, true) => format!("I took {n} paracetamol tablets"),
            (VitalSign::TabletCount, false) => format!("我吞了 {n} 顆藥"),
            (VitalSign::PregnancyWeeks, true) => format!("I'm {n} weeks with my first"),
            (VitalSign::PregnancyWeeks, false) => format!("孕 {n} 週"),
            (VitalSign::Potassium, true) => format!("blood test: potassium {n} mmol/L"),
            (VitalSign::Potassium, false) => format!("抽血報告 血鉀 {n}"),
            (VitalSign::Sodium, true) => format!("blood test: Na {n}"),
            (VitalSign::Sodium, false) => format!("抽血報告 血鈉 {n}"),
            (VitalSign::Haemoglobin, true) => format!("blood count: Hb {n} g/dL"),
            (VitalSign::Haemoglobin, false) => format!("抽血報告 血紅素 {n}"),
            (VitalSign::Inr, true) => format!("on warfarin, INR today {n}"),
            (VitalSign::Inr, false) => format!("吃抗凝血劑 抽血 INR {n}"),
        });
    }
    if d.age.is_some() {
        return None;
    }
    if let Some(days) = d.duration_at_least_days.filter(|&d| d < 1.0) {
        let n = (days * 1440.0).ceil() as u32 + 2;
        return Some(match (en, normal) {
            (true, false) => format!("it has gone on for {n} minutes"),
            (false, false) => format!("已經{n}分鐘了"),
            (true, true) => "it lasted a few seconds".to_string(),
            (false, true) => "只有幾秒鐘".to_string(),
        });
    }
    if let Some(days) = d.duration_at_least_days {
        let n = days.ceil() as u32 + 2;
        return Some(match (en, normal) {
            (true, false) => format!("it has gone on for {n} days"),
            (false, false) => format!("已經{n}天了"),
            (true, true) => "it started this morning".to_string(),
            (false, true) => "今天早上開始".to_string(),
        });
    }
    if d.progressing == Some(true) {
        return (!normal).then(|| if en { "it is getting worse" } else { "越來越嚴重" }.to_string());
    }
    match (d.onset, en) {
        (Some(Onset::Sudden), true) => Some(if normal { "it came on gradually" } else { "it came on suddenly" }.into()),
        (Some(Onset::Sudden), false) => Some(if normal { "慢慢開始的" } else { "突然開始的" }.into()),
        _ => None,
    }
}

/// Every rule that uses a measured, aged or timed finding fires from a message with a value
/// beyond its threshold (for a patient of the ages its findings and the rule allow), in both
/// languages, with a small clinic KB of another specialty; with normal values and the other
/// findings denied it does not fire.
#[test]
fn every_screen_rule_with_measured_or_aged_findings_fires_and_not_when_normal() {
    let engine = Engine::from_json(include_str!("../../tests/fixtures/kb.json")).expect("fixture KB");
    let kb = engine.kb();
    let finding = |id: &str| kb.findings.iter().find(|f| f.id.as_str() == id);
    let mut failures = Vec::new();
    let mut tested = 0;
    for rule in &screen::bundled().red_flags {
        let needed: Vec<&str> =
            rule.when.all.iter().map(|f| f.as_str()).chain(rule.when.any.first().map(|f| f.as_str())).collect();
        if !needed.iter().any(|id| finding(id).is_some_and(measured)) {
            continue;
        }
        // The ages every age limit allows.
        let ranges = rule.age.into_iter().chain(needed.iter().filter_map(|id| finding(id)?.derived.as_ref()?.age));
        let (lo, hi) = ranges
            .fold((0.0f64, 100.0f64), |(lo, hi), r| (lo.max(r.min.unwrap_or(0.0)), hi.min(r.max.unwrap_or(100.0))));
        if lo >= hi {
            failures.push(format!("{}: no age fits its limits", rule.id));
            continue;
        }
        let age = if hi >= 100.0 { (lo + 10.0).clamp(40.0, 90.0) } else { (lo + hi) / 2.0 };
        for lang in [Lang::En, Lang::ZhTw] {
            let sep = if lang == Lang::En { ". " } else { "。" };
            let no = if lang == Lang::En { "no " } else { "沒有" };
            let words = |normal: bool| -> Option<String> {
                let mut parts = Vec::new();
                for id in &needed {
                    let f = finding(id)?;
                    match f.derived.as_ref().filter(|_| measured(f)) {
                        Some(d) => parts.extend(derived_words(d, lang, age, normal)),
                        None if normal => parts.push(format!("{no}{}", phrase(kb, id, lang, 0)?)),
                        None => parts.push(phrase(kb, id, lang, 0)?),
                    }
                }
                Some(parts.join(sep))
            };
            let fires = |t: &str| check(&engine, t, Some(age)).red_flags.iter().any(|f| f.id == rule.id.as_str());
            let (Some(text), Some(normal)) = (words(false), words(true)) else {
                failures.push(format!("{} ({}): cannot be written", rule.id, lang.tag()));
                continue;
            };
            if !fires(&text) {
                failures.push(format!("{} ({}, age {age}): {text:?} does not fire it", rule.id, lang.tag()));
            }
            // A rule of the age alone plus words: the denied words must stop it.
            if !normal.is_empty() && fires(&normal) {
                failures.push(format!("{} ({}, age {age}): {normal:?} fires it", rule.id, lang.tag()));
            }
            tested += 1;
        }
    }
    assert!(tested >= 60, "{tested} rule-language pairs tested");
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_sign_or_an_event_in_a_comparison_is_not_there_and_a_symptom_is() {
    let engine = Engine::bundled().expect("bundled KB");
    let read = |text: &str| present(&engine, text, 40.0);
    for (text, not_there) in [
        ("the outside of my thigh feels numb and burny, like a sunburn under the skin", "sunburn"),
        ("my eyelid twitches all day, like I missed a step and fell", "injury_or_fall"),
        ("右邊臉頰刷牙時就像被電擊一樣，啪一下很痛", "electrical_chemical_burn"),
    ] {
        let found = read(text);
        assert!(!found.iter().any(|f| f == not_there), "{text}: {found:?}");
        assert!(!found.is_empty(), "{text}: the symptom is still read");
    }
    // The same words said plainly are read; a symptom described by a comparison is read.
    assert!(read("I got a bad sunburn at the beach").iter().any(|f| f == "sunburn"));
    assert!(read("I slipped and fell on the stairs").iter().any(|f| f == "injury_or_fall"));
    assert!(read("右邊臉頰像被電到一樣痛").iter().any(|f| f == "electric_face_pain"));
    let r = check(&engine, "my chest feels like an elephant is sitting on it", Some(60.0));
    assert_eq!(r.triage, Some(Triage::Emergency));
}

#[test]
fn a_state_of_the_whole_person_said_of_a_body_part_is_not_read() {
    let engine = Engine::bundled().expect("bundled KB");
    let read = |text: &str| present(&engine, text, 40.0);
    for text in [
        "my right foot is floppy and slaps the floor when I walk",
        "my fingers feel fat and numb like they're asleep and won't wake up",
        "woke up at 3am with my calf muscle in a hard knot",
    ] {
        let found = read(text);
        assert!(!found.iter().any(|f| f == "drowsy_hard_to_wake" || f == "confusion"), "{text}: {found:?}");
    }
    // Said of a person, the same words stand, also after a body part is named.
    for text in [
        "my son is floppy and hard to wake",
        "her lips look blue and she won't wake up",
        "my hand is numb, she is hard to wake",
    ] {
        let found = read(text);
        assert!(found.iter().any(|f| f == "drowsy_hard_to_wake" || f == "confusion"), "{text}: {found:?}");
        assert_eq!(check(&engine, text, Some(40.0)).triage, Some(Triage::Emergency), "{text}");
    }
}

#[test]
fn a_fall_or_faint_that_nearly_happened_did_not() {
    let engine = Engine::bundled().expect("bundled KB");
    let read = |text: &str| present(&engine, text, 40.0);
    let found = read("when I got up my leg was dead, I couldn't feel my foot and nearly fell over");
    assert!(!found.iter().any(|f| f == "injury_or_fall" || f == "fall_cant_get_up"), "{found:?}");
    assert!(!read("I almost passed out").iter().any(|f| f == "fainting"));
    // Only the verb after "nearly" is spared: what happened next stands.
    assert!(read("I nearly fell and then hit my head on the door").iter().any(|f| f == "head_injury"));
    assert!(read("I fell over in the kitchen").iter().any(|f| f == "injury_or_fall"));
    assert!(read("my hand tingling has been there for nearly 3 weeks").iter().any(|f| f.ends_with("numbness")));
}

#[test]
fn a_head_injury_with_numbness_or_weakness_of_a_limb_is_an_emergency() {
    let clinic = include_str!("../../tests/fixtures/kb.json");
    for engine in [Engine::bundled().expect("bundled"), Engine::from_json(clinic).expect("fixture")] {
        for text in [
            "came off my scooter and landed on my head, now both my hands are tingling",
            "騎車摔倒頭著地，現在兩隻手都麻麻的",
        ] {
            let r = check(&engine, text, Some(23.0));
            assert_eq!(r.triage, Some(Triage::Emergency), "{text}");
        }
    }
}

/// A rule's `none` findings keep it quiet where a more specific rule answers: pauses in
/// breathing told with snoring or sleep are a sleep problem (soon), while the same pauses in
/// someone awake, or in a baby, are an emergency.
#[test]
fn pauses_in_breathing_with_snoring_are_a_sleep_problem_and_otherwise_an_emergency() {
    let clinic = include_str!("../../tests/fixtures/kb.json");
    for engine in [Engine::bundled().expect("bundled"), Engine::from_json(clinic).expect("fixture")] {
        let level = |text: &str, age: f64| check(&engine, text, Some(age)).triage;
        assert_eq!(
            level("he snores terribly and sometimes he just stops breathing for a few seconds then gasps", 49.0),
            Some(Triage::Soon)
        );
        assert_eq!(level("他打呼很大聲，有時候會停止呼吸", 49.0), Some(Triage::Soon));
        assert_eq!(level("my wife says I stop breathing in my sleep", 49.0), Some(Triage::Soon));
        assert_eq!(level("he stopped breathing for a moment", 49.0), Some(Triage::Emergency));
        assert_eq!(level("my baby stopped breathing in her sleep for a few seconds", 0.4), Some(Triage::Emergency));
    }
}

/// Chest pain that has passed is urgent rather than an emergency, unless a cardiac feature
/// came with it; a burn that rises into the throat is reflux, not chest pain, even in a KB
/// that defines chest pain itself (the screen's `not_with` is kept in the merge).
#[test]
fn chest_pain_that_has_passed_is_urgent_and_a_burn_rising_into_the_throat_is_reflux() {
    let clinic = include_str!("../../tests/fixtures/kb.json");
    for engine in [Engine::bundled().expect("bundled"), Engine::from_json(clinic).expect("fixture")] {
        let level = |text: &str| check(&engine, text, Some(61.0)).triage;
        assert_eq!(
            level("a tight feeling across my chest walking uphill, went away when I stopped, fine now"),
            Some(Triage::Urgent)
        );
        assert_eq!(level("chest pain with sweating an hour ago, it went away"), Some(Triage::Emergency));
        assert_eq!(level("my chest feels tight"), Some(Triage::Emergency));
        assert_eq!(level("after a big curry, burning in my chest that came up into my throat"), Some(Triage::SelfCare));
        assert_eq!(level("burning in my chest rising into my throat and I'm sweating"), Some(Triage::Emergency));
    }
}

/// "Sleepy" is drowsiness and "sleep" is not; a vaccine named after an illness is not the
/// illness; a question about the clinic is not a complaint.
#[test]
fn words_that_look_like_symptoms_but_are_not() {
    let engine = Engine::bundled().expect("bundled KB");
    let read = |text: &str| present(&engine, text, 5.0);
    assert!(!read("he has a fever and can't sleep at night").iter().any(|f| f == "drowsy_words"));
    assert!(read("he has a fever and is very sleepy").iter().any(|f| f == "drowsy_words"));
    assert!(!read("do I need to book for a flu jab").iter().any(|f| f == "flu_like"));
    assert_eq!(
        check(&engine, "what time does the clinic open, and can I walk in for a flu jab?", Some(40.0)).triage,
        None
    );
    assert_eq!(check(&engine, "請問自費流感疫苗一劑多少錢？", Some(40.0)).triage, None);
}

/// A note's shorthand is not a complaint ("od" is once daily, "49M" an age after "BP check");
/// a large area is a serious burn only when a burn was read (blisters of shingles over a whole
/// patch are not a burn); stockpiled tablets and letters to the children are a suicide plan.
#[test]
fn shorthand_areas_and_plans_are_read_for_what_they_are() {
    let engine = Engine::bundled().expect("bundled KB");
    let flags = |text: &str, age: f64| {
        check(&engine, text, Some(age)).red_flags.iter().map(|f| f.id.0.clone()).collect::<Vec<_>>()
    };
    assert!(!flags("81F, furosemide 40mg od, ramipril 2.5mg od", 81.0).iter().any(|f| f == "overdose"));
    let afebrile = check(&engine, "Reviewed today with worsening leg pain. Obs stable, afebrile.", Some(51.0));
    assert!(!afebrile.findings.iter().any(|f| f.present && f.id == "fever"), "afebrile is no fever");
    assert!(!flags("worse lying flat, waking him at night", 66.0).iter().any(|f| f.starts_with("low_mood")));
    assert!(!flags("Pharmacy BP check: 49M, HTN on amlodipine 5mg. Home BP avg 158/96", 49.0)
        .iter()
        .any(|f| f == "low_blood_pressure"));
    assert!(flags("spilled a pan of boiling water, the burn covers her whole arm and is blistering", 30.0)
        .iter()
        .any(|f| f == "serious_burn"));
    assert!(!flags("額頭跟頭皮冒出一整片紅紅的小水泡", 70.0).iter().any(|f| f == "serious_burn"));
    assert!(flags("I've saved up about 40 of my sleeping tablets and written letters to my kids", 38.0)
        .iter()
        .any(|f| f == "suicide_plan"));
}

/// A baby moving less is read only in a pregnancy ("my legs kick at night and I barely sleep"
/// is not a quiet baby); "am I dying?" asks and does not say; a jolt while drifting off is a
/// sleep start however far apart the two are told.
#[test]
fn kicks_questions_and_sleep_starts_are_read_in_their_context() {
    let engine = Engine::bundled().expect("bundled KB");
    let r = |text: &str| check(&engine, text, Some(30.0));
    let flags = |text: &str| r(text).red_flags.iter().map(|f| f.id.0.clone()).collect::<Vec<_>>();
    assert!(!flags("my legs kick at night and I barely sleep").iter().any(|f| f == "reduced_fetal_movements"));
    assert!(flags("36 weeks pregnant, she's usually kicky but tonight I've barely felt anything")
        .iter()
        .any(|f| f == "reduced_fetal_movements"));
    assert!(!flags("my calves twitch after runs and I read about ALS. Am I dying?")
        .iter()
        .any(|f| f == "feel_going_to_die"));
    let jolt = r("right as I'm drifting off I get this feeling like I'm falling off a cliff and my whole body jolts");
    assert_eq!(jolt.conditions.first().map(|c| c.id.as_str()), Some("hypnic_jerks"), "{:?}", jolt.conditions);
}

/// Words whose meaning the matcher cannot see from their parts: a wish to be gone told with
/// "without" or filler words, a colour named after coffee, a Taiwanese count of days (三工), a
/// belly that "twinges" (肚子抽一下) and a positive pregnancy test told as two lines.
#[test]
fn fixed_expressions_and_twinges_are_read_for_what_they_mean() {
    let engine = Engine::bundled().expect("bundled KB");
    let r = |text: &str, age: f64| check(&engine, text, Some(age));
    let flags = |text: &str, age: f64| r(text, age).red_flags.iter().map(|f| f.id.0.clone()).collect::<Vec<_>>();
    let found = |text: &str, age: f64| {
        r(text, age).findings.iter().filter(|f| f.present).map(|f| f.id.0.clone()).collect::<Vec<_>>()
    };
    assert!(flags("I keep thinking everyone would be better off without me", 30.0).iter().any(|f| f == "self_harm"));
    assert!(flags("some nights I hope I don't wake up", 30.0).iter().any(|f| f == "self_harm"));
    assert!(!flags("I don't wake up at night with the tingling any more", 30.0).iter().any(|f| f == "self_harm"));
    assert!(!found("內褲上有一點咖啡色分泌物", 28.0).iter().any(|f| f == "caffeine"));
    assert_eq!(r("燒三工矣", 4.0).duration_days, Some(3.0));
    assert_eq!(r("腰痠三年", 40.0).duration_days, Some(1095.0));
    // Years of a job or of a known illness are not how long the complaint has lasted.
    assert_eq!(r("做工三年，這三天腰痠", 40.0).duration_days, Some(3.0));
    assert_eq!(r("I've driven a truck for 15 years and my back has hurt for 3 days", 40.0).duration_days, Some(3.0));
    assert_eq!(r("高血壓很多年。這三天頭痛", 60.0).duration_days, Some(3.0));
    assert!(found("左邊下腹偶爾抽一下", 28.0).iter().any(|f| f == "abdominal_pain"));
    assert!(flags("月經晚了兩週，驗孕兩條線，今天左邊下腹偶爾抽一下，內褲上有一點咖啡色分泌物", 28.0)
        .iter()
        .any(|f| f.starts_with("possible_ectopic")));
}

/// Signs told in other words than the rule's: a near faint is faintness, not a faint; sudden back
/// pain with a grey colour is an emergency; chest pain that a press on the spot brings on is the
/// chest wall (soon) unless a cardiac feature comes with it; a burn with big blisters is urgent,
/// not an emergency; needing pillows to breathe is urgent; "x4/52" is four weeks.
#[test]
fn signs_told_in_other_words_get_their_level() {
    let engine = Engine::bundled().expect("bundled KB");
    let r = |text: &str, age: f64| check(&engine, text, Some(age));
    let flags = |text: &str, age: f64| r(text, age).red_flags.iter().map(|f| f.id.0.clone()).collect::<Vec<_>>();
    let faint = r("I nearly passed out in the queue", 30.0);
    assert!(faint.findings.iter().any(|f| f.id == "lightheaded" && f.present));
    assert!(!faint.findings.iter().any(|f| f.id == "fainting" && f.present));
    assert!(flags("sudden terrible pain in his lower back, he went a grey colour", 70.0)
        .iter()
        .any(|f| f == "sudden_back_pain_faint"));
    let wall = "sharp pain on one spot of my chest, it hurts more when I press on it, no sweating, not short of breath";
    assert_eq!(r(wall, 24.0).triage, Some(Triage::Soon));
    assert_eq!(
        r("pain on one spot of my chest, it hurts when I press on it, and I'm cold and clammy", 24.0).triage,
        Some(Triage::Emergency)
    );
    assert_eq!(r(wall, 80.0).triage, Some(Triage::Urgent));
    assert_eq!(r("knocked the kettle over onto my thigh, big blisters now", 36.0).triage, Some(Triage::Urgent));
    assert_eq!(r("晚上躺平會喘，要墊兩個枕頭才睡得著", 82.0).triage, Some(Triage::Urgent));
    assert!(flags("63M, cough x4/52 after a cold", 63.0).iter().any(|f| f == "cough_3_weeks"));
}

/// A first seizure told as "a fit" or as stiffening and jerking is an emergency, a seizure in
/// someone known to have them urgent and a sneezing fit nothing; words that would not come out,
/// or a wrong word, are a speech problem; a wrist that hangs after sleeping on the arm is radial
/// nerve palsy; "haven't pooped" is constipation.
#[test]
fn seizures_speech_wrist_drop_and_bowels_in_patients_words() {
    let engine = Engine::bundled().expect("bundled KB");
    let r = |text: &str, age: f64| check(&engine, text, Some(age));
    assert_eq!(r("my husband had a fit last night in his sleep, never before", 52.0).triage, Some(Triage::Emergency));
    assert_eq!(
        r("my flatmate went stiff and then his arms and legs were jerking, first time ever", 24.0).triage,
        Some(Triage::Emergency)
    );
    assert_eq!(
        r("she has epilepsy and had a seizure this morning, back to normal now", 30.0).triage,
        Some(Triage::Urgent)
    );
    assert!(!r("every spring: sneezing fits and itchy eyes", 26.0)
        .findings
        .iter()
        .any(|f| f.id == "witnessed_seizure"));
    assert_eq!(r("for ten minutes i couldnt get my words out", 63.0).triage, Some(Triage::Emergency));
    assert_eq!(r("I asked for the window when I meant water", 63.0).triage, Some(Triage::Emergency));
    let wrist =
        r("woke up after sleeping with my arm hooked over the chair back and I can't lift my wrist, wrist drop", 34.0);
    assert_eq!(wrist.conditions.first().map(|c| c.id.as_str()), Some("radial_nerve_palsy"), "{:?}", wrist.conditions);
    assert!(r("havent pooped properly in 5 days, bloated", 33.0)
        .findings
        .iter()
        .any(|f| f.id == "constipation" && f.present));
}

/// A fever on chemotherapy or methotrexate is an emergency and a sore mouth on it urgent; heavy
/// bleeding after a birth is an emergency, heavy periods with pale skin are not; a child near
/// opened adult tablets is an emergency; a charcoal-burning plan is a suicide plan; a wish to be
/// gone with filler words inside it is still read.
#[test]
fn treatments_births_tablets_and_plans_told_in_passing() {
    let engine = Engine::bundled().expect("bundled KB");
    let r = |text: &str, age: f64| check(&engine, text, Some(age));
    assert_eq!(r("on chemo for breast cancer, temp 38.4 tonight", 50.0).triage, Some(Triage::Emergency));
    assert_eq!(r("56F on methotrexate, now sore throat and mouth ulcers", 56.0).triage, Some(Triage::Urgent));
    assert_eq!(
        r("5天前自然產，今天突然大量出血，一個小時就濕透兩片夜用型衛生棉", 32.0).triage,
        Some(Triage::Emergency)
    );
    assert_ne!(r("月經量很多，一個小時就要換，還有血塊，臉色很白", 30.0).triage, Some(Triage::Emergency));
    assert_eq!(
        r("my 2 year old has been dozy, and grandad's blister pack was on the floor with 4 popped out", 2.0).triage,
        Some(Triage::Emergency)
    );
    assert_eq!(r("我已經買好兩包炭和膠帶，放在後車廂", 27.0).triage, Some(Triage::Emergency));
    assert_eq!(
        r("everyone would honestly be better off if i just wasnt around anymore", 22.0).triage,
        Some(Triage::Emergency)
    );
    assert_eq!(r("i wouldnt mind not waking up", 22.0).triage, Some(Triage::Emergency));
    assert_ne!(r("we are better off staying home tonight with this cold", 22.0).triage, Some(Triage::Emergency));
}

/// Classes found by the blind batches general-k and neuro-n9: a body part named in one clause
/// and its pain in the next (左邊蛋蛋，痛到吐了), 血 inside 血壓 or 血糖, a first episode told as
/// "never had anything like this", a meter that reads "HI", "N&V", belly pain with vomiting, and
/// something still in the eye.
#[test]
fn pains_split_by_a_comma_firsts_told_as_denials_and_meters_that_read_hi() {
    let engine = Engine::bundled().expect("bundled KB");
    let r = |text: &str, age: f64| check(&engine, text, Some(age));
    let found = |text: &str, age: f64| {
        r(text, age).findings.iter().filter(|f| f.present).map(|f| f.id.0.clone()).collect::<Vec<_>>()
    };
    assert_eq!(r("後來才說是左邊蛋蛋，痛到吐了一次", 14.0).triage, Some(Triage::Emergency));
    // The comma still ends a denial: the fever is denied, not the pain after it.
    assert!(found("沒有發燒，痛在右下腹", 20.0).iter().any(|f| f == "abdominal_pain"));
    assert!(!found("我爸高血壓很多年，血糖也偏高", 64.0).iter().any(|f| f == "vaginal_bleeding"));
    assert!(found("she's never had anything like this before", 28.0).iter().any(|f| f == "first_time_ever"));
    assert!(!found("she has never liked hospitals", 28.0).iter().any(|f| f == "first_time_ever"));
    assert_eq!(r("T1DM, c/o N&V x 2 days. Capillary BG reads HI", 19.0).triage, Some(Triage::Emergency));
    assert!(!found("my sugar reads higher after dinner", 50.0).iter().any(|f| f == "vomiting"));
    assert_eq!(
        r("tummy ache round his belly button since last night, threw up once, not hungry", 16.0).triage,
        Some(Triage::Urgent)
    );
    assert_ne!(r("tummy ache, threw up twice and diarrhoea since the party", 16.0).triage, Some(Triage::Urgent));
    assert_eq!(
        r("sand blew into my eye at the beach, I rinsed it, still red and the light bothers it", 47.0).triage,
        Some(Triage::Urgent)
    );
    assert_eq!(r("my baby has cradle cap, yellow crusts on her head, no fever", 0.2).triage, Some(Triage::SelfCare));
    assert_eq!(r("letter says iron deficiency anaemia, ferritin low, I'm tired", 34.0).triage, Some(Triage::Soon));
}

/// Classes found by the blind batches general-l and neuro-n10: words that look like a finding
/// and are not (a reflex is not reflux, "it kills" is pain, a watch and a heartbeat are not a
/// hand or a twitch, a nappy is not peeing), sides said to be alike or a tag "right?", a space
/// that ends a Chinese denial, a wrist that drops is not an arm too weak to lift, and new
/// readings: wild mushrooms, self-injury, scabies, a baby's months after 兒子.
#[test]
fn look_alike_words_tags_and_spaces_are_read_for_what_they_are() {
    let engine = Engine::bundled().expect("bundled KB");
    let r = |text: &str, age: f64| check(&engine, text, Some(age));
    let found = |text: &str, age: f64| {
        r(text, age).findings.iter().filter(|f| f.present).map(|f| f.id.0.clone()).collect::<Vec<_>>()
    };
    assert_ne!(r("my big toe nail digs in, it kills when someone stands on it", 17.0).triage, Some(Triage::Emergency));
    assert!(!found("biceps reflex slightly reduced on the right", 47.0).iter().any(|f| f == "heartburn"));
    assert!(!found("I can't find the button to save the page", 70.0).iter().any(|f| f == "hand_weakness"));
    assert!(!found("I can walk, wee and poo normally", 52.0).iter().any(|f| f == "frequent_peeing"));
    assert!(found("I keep needing to wee and I'm always thirsty", 52.0).iter().any(|f| f == "frequent_peeing"));
    assert!(!found("手錶顯示心跳都120幾", 33.0).iter().any(|f| f == "body_twitch"));
    assert!(!found("尿布也很多濕的", 0.5).iter().any(|f| f == "frequent_peeing"));
    // A baby's months in the text are finer than a request's age 0.
    assert!(!found("兒子7個月，體溫38.2度", 0.0).iter().any(|f| f == "infant_under_3_months"));
    let sides = found("the left side of my mouth droops, steroids right? Forehead wrinkles fine both sides", 59.0);
    assert!(sides.iter().any(|f| f == "one_side") && !sides.iter().any(|f| f == "both_sides"), "{sides:?}");
    assert!(found("手指也伸不直 手背麻麻的", 50.0).iter().any(|f| f == "hand_numbness"));
    assert!(!found("醒來右手腕整個抬不起來", 50.0).iter().any(|f| f == "arm_weakness"));
    assert_eq!(r("sometimes I wish I just didn't wake up", 15.0).triage, Some(Triage::Emergency));
    assert_eq!(r("she has linear cuts on both forearms, fresh today", 15.0).triage, Some(Triage::Urgent));
    assert_eq!(r("we ate wild mushrooms we picked, now both throwing up", 45.0).triage, Some(Triage::Emergency));
    assert_eq!(r("itchy rash worse at night, burrows between the fingers", 88.0).triage, Some(Triage::Soon));
    // A sound in the head is not a blow to it; "I'm paranoid" is worry; a spasm that pulls the
    // mouth up is not a droop.
    assert!(!found("as I drift off I hear a bang in my head", 15.0).iter().any(|f| f == "head_injury"));
    assert!(!found("my cheek aches, my mum had trigeminal neuralgia so I'm paranoid", 40.0)
        .iter()
        .any(|f| f == "psychotic_symptoms"));
    assert!(!found("it pulls the corner of my mouth up on the same side", 58.0).iter().any(|f| f == "facial_droop"));
    // A bang heard while falling asleep is the exploding-head sound; a pop of a knee is not.
    assert!(found("快睡著的時候突然聽到很大一聲「碰」", 30.0).iter().any(|f| f == "loud_noise_sleep"));
    assert!(!found("打球膝蓋扭到，聽到啪一聲，腫起來", 23.0).iter().any(|f| f == "loud_noise_sleep"));
}

#[test]
fn blood_tests_doctors_instructions_and_ongoing_seizures_are_read() {
    let engine = Engine::bundled().expect("bundled");
    let level = |text: &str, age: f64| check(&engine, text, Some(age)).triage;
    let flags = |text: &str| check(&engine, text, Some(40.0)).red_flags.into_iter().map(|f| f.id.0).collect::<Vec<_>>();
    // A potassium in mmol/L is a potassium, not a blood sugar; haemoglobin in g/L is g/dL x 10.
    assert_eq!(
        level("Message from the renal clinic: potassium 7.1 mmol/L on today's bloods", 69.0),
        Some(Triage::Emergency)
    );
    assert_eq!(level("抽血報告 血鉀 6.9，醫生說要注意", 70.0), Some(Triage::Emergency));
    assert!(flags("letter says Hb 68 g/L and I feel tired").contains(&"haemoglobin_very_low".to_string()));
    assert!(!flags("potassium 4.1 mmol/L, all normal")
        .iter()
        .any(|f| f.contains("glucose") || f.contains("potassium")));
    // A doctor's instruction to go to the emergency department stands; a question about it is not one.
    assert_eq!(
        level("the doctor told me to go to the emergency department, can it wait till Monday?", 50.0),
        Some(Triage::Emergency)
    );
    assert!(
        !flags("should I see a doctor or go to the emergency department?").contains(&"sent_to_emergency".to_string())
    );
    // A seizure that goes on is an emergency; a coughing or sneezing fit is no seizure.
    assert_eq!(level("my mum started fitting ten minutes ago and it hasn't stopped", 56.0), Some(Triage::Emergency));
    assert_eq!(level("他癲癇發作，抽不停，中間沒有醒", 30.0), Some(Triage::Emergency));
    assert!(!flags("sneezing fits every spring and a coughing fit last night").iter().any(|f| f.contains("seizure")));
    assert_ne!(level("眼皮抽不停已經三天了", 30.0), Some(Triage::Emergency));
    // Flames to the face with a hoarse voice; singing in a choir is not singeing.
    assert_eq!(
        level("the gas flared up in his face, eyebrows singed, now his voice is hoarse", 48.0),
        Some(Triage::Emergency)
    );
    assert_ne!(level("my voice is husky for 5 weeks, I sing in a choir and smoke", 48.0), Some(Triage::Emergency));
}

#[test]
fn places_postures_and_fine_clauses_are_read_for_what_they_are() {
    let engine = Engine::bundled().expect("bundled");
    let ids = |text: &str| {
        check(&engine, text, Some(40.0)).findings.into_iter().filter(|f| f.present).map(|f| f.id.0).collect::<Vec<_>>()
    };
    // "Can't sit still, pee looks pink" says nothing of passing urine.
    assert!(
        !ids("pain comes in waves, I can't sit still, pee looks a bit pink").contains(&"urinary_retention".to_string())
    );
    assert!(ids("I can't pee at all since this morning").contains(&"urinary_retention".to_string()));
    // A headache behind the eye is a headache, not a pain of the eye.
    let r = ids("throbbing headache behind my left eye");
    assert!(r.contains(&"headache".to_string()) && !r.contains(&"eye_pain_severe".to_string()), "{r:?}");
    // 爬山跑步都沒事: exertion is fine, so it is not a trigger.
    assert!(!ids("吃飽躺下胸口燒燒的 爬山跑步都沒事不會喘").contains(&"on_exertion".to_string()));
    // "Footy" is football, not a foot; "achy" all over is not a sore knee.
    assert!(!ids("feeling flat, can't be bothered with footy anymore").contains(&"lying_flat".to_string()));
    assert!(!ids("my knees ache going down stairs").contains(&"flu_like".to_string()));
    // Sitting "for ages" is the sitting's length, not the complaint's.
    let r = check(&engine, "sat on the toilet for ages and my foot went numb when I stood up", Some(35.0));
    assert!(r.duration_days.is_none_or(|d| d < 1.0), "{:?}", r.duration_days);
}

#[test]
fn relatives_histories_pregnancy_weeks_and_look_alike_stems() {
    let engine = Engine::bundled().expect("bundled");
    let r = |text: &str, age: f64| check(&engine, text, Some(age));
    // A relative's illness "last year" is not how long the patient's droop has lasted.
    let x = r(
        "my face droops on the right since I woke up and my right hand is clumsy. My sister had Bell's palsy last year",
        55.0,
    );
    assert_eq!(x.triage, Some(Triage::Emergency), "{:?}", x.duration_days);
    // "im 34 weeks" is a pregnancy, so a quiet baby is an emergency, and the weeks are no duration.
    let x = r("im 34 weeks and bubs has been really quiet today", 30.0);
    assert_eq!(x.triage, Some(Triage::Emergency));
    assert!(x.duration_days.is_none_or(|d| d < 7.0), "{:?}", x.duration_days);
    // "Hardly" is not "hard": a hard bump on the foot is no baby moving less.
    assert_ne!(r("hard rough bump on the bottom of my foot with black dots", 14.0).triage, Some(Triage::Emergency));
    // Pain on a deep breath is no breathlessness; with a fever it is a chest infection, urgent.
    let x = r("productive cough 5 days, fevers, right-sided chest pain on deep breath. T 38.4, SpO2 95%", 42.0);
    assert_eq!(x.triage, Some(Triage::Urgent), "{:?}", x.red_flags.iter().map(|f| &f.id).collect::<Vec<_>>());
    // A burn of the hand without blisters is a small burn.
    assert_eq!(
        r("splashed boiling water on the back of my hand, red, no blisters", 33.0).triage,
        Some(Triage::SelfCare)
    );
}

/// Rules and readings added for the blind batch general-ab: blood in a baby's stool with
/// vomiting, shoulder-tip pain with a faint, a wound whose discharge smells, a stiff neck that
/// is only tight muscles, a burning pee that dribbles, and a rubbed hole that is not a mouth ulcer.
#[test]
fn general_ab_rules_and_readings() {
    let engine = Engine::bundled().expect("bundled KB");
    let fired = |text: &str, age: f64| {
        let r = check(&engine, text, Some(age));
        (r.triage, r.red_flags.iter().map(|f| f.id.0.clone()).collect::<Vec<_>>())
    };
    let (t, flags) = fired("my 8 month old keeps screaming, threw up 3 times and there's red jelly in his nappy", 0.7);
    assert_eq!(t, Some(Triage::Emergency), "{flags:?}");
    assert!(flags.contains(&"baby_blood_in_stool_vomiting".to_string()));
    let (t, flags) = fired("my 5 month old has blood in his poo, otherwise feeding fine", 0.4);
    assert!(t >= Some(Triage::Urgent), "{flags:?}");
    let req: Request = serde_json::from_value(serde_json::json!({
        "text": "stabbing pain low on the left, my shoulder tip hurts and I fainted on the bathroom floor",
        "age": 27, "sex": "female"}))
    .expect("request");
    let r = engine.check(&req);
    assert_eq!(r.triage, Some(Triage::Emergency), "{:?}", r.red_flags);
    let (t, flags) = fired("糖尿病，腳趾磨破，這幾天紅腫，會流黃色的水有臭味", 60.0);
    assert!(t >= Some(Triage::Urgent) && flags.contains(&"diabetic_foot_infection".to_string()), "{flags:?}");
    let (_, flags) = fired("每天下午頭很緊，按肩膀脖子超硬，怕光還好", 25.0);
    assert!(!flags.iter().any(|f| f.contains("neck_stiff")), "{flags:?}");
    let r = check(&engine, "右腳大拇趾旁邊磨破一個洞", Some(50.0));
    assert!(!r.findings.iter().any(|f| f.id == "mouth_ulcers"), "{:?}", r.findings);
    let r = check(&engine, "burning when i pee, going every 20 minutes and only dribbles out", Some(30.0));
    assert!(!r.conditions.iter().any(|c| c.id == "cauda_equina"), "{:?}", r.conditions);
}

/// Rules and readings added for the blind batch general-ac: a racing heart and breathlessness
/// after a long flight on the pill, Taiwanese 烏 for a black stool, a uric acid level that is not
/// the sugar, a tooth seen coming through, and emergency contraception only for a woman.
#[test]
fn general_ac_rules_and_readings() {
    let engine = Engine::bundled().expect("bundled KB");
    let flags = |text: &str, age: u32, sex: &str| {
        let req: Request =
            serde_json::from_value(serde_json::json!({"text": text, "age": age, "sex": sex})).expect("request");
        let r = engine.check(&req);
        (r.triage, r.red_flags.iter().map(|f| f.id.0.clone()).collect::<Vec<_>>())
    };
    let (t, f) = flags(
        "back from a long haul flight, on the combined pill, puffed out on the stairs and my heart is racing",
        31,
        "female",
    );
    assert_eq!(t, Some(Triage::Emergency), "{f:?}");
    let (t, f) = flags("這兩天大便都是烏的，早上站起來頭殼眩，眼前黑一下", 62, "male");
    assert_eq!(t, Some(Triage::Emergency), "{f:?}");
    let (_, f) = flags("去年健檢尿酸 9.4 mg/dL，大拇趾紅腫熱痛", 44, "male");
    assert!(!f.iter().any(|x| x.contains("glucose")), "{f:?}");
    let (t, f) = flags(
        "my 7 month old is dribbling and chewing everything, I can see a white bit poking through his gum",
        0,
        "male",
    );
    assert!(f.contains(&"teething".to_string()) && t == Some(Triage::SelfCare), "{f:?}");
    let (_, f) = flags("23歲男生，一次沒戴套，尿尿很刺痛，不敢跟女朋友講", 23, "male");
    assert!(!f.contains(&"emergency_contraception".to_string()), "{f:?}");
}

#[test]
fn a_finding_only_one_sex_has_is_not_read_for_the_other() {
    let engine = Engine::bundled().expect("bundled KB");
    let present = |text: &str, sex: &str| -> Vec<String> {
        let req: Request =
            serde_json::from_value(serde_json::json!({"text": text, "age": 40, "sex": sex})).expect("request");
        engine.check(&req).findings.iter().filter(|f| f.present).map(|f| f.id.0.clone()).collect()
    };
    let text = "my face and hands are swollen since yesterday";
    assert!(present(text, "female").iter().any(|f| f == "pregnancy_swelling"));
    assert!(!present(text, "male").iter().any(|f| f == "pregnancy_swelling"));
    // A sex the text contradicts is not used: the patient is the boy, not the mother named.
    let boy = "im 14 and embarrassed to ask my mum, my left ball started hurting really bad 2 hours ago";
    assert!(present(boy, "male").iter().any(|f| f == "testicular_pain"));
}
