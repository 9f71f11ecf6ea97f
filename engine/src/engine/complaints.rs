//! One answer per complaint, as a doctor answers a message that holds two problems: the
//! symptoms the patient reported are grouped into complaints (those that one cause or one
//! warning sign explains together), and each complaint gets its own causes, ranked among the
//! causes that explain it, and its own level. "A twitch under my nose, and tingling palms on
//! waking" is two complaints; "my face droops and my arm is weak" is one. A message with one
//! complaint is answered by the check's own causes and level, and has no groups.

use super::causes::SHOW_MIN_POSTERIOR;
use super::compile::Indexes;
use super::escalation::{condition_level, TRIAGE_MIN_POSTERIOR};
use super::red_flags::Fired;
use crate::contract::{ComplaintResult, Messages, RedFlagResult};
use crate::infer::{Scored, SUPPORTED_LR};
use crate::schema::{KnowledgeBase, Lang};
use crate::triage::Triage;
use crate::understand::Facts;

/// Causes shown at most for each complaint.
const PER_COMPLAINT: usize = 3;

/// One complaint of a message with two or more.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Complaint {
    /// The reported findings it groups (indices, KB order).
    pub findings: Vec<usize>,
    /// Its causes, best first, with posteriors among the causes of this complaint.
    pub causes: Vec<Scored>,
    /// For each cause, whether a fired warning sign of this complaint names it.
    pub rule_out_first: Vec<bool>,
    /// For each cause, its level for this patient.
    pub levels: Vec<Triage>,
    /// The fired warning signs that belong to it (KB indices).
    pub flags: Vec<usize>,
    /// Its level: its warning signs', its leading cause's, and those of its causes that count
    /// in the whole check.
    pub level: Option<Triage>,
}

