//! Reading modifiers from a sentence: how long (in days), how it began, which side, how often,
//! whether it is getting worse; and the patient's age and sex from the whole message.

mod demographics;
mod duration;
mod frequency;
mod numbers;
mod onset;
mod progressing;
mod runs;
mod sides;
#[cfg(test)]
mod tests;

pub use demographics::{read_demographics, Demographics};
pub use duration::{english_duration, zh_duration};
pub(crate) use numbers::{decimal, zh_digit};
pub use sides::Sides;

use serde::Serialize;

use crate::schema::{Frequency, Onset};
use crate::text::tokens::Sentence;
use frequency::{english_frequency, zh_frequency};
use onset::{english_onset, zh_onset};
use progressing::{english_progressing, zh_progressing};
use sides::{english_sides, zh_sides};

/// What the engine read about time course and side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Modifiers {
    /// How long it has lasted, in days.
    pub duration_days: Option<f64>,
    /// How it began.
    pub onset: Option<Onset>,
    /// Which side.
    pub sides: Sides,
    /// How often.
    pub frequency: Option<Frequency>,
    /// Getting worse or spreading.
    pub progressing: bool,
}

impl Modifiers {
    /// Combines the modifiers of several sentences: longest duration, sudden over gradual,
    /// constant over intermittent only when nothing says intermittent.
    pub fn merge(&mut self, o: &Modifiers) {
        self.duration_days = match (self.duration_days, o.duration_days) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.onset = match (self.onset, o.onset) {
            (Some(Onset::Sudden), _) | (_, Some(Onset::Sudden)) => Some(Onset::Sudden),
            (a, b) => a.or(b),
        };
        self.sides.merge(o.sides);
        self.frequency = match (self.frequency, o.frequency) {
            (Some(Frequency::Intermittent), _) | (_, Some(Frequency::Intermittent)) => Some(Frequency::Intermittent),
            (a, b) => a.or(b),
        };
        self.progressing |= o.progressing;
    }

    /// This sentence's modifiers, falling back to the message's where the sentence says nothing.
    pub fn or_else(&self, message: &Modifiers) -> Modifiers {
        Modifiers {
            duration_days: self.duration_days.or(message.duration_days),
            onset: self.onset.or(message.onset),
            sides: if self.sides.is_empty() { message.sides } else { self.sides },
            frequency: self.frequency.or(message.frequency),
            progressing: self.progressing || message.progressing,
        }
    }
}

/// The longest duration read: 120 years.
const MAX_DURATION_DAYS: f64 = 120.0 * 365.25;

/// Reads the modifiers of one sentence.
pub fn read_modifiers(s: &Sentence) -> Modifiers {
    let mut m = Modifiers::default();
    let mut dur = english_duration(&s.tokens);
    for c in &s.clauses {
        if let Some(d) = zh_duration(&c.chars) {
            dur = Some(dur.map_or(d, |x: f64| x.max(d)));
        }
    }
    // A time longer than a life ("for 99999999999 days") is not a duration.
    m.duration_days = dur.filter(|d| d.is_finite() && *d <= MAX_DURATION_DAYS);
    m.onset = english_onset(&s.tokens).or_else(|| zh_onset(&s.text));
    m.sides = english_sides(&s.tokens);
    m.sides.merge(zh_sides(&s.text));
    m.frequency = english_frequency(&s.tokens).or_else(|| zh_frequency(&s.text));
    m.progressing = english_progressing(&s.tokens) || zh_progressing(&s.text);
    m
}
