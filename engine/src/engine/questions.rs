//! The follow-up questions of a result, one screen of the interview: the interview
//! ([`crate::interview`]) chooses them on the engine's indexes; this makes the screen (every
//! open warning sign together, else the few questions that tell the causes apart, asked one at
//! a time) and writes each question in the result's language with why it is asked.

use std::collections::HashSet;

use super::causes::Causes;
use super::compile::Indexes;
use super::red_flags::Fired;
use crate::contract::{InterviewStep, Messages, QuestionResult};
use crate::interview::{self, Context, Reason};
use crate::schema::{KnowledgeBase, Lang};
use crate::understand::Facts;

/// How many questions that tell the causes apart a result offers at most (the first is asked).
const MAX_QUESTIONS: usize = 5;

/// How many warning signs one screen asks at most ("Do you have any of these?").
const MAX_SIGNS: usize = 10;

/// How many questions that tell the causes apart one interview asks, one at a time, at most.
pub const MAX_ALONE: usize = 3;

/// How many questions one interview asks at most, warning signs included: once this many are
/// answered, a result offers no more (the widget then shows the result).
pub const MAX_INTERVIEW: usize = 20;

/// The next screen of the interview, in `lang`, for what was read and answered (`facts`;
/// `asked`: the questions answered, and how many of them were asked one at a time), the
/// shown causes and the fired red flags: every open warning-sign question (most urgent first),
/// or else the questions that tell the causes apart (most telling first) while fewer than
/// [`MAX_ALONE`] were asked; with the step it is.
pub(super) fn results(
    kb: &KnowledgeBase,
    ix: &Indexes,
    facts: &Facts,
    asked: (&HashSet<usize>, usize),
    causes: &Causes,
    fired: &Fired,
    lang: Lang,
) -> (Vec<QuestionResult>, Option<InterviewStep>) {
    let (answered, alone) = asked;
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
    let left = MAX_INTERVIEW.saturating_sub(answered.len());
    let next = interview::next_questions(&cx, left);
    let signs = next.iter().take_while(|n| n.red_flag).count();
    let (screen, step) = if signs > 0 {
        (&next[..signs.min(MAX_SIGNS)], Some(InterviewStep::WarningSigns))
    } else {
        let n = next.len().min(MAX_QUESTIONS).min(MAX_ALONE.saturating_sub(alone));
        (&next[..n], (n > 0).then_some(InterviewStep::Question { number: alone + 1, at_most: MAX_ALONE }))
    };
    let questions = screen
        .iter()
        .map(|n| {
            let q = &kb.questions[n.question];
            let why = match n.reason {
                Reason::WarningSign(r) => Messages::why_warning(lang, lang.pick(&kb.red_flags[r].label)),
                Reason::TellsApart(fits, other) => {
                    Messages::why_tells_apart(lang, &name(fits), other.map(name).as_deref())
                }
            };
            // Put to someone writing about another person in the third person, when the KB has it.
            let text = match &q.text_other {
                other if facts.demographics.about_someone_else && !other.is_empty() => other,
                _ => &q.text,
            };
            QuestionResult {
                id: q.id.clone(),
                text: lang.pick(text).to_string(),
                options: q.options.clone(),
                red_flag: n.red_flag,
                why,
            }
        })
        .collect();
    (questions, step)
}
