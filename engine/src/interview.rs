//! Choosing the next follow-up questions.
//!
//! 1. Red-flag questions first: a question whose finding can fire a red flag that has not
//!    fired yet, when the question is relevant to what the patient described (its
//!    `ask_if_any` findings, or another finding of the same red flag, is present). More urgent
//!    red flags come first. Once an emergency red flag has fired nothing more is asked.
//! 2. Then the question with the greatest expected information gain (in bits) over the
//!    leading causes, using P(finding | condition) from the KB and the finding's base rate for
//!    conditions that do not list it.
//! 3. Stop when the leading cause is clear (posterior ≥ 0.85) and no red-flag question is
//!    open, or when no question is worth asking (gain < 0.03 bits).

use std::collections::HashSet;

use crate::infer::Scored;
use crate::schema::KnowledgeBase;
use crate::triage::Triage;
use crate::understand::Facts;

/// Posterior of the leading cause at which the interview stops.
pub const CONFIDENT: f64 = 0.85;

/// Smallest expected information gain worth a question, in bits.
pub const MIN_GAIN: f64 = 0.03;

/// How many leading causes the information gain is computed over.
pub const LEADING: usize = 6;

/// Why a question is asked, as the patient is told it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Its answer can fire this red flag (index), the most urgent one it can fire.
    WarningSign(usize),
    /// Its answer moves these leading causes (condition indices) apart: the one it fits best and,
    /// when another leading cause fits it less, that one.
    TellsApart(usize, Option<usize>),
}

/// A question worth asking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Next {
    /// Question index.
    pub question: usize,
    /// True when it can fire a red flag.
    pub red_flag: bool,
    /// Expected information gain in bits (0 for red-flag questions).
    pub gain: f64,
    /// Why it is asked.
    pub reason: Reason,
}

/// What the interview needs from the engine.
pub struct Context<'a> {
    /// The KB.
    pub kb: &'a KnowledgeBase,
    /// What was read and answered.
    pub facts: &'a Facts,
    /// Ranked candidates.
    pub ranked: &'a [Scored],
    /// Indices of red flags that fired.
    pub fired: &'a [usize],
    /// Questions already answered.
    pub answered: &'a HashSet<usize>,
    /// Base rate of each finding.
    pub base_rates: &'a [f64],
    /// For each condition, its evidence as (finding, p).
    pub evidence: &'a [Vec<(usize, f64)>],
    /// For each red flag, the indices of its findings (`all` then `any`).
    pub red_flag_findings: &'a [Vec<usize>],
    /// For each red flag, the indices of its `all` findings.
    pub red_flag_all: &'a [Vec<usize>],
    /// For each finding, the red flags that name it (the inverse of `red_flag_findings`).
    pub red_flags_of_finding: &'a [Vec<usize>],
    /// Question index → finding index.
    pub question_finding: &'a [usize],
    /// For each question, the indices of its `ask_if_any` findings.
    pub question_ask_if: &'a [Vec<usize>],
}

fn entropy(p: &[f64]) -> f64 {
    p.iter().filter(|x| **x > 0.0).map(|x| -x * x.log2()).sum()
}

