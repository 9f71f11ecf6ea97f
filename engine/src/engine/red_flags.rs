//! The red flags that fire for a patient, and the level each one gives. Red flags are decided
//! before and apart from the ranking of causes: a warning sign counts whatever the causes.

use super::compile::Indexes;
use super::patient::Patient;
use crate::contract::{Messages, RedFlagResult};
use crate::schema::{AgeRange, FindingKind, KnowledgeBase, Lang, Onset};
use crate::triage::Triage;
use crate::understand::{Facts, State};

/// The red flags that fired, with their levels for this patient.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Fired {
    /// The red flags that fired (indices, in KB order).
    pub flags: Vec<usize>,
    /// The level of each flag in `flags`: its `recurrent_level` when the episode is over and
    /// of a known pattern, its `resolved_level` when the episode is over, else its own (each
    /// when the flag has one).
    levels: Vec<Triage>,
}

impl Fired {
    /// The red flags that fire: every `all` finding and one `any` finding present or unsure,
    /// no `none` finding present, the patient within the flag's ages and sex, and not ruled
    /// out by a duration longer than the flag's limit (unless it began suddenly).
    pub fn of(kb: &KnowledgeBase, ix: &Indexes, facts: &Facts, patient: &Patient) -> Fired {
        let mut flags = Vec::new();
        for (r, rf) in kb.red_flags.iter().enumerate() {
            let age_out = |range: AgeRange| match patient.age_years {
                Some(a) => !range.contains(a),
                None => range.max.is_some(),
            };
            if rf.age.is_some_and(age_out) || rf.sex.is_some_and(|s| patient.sex.is_some_and(|x| x != s)) {
                continue;
            }
            let all = ix.rf_all[r].iter().all(|&f| facts.possible(f));
            let any = ix.rf_any[r].is_empty() || ix.rf_any[r].iter().any(|&f| facts.possible(f));
            let excluded = ix.rf_none[r].iter().any(|&f| facts.present(f));
            if !(all && any) || excluded {
                continue;
            }
            if let Some(max) = rf.max_duration_days {
                let involved = ix.rf_findings[r].iter().filter(|&&f| facts.possible(f));
                let durations: Vec<f64> = involved.clone().filter_map(|&f| facts.duration(f)).collect();
                let sudden =
                    involved.into_iter().any(|&f| facts.modifiers[f].is_some_and(|m| m.onset == Some(Onset::Sudden)));
                let shortest = durations.iter().copied().fold(f64::INFINITY, f64::min);
                if shortest.is_finite() && shortest > max && !sudden {
                    continue;
                }
            }
            flags.push(r);
        }
        let levels = flags
            .iter()
            .map(|&r| {
                let rf = &kb.red_flags[r];
                match (rf.recurrent_level, rf.resolved_level) {
                    (Some(l), _) if facts.known_pattern => l.min(rf.level),
                    (_, Some(l)) if facts.resolved => l.min(rf.level),
                    _ => rf.level,
                }
            })
            .collect();
        Fired { flags, levels }
    }

    /// The most urgent level of the flags that fired, if any fired.
    pub fn level(&self) -> Option<Triage> {
        self.levels.iter().copied().max()
    }

    /// The most urgent level of `flags` (some of those that fired), if any.
    pub fn level_of(&self, flags: &[usize]) -> Option<Triage> {
        self.flags.iter().zip(&self.levels).filter(|(r, _)| flags.contains(r)).map(|(_, &l)| l).max()
    }

    /// True when a flag fired on a finding the patient answered "not sure".
    pub fn on_unsure(&self, ix: &Indexes, facts: &Facts) -> bool {
        self.flags
            .iter()
            .any(|&r| ix.rf_findings[r].iter().any(|&f| matches!(facts.state[f], Some((State::Unsure, _)))))
    }

