//! Compiles a KB into the indexes a check uses, once per engine: KB records are named by id
//! (strings), a check works on positions. Each step of the check reads the parts it needs
//! from [`Indexes`] instead of searching the KB by id.

use std::collections::HashMap;

use crate::schema::{KnowledgeBase, Lang};

/// The KB by position: findings, questions, evidence and red flags as indices.
#[derive(Debug, Clone)]
pub(super) struct Indexes {
    /// Finding id → finding index.
    pub findings: HashMap<String, usize>,
    /// Question id → question index.
    pub questions: HashMap<String, usize>,
    /// Base rate of each finding (the KB's, or [`crate::DEFAULT_BASE_RATE`]).
    pub base_rates: Vec<f64>,
    /// For each condition, its evidence as (finding, p).
    pub evidence: Vec<Vec<(usize, f64)>>,
    /// For each red flag, its `all` findings.
    pub rf_all: Vec<Vec<usize>>,
    /// For each red flag, its `any` findings.
    pub rf_any: Vec<Vec<usize>>,
    /// For each red flag, its `none` findings.
    pub rf_none: Vec<Vec<usize>>,
    /// For each red flag, its `all` then its `any` findings.
    pub rf_findings: Vec<Vec<usize>>,
    /// For each finding, the red flags that name it.
    pub rf_of_finding: Vec<Vec<usize>>,
    /// For each question, the finding it asks about.
    pub question_finding: Vec<usize>,
    /// For each question, its `ask_if_any` findings.
    pub question_ask_if: Vec<Vec<usize>>,
    /// For each condition, the finding index of each escalation rule's `finding`.
    pub escalation_findings: Vec<Vec<Option<usize>>>,
    /// The red flags that come from the general screen (by index).
    pub screen_flags: Vec<usize>,
}

impl Indexes {
    /// The indexes of `kb` (with the general screen already merged in).
    pub fn of(kb: &KnowledgeBase) -> Indexes {
        let findings: HashMap<String, usize> =
            kb.findings.iter().enumerate().map(|(i, f)| (f.id.0.clone(), i)).collect();
        let questions: HashMap<String, usize> =
            kb.questions.iter().enumerate().map(|(i, q)| (q.id.0.clone(), i)).collect();
        let fx = |id: &str| findings.get(id).copied();
        let base_rates = kb.findings.iter().map(|f| f.base_rate.unwrap_or(crate::DEFAULT_BASE_RATE)).collect();
        let evidence = kb
            .conditions
            .iter()
            .map(|c| c.evidence.iter().filter_map(|e| fx(e.finding.as_str()).map(|i| (i, e.p))).collect())
            .collect();
        let rf_all: Vec<Vec<usize>> =
            kb.red_flags.iter().map(|r| r.when.all.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let rf_any: Vec<Vec<usize>> =
            kb.red_flags.iter().map(|r| r.when.any.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let rf_none: Vec<Vec<usize>> =
            kb.red_flags.iter().map(|r| r.when.none.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let rf_findings: Vec<Vec<usize>> =
            rf_all.iter().zip(&rf_any).map(|(a, b)| a.iter().chain(b).copied().collect()).collect();
        let mut rf_of_finding: Vec<Vec<usize>> = vec![Vec::new(); kb.findings.len()];
        for (ri, fs) in rf_findings.iter().enumerate() {
            for &f in fs {
                if !rf_of_finding[f].contains(&ri) {
                    rf_of_finding[f].push(ri);
                }
            }
        }
        let question_finding = kb.questions.iter().map(|q| fx(q.finding.as_str()).unwrap_or(0)).collect();
        let question_ask_if =
            kb.questions.iter().map(|q| q.ask_if_any.iter().filter_map(|f| fx(f.as_str())).collect()).collect();
        let escalation_findings = kb
            .conditions
            .iter()
            .map(|c| c.escalation.iter().map(|e| e.when.finding.as_ref().and_then(|f| fx(f.as_str()))).collect())
            .collect();
        let screen = crate::kb::screen::bundled();
        let screen_flags =
            (0..kb.red_flags.len()).filter(|&r| screen.red_flags.iter().any(|s| s.id == kb.red_flags[r].id)).collect();
        Indexes {
            findings,
            questions,
            base_rates,
            evidence,
            rf_all,
            rf_any,
            rf_none,
            rf_findings,
            rf_of_finding,
            question_finding,
            question_ask_if,
            escalation_findings,
            screen_flags,
        }
    }
}

/// The languages a KB has phrases in (a bundled KB file has only its own language's).
pub(super) fn phrase_langs(kb: &KnowledgeBase) -> Vec<Lang> {
    [Lang::En, Lang::ZhTw]
        .into_iter()
        .filter(|&l| {
            kb.findings.iter().any(|f| match l {
                Lang::En => !f.phrases.en.is_empty(),
                Lang::ZhTw => !f.phrases.zh_tw.is_empty(),
            })
        })
        .collect()
}