/// The next questions, best first, at most `max`.
pub fn next_questions(cx: &Context<'_>, max: usize) -> Vec<Next> {
    let kb = cx.kb;
    if !cx.facts.any_present() || cx.fired.iter().any(|&r| kb.red_flags[r].level == Triage::Emergency) {
        return Vec::new();
    }
    let open = |qi: usize| !cx.answered.contains(&qi) && cx.facts.state[cx.question_finding[qi]].is_none();
    let relevant =
        |qi: usize| cx.question_ask_if[qi].is_empty() || cx.question_ask_if[qi].iter().any(|&f| cx.facts.present(f));

    let mut red: Vec<(Triage, usize, usize)> = Vec::new();
    for qi in 0..kb.questions.len() {
        if !open(qi) {
            continue;
        }
        let f = cx.question_finding[qi];
        let open_flags: Vec<usize> = cx.red_flags_of_finding[f]
            .iter()
            .copied()
            .filter(|ri| !cx.fired.contains(ri))
            // A flag whose other required findings are not there cannot fire on this answer.
            .filter(|&ri| cx.red_flag_all[ri].iter().all(|&g| g == f || cx.facts.possible(g)))
            .filter(|&ri| {
                if cx.question_ask_if[qi].is_empty() {
                    cx.red_flag_findings[ri].iter().any(|&g| g != f && cx.facts.present(g))
                } else {
                    relevant(qi)
                }
            })
            .collect();
        let level = open_flags.iter().map(|&ri| kb.red_flags[ri].level).max();
        // The reason names an urgent or emergency flag that the finding triggers (in its `all`)
        // rather than one it only completes, the most urgent of those.
        let reason =
            open_flags.iter().copied().filter(|&ri| kb.red_flags[ri].level >= Triage::Urgent).max_by_key(|&ri| {
                let flag = &kb.red_flags[ri];
                (cx.red_flag_all[ri].contains(&f), flag.level, std::cmp::Reverse(ri))
            });
        if let (Some(level), Some(ri)) = (level, reason) {
            if level >= Triage::Urgent {
                red.push((level, qi, ri));
            }
        }
    }
    crate::sorting::sort_by(&mut red, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<Next> = red
        .iter()
        .map(|&(_, qi, ri)| Next { question: qi, red_flag: true, gain: 0.0, reason: Reason::WarningSign(ri) })
        .collect();

    let leading: Vec<&Scored> = cx.ranked.iter().take(LEADING).collect();
    let confident = leading.first().is_some_and(|s| s.posterior >= CONFIDENT);
    if !leading.is_empty() && (!confident || !out.is_empty()) {
        let total: f64 = leading.iter().map(|s| s.posterior).sum();
        let prior: Vec<f64> = leading.iter().map(|s| s.posterior / total).collect();
        let h0 = entropy(&prior);
        let mut gains: Vec<Next> = Vec::new();
        for qi in 0..kb.questions.len() {
            if !open(qi) || !relevant(qi) || out.iter().any(|n| n.question == qi) {
                continue;
            }
            let f = cx.question_finding[qi];
            let p_f: Vec<f64> = leading
                .iter()
                .map(|s| {
                    cx.evidence[s.condition].iter().find(|(g, _)| *g == f).map(|(_, p)| *p).unwrap_or(cx.base_rates[f])
                })
                .collect();
            let p_yes: f64 = prior.iter().zip(&p_f).map(|(a, b)| a * b).sum();
            if p_yes <= 0.0 || p_yes >= 1.0 {
                continue;
            }
            let post_yes: Vec<f64> = prior.iter().zip(&p_f).map(|(a, b)| a * b / p_yes).collect();
            let post_no: Vec<f64> = prior.iter().zip(&p_f).map(|(a, b)| a * (1.0 - b) / (1.0 - p_yes)).collect();
            let gain = h0 - p_yes * entropy(&post_yes) - (1.0 - p_yes) * entropy(&post_no);
            if gain >= MIN_GAIN {
                let fits = (0..p_f.len()).max_by(|&a, &b| p_f[a].total_cmp(&p_f[b]).then(b.cmp(&a))).unwrap_or(0);
                let least = (0..p_f.len()).min_by(|&a, &b| p_f[a].total_cmp(&p_f[b]).then(a.cmp(&b)));
                let other = least.filter(|&l| p_f[l] < p_f[fits]).map(|l| leading[l].condition);
                gains.push(Next {
                    question: qi,
                    red_flag: false,
                    gain,
                    reason: Reason::TellsApart(leading[fits].condition, other),
                });
            }
        }
        crate::sorting::sort_by(&mut gains, |a, b| b.gain.total_cmp(&a.gain).then(a.question.cmp(&b.question)));
        out.extend(gains);
    }
    out.truncate(max);
    out
}
