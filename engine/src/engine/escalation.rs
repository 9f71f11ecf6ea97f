//! How urgent: a cause's level for this patient (its KB `triage`, or the most urgent of its
//! escalation rules that hold) and the check's level from the fired red flags and the causes
//! that count.

use super::compile::Indexes;
use crate::infer::Scored;
use crate::schema::KnowledgeBase;
use crate::triage::Triage;
use crate::understand::Facts;

/// Posterior above which a cause's own level counts (the leading cause always counts).
pub const TRIAGE_MIN_POSTERIOR: f64 = 0.25;

/// The check's level: the most urgent of the fired red flags' level (`flags`), the leading
/// cause's level and the levels of the causes at [`TRIAGE_MIN_POSTERIOR`] or more (`shown`
/// best first, with their `levels`); `None` with neither a red flag nor a cause.
pub(super) fn triage(flags: Option<Triage>, shown: &[Scored], levels: &[Triage]) -> Option<Triage> {
    let causes = shown
        .iter()
        .zip(levels)
        .enumerate()
        .filter(|(i, (s, _))| *i == 0 || s.posterior >= TRIAGE_MIN_POSTERIOR)
        .map(|(_, (_, &level))| level)
        .max();
    flags.max(causes)
}

/// A condition's level for this patient: its base level, or the most urgent escalation rule
/// that holds (its finding present, the duration within its bounds, the progression and onset
/// as it says).
pub(super) fn condition_level(kb: &KnowledgeBase, ix: &Indexes, s: &Scored, facts: &Facts) -> Triage {
    let c = &kb.conditions[s.condition];
    let esc = &ix.escalation_findings[s.condition];
    let duration = s
        .for_
        .iter()
        .filter(|f| f.present)
        .filter_map(|f| facts.modifiers[f.finding].and_then(|m| m.duration_days))
        .fold(None, |acc: Option<f64>, d| Some(acc.map_or(d, |a| a.max(d))))
        .or(facts.message.duration_days);
    let onset = facts.message.onset;
    let matched = c
        .escalation
        .iter()
        .enumerate()
        .filter(|(k, e)| {
            let w = &e.when;
            (w.finding.is_none() || esc[*k].is_some_and(|i| facts.present(i)))
                && w.duration_at_least_days.is_none_or(|d| duration.is_some_and(|x| x >= d))
                && w.duration_at_most_days.is_none_or(|d| duration.is_some_and(|x| x <= d))
                && w.progressing.is_none_or(|p| facts.message.progressing == p)
                && w.onset.is_none_or(|o| onset == Some(o))
        })
        .map(|(_, e)| e.level)
        .max();
    matched.unwrap_or(c.triage)
}
