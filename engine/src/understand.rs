//! From patient text (and answers) to findings: which KB findings are present, absent or
//! unsure, with the modifiers read for each.

use crate::schema::{Derivation, FindingKind, Frequency, KnowledgeBase, Onset, SideRule};
use crate::text::matcher::{Occurrence, PhraseIndex, Span};
use crate::text::modifiers::{read_demographics, read_modifiers, Demographics, Modifiers};
use crate::text::normalize::normalize;
use crate::text::tokens::{split_sentences, Polarity, Sentence};
use crate::text::vitals::{read_vitals, Vitals};

/// The state of one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Present.
    Present,
    /// Explicitly absent ("no weakness", or answered "no").
    Absent,
    /// The patient answered "not sure".
    Unsure,
}

/// Where a finding's state came from (named in results as `text`, `derived` or `answer`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Read from the text.
    Text,
    /// Derived from modifiers (duration, onset, ...).
    Derived,
    /// An answer to a follow-up question.
    Answer,
}

/// Everything read from one message.
#[derive(Debug, Clone)]
pub struct Facts {
    /// State of each KB finding (by index), if known.
    pub state: Vec<Option<(State, Origin)>>,
    /// Modifiers of the sentence each finding was read in (falling back to the message's).
    pub modifiers: Vec<Option<Modifiers>>,
    /// Modifiers of the whole message.
    pub message: Modifiers,
    /// Age and sex read from the text.
    pub demographics: Demographics,
    /// The sentences.
    pub sentences: Vec<Sentence>,
    /// Which findings are complaints (symptoms and signs) rather than triggers or context.
    pub complaint: Vec<bool>,
    /// Vital signs written as numbers.
    pub vitals: Vitals,
    /// The patient says the episode is over ("it's gone now", 現在都正常).
    pub resolved: bool,
    /// The episode is over and is one of a known pattern: such episodes keep coming back and
    /// were checked before with nothing found (`text::resolved::says_known_pattern`).
    pub known_pattern: bool,
    /// For each finding read as present from the text, where: (sentence, the words' span).
    pub read_at: Vec<Vec<(usize, Span)>>,
}

impl Facts {
    /// True when the finding is present.
    pub fn present(&self, i: usize) -> bool {
        matches!(self.state[i], Some((State::Present, _)))
    }

    /// True when the finding is present or the patient is unsure (used for red flags).
    pub fn possible(&self, i: usize) -> bool {
        matches!(self.state[i], Some((State::Present | State::Unsure, _)))
    }

    /// Duration of a finding in days, if known.
    pub fn duration(&self, i: usize) -> Option<f64> {
        self.modifiers[i].and_then(|m| m.duration_days).or(self.message.duration_days)
    }

    /// True when the finding is a complaint the patient reported (read from the text or
    /// answered yes), not a derived fact such as duration.
    pub fn is_complaint(&self, i: usize) -> bool {
        self.complaint[i] && matches!(self.state[i], Some((State::Present, Origin::Text | Origin::Answer)))
    }

    /// True when the finding was read from the text or answered yes (not derived).
    pub fn reported(&self, i: usize) -> bool {
        matches!(self.state[i], Some((State::Present, Origin::Text | Origin::Answer)))
    }

    /// True when findings `a` and `b` were both read from the same words, or one from words
    /// inside the other's ("my whole body jolts as I fall asleep" is a jolt and a sleep start).
    pub fn read_together(&self, a: usize, b: usize) -> bool {
        self.read_at[a].iter().any(|(sa, x)| self.read_at[b].iter().any(|(sb, y)| sa == sb && x.overlaps(y)))
    }

    /// True when any finding was read from the text or answered yes.
    pub fn any_present(&self) -> bool {
        self.state.iter().any(|s| matches!(s, Some((State::Present, Origin::Text | Origin::Answer))))
    }
}

/// The shortest duration dropped from a sentence that names only past history (half a year).
const HISTORY_YEARS_DAYS: f64 = 180.0;

