//! Makes the list of causes agree with the warning signs: a red flag that names its cause
//! (`condition`) puts that cause first when it fires, scored with the same evidence as the
//! others, so a stroke banner is not followed by Bell's palsy as the most likely cause.

use crate::infer::{self, Scored};
use crate::schema::{KnowledgeBase, Sex};
use crate::understand::Facts;

/// Causes shown at most (as many as the ranking shows).
const MAX_SHOWN: usize = 5;

/// The shown causes with the fired flags' causes moved or added to the front (most urgent flag
/// cause by its evidence), and for each cause whether it is there to be ruled out first.
pub fn put_first(
    kb: &KnowledgeBase,
    facts: &Facts,
    base_rates: &[f64],
    evidence: &[Vec<(usize, f64)>],
    fired: &[usize],
    shown: Vec<Scored>,
    patient: (Option<u32>, Option<Sex>),
) -> (Vec<Scored>, Vec<bool>) {
    let mut wanted: Vec<usize> = Vec::new();
    for &r in fired {
        let Some(id) = &kb.red_flags[r].condition else { continue };
        if let Some(ci) = kb.conditions.iter().position(|c| &c.id == id) {
            if !wanted.contains(&ci) {
                wanted.push(ci);
            }
        }
    }
    if wanted.is_empty() {
        let n = shown.len();
        return (shown, vec![false; n]);
    }
    let mut all = shown;
    for &ci in &wanted {
        if !all.iter().any(|s| s.condition == ci) {
            if let Some((s, _)) = infer::score(kb, facts, base_rates, evidence, ci, patient.0, patient.1) {
                all.push(s);
            }
        }
    }
    // Posteriors over the causes now shown, keeping their order.
    let top = all.iter().map(|s| s.log_odds).fold(f64::NEG_INFINITY, f64::max);
    let total: f64 = all.iter().map(|s| (s.log_odds - top).exp()).sum();
    for s in &mut all {
        s.posterior = (s.log_odds - top).exp() / total;
    }
    let (mut first, rest): (Vec<Scored>, Vec<Scored>) = all.into_iter().partition(|s| wanted.contains(&s.condition));
    // Between two causes to rule out (a stroke and a spinal injury), the evidence decides.
    crate::sorting::sort_by(&mut first, |a, b| b.log_odds.total_cmp(&a.log_odds));
    let n_first = first.len();
    first.extend(rest);
    first.truncate(MAX_SHOWN.max(n_first));
    let marks = (0..first.len()).map(|i| i < n_first).collect();
    (first, marks)
}
