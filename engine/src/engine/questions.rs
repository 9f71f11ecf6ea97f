//! The follow-up questions of a result: the interview ([`crate::interview`]) chooses them on
//! the engine's indexes; this writes each one in the result's language with why it is asked.

use std::collections::HashSet;

use super::causes::Causes;
use super::compile::Indexes;
use super::red_flags::Fired;
use crate::contract::{Messages, QuestionResult};
use crate::interview::{self, Context, Reason};
use crate::schema::{KnowledgeBase, Lang};
use crate::understand::Facts;

/// How many questions a result offers at most.
const MAX_QUESTIONS: usize = 5;

/// How many questions one interview asks at most: once this many are answered, a result offers
/// no more (the widget then shows the result).
pub const MAX_INTERVIEW: usize = 12;

/// The next questions, most important first, in `lang`, for what was read and answered
/// (`facts`; `answered`: the questions answered), the shown causes and the fired red flags.
pub(super) fn results(
    kb: &KnowledgeBase,
    ix: &Indexes,
    facts: &Facts,
    answered: &HashSet<usize>,
    causes: &Causes,
    fired: &Fired,
    lang: Lang,
) -> Vec<QuestionResult> {
    let cx = Context {
        kb,
        facts,
        ranked: &causes.shown,
        fired: &fired.flags,
        answered,
        base_rates: &ix.base_rates,
        evidence: &ix.evidence,
        red_flag_findings: &ix.rf_findings,
        red_flag_all: &ix.rf_all,
        red_flags_of_finding: &ix.rf_of_finding,
        question_finding: &ix.question_finding,
        question_ask_if: &ix.question_ask_if,
    };
    let name = |c: usize| lang.pick(&kb.conditions[c].name).to_string();
    let left = MAX_INTERVIEW.saturating_sub(answered.len()).min(MAX_QUESTIONS);
    interview::next_questions(&cx, left)
        .into_iter()
        .map(|n| {
            let q = &kb.questions[n.question];
            let why = match n.reason {
                Reason::WarningSign(r) => Messages::why_warning(lang, lang.pick(&kb.red_flags[r].label)),
                Reason::TellsApart(fits, other) => {
                    Messages::why_tells_apart(lang, &name(fits), other.map(name).as_deref())
                }
            };
            QuestionResult {
                id: q.id.clone(),
                text: lang.pick(&q.text).to_string(),
                options: q.options.clone(),
                red_flag: n.red_flag,
                why,
            }
        })
        .collect()
}
