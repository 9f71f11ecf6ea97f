//! Hostile and odd patient text and broken knowledge bases: the engine answers or reports an
//! error, never panics, and bounds its work (long text is cut at `MAX_TEXT_CHARS` with a message).
//! The unbounded versions of these checks are the cargo-fuzz targets in `fuzz/`.

use proptest::prelude::*;
use symptom_engine::contract::MAX_TEXT_CHARS;
use symptom_engine::{Engine, Lang, Request, BUNDLED_KB};

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::bundled().expect("the bundled KB loads"))
}

/// Words the engine reacts to, mixed with noise, so generated messages reach deep code paths.
const WORDS: &[&str] = &[
    "no",
    "not",
    "never",
    "without",
    "if",
    "but",
    "and",
    "my",
    "left",
    "right",
    "both",
    "for",
    "days",
    "weeks",
    "since",
    "yesterday",
    "two",
    "several",
    "months",
    "sudden",
    "suddenly",
    "getting",
    "worse",
    "eyelid",
    "twitch",
    "numb",
    "tingling",
    "hand",
    "palm",
    "face",
    "droop",
    "slurred",
    "speech",
    "weak",
    "arm",
    "can't",
    "unable",
    "year",
    "old",
    "female",
    "male",
    "45",
    "12-year-old",
    "沒有",
    "不",
    "無力",
    "手麻",
    "眼皮",
    "跳",
    "三四天",
    "半年",
    "突然",
    "左邊",
    "嘴巴歪",
    "講話不清楚",
    "。",
    ",",
    ".",
    "!",
    "?",
    "\n",
    "😀",
    "\u{200b}",
    "\u{202e}",
    "<script>",
    "ｆｕｌｌ",
    "１２",
    "-",
    "~",
];

fn message() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(WORDS).prop_map(str::to_owned), 1 => any::<String>()],
        0..80,
    )
    .prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn any_message_gets_an_answer(text in message(), age in prop::option::of(0u32..130), zh in any::<bool>()) {
        let engine = engine();
        let mut req = Request::text(&text);
        req.age = age;
        req.lang = Some(if zh { Lang::ZhTw } else { Lang::En });
        let r = engine.check(&req);
        prop_assert!(r.conditions.len() <= 5);
        prop_assert!(!r.message.is_empty() || r.triage.is_some());
        for c in &r.conditions {
            prop_assert!(c.score.is_finite() && (0.0..=1.0).contains(&c.score), "score {}", c.score);
        }
    }

}

proptest! {
    // Each case loads a whole KB (slow in a debug build): a few here, many more under cargo fuzz.
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]
    #[test]
    fn a_damaged_kb_is_an_error_not_a_panic(cut in 0usize..4000, at in 0usize..4000, byte in any::<char>()) {
        let mut kb: Vec<char> = BUNDLED_KB.chars().collect();
        let len = kb.len();
        kb[(at * len / 4000).min(len - 1)] = byte;
        let end = kb.len() - cut * kb.len() / 4000 / 8;
        let text: String = kb[..end].iter().collect();
        if let Ok(engine) = Engine::from_json(&text) {
            let _ = engine.check(&Request::text("my hand is numb"));
        }
    }
}

#[test]
fn a_megabyte_of_text_is_cut_and_said_so() {
    let engine = engine();
    let text = "my left eyelid has been twitching for four days and my palms tingle. ".repeat(15_000);
    assert!(text.len() > 1_000_000);
    let r = engine.check(&Request::text(&text));
    assert!(r.truncated);
    assert!(r.message.contains(&MAX_TEXT_CHARS.to_string()), "message: {}", r.message);
    assert!(r.findings.iter().any(|f| f.id == "eyelid_twitch" && f.present));
}

#[test]
fn hostile_strings_are_plain_text() {
    let engine = engine();
    for text in [
        "",
        " ",
        "\u{0}\u{1}\u{7f}",
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "\u{202e}ffo\u{202c} \u{200b}\u{feff}",
        "🧠🦶✋🏽👁️",
        "。。。，，，！！！",
        "ｍｙ　ＥＹＥＬＩＤ　ｔｗｉｔｃｈｅｓ",
        "for 99999999999999999999999 days",
        "I am 999 years old",
        "no no no no no not not never without",
    ] {
        let r = engine.check(&Request::text(text));
        let json = serde_json::to_string(&r).expect("a result serialises");
        // Markup, control and invisible characters, emoji, punctuation and bare negations are
        // read as nothing: no finding, no warning sign, no cause, no level.
        if !text.contains("ｍｙ") && !text.contains("99999") && !text.contains("999 years") {
            assert!(r.findings.iter().all(|f| !f.present), "{text:?}: {:?}", r.findings);
            assert!(r.red_flags.is_empty() && r.conditions.is_empty() && r.triage.is_none(), "{text:?}: {json}");
        }
        // The engine adds no markup of its own: a result has '<' only where the text had one.
        if !text.contains('<') {
            assert!(!json.contains('<'), "{text:?}: {json}");
        }
    }
    // Full-width letters are read as the words they are.
    let r = engine.check(&Request::text("ｍｙ　ＥＹＥＬＩＤ　ｔｗｉｔｃｈｅｓ"));
    assert!(r.findings.iter().any(|f| f.id == "eyelid_twitch" && f.present), "{:?}", r.findings);
    // Numbers beyond reason are not a duration or an age.
    let r = engine.check(&Request::text("my hand is numb for 99999999999999999999999 days"));
    assert!(r.duration_days.is_none_or(|d| d.is_finite() && d < 1e9), "{:?}", r.duration_days);
    let r = engine.check(&Request::text("I am 999 years old and my hand is numb"));
    assert!(r.age.is_none(), "{:?}", r.age);
}

#[test]
fn broken_kbs_report_where_the_problem_is() {
    for (kb, want) in
        [("", "line 1"), ("{", "line 1"), ("[]", "must be a JSON object"), (r#"{"meta": 5}"#, "missing top-level key")]
    {
        match Engine::from_json(kb) {
            Ok(_) => panic!("{kb:?} loaded"),
            Err(e) => assert!(e.to_string().contains(want), "{kb:?}: {e}"),
        }
    }
}
