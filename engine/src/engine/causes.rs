//! The causes a check shows: the ranking ([`crate::infer`]) cut to the causes the engine stands
//! behind, diversified so that each reported complaint is answered near the top, with the
//! causes of fired red flags put first ([`crate::rule_out`]) and each cause's level for this
//! patient ([`super::escalation`]).

use super::compile::Indexes;
use super::escalation::condition_level;
use super::patient::Patient;
use super::red_flags::Fired;
use super::report::round3;
use crate::contract::{ConditionResult, Why};
use crate::infer::{self, Scored};
use crate::schema::{KnowledgeBase, Lang};
use crate::text::normalize::lower_first;
use crate::triage::Triage;
use crate::understand::Facts;

/// Lowest posterior a cause needs to be shown.
pub const SHOW_MIN_POSTERIOR: f64 = 0.03;
/// How many causes are shown at most.
pub const SHOW_MAX: usize = 5;
/// Below this posterior for the leading cause, the result says it is unsure.
pub const UNSURE_BELOW: f64 = 0.35;
/// Lowest posterior a cause needs to be shown when it is the best cause of a reported
/// complaint that no cause before it explains.
const SHOW_MIN_NEW_COMPLAINT: f64 = 0.005;

/// The causes shown, best first.
#[derive(Debug, Clone)]
pub(super) struct Causes {
    /// Each shown cause with its score and the factors for and against it.
    pub shown: Vec<Scored>,
    /// For each shown cause, whether a fired red flag names it (listed first, to rule out).
    pub rule_out_first: Vec<bool>,
    /// For each shown cause, its level for this patient.
    pub levels: Vec<Triage>,
    /// Every candidate cause as ranked (the pool each complaint's causes come from).
    pub ranked: Vec<Scored>,
}

impl Causes {
    /// Ranks the KB's conditions on `facts` and keeps the ones to show.
    pub fn of(kb: &KnowledgeBase, ix: &Indexes, facts: &Facts, fired: &Fired, patient: &Patient) -> Causes {
        let (age, sex) = (patient.age, patient.sex);
        let ranked = infer::rank(kb, facts, &ix.base_rates, &ix.evidence, age, sex);
        let (shown, rule_out_first) = crate::rule_out::put_first(
            kb,
            facts,
            &ix.base_rates,
            &ix.evidence,
            &fired.flags,
            shown(ranked.clone(), facts),
            (age, sex),
        );
        let (shown, rule_out_first, ranked) =
            if fired.outside_specialty(kb, ix, facts, &shown.iter().map(|s| s.condition).collect::<Vec<_>>()) {
                (Vec::new(), Vec::new(), Vec::new())
            } else {
                (shown, rule_out_first, ranked)
            };
        // Beside an emergency that only the general screen reads, a cause of the specialty
        // that rests on one complaint the emergency does not name (a weak leg beside a broken
        // hip, a back pain beside a collapse) would contradict the banner: there, a cause needs
        // two complaints, or one that the emergency names (a curtain over one eye: a
        // mini-stroke).
        let (shown, rule_out_first, ranked) = if fired.foreign_emergency(kb, ix) {
            let two = |s: &Scored| {
                let complaint = |i: usize| facts.present(i) && facts.complaint[i];
                let mut own = s.for_.iter().filter(|f| f.present && complaint(f.finding));
                own.clone().count() >= 2 || own.any(|f| fired.emergency_names(kb, ix, facts, f.finding))
            };
            let keep: Vec<bool> = shown.iter().map(two).collect();
            let mut k = keep.iter();
            let rule_out_first = rule_out_first.into_iter().filter(|_| k.next().copied().unwrap_or(false)).collect();
            (shown.into_iter().filter(two).collect(), rule_out_first, ranked.into_iter().filter(two).collect())
        } else {
            (shown, rule_out_first, ranked)
        };
        let levels = shown.iter().map(|s| condition_level(kb, ix, s, facts)).collect();
        Causes { shown, rule_out_first, levels, ranked }
    }

    /// True when the leading cause is below [`UNSURE_BELOW`].
    pub fn uncertain(&self) -> bool {
        self.shown.first().is_some_and(|s| s.posterior < UNSURE_BELOW)
    }

    /// The first `n` causes (condition indices).
    pub fn leading(&self, n: usize) -> Vec<usize> {
        self.shown.iter().take(n).map(|s| s.condition).collect()
    }

    /// The causes as the result lists them, in `lang`: each with the labels of the findings
    /// for and against it ("no …" for an absent finding).
    pub fn results(&self, kb: &KnowledgeBase, lang: Lang) -> Vec<ConditionResult> {
        results(kb, lang, &self.shown, &self.rule_out_first, &self.levels)
    }
}

/// Causes as a result lists them, in `lang`: each with the labels of the findings for and
/// against it ("no …" for an absent finding), whether it is there to be ruled out first, and
/// its level.
pub(super) fn results(
    kb: &KnowledgeBase,
    lang: Lang,
    shown: &[Scored],
    rule_out_first: &[bool],
    levels: &[Triage],
) -> Vec<ConditionResult> {
    let label = |i: usize, present: bool| {
        let l = lang.pick(&kb.findings[i].label).to_string();
        if present {
            l
        } else {
            match lang {
                Lang::En => format!("no {}", lower_first(&l)),
                Lang::ZhTw => format!("沒有{l}"),
            }
        }
    };
    shown
        .iter()
        .zip(rule_out_first)
        .zip(levels)
        .map(|((s, &rule_out_first), &triage)| {
            let c = &kb.conditions[s.condition];
            ConditionResult {
                id: c.id.clone(),
                name: lang.pick(&c.name).to_string(),
                icd10: c.icd10.clone(),
                score: round3(s.posterior),
                why: Why {
                    for_: s.for_.iter().map(|f| label(f.finding, f.present)).collect(),
                    against: s.against.iter().map(|f| label(f.finding, f.present)).collect(),
                },
                triage,
                rule_out_first,
            }
        })
        .collect()
}

/// The ranked causes worth showing: at least [`SHOW_MIN_POSTERIOR`] and within 40× of the
/// best, or the best cause of a reported complaint that no cause before it explains (down to
/// [`SHOW_MIN_NEW_COMPLAINT`]); at most [`SHOW_MAX`].
fn shown(ranked: Vec<Scored>, facts: &Facts) -> Vec<Scored> {
    let Some(top) = ranked.first().map(|s| s.log_odds) else {
        return Vec::new();
    };
    // Diversify first, so that a second complaint's best cause is not cut by the 3% floor.
    let ordered = infer::diversify(ranked, facts, 0.01);
    let mut explained: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for s in ordered {
        let new_complaint = s.for_.iter().any(|f| {
            f.present && f.lr >= infer::CANDIDATE_LR && facts.is_complaint(f.finding) && !explained.contains(&f.finding)
        });
        let strong = s.posterior >= SHOW_MIN_POSTERIOR && s.log_odds >= top - 40f64.ln();
        if strong || (new_complaint && s.posterior >= SHOW_MIN_NEW_COMPLAINT) {
            explained.extend(s.for_.iter().filter(|f| f.present).map(|f| f.finding));
            out.push(s);
        }
    }
    out.truncate(SHOW_MAX);
    out
}
