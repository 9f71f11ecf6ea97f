//! Ranking conditions with a transparent naive-Bayes model.
//!
//! For each condition the engine starts from its prior odds (adjusted for age and sex) and
//! multiplies one likelihood ratio per finding whose state is known:
//!
//! * present: `LR+ = p / base_rate`
//! * absent:  `LR- = (1 - p) / (1 - base_rate)`
//!
//! where `p` is P(finding | condition) from the KB and `base_rate` is how common the finding
//! is among everyone who uses the checker. Unknown findings change nothing. Ratios are
//! clamped to [1/40, 40] so that no single finding decides alone. Every factor is kept, so the
//! result can say *why*: the findings that raised the odds and those that lowered them.
//!
//! A condition is a candidate only when at least one finding the patient reported supports it
//! clearly (LR ≥ 2.5), or a reported symptom fits it (LR ≥ 1.5) and a reported trigger or
//! history points to it clearly (LR ≥ 2.5); without that the engine does not guess.

use crate::schema::{Condition, KnowledgeBase, Sex};
use crate::understand::{Facts, State};

/// Smallest and largest likelihood ratio one finding may contribute.
pub const LR_CLAMP: (f64, f64) = (1.0 / 40.0, 40.0);

/// Likelihood ratio a present finding needs to make a condition a candidate.
pub const CANDIDATE_LR: f64 = 2.5;

/// Likelihood ratio a reported symptom needs to make a condition a candidate when a reported
/// trigger or history (not a derived fact) points to the condition with [`CANDIDATE_LR`]:
/// "feet numb after squatting" is positional numbness even though numb feet alone would not
/// say so.
pub const SUPPORTED_LR: f64 = 1.5;

/// One finding's contribution to a condition's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Factor {
    /// Finding index.
    pub finding: usize,
    /// The likelihood ratio applied.
    pub lr: f64,
    /// Whether the finding was present (false: absent).
    pub present: bool,
}

/// A scored condition.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// Condition index.
    pub condition: usize,
    /// Natural log of the posterior odds (before normalising).
    pub log_odds: f64,
    /// Probability among the candidates (0..1).
    pub posterior: f64,
    /// Factors above 1.
    pub for_: Vec<Factor>,
    /// Factors below 1.
    pub against: Vec<Factor>,
}

/// True when the condition's age or sex limits rule it out for this patient (a factor of 0):
/// it is not offered at all, rather than down-weighted.
pub fn ruled_out(c: &Condition, age: Option<u32>, sex: Option<Sex>) -> bool {
    let by_age = age.is_some_and(|a| c.age.iter().any(|f| a >= f.min && a <= f.max && f.factor == 0.0));
    let by_sex = match (sex, &c.sex) {
        (Some(Sex::Female), Some(f)) => f.female == 0.0,
        (Some(Sex::Male), Some(f)) => f.male == 0.0,
        _ => false,
    };
    by_age || by_sex
}

/// Prior of a condition for this patient's age and sex.
pub fn prior(c: &Condition, age: Option<u32>, sex: Option<Sex>) -> f64 {
    let mut p = c.prior;
    if let Some(a) = age {
        for f in &c.age {
            if a >= f.min && a <= f.max {
                p *= f.factor;
            }
        }
    }
    if let (Some(s), Some(f)) = (sex, &c.sex) {
        p *= match s {
            Sex::Female => f.female,
            Sex::Male => f.male,
        };
    }
    p.clamp(1e-6, 0.999)
}

/// Finds a KB finding's index by id (used with precomputed maps in the engine).
pub type FindingLookup<'a> = &'a dyn Fn(&str) -> Option<usize>;

/// Scores every candidate condition, best first, with posteriors summing to 1.
pub fn rank(
    kb: &KnowledgeBase,
    facts: &Facts,
    base_rates: &[f64],
    evidence: &[Vec<(usize, f64)>],
    age: Option<u32>,
    sex: Option<Sex>,
) -> Vec<Scored> {
    let mut out: Vec<Scored> = (0..kb.conditions.len())
        .filter(|&ci| !ruled_out(&kb.conditions[ci], age, sex))
        .filter_map(|ci| score(kb, facts, base_rates, evidence, ci, age, sex).filter(|(_, candidate)| *candidate))
        .map(|(s, _)| s)
        .collect();
    normalise(&mut out);
    out
}

