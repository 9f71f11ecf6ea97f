//! Unit tests of the phrase index: typo buckets and edit distance, the window, inability reach,
//! Chinese words and degree words, read through the bundled KB.

use super::typos::bounded_distance;

#[test]
fn the_letter_filter_never_drops_a_word_within_the_distance() {
    use super::typos::letters;
    let words = ["twitching", "tingling", "numbness", "weakness", "witness", "drooping", "slurred", "stiffness"];
    for a in words {
        let bytes = a.as_bytes();
        // Every single edit (deletion, substitution, insertion, swap) and a few double edits.
        let mut variants = Vec::new();
        for i in 0..bytes.len() {
            variants.push([&a[..i], &a[i + 1..]].concat());
            variants.push([&a[..i], "q", &a[i + 1..]].concat());
            variants.push([&a[..i], "z", &a[i..]].concat());
            if i + 1 < bytes.len() {
                variants.push([&a[..i], &a[i + 1..i + 2], &a[i..i + 1], &a[i + 2..]].concat());
            }
            variants.push([&a[..i], "xy", &a[(i + 2).min(bytes.len())..]].concat());
        }
        for v in variants {
            for max in [1, 2] {
                if bounded_distance(&v, a, max) {
                    assert!((letters(&v) ^ letters(a)).count_ones() as usize <= 2 * max, "{v} / {a}");
                }
            }
        }
    }
}

#[test]
fn edit_distance_is_bounded() {
    assert!(bounded_distance("twiching", "twitching", 1));
    assert!(bounded_distance("numbess", "numbness", 1));
    assert!(bounded_distance("tinlging", "tingling", 1));
    assert!(!bounded_distance("heart", "heard", 0));
    assert!(!bounded_distance("weakness", "witness", 1));
}

fn findings(text: &str) -> Vec<String> {
    let engine = crate::Engine::bundled().expect("bundled KB");
    let r = engine.check(&crate::Request::text(text));
    r.findings.iter().map(|f| format!("{}{}", if f.present { "+" } else { "-" }, f.id)).collect()
}

#[test]
fn an_inability_reaches_only_the_words_it_governs() {
    // "unable ... wake" is hard to rouse; "unable to move when i woke" is not.
    assert!(!findings("unable to move when i woke").contains(&"+confusion".to_string()));
    assert!(!findings("i woke up and was unable to move").contains(&"+confusion".to_string()));
    assert!(findings("he is unable to wake up").contains(&"+confusion".to_string()));
    // Coordinated verbs are governed: "cannot move or speak".
    assert!(findings("he cannot move or speak").contains(&"+speech_difficulty".to_string()));
}

#[test]
fn degree_words_inside_negated_verbs_are_read_and_linted() {
    // 尿不太出來 is 尿不出來: the phrase written without the degree word reads both.
    assert!(findings("腰痛，早上到現在尿不太出來").contains(&"+bladder_bowel_change".to_string()));
    let mut kb: crate::schema::KnowledgeBase = serde_json::from_str(crate::BUNDLED_KB).expect("bundled KB parses");
    kb.findings[0].phrases.zh_tw.push("寶寶 不太 動".to_string());
    let problems = super::PhraseIndex::build(&kb).problems;
    assert!(problems.iter().any(|p| p.finding == 0 && p.message.contains("degree word")), "{problems:?}");
}

#[test]
fn chinese_phrases_do_not_cut_across_words() {
    // 頭 inside 手指頭 (fingertip) or 舌頭 (tongue) is not the head.
    let f = findings("手指頭麻麻的");
    assert!(f.contains(&"+hand_numbness".to_string()) && !f.contains(&"+scalp_numbness".to_string()), "{f:?}");
    let f = findings("舌頭麻麻的");
    assert!(f.contains(&"+lip_numbness".to_string()) && !f.contains(&"+scalp_numbness".to_string()), "{f:?}");
    assert!(findings("頭皮麻麻的").contains(&"+scalp_numbness".to_string()));
}

#[test]
fn the_window_counts_the_words_between_slots_not_the_shortest_alternative() {
    use super::window::best_combination;
    use super::Hit;
    // Two slots of two characters each, six characters apart: within the slack.
    let slots: Vec<Vec<Hit>> = vec![vec![(0, 2)], vec![(8, 10)]];
    assert!(best_combination(&slots, 6, &|_: &[Hit]| true).is_some());
    assert!(best_combination(&slots, 5, &|_: &[Hit]| true).is_none());
    // The closest pair is chosen.
    let slots: Vec<Vec<Hit>> = vec![vec![(0, 1), (5, 6)], vec![(7, 8)]];
    assert_eq!(best_combination(&slots, 6, &|_: &[Hit]| true), Some(vec![(5, 6), (7, 8)]));
}

#[test]
fn words_lost_as_filler_are_read_in_context() {
    assert!(findings("my little finger is numb").contains(&"+little_finger_numbness".to_string()));
    assert!(findings("half my body went numb").contains(&"+one_side_body_numbness".to_string()));
    assert!(findings("i passed out at work").contains(&"+fainting".to_string()));
    assert!(findings("i bit my tongue and wet the bed").contains(&"+tongue_bite_incontinence".to_string()));
    assert!(findings("my eye doesn't close").contains(&"+unable_close_eye".to_string()));
}

#[test]
fn past_history_is_present_past_symptoms_are_not_current() {
    assert!(findings("i have a history of diabetes and my feet are numb").contains(&"+diabetes".to_string()));
    assert!(findings("我以前曾經得過帶狀皰疹").contains(&"+past_shingles".to_string()));
    let f = findings("i used to get migraines, now my hand is numb");
    assert!(!f.iter().any(|x| x.ends_with("headache")), "{f:?}");
    assert!(!findings("family history of diabetes, my feet are numb").contains(&"+diabetes".to_string()));
}

#[test]
fn typos_are_corrected_through_the_length_and_letter_buckets() {
    let engine = crate::Engine::bundled().expect("bundled KB");
    for (text, finding) in [
        ("my left eyelid keeps twicthing", "eyelid_twitch"),
        ("my eyleid has been twitching", "eyelid_twitch"),
        ("my left eeyelid twitches", "eyelid_twitch"),
        ("numbess in both hands", "hand_numbness"),
        ("both my hands feel numbish", "hand_numbness"),
    ] {
        let r = engine.check(&crate::Request::text(text));
        assert!(r.findings.iter().any(|f| f.id == finding && f.present), "{text}: {:?}", r.findings);
    }
}

#[test]
fn a_chinese_phrase_reaches_over_a_time_but_not_across_spaced_clauses() {
    let f = findings("左下那顆牙 這一個禮拜吃到熱的就會抽痛");
    assert!(f.contains(&"+toothache".to_string()), "{f:?}");
    let f = findings("按右邊肋骨下面會很痛 吸氣會卡住 眼睛跟皮膚沒有黃");
    assert!(!f.contains(&"+eye_pain_severe".to_string()), "{f:?}");
    let f = findings("屁股中間跟下面那邊（歹勢）摸起來沒什麼感覺");
    assert!(f.contains(&"+saddle_numbness".to_string()), "{f:?}");
}
