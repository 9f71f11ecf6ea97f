//! The engine's own tests: loading the bundled KB in parts and languages, the indexes built
//! lazily or by the warm-up, the blank path, and why each question is asked.

use super::Engine;
use crate::Request;
use std::collections::BTreeMap;

#[test]
fn an_engine_with_articles_when_warm_never_builds_them_in_a_check() {
    let text = "I wake up with tingling in both palms after sleeping on my side";
    let eager = Engine::bundled().expect("bundled KB");
    assert!(!eager.check(&Request::text(text)).similar.is_empty(), "a plain engine builds the index in a check");
    let lazy = Engine::bundled().expect("bundled KB").articles_when_warm();
    let before = lazy.check(&Request::text(text));
    assert!(before.similar.is_empty() && !lazy.is_warm(), "no similar questions before the warm-up");
    assert!(!before.conditions.is_empty(), "the rest of the check is unchanged");
    let mut warmup = lazy.warmup();
    while !warmup.step(6) {}
    assert!(lazy.is_warm());
    assert_eq!(lazy.check(&Request::text(text)).similar, eager.check(&Request::text(text)).similar);
}

#[test]
fn every_question_says_why_it_is_asked_and_a_warning_sign_is_asked_only_when_it_can_fire() {
    use crate::{Answer, Lang};
    let engine = Engine::bundled().expect("bundled KB");
    let text = "I wake up with tingling in both palms after sleeping on my side";
    let first = engine.check(&Request::text(text));
    assert!(!first.questions.is_empty());
    for q in &first.questions {
        assert!(!q.why.is_empty(), "{}: no reason", q.id);
        assert_eq!(q.red_flag, q.why.contains("warning sign"), "{}: {}", q.id, q.why);
    }
    // The warning-sign questions answered no, the rest tell the leading causes apart.
    let mut answers = BTreeMap::new();
    let mut r = first;
    while let Some(q) = r.questions.iter().find(|q| q.red_flag) {
        answers.insert(q.id.0.clone(), Answer::No);
        r = engine.check(&Request { answers: answers.clone(), ..Request::text(text) });
    }
    let q = r.questions.first().expect("a question that tells causes apart");
    assert!(q.why.contains("Carpal tunnel") || q.why.contains("Pressure"), "{}", q.why);
    // A flag that needs another finding which is absent is no reason: with neither a wound
    // nor cramps, the diabetes and neck-surgery questions are not warning-sign questions.
    assert!(!r.questions.iter().any(|q| q.red_flag), "{:?}", r.questions);
    let zh = engine.check(&Request { lang: Some(Lang::ZhTw), ..Request::text("醒來兩手手掌麻麻的") });
    assert!(zh.questions.iter().all(|q| !q.why.is_empty() && !q.why.is_ascii()), "{:?}", zh.questions);
}

#[test]
fn the_bundled_phrase_index_is_built_by_the_first_message_or_warm() {
    let engine = Engine::bundled().expect("bundled KB");
    assert!(engine.check(&Request::default()).conditions.is_empty());
    assert!(engine.phrases.get().is_none(), "an empty request needs no phrase index");
    let r = engine.check(&Request::text("my eyelid has been twitching for days"));
    assert!(engine.phrases.get().is_some());
    assert!(!r.conditions.is_empty());

    let engine = Engine::bundled().expect("bundled KB");
    assert!(!engine.kb().articles.is_read(), "the articles are read on first use");
    engine.warm();
    assert!(engine.phrases.get().is_some() && engine.articles.get().is_some());
    assert!(engine.kb().articles.is_read());
}

