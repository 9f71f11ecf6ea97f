//! Compiles the KB's phrases into inverted indexes and finds them in patient text.
//!
//! English phrases are sequences of slots, each slot a set of alternative word runs (stems);
//! a phrase matches when every slot is found in one clause, in any order, within a window.
//! Chinese phrases are slots of substrings matched the same way over characters.
//! Looking up candidates through an index keyed by each alternative's first stem (or first
//! character) keeps matching proportional to the text, not to the size of the KB.
//!
//! Stems are interned: each distinct stem of the KB gets a number ([`Sym`]), and a slot (a
//! lexicon group such as `@hand`, or one word) is compiled once and shared by every phrase that
//! uses it. Building the index is then mostly integer work, which matters at start-up in the
//! browser, where the index of the bundled KB is built before the widget is interactive.

use std::collections::HashMap;
use std::sync::Arc;

use crate::schema::Lang;
use crate::text::tokens::{Polarity, Sentence};

mod chinese;
mod compile;
mod english;
#[cfg(test)]
mod tests;
mod typos;
mod window;

/// An interned stem: its index in the index's stem table.
type Sym = u32;

/// One slot of an English phrase: its alternatives, each a run of stems.
type EnSlot = Arc<[Box<[Sym]>]>;

/// One slot of a Chinese phrase: its alternatives, each a run of characters.
type ZhSlot = Arc<[Box<[char]>]>;

/// One phrase compiled for matching.
#[derive(Debug, Clone)]
struct CompiledPhrase<S> {
    finding: usize,
    /// Slots, in the phrase's order; each holds alternatives.
    slots: Vec<S>,
    /// The slot that is or may be the inability word (`unable close eye`, `@diff @pee`,
    /// `@eye unable close`): when the text's inability word fills it, the slots after it must
    /// follow it within its reach, so that "i wake up and cannot move" is not "unable to wake"
    /// and "can't sit still, pee looks pink" is not "unable to pee".
    unable_slot: Option<usize>,
}

/// Where one slot alternative was found: (start, end) in content tokens or characters.
type Hit = (usize, usize);

/// A finding found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// Index of the finding in the KB.
    pub finding: usize,
    /// Index of the sentence.
    pub sentence: usize,
    /// Whether it was asserted, negated or hypothetical.
    pub polarity: Polarity,
    /// The stretch of the sentence its words span.
    pub span: Span,
}

/// The stretch of a sentence a phrase was read from: its clause, and the first and last place
/// its words take (English content words, or Chinese characters of the clause).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Read by the Chinese matcher (places are characters), else the English one (words).
    pub chinese: bool,
    /// The clause.
    pub clause: u16,
    /// From this place.
    pub start: u32,
    /// To this place (excluded).
    pub end: u32,
}

impl Span {
    /// The envelope of `chosen` slot places in `clause`.
    fn of(chinese: bool, clause: usize, chosen: &[Hit]) -> Span {
        let start = chosen.iter().map(|h| h.0).min().unwrap_or(0);
        let end = chosen.iter().map(|h| h.1).max().unwrap_or(0);
        let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Span { chinese, clause: u16::try_from(clause).unwrap_or(u16::MAX), start: at(start), end: at(end) }
    }

    /// True when both were read from words they share, or one from words inside the other's.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.chinese == other.chinese && self.clause == other.clause && self.start < other.end && other.start < self.end
    }
}

/// A problem in a phrase, reported by the validator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseProblem {
    /// Finding index.
    pub finding: usize,
    /// Language of the phrase.
    pub lang: Lang,
    /// Index of the phrase in its list.
    pub index: usize,
    /// What is wrong.
    pub message: String,
}

/// The compiled phrase indexes of a KB.
#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    en: Vec<CompiledPhrase<EnSlot>>,
    /// For each stem, the (phrase, slot, alternative) whose run starts with it.
    en_first: Vec<Vec<(u32, u16, u16)>>,
    zh: Vec<CompiledPhrase<ZhSlot>>,
    zh_first: HashMap<char, Vec<(u32, u16, u16)>>,
    /// Every stem of the English phrases, with its number.
    syms: HashMap<String, Sym>,
    /// Known words (5 letters or more) with their stems and [`letters`](typos::letters), by
    /// (length, first letter), for the typo corrector: a typo is looked for among words of about
    /// its length that start like it.
    vocab: HashMap<(usize, u8), Vec<VocabWord>>,
    /// For each finding, whether it is a state of the whole person (KB attribute `subject`):
    /// not read from words said of a body part.
    person_states: Vec<bool>,
    /// The stem number of the inability word `unable` ([`CompiledPhrase::unable_slot`]).
    unable: Option<Sym>,
    /// Problems found while compiling.
    pub problems: Vec<PhraseProblem>,
}

/// A known word for the typo corrector: the word, its stem's number and its
/// [`letters`](typos::letters).
type VocabWord = (String, Sym, u32);

impl PhraseIndex {
    /// Number of compiled phrases (English, Chinese).
    pub fn len(&self) -> (usize, usize) {
        (self.en.len(), self.zh.len())
    }

    /// True when no phrase compiled.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.zh.is_empty()
    }

    /// Finds every phrase in the sentences of a patient's message (typos corrected).
    pub fn find(&self, sentences: &[Sentence]) -> Vec<Occurrence> {
        self.find_in(sentences, true)
    }

    /// Finds every phrase in text written by the KB's authors (an article's question): words
    /// are taken as written, with no typo search.
    pub fn find_as_written(&self, sentences: &[Sentence]) -> Vec<Occurrence> {
        self.find_in(sentences, false)
    }

    fn find_in(&self, sentences: &[Sentence], typos: bool) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            self.find_en(si, s, typos, &mut out);
            self.find_zh(si, s, &mut out);
        }
        out
    }
}

fn stronger(a: Polarity, b: Polarity) -> Polarity {
    match (a, b) {
        (Polarity::Negated, _) | (_, Polarity::Negated) => Polarity::Negated,
        (Polarity::Hypothetical, _) | (_, Polarity::Hypothetical) => Polarity::Hypothetical,
        (Polarity::Past, _) | (_, Polarity::Past) => Polarity::Past,
        _ => Polarity::Asserted,
    }
}