/// Reads the text into facts about the KB's findings.
pub fn understand(kb: &KnowledgeBase, phrases: &PhraseIndex, text: &str) -> Facts {
    read(kb, phrases, text, true)
}

/// [`understand`] for text written by the KB's authors (an article's question): no typo search,
/// which over thousands of articles and a large vocabulary would cost more than the rest.
pub fn understand_as_written(kb: &KnowledgeBase, phrases: &PhraseIndex, text: &str) -> Facts {
    read(kb, phrases, text, false)
}

fn read(kb: &KnowledgeBase, phrases: &PhraseIndex, text: &str, typos: bool) -> Facts {
    let normalized = normalize(text);
    let sentences = split_sentences(&normalized);
    let per_sentence: Vec<Modifiers> = sentences.iter().map(read_modifiers).collect();
    let n = kb.findings.len();
    let mut state: Vec<Option<(State, Origin)>> = vec![None; n];
    let mut modifiers: Vec<Option<Modifiers>> = vec![None; n];
    let mut occurrences: Vec<Occurrence> =
        if typos { phrases.find(&sentences) } else { phrases.find_as_written(&sentences) };
    read_comparisons(kb, &mut occurrences);
    give_way(kb, &mut occurrences);
    // The message's modifiers, without the years of a sentence that names only past history
    // ("high blood pressure for many years", 糖尿病十年): how long the history has lasted is not
    // how long the complaint has ("started ramipril 5/52 ago for HTN" keeps its weeks).
    let history_only = |i: usize| {
        let mut named = occurrences.iter().filter(|o| o.sentence == i && o.polarity != Polarity::Negated).peekable();
        named.peek().is_some() && named.all(|o| kb.findings[o.finding].kind == FindingKind::History)
    };
    // A time in a sentence that names no present complaint ("2 years ago I lost the colour in
    // my right eye, it got better", 三年前也痛過一次) is of another episode when some sentence
    // that names one says how long it has lasted.
    let names_complaint = |i: usize| {
        occurrences.iter().any(|o| {
            o.sentence == i
                && o.polarity == Polarity::Asserted
                && matches!(kb.findings[o.finding].kind, FindingKind::Symptom | FindingKind::Sign)
        })
    };
    let timed_complaint =
        (0..per_sentence.len()).any(|i| per_sentence[i].duration_days.is_some() && names_complaint(i));
    let mut message = Modifiers::default();
    for (i, m) in per_sentence.iter().enumerate() {
        let mut m = *m;
        if history_only(i) && m.duration_days.is_some_and(|d| d >= HISTORY_YEARS_DAYS)
            || timed_complaint && !names_complaint(i)
        {
            m.duration_days = None;
        }
        message.merge(&m);
    }
    // Asserted occurrences first, so a finding both asserted and denied counts as present. A
    // history finding said of the past ("history of diabetes", 以前曾中風) is present too; a
    // symptom said of the past is not current and counts for nothing.
    let asserted = |o: &&Occurrence| {
        o.polarity == Polarity::Asserted
            || o.polarity == Polarity::Past && kb.findings[o.finding].kind == FindingKind::History
    };
    let mut read_at: Vec<Vec<(usize, Span)>> = vec![Vec::new(); n];
    told_before(kb, &occurrences, &mut state);
    for o in occurrences.iter().filter(asserted) {
        state[o.finding] = Some((State::Present, Origin::Text));
        read_at[o.finding].push((o.sentence, o.span));
        let m = per_sentence[o.sentence].or_else(&message);
        modifiers[o.finding] = Some(match modifiers[o.finding] {
            Some(mut prev) => {
                prev.merge(&m);
                prev
            }
            None => m,
        });
    }
    for o in occurrences.iter().filter(|o| o.polarity == Polarity::Negated) {
        if state[o.finding].is_none() {
            state[o.finding] = Some((State::Absent, Origin::Text));
        }
    }
    let mut demographics = read_demographics(&sentences);
    demographics.age_months = crate::text::age_months::read_age_months(&normalized);
    let vitals = read_vitals(&normalized);
    let complaint = kb.findings.iter().map(|f| matches!(f.kind, FindingKind::Symptom | FindingKind::Sign)).collect();
    // Only the general screen's rules declare a `resolved_level`.
    let resolved = crate::text::resolved::says_resolved(&normalized);
    let known_pattern = resolved && crate::text::resolved::says_known_pattern(&normalized);
    let mut facts = Facts {
        state,
        modifiers,
        message,
        demographics,
        sentences,
        complaint,
        vitals,
        resolved,
        known_pattern,
        read_at,
    };
    derive(kb, &mut facts);
    facts
}