#[test]
fn a_blank_request_gets_what_the_whole_pipeline_gives_it() {
    use crate::{Answer, Lang, Sex};
    let engine = Engine::bundled().expect("bundled KB");
    let long_blank = " \n\t\u{3000}".repeat(crate::MAX_TEXT_CHARS);
    let blanks = [
        Request::default(),
        Request { lang: Some(Lang::ZhTw), ..Request::text("   ") },
        Request { age: Some(71), sex: Some(Sex::Female), ..Request::text("\n\t") },
        Request { ignored: vec!["numbness".into()], ..Request::text("\u{3000}") },
        Request::text(&long_blank),
    ];
    for req in &blanks {
        assert!(req.is_blank(), "{req:?}");
        assert_eq!(super::blank_result(req, "112"), engine.read_and_check(req, "112"), "{req:?}");
        assert_eq!(engine.check_with_number(req, "112"), engine.read_and_check(req, "112"));
    }
    assert!(super::blank_result(&blanks[4], "112").truncated);
    assert!(engine.phrases.get().is_none(), "a blank request needs no phrase index");
    // Anything to read, pick, deny or answer is not blank.
    let answered = BTreeMap::from([("q_sudden_onset".to_string(), Answer::Yes)]);
    for req in [
        Request::text("numb"),
        Request { picked: vec!["numbness".into()], ..Request::default() },
        Request { denied: vec!["weakness".into()], ..Request::default() },
        Request { answers: answered, ..Request::default() },
    ] {
        assert!(!req.is_blank(), "{req:?}");
    }
}

#[test]
fn the_bundled_kb_read_in_two_parts_is_the_whole_kb() {
    let mut whole: crate::KnowledgeBase = serde_json::from_str(crate::BUNDLED_KB).expect("bundled KB");
    let _ = crate::kb::screen::merge(&mut whole, crate::kb::screen::bundled());
    assert!(crate::BUNDLED_CORE.contains("\"articles\":[]"));
    assert_eq!(crate::BUNDLED_CORE.len() + crate::BUNDLED_ARTICLES.len(), crate::BUNDLED_KB.len() + 2);
    let engine = Engine::bundled().expect("bundled KB");
    assert!(whole.articles.len() > 50);
    assert_eq!(engine.kb(), &whole);
}

#[test]
fn the_bundled_kb_works_without_articles_and_with_one_language_of_them() {
    let text = "my hands tingle when I wake up after sleeping on my side";
    let none = Engine::bundled_with_articles(None).expect("bundled KB");
    assert!(none.kb().articles.is_empty());
    let full = Engine::bundled().expect("bundled KB");
    let (a, b) = (none.check(&Request::text(text)), full.check(&Request::text(text)));
    assert_eq!(
        (a.triage, a.conditions.first().map(|c| c.id.clone())),
        (b.triage, b.conditions.first().map(|c| c.id.clone()))
    );
    assert!(a.similar.is_empty() && !b.similar.is_empty());

    // English only, as in the widget's articles.en.json: the same best match (the rest of
    // the ranking may move a little: the Chinese text no longer counts), Chinese falls back.
    let mut articles: Vec<crate::schema::Article> = serde_json::from_str(crate::BUNDLED_ARTICLES).expect("articles");
    for a in &mut articles {
        a.title.zh_tw.clear();
        a.question.zh_tw.clear();
        a.answer.zh_tw.clear();
    }
    let json = serde_json::to_string(&articles).expect("json");
    let english = Engine::bundled_with_articles(Some(json.as_str().into())).expect("bundled KB");
    let c = english.check(&Request::text(text));
    assert_eq!(c.similar.first().map(|s| &s.id), b.similar.first().map(|s| &s.id));
    assert_eq!(c.similar.len(), b.similar.len());
    let first = &english.kb().articles[0];
    assert_eq!(crate::Lang::ZhTw.pick(&first.title), first.title.en);
    assert!(!first.title.en.is_empty());

    // Articles that do not parse: none, and the engine still works.
    let broken = Engine::bundled_with_articles(Some("[{".into())).expect("bundled KB");
    assert!(broken.kb().articles.is_empty() && broken.check(&Request::text(text)).triage.is_some());
}

