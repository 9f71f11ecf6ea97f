//! The interview as screens (`CheckResult::interview`): every open warning sign asked together
//! first, then a few questions that tell the causes apart, one at a time, numbered against a
//! bound that never grows. Walked over every request of the neurology suite, answering "no" to
//! everything and then "yes" to everything. And the questions put in the third person to
//! someone writing about another person.

use std::collections::BTreeMap;

use symptom_engine::contract::InterviewStep;
use symptom_engine::{Answer, CheckResult, Engine, Request};

/// Walks the interview of `text`, answering every screen with `answer`; returns each result.
fn walk(engine: &Engine, text: &str, answer: Answer) -> Vec<CheckResult> {
    let mut answers: BTreeMap<String, Answer> = BTreeMap::new();
    let mut seen = Vec::new();
    for _ in 0..30 {
        let r = engine.check(&Request { answers: answers.clone(), ..Request::text(text) });
        let done = r.questions.is_empty();
        match r.interview {
            Some(InterviewStep::WarningSigns) => {
                for q in &r.questions {
                    answers.insert(q.id.to_string(), answer);
                }
            }
            Some(InterviewStep::Question { .. }) => {
                answers.insert(r.questions[0].id.to_string(), answer);
            }
            None => {}
        }
        seen.push(r);
        if done {
            return seen;
        }
    }
    panic!("{text}: the interview did not end");
}

#[test]
fn the_seed_question_asks_its_warning_signs_together_then_one_question_at_a_time() {
    let engine = Engine::bundled().expect("bundled KB");
    let text =
        "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side";
    let steps = walk(&engine, text, Answer::No);
    let first = &steps[0];
    assert_eq!(first.interview, Some(InterviewStep::WarningSigns));
    assert!(first.questions.len() >= 3 && first.questions.iter().all(|q| q.red_flag), "{:?}", first.questions);
    assert!(
        steps[1..].iter().any(|r| matches!(r.interview, Some(InterviewStep::Question { number: 1, .. }))),
        "a question that tells the causes apart follows"
    );
    assert!(steps.len() <= 1 + 3 + 1, "{} screens", steps.len());
}

#[test]
fn every_suite_interview_keeps_its_count_and_its_screens() {
    let engine = Engine::bundled().expect("bundled KB");
    let suite = include_str!("../../eval/vignettes.jsonl");
    for line in suite.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("case");
        let text = case["text"].as_str().expect("text");
        for answer in [Answer::No, Answer::Yes] {
            let steps = walk(&engine, text, answer);
            let mut last: Option<(usize, usize)> = None;
            for r in &steps {
                let all_signs = r.questions.iter().all(|q| q.red_flag);
                match r.interview {
                    Some(InterviewStep::WarningSigns) => assert!(all_signs && !r.questions.is_empty(), "{text}"),
                    Some(InterviewStep::Question { number, at_most }) => {
                        assert!(!r.questions.is_empty() && !r.questions[0].red_flag, "{text}");
                        assert!(number <= at_most, "{text}: question {number} of at most {at_most}");
                        if let Some((n, m)) = last {
                            assert_eq!(number, n + 1, "{text}: numbered one by one");
                            assert!(at_most <= m, "{text}: the bound grew from {m} to {at_most}");
                        }
                        last = Some((number, at_most));
                    }
                    None => assert!(r.questions.is_empty(), "{text}: questions without a step"),
                }
            }
        }
    }
}

#[test]
fn questions_about_someone_else_are_put_in_the_third_person() {
    let engine = Engine::bundled().expect("bundled KB");
    let kb = engine.kb();
    assert!(kb.questions.iter().all(|q| !q.text_other.en.is_empty() && !q.text_other.zh_tw.is_empty()));
    let first = |req: Request| engine.check(&req).questions.first().map(|q| q.text.clone()).unwrap_or_default();
    let own = first(Request::text("I wake up with tingling in both palms"));
    let theirs = first(Request::text("my dad's palms tingle when he wakes up"));
    assert!(!own.contains("their") && theirs.contains("their"), "{own} / {theirs}");
    assert!(first(Request::text("我爸爸早上起來兩手都麻麻的")).contains("對方"));
    // The request says so, either way.
    let asked =
        first(Request { about_someone_else: Some(true), ..Request::text("I wake up with tingling in both palms") });
    assert_eq!(asked, theirs);
    let told =
        first(Request { about_someone_else: Some(false), ..Request::text("my dad's palms tingle when he wakes up") });
    assert_eq!(told, own);
}