/// Sets the findings of an earlier episode (`derived.told_before`): present when one of their
/// findings is told in the past ("two years ago I had numbness in both legs").
fn told_before(kb: &KnowledgeBase, occurrences: &[Occurrence], state: &mut [Option<(State, Origin)>]) {
    for (i, f) in kb.findings.iter().enumerate() {
        let Some(d) = f.derived.as_ref().filter(|d| !d.told_before.is_empty()) else { continue };
        let past = |o: &Occurrence| o.polarity == Polarity::Past && d.told_before.contains(&kb.findings[o.finding].id);
        if occurrences.iter().any(past) {
            state[i] = Some((State::Present, Origin::Text));
        }
    }
}

/// A finding read inside a comparison ("burny, like a sunburn", 像被電擊一樣) is what the
/// patient feels when it is a symptom, and nothing when it is a sign, an event or an exposure
/// (the sunburn, the electric shock and the fall are not there).
fn read_comparisons(kb: &KnowledgeBase, occurrences: &mut Vec<Occurrence>) {
    occurrences.retain(|o| o.polarity != Polarity::Likened || kb.findings[o.finding].kind == FindingKind::Symptom);
    for o in occurrences.iter_mut().filter(|o| o.polarity == Polarity::Likened) {
        o.polarity = Polarity::Asserted;
    }
}

/// Drops the occurrences of a finding in a clause where one of its `not_with` findings is
/// asserted too (the more specific reading of the same words wins).
fn give_way(kb: &KnowledgeBase, occurrences: &mut Vec<Occurrence>) {
    let yields = |o: &Occurrence| {
        let others = &kb.findings[o.finding].not_with;
        !others.is_empty()
            && occurrences.iter().any(|x| {
                x.sentence == o.sentence
                    && x.polarity == Polarity::Asserted
                    && others.iter().any(|id| *id == kb.findings[x.finding].id)
            })
    };
    let keep: Vec<bool> = occurrences.iter().map(|o| !yields(o)).collect();
    let mut k = keep.iter();
    occurrences.retain(|_| k.next().copied().unwrap_or(true));
}

/// Sets derived findings from the message's modifiers; only when some symptom was read.
pub fn derive(kb: &KnowledgeBase, facts: &mut Facts) {
    if !facts.any_present() {
        return;
    }
    let m = facts.message;
    for (i, f) in kb.findings.iter().enumerate() {
        let Some(d) = &f.derived else { continue };
        if matches!(facts.state[i], Some((_, Origin::Answer))) {
            continue;
        }
        if let Some(v) = derived_value(d, &m) {
            facts.state[i] = Some((if v { State::Present } else { State::Absent }, Origin::Derived));
        }
    }
}

/// Leaves out a finding read from the words (or derived from them) that only a patient of the
/// other sex has (`Finding::sex`); an answer stands.
pub fn drop_other_sex(kb: &KnowledgeBase, facts: &mut Facts, sex: Option<crate::schema::Sex>) {
    let Some(sex) = sex else { return };
    for (i, f) in kb.findings.iter().enumerate() {
        if f.sex.is_some_and(|s| s != sex) && matches!(facts.state[i], Some((_, Origin::Text | Origin::Derived))) {
            facts.state[i] = None;
        }
    }
}

