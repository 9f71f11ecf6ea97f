//! The KB records a result names: a shown cause's advice, the similar questions' articles, the
//! topics and sources they lead to, a question's text, the emergency signs to list before a
//! check. Results carry ids; the widget and the summary render the records found here, so that
//! no view joins a result to the KB itself.

use std::collections::BTreeMap;

use crate::contract::{Answer, CheckResult};
use crate::schema::ids::{ConditionId, QuestionId};
use crate::schema::{Article, Condition, KnowledgeBase, Lang, Source, Topic};
use crate::triage::Triage;

/// A KB condition by id.
pub(super) fn condition<'k>(kb: &'k KnowledgeBase, id: &ConditionId) -> Option<&'k Condition> {
    kb.conditions.iter().find(|c| c.id == *id)
}

fn article<'k>(kb: &'k KnowledgeBase, id: &str) -> Option<&'k Article> {
    kb.articles.iter().find(|a| a.id.as_str() == id)
}

/// The articles of the result's similar questions, in its order.
pub(super) fn similar<'k>(kb: &'k KnowledgeBase, r: &CheckResult) -> Vec<&'k Article> {
    r.similar.iter().filter_map(|a| article(kb, a.id.as_str())).collect()
}

/// The topics linked to the result's causes or similar questions, each with its articles.
pub(super) fn topics<'k>(kb: &'k KnowledgeBase, r: &CheckResult) -> Vec<(&'k Topic, Vec<&'k Article>)> {
    kb.topics
        .iter()
        .filter(|t| {
            t.conditions.iter().any(|c| r.conditions.iter().any(|x| x.id == *c))
                || t.articles.iter().any(|a| r.similar.iter().any(|x| x.id == *a))
        })
        .map(|t| (t, t.articles.iter().filter_map(|a| article(kb, a.as_str())).collect()))
        .collect()
}

/// The sources cited by the result's causes and similar questions, each once, in the order
/// first cited; an id the catalogue lacks is left out.
pub(super) fn sources<'k>(kb: &'k KnowledgeBase, r: &CheckResult) -> Vec<&'k Source> {
    let cited = r
        .conditions
        .iter()
        .filter_map(|c| condition(kb, &c.id).map(|k| &k.sources))
        .chain(r.similar.iter().filter_map(|a| article(kb, a.id.as_str()).map(|k| &k.sources)))
        .flatten();
    let mut out: Vec<&Source> = Vec::new();
    for id in cited {
        if let Some(src) = kb.meta.sources.iter().find(|s| &s.id == id) {
            if !out.iter().any(|o| o.id == src.id) {
                out.push(src);
            }
        }
    }
    out
}

/// The text of a question in `lang`.
pub(super) fn question_text<'k>(kb: &'k KnowledgeBase, id: &str, lang: Lang) -> Option<&'k str> {
    kb.questions.iter().find(|q| q.id.as_str() == id).map(|q| lang.pick(&q.text))
}

/// The answered question (of `answers`) that settles `finding`, if any: a change the patient
/// makes to that finding replaces the answer.
pub(super) fn answered_question_for(
    kb: &KnowledgeBase,
    finding: &str,
    answers: &BTreeMap<String, Answer>,
) -> Option<QuestionId> {
    kb.questions
        .iter()
        .find(|q| q.finding.as_str() == finding && answers.contains_key(q.id.as_str()))
        .map(|q| q.id.clone())
}

/// The labels, in `lang`, of the red flags that are emergencies, to list before a check. A
/// label that has not arrived yet (a bundled KB's `-more` file) is left out.
pub(super) fn emergency_signs(kb: &KnowledgeBase, lang: Lang) -> Vec<&str> {
    kb.red_flags
        .iter()
        .filter(|r| r.level == Triage::Emergency)
        .map(|r| lang.pick(&r.label))
        .filter(|l| !l.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::contract::Request;
    use crate::schema::Lang;
    use crate::Engine;

    #[test]
    fn a_results_ids_lead_to_its_records() {
        let engine = Engine::bundled().expect("bundled KB");
        let r = engine.check(&Request {
            text: "my eyelid keeps twitching for a week".into(),
            age: Some(30),
            ..Request::default()
        });
        assert!(!r.conditions.is_empty() && !r.similar.is_empty(), "{r:?}");
        for c in &r.conditions {
            assert_eq!(engine.condition(&c.id).map(|k| k.id.as_str()), Some(c.id.as_str()));
        }
        let articles = engine.similar_articles(&r);
        assert_eq!(
            articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            r.similar.iter().map(|a| a.id.as_str()).collect::<Vec<_>>()
        );
        let sources = engine.sources_cited(&r);
        assert!(!sources.is_empty());
        let mut ids: Vec<_> = sources.iter().map(|s| s.id.as_str()).collect();
        ids.dedup();
        assert_eq!(ids.len(), sources.len(), "each source once");
        assert!(!engine.topics_of(&r).is_empty());
        assert!(engine.condition(&"no-such-cause".into()).is_none());
        assert!(!engine.emergency_signs(Lang::En).is_empty());
        let q = &engine.kb().questions[0];
        assert_eq!(engine.question_text(q.id.as_str(), Lang::ZhTw), Some(q.text.zh_tw.as_str()));
        let answers = [(q.id.0.clone(), crate::Answer::Yes)].into_iter().collect();
        assert_eq!(engine.answered_question_for(q.finding.as_str(), &answers), Some(q.id.clone()));
        assert_eq!(engine.answered_question_for(q.finding.as_str(), &Default::default()), None);
    }
}