/// The complaints of a check, most urgent first; empty when the message holds fewer than two.
/// `check` is what the check shows (its causes, whether each is to be ruled out first, its
/// level), `ranked` every candidate.
pub(super) fn group(
    kb: &KnowledgeBase,
    ix: &Indexes,
    facts: &Facts,
    fired: &Fired,
    check: (&[Scored], &[bool], Option<Triage>),
    ranked: &[Scored],
) -> Vec<Complaint> {
    let (shown, rule_out_first, check_level) = check;
    let reported: Vec<usize> = (0..kb.findings.len()).filter(|&i| facts.is_complaint(i)).collect();
    // An emergency is answered as one: its action first, whatever else the message holds.
    if reported.len() < 2 || check_level == Some(Triage::Emergency) {
        return Vec::new();
    }
    // The pool, in the order the check shows its causes, then the rest as ranked.
    let pool: Vec<&Scored> =
        shown.iter().chain(ranked.iter().filter(|r| !shown.iter().any(|s| s.condition == r.condition))).collect();
    let explains = |s: &Scored, f: usize| s.for_.iter().any(|x| x.present && x.finding == f && x.lr >= SUPPORTED_LR);

    // Two findings are one complaint when they were read from the same words, when a cause the
    // check shows explains both, when the best cause of one explains the other, or when one
    // warning sign fired on both: each set below is one complaint, and `part[a]`, the
    // complaint of `reported[a]`, is merged set by set.
    let of =
        |keep: &dyn Fn(usize) -> bool| -> Vec<usize> { (0..reported.len()).filter(|&a| keep(reported[a])).collect() };
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for &f in &reported {
        sets.push(of(&|g| g == f || facts.read_together(f, g)));
        if let Some(best) = pool.iter().find(|s| explains(s, f)) {
            sets.push(of(&|g| explains(best, g)));
        }
    }
    for s in shown {
        sets.push(of(&|g| explains(s, g)));
    }
    let on_flag = |r: usize| of(&|g| ix.rf_findings[r].contains(&g));
    sets.extend(fired.flags.iter().map(|&r| on_flag(r)));
    let mut part: Vec<usize> = (0..reported.len()).collect();
    for set in sets {
        let Some(&first) = set.first() else { continue };
        let into = part[first];
        for &a in &set[1..] {
            let from = part[a];
            part.iter_mut().filter(|p| **p == from).for_each(|p| *p = into);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut ids: Vec<usize> = Vec::new();
    for (a, &p) in part.iter().enumerate() {
        match ids.iter().position(|&x| x == p) {
            Some(k) => groups[k].push(reported[a]),
            None => {
                ids.push(p);
                groups.push(vec![reported[a]]);
            }
        }
    }

    // A warning sign belongs to the complaints whose findings it fired on; one that fired on
    // none of them (an age, a vital sign) to every complaint.
    let flags_of = |g: &[usize]| -> Vec<usize> {
        let belongs = |r: usize| {
            let hit = on_flag(r);
            hit.is_empty() || hit.iter().any(|&a| g.contains(&reported[a]))
        };
        fired.flags.iter().copied().filter(|&r| belongs(r)).collect()
    };
    let counts_in_check = |c: usize| {
        shown.first().is_some_and(|s| s.condition == c)
            || shown.iter().any(|s| s.condition == c && s.posterior >= TRIAGE_MIN_POSTERIOR)
    };
    let mut complaints: Vec<(usize, Complaint)> = Vec::new();
    for findings in groups {
        let flags = flags_of(&findings);
        let mut causes: Vec<(usize, bool, Scored)> = pool
            .iter()
            .enumerate()
            .filter(|(_, s)| findings.iter().any(|&f| explains(s, f)))
            .map(|(k, s)| (k, rule_out_first.get(k).copied().unwrap_or(false), (*s).clone()))
            .collect();
        if causes.is_empty() {
            // No cause of this KB explains it (a general complaint that only the safety screen
            // reads): it stays among the findings and the check's warning signs.
            continue;
        }
        // Posteriors among this complaint's causes; the causes to rule out first, then the rest
        // by their evidence.
        let top = causes.iter().map(|c| c.2.log_odds).fold(f64::NEG_INFINITY, f64::max);
        let total: f64 = causes.iter().map(|c| (c.2.log_odds - top).exp()).sum();
        for c in &mut causes {
            c.2.posterior = (c.2.log_odds - top).exp() / total;
        }
        crate::sorting::sort_by(&mut causes, |a, b| b.1.cmp(&a.1).then(b.2.log_odds.total_cmp(&a.2.log_odds)));
        let first_in_pool = causes.iter().map(|c| c.0).min().unwrap_or(usize::MAX);
        let kept: Vec<(usize, bool, Scored)> = causes
            .into_iter()
            .enumerate()
            .filter(|(k, c)| *k == 0 || c.1 || c.2.posterior >= SHOW_MIN_POSTERIOR)
            .map(|(_, c)| c)
            .take(PER_COMPLAINT)
            .collect();
        let levels: Vec<Triage> = kept.iter().map(|c| condition_level(kb, ix, &c.2, facts)).collect();
        let flag_level = fired.level_of(&flags);
        let cause_level = kept
            .iter()
            .zip(&levels)
            .enumerate()
            .filter(|(k, (c, _))| *k == 0 || counts_in_check(c.2.condition))
            .map(|(_, (_, &l))| l)
            .max();
        let complaint = Complaint {
            findings,
            rule_out_first: kept.iter().map(|c| c.1).collect(),
            causes: kept.into_iter().map(|c| c.2).collect(),
            levels,
            flags,
            // No complaint is more urgent than the check: a cause that leads its complaint but
            // not the check (a jolt's seizure beside the sleep starts that explain it better)
            // does not raise it.
            level: flag_level.max(cause_level).min(check_level),
        };
        complaints.push((first_in_pool, complaint));
    }
    if complaints.len() < 2 {
        return Vec::new();
    }
    crate::sorting::sort_by(&mut complaints, |a, b| b.1.level.cmp(&a.1.level).then(a.0.cmp(&b.0)));
    complaints.into_iter().map(|(_, c)| c).collect()
}

/// The complaints as the result lists them, in `lang`: each named by its findings' labels, with
/// its action (its most urgent warning sign's, as `red_flags` give it, else the level's with
/// `number`) and its causes.
pub(super) fn results(
    kb: &KnowledgeBase,
    complaints: &[Complaint],
    red_flags: &[RedFlagResult],
    lang: Lang,
    number: &str,
) -> Vec<ComplaintResult> {
    let sep = match lang {
        Lang::En => "; ",
        Lang::ZhTw => "、",
    };
    complaints
        .iter()
        .map(|c| {
            let ids: Vec<_> = c.flags.iter().map(|&r| &kb.red_flags[r].id).collect();
            let action =
                c.level.map(|level| match red_flags.iter().find(|r| r.level == level && ids.contains(&&r.id)) {
                    Some(r) => r.action.clone(),
                    None => Messages::action(level, lang, number),
                });
            ComplaintResult {
                findings: c.findings.iter().map(|&f| kb.findings[f].id.clone()).collect(),
                label: c.findings.iter().map(|&f| lang.pick(&kb.findings[f].label)).collect::<Vec<_>>().join(sep),
                triage: c.level,
                action,
                conditions: super::causes::results(kb, lang, &c.causes, &c.rule_out_first, &c.levels),
                red_flags: red_flags.iter().filter(|r| ids.contains(&&r.id)).map(|r| r.id.clone()).collect(),
            }
        })
        .collect()
}