/// Sets the findings derived from the patient rather than the complaint: measured vital
/// signs (whatever else was read), against the band for `age_years`, and the age itself (when
/// something was read). A finding answered by the patient keeps the answer.
pub fn derive_patient(kb: &KnowledgeBase, facts: &mut Facts, age_years: Option<f64>) {
    let something = facts.any_present() || !facts.vitals.is_empty();
    for (i, f) in kb.findings.iter().enumerate() {
        let Some(d) = &f.derived else { continue };
        if matches!(facts.state[i], Some((_, Origin::Answer))) {
            continue;
        }
        let value = if let Some(rule) = &d.vital {
            facts.vitals.get(rule.sign).and_then(|v| {
                let band = rule.bands.iter().find(|b| match (b.age, age_years) {
                    (Some(r), Some(a)) => r.contains(a),
                    (Some(_), None) => false,
                    (None, _) => true,
                })?;
                Some(band.at_least.is_some_and(|t| v >= t) || band.at_most.is_some_and(|t| v <= t))
            })
        } else if let Some(range) = d.age.filter(|_| something) {
            age_years.map(|a| range.contains(a))
        } else {
            continue;
        };
        if let Some(v) = value {
            facts.state[i] = Some((if v { State::Present } else { State::Absent }, Origin::Derived));
        }
    }
}

/// Sets the findings made of others (`derived.all_of`) once everything else is known: present
/// when all their parts are, left as read otherwise. Two passes let one combination use
/// another.
pub fn derive_combined(kb: &KnowledgeBase, facts: &mut Facts) {
    for _ in 0..2 {
        for (i, f) in kb.findings.iter().enumerate() {
            let Some(d) = f.derived.as_ref().filter(|d| !d.all_of.is_empty()) else { continue };
            if facts.present(i) || matches!(facts.state[i], Some((_, Origin::Answer))) {
                continue;
            }
            let parts = d.all_of.iter().map(|id| kb.findings.iter().position(|g| &g.id == id));
            if parts.clone().all(|p| p.is_some_and(|p| facts.present(p))) {
                // Made only of what the patient said, it is said too (a complaint that can
                // bring up its causes); with a derived part, it is derived.
                let said = parts.clone().all(|p| p.is_some_and(|p| facts.reported(p)));
                facts.state[i] = Some((State::Present, if said { Origin::Text } else { Origin::Derived }));
            }
        }
    }
}

/// Some(true) when the derivation holds, Some(false) when it clearly does not, None if unknown.
fn derived_value(d: &Derivation, m: &Modifiers) -> Option<bool> {
    if let Some(o) = d.onset {
        return m.onset.map(|x| x == o).filter(|v| *v).or(match (o, m.onset) {
            (Onset::Sudden, Some(Onset::Gradual)) | (Onset::Gradual, Some(Onset::Sudden)) => Some(false),
            _ => None,
        });
    }
    if let Some(p) = d.progressing {
        return if m.progressing { Some(p) } else { None };
    }
    if let Some(f) = d.frequency {
        return m.frequency.map(|x| x == f).filter(|v| *v).or(match (f, m.frequency) {
            (Frequency::Intermittent, Some(Frequency::Constant))
            | (Frequency::Constant, Some(Frequency::Intermittent)) => Some(false),
            _ => None,
        });
    }
    if let Some(s) = d.side {
        if m.sides.is_empty() {
            return None;
        }
        return Some(match s {
            SideRule::Both => m.sides.is_both(),
            SideRule::One => m.sides.is_one_sided(),
        });
    }
    if let Some(min) = d.duration_at_least_days {
        return m.duration_days.map(|x| x >= min);
    }
    if let Some(max) = d.duration_at_most_days {
        return m.duration_days.map(|x| x <= max);
    }
    None
}