    /// True when only the general screen's warning signs fired, the most urgent are emergencies,
    /// none of `causes` (condition indices) is urgent itself, and none of them names among its
    /// evidence anything the patient has that made one of those signs fire: a swollen throat
    /// after peanuts, bleeding in pregnancy. Those causes would contradict the banner, so none
    /// is shown.
    pub fn outside_specialty(&self, kb: &KnowledgeBase, ix: &Indexes, facts: &Facts, causes: &[usize]) -> bool {
        let Some(top) = self.level().filter(|&l| l == Triage::Emergency) else {
            return false;
        };
        // What a patient has or had (symptoms, signs, an injury, a trigger) needs a cause; a
        // context (a pregnancy, a first time, an age) does not.
        let had = |f: usize| kb.findings[f].kind != FindingKind::Context && facts.present(f);
        // A cause accounts for a finding its evidence makes more likely than it is in anyone.
        let named =
            |f: usize| causes.iter().any(|&c| ix.evidence[c].iter().any(|&(e, p)| e == f && p > ix.base_rates[f]));
        let own = self.names_specialty(kb, ix);
        // A cause that is itself urgent (a mini-stroke behind a sudden loss of sight) is the
        // specialty's own reading of the emergency.
        let serious = causes.iter().any(|&c| kb.conditions[c].triage >= Triage::Urgent);
        let leading = || self.flags.iter().zip(&self.levels).filter(|(_, &l)| l == top).map(|(&r, _)| r);
        // An emergency that rests on something no cause accounts for (a pregnancy under a
        // headache with flashing lights, a tight throat after a sting) is beside the causes,
        // however well they fit the rest.
        let beside = leading().any(|r| {
            ix.rf_all[r].iter().any(|&f| kb.findings[f].kind == FindingKind::Context && facts.present(f) && !named(f))
        });
        !own && (beside
            || !serious && leading().all(|r| !ix.rf_all[r].iter().chain(&ix.rf_any[r]).any(|&f| had(f) && named(f))))
    }

    /// True when a warning sign of the specialty's own fired, or one that names a cause of the KB
    /// (a seizure): the complaint is the specialty's.
    fn names_specialty(&self, kb: &KnowledgeBase, ix: &Indexes) -> bool {
        self.flags.iter().any(|&r| !ix.screen_flags.contains(&r) || kb.red_flags[r].condition.is_some())
    }

    /// True when the check is an emergency that only the general screen reads (a hip broken in
    /// a fall, a low blood pressure with a belly pain): no warning sign of the specialty fired.
    pub fn foreign_emergency(&self, kb: &KnowledgeBase, ix: &Indexes) -> bool {
        self.level() == Some(Triage::Emergency) && !self.names_specialty(kb, ix)
    }

    /// True when a fired emergency sign names finding `f` among its conditions, one read from
    /// the same words (the screen's loss of sight and the KB's) or one `f` is made from (a
    /// knock to the head, from a head injury).
    pub fn emergency_names(&self, kb: &KnowledgeBase, ix: &Indexes, facts: &Facts, f: usize) -> bool {
        let made_from = |x: usize| {
            kb.findings[f].derived.as_ref().is_some_and(|d| d.all_of.iter().any(|id| *id == kb.findings[x].id))
        };
        self.flags.iter().zip(&self.levels).any(|(&r, &l)| {
            l == Triage::Emergency
                && ix.rf_all[r]
                    .iter()
                    .chain(&ix.rf_any[r])
                    .any(|&x| x == f || facts.present(x) && (facts.read_together(f, x) || made_from(x)))
        })
    }

    /// True when a flag of the general screen fired.
    pub fn any_of_screen(&self, ix: &Indexes) -> bool {
        self.flags.iter().any(|r| ix.screen_flags.contains(r))
    }

    /// The flags as the result lists them, most urgent first (then in KB order), each with its
    /// action in `lang` and `number` wherever the action names the emergency number. A flag
    /// whose level is lowered (its episode is over) gets the lower level's action.
    pub fn results(&self, kb: &KnowledgeBase, ix: &Indexes, lang: Lang, number: &str) -> Vec<RedFlagResult> {
        let mut sorted: Vec<(usize, Triage)> = self.flags.iter().copied().zip(self.levels.iter().copied()).collect();
        crate::sorting::sort_by(&mut sorted, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        sorted
            .into_iter()
            .map(|(r, level)| {
                let rf = &kb.red_flags[r];
                RedFlagResult {
                    id: rf.id.clone(),
                    label: lang.pick(&rf.label).to_string(),
                    action: if rf.action.is_empty() || level != rf.level {
                        Messages::action(level, lang, number)
                    } else {
                        lang.pick(&rf.action).replace("{number}", number)
                    },
                    level,
                    see: rf.see,
                    see_label: rf.see.map(|s| s.label(lang).to_string()),
                    self_care: rf.self_care.iter().map(|t| lang.pick(t).to_string()).collect(),
                    screen: ix.screen_flags.contains(&r),
                }
            })
            .collect()
    }
}