/// Sorts scored conditions best first and sets their posteriors, summing to 1.
pub fn normalise(out: &mut [Scored]) {
    crate::sorting::sort_by(out, |a, b| b.log_odds.total_cmp(&a.log_odds));
    let max = out.first().map(|s| s.log_odds).unwrap_or(0.0);
    let total: f64 = out.iter().map(|s| (s.log_odds - max).exp()).sum();
    for s in out.iter_mut() {
        s.posterior = (s.log_odds - max).exp() / total;
    }
}

/// One condition's score and its reasons, with whether the findings make it a candidate (a
/// specific complaint points to it).
pub fn score(
    kb: &KnowledgeBase,
    facts: &Facts,
    base_rates: &[f64],
    evidence: &[Vec<(usize, f64)>],
    ci: usize,
    age: Option<u32>,
    sex: Option<Sex>,
) -> Option<(Scored, bool)> {
    let c = kb.conditions.get(ci)?;
    let mut log_odds = {
        let p = prior(c, age, sex);
        (p / (1.0 - p)).ln()
    };
    let mut for_ = Vec::new();
    let mut against = Vec::new();
    let mut candidate = false;
    let mut fits = false;
    let mut pointed = false;
    for &(fi, p) in &evidence[ci] {
        let base = base_rates[fi];
        let (lr, present) = match facts.state[fi] {
            Some((State::Present, _)) => (p / base, true),
            Some((State::Absent, _)) => ((1.0 - p) / (1.0 - base), false),
            _ => continue,
        };
        let lr = lr.clamp(LR_CLAMP.0, LR_CLAMP.1);
        // A general finding (fever, cough) weighs in but proposes no cause by itself.
        let specific = !kb.findings[fi].general;
        if present && specific && lr >= CANDIDATE_LR && facts.is_complaint(fi) {
            candidate = true;
        }
        if present && specific && lr >= SUPPORTED_LR && facts.is_complaint(fi) {
            fits = true;
        }
        if present && specific && lr >= CANDIDATE_LR && !facts.complaint[fi] && facts.reported(fi) {
            pointed = true;
        }
        log_odds += lr.ln();
        let f = Factor { finding: fi, lr, present };
        if lr > 1.0 {
            for_.push(f);
        } else if lr < 1.0 {
            against.push(f);
        }
    }
    crate::sorting::sort_by(&mut for_, |a, b| b.lr.total_cmp(&a.lr));
    crate::sorting::sort_by(&mut against, |a, b| a.lr.total_cmp(&b.lr));
    Some((Scored { condition: ci, log_odds, posterior: 0.0, for_, against }, candidate || fits && pointed))
}

/// Orders candidates so that each separate complaint is represented near the top: after the
/// best condition, a condition that explains a reported symptom no earlier pick explains comes
/// before one that only explains the same symptoms again.
pub fn diversify(ranked: Vec<Scored>, facts: &Facts, min_posterior: f64) -> Vec<Scored> {
    let mut rest = ranked;
    let mut out: Vec<Scored> = Vec::with_capacity(rest.len());
    let top = rest.first().map(|s| s.posterior).unwrap_or(0.0);
    while !rest.is_empty() {
        let explained: Vec<usize> =
            out.iter().flat_map(|s| s.for_.iter().filter(|f| f.present).map(|f| f.finding)).collect();
        let pick = if out.is_empty() {
            0
        } else {
            rest.iter()
                .position(|s| {
                    s.posterior >= min_posterior * top
                        && s.for_.iter().any(|f| {
                            f.present
                                && f.lr >= CANDIDATE_LR
                                && facts.is_complaint(f.finding)
                                && !explained.contains(&f.finding)
                        })
                })
                .unwrap_or(0)
        };
        out.push(rest.remove(pick));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{Engine, Lang, Request};

    #[test]
    fn a_reported_trigger_makes_a_fitting_symptom_enough() {
        // Numb feet alone hardly point to positional numbness (LR about 2); squatting does.
        let engine = Engine::bundled().expect("bundled KB");
        let req = Request {
            text: "蹲太久，站起來兩隻腳都麻，過幾分鐘就好了".into(),
            lang: Some(Lang::ZhTw),
            ..Request::default()
        };
        let r = engine.check(&req);
        let ids: Vec<&str> = r.conditions.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.first(), Some(&"positional_paresthesia"), "{ids:?}");
        // Without a symptom, a trigger alone still makes nobody a candidate.
        let r = engine.check(&Request::text("i squat a lot at work"));
        assert!(r.conditions.is_empty(), "{:?}", r.conditions.iter().map(|c| &c.id).collect::<Vec<_>>());
    }
}