/// `kb` in one language only, as in the widget's `kb.<lang>.json`: every object that has
/// both `en` and `zh-TW` loses the other language's text or list (texts, phrases, word
/// groups).
fn one_language(kb: &mut serde_json::Value, keep: &str) {
    match kb {
        serde_json::Value::Object(map) => {
            if map.contains_key("en") && map.contains_key("zh-TW") {
                map.remove(if keep == "en" { "zh-TW" } else { "en" });
            }
            for v in map.values_mut() {
                one_language(v, keep);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| one_language(v, keep)),
        _ => {}
    }
}

fn in_language(keep: &str) -> String {
    let mut kb: serde_json::Value = serde_json::from_str(crate::BUNDLED_CORE).expect("bundled KB");
    one_language(&mut kb, keep);
    serde_json::to_string(&kb).expect("json")
}

fn ids(r: &crate::CheckResult) -> Vec<String> {
    r.conditions.iter().map(|c| c.id.0.clone()).collect()
}

#[test]
fn the_bundled_kb_in_one_language_reads_that_language_and_asks_for_the_other() {
    let (en, zh) = (in_language("en"), in_language("zh-TW"));
    let both = Engine::bundled().expect("bundled KB");
    let zh_only = Engine::bundled_from(&zh, None, Some(crate::BUNDLED_ARTICLES.into())).expect("zh-TW only");
    let en_only = Engine::bundled_from(&en, None, None).expect("en only");

    // Its own language: the same result as the whole KB.
    let (a, b) =
        (zh_only.check(&Request::text("我的眼皮一直跳了三天")), both.check(&Request::text("我的眼皮一直跳了三天")));
    assert_eq!((a.triage, ids(&a), a.needs_phrases), (b.triage, ids(&b), None));
    let palms = "my hands tingle when I wake up after sleeping on my side";
    let (a, b) = (en_only.check(&Request::text(palms)), both.check(&Request::text(palms)));
    assert_eq!((a.triage, ids(&a), a.needs_phrases), (b.triage, ids(&b), None));
    let cause = &zh_only.kb().conditions[0];
    assert!(cause.name.en.is_empty() && !cause.name.zh_tw.is_empty());
    assert_eq!(crate::Lang::En.pick(&cause.name), cause.name.zh_tw, "English falls back to the text there is");

    // The other language: no causes and no triage, a message that says why, until the other
    // file is added; then the whole KB's result.
    let a = en_only.check(&Request { lang: Some(crate::Lang::En), ..Request::text("我的眼皮一直跳了三天") });
    assert_eq!((a.needs_phrases, a.triage, a.conditions.len()), (Some(crate::Lang::ZhTw), None, 0));
    assert!(a.message.contains("Chinese words"), "{}", a.message);
    let mixed = zh_only.check(&Request::text("我的手 numbness 三天"));
    assert_eq!(mixed.needs_phrases, Some(crate::Lang::En));
    let merged = Engine::bundled_from(&en, Some(&zh), None).expect("both files");
    assert_eq!(
        merged.kb(),
        Engine::bundled_with_articles(None).expect("bundled KB").kb(),
        "both files are the whole KB"
    );
    let a = merged.check(&Request::text("我的眼皮一直跳了三天"));
    assert_eq!(
        (a.needs_phrases, a.triage, ids(&a)),
        (None, b_triage(&both, "我的眼皮一直跳了三天"), ids(&both.check(&Request::text("我的眼皮一直跳了三天"))))
    );

    // An emergency read in the engine's own language stays an emergency meanwhile.
    let stroke = "sudden weakness in my left arm and my face droops 還有說話不清楚";
    let a = en_only.check(&Request::text(stroke));
    assert_eq!((a.needs_phrases, a.triage), (Some(crate::Lang::ZhTw), Some(crate::Triage::Emergency)));

    // The other file could not be loaded (offline): no more waiting; what was read stands,
    // marked unsure, and the message says which words were not read and what to do.
    let unavailable = Some(crate::Lang::ZhTw);
    let a =
        en_only.check(&Request {
            lang: Some(crate::Lang::En), unavailable, ..Request::text("我的眼皮一直跳了三天")
        });
    assert_eq!((a.needs_phrases, a.uncertain), (None, true));
    assert!(a.message.contains("could not be loaded") && a.message.contains("English"), "{}", a.message);
    let part = "my left eyelid has been twitching for three days 還有手麻";
    let a = en_only.check(&Request { lang: Some(crate::Lang::En), unavailable, ..Request::text(part) });
    assert_eq!((a.needs_phrases, a.triage, a.uncertain), (None, Some(crate::Triage::SelfCare), true));
    assert_eq!(ids(&a).first().map(String::as_str), Some("eyelid_myokymia"));
}

fn b_triage(engine: &Engine, text: &str) -> Option<crate::Triage> {
    engine.check(&Request::text(text)).triage
}

#[test]
fn a_bundled_kb_text_from_another_version_or_broken_is_refused() {
    let other = crate::BUNDLED_CORE.replacen(
        &format!("\"version\":\"{}\"", crate::BUNDLED_VERSION),
        "\"version\":\"0.0.1\"",
        1,
    );
    assert_ne!(other, crate::BUNDLED_CORE);
    let err = Engine::bundled_from(&other, None, None).expect_err("another version");
    assert_eq!(err.diagnostics[0].path, "$.meta");
    assert!(err.diagnostics[0].message.contains("0.0.1"), "{}", err.diagnostics[0].message);
    let err = Engine::bundled_from("{\"meta\": ", None, None).expect_err("broken");
    assert!(!err.diagnostics.is_empty());
    let err = Engine::bundled_from("<!doctype html><p>Not found</p>", None, None).expect_err("not JSON");
    assert!(!err.diagnostics.is_empty());
    let err = Engine::bundled_from(crate::BUNDLED_CORE, Some("[1"), None).expect_err("other file broken");
    assert!(!err.diagnostics.is_empty());
}

#[test]
fn a_stepped_warmup_builds_the_same_indexes_as_warm() {
    let text = "my hands tingle when I wake up after sleeping on my side";
    let warm = Engine::bundled().expect("bundled KB");
    warm.warm();
    let stepped = Engine::bundled().expect("bundled KB");
    let mut warmup = stepped.warmup();
    let mut steps = 1;
    while !warmup.step(8) {
        assert!(stepped.articles.get().is_none(), "the index is set only by the last step");
        steps += 1;
    }
    let articles = stepped.kb().articles.len();
    assert_eq!(steps, 1 + articles.div_ceil(8), "one step for the phrases, then 8 articles a step");
    assert!(stepped.phrases.get().is_some() && stepped.articles.get().is_some());
    assert_eq!(stepped.similar(text, 5), warm.similar(text, 5));
    assert!(!warm.similar(text, 5).is_empty());
    assert_eq!(stepped.articles.get().map(|a| &a.findings), warm.articles.get().map(|a| &a.findings));

    // A check that needs the index mid-way builds it; the warm-up then stops at once.
    let engine = Engine::bundled().expect("bundled KB");
    let mut warmup = engine.warmup();
    assert!(!warmup.step(8) && !warmup.step(8));
    assert!(!engine.check(&Request::text(text)).similar.is_empty());
    assert!(warmup.step(8));
}

#[test]
fn articles_that_do_not_parse_leave_the_list_empty_and_say_why() {
    let engine = Engine::bundled_with_articles(Some("[{\"id\": ".into())).expect("bundled KB");
    assert!(engine.kb().articles.error().is_none(), "not read before use");
    assert!(engine.kb().articles.is_empty());
    let why = engine.kb().articles.error().expect("a reason");
    assert!(why.contains("line 1"), "{why}");
    let fine = Engine::bundled().expect("bundled KB");
    assert!(!fine.kb().articles.is_empty() && fine.kb().articles.error().is_none());
}

#[test]
fn the_bundled_emergency_number_is_the_bundled_kbs() {
    let engine = Engine::bundled().expect("bundled KB");
    assert_eq!(crate::BUNDLED_EMERGENCY_NUMBER, engine.kb().meta.emergency_number);
    assert!(!crate::BUNDLED_EMERGENCY_NUMBER.is_empty());
}

#[test]
fn an_interview_ends_after_its_most_questions() {
    use super::questions::MAX_INTERVIEW;
    use crate::Answer;
    let engine = Engine::bundled().expect("bundled KB");
    let text = "I wake up with tingling in both palms after sleeping on my side";
    let asked: Vec<String> = engine.check(&Request::text(text)).questions.iter().map(|q| q.id.0.clone()).collect();
    // Questions about other complaints answered "no": they count towards the interview's
    // length, and leave this complaint's questions open.
    let others: Vec<String> =
        engine.kb().questions.iter().map(|q| q.id.0.clone()).filter(|id| !asked.contains(id)).collect();
    let with = |n: usize| {
        let answers: BTreeMap<String, Answer> = others.iter().take(n).map(|id| (id.clone(), Answer::No)).collect();
        engine.check(&Request { answers, ..Request::text(text) })
    };
    let before = with(MAX_INTERVIEW - 1);
    assert!(before.questions.len() == 1, "one question left: {:?}", before.questions);
    assert!(with(MAX_INTERVIEW).questions.is_empty());
}
