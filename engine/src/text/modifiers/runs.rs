//! Runs of words in a sentence's tokens, asserted or denied.

use crate::text::table::Cues;
use crate::text::tokens::{Polarity, Token};

pub(super) fn seq_at(t: &[Token], i: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, w)| t.get(i + k).is_some_and(|x| x.raw == *w))
}

pub(super) fn any_seq(t: &[Token], seqs: &'static Cues) -> Option<usize> {
    (0..t.len()).find(|&i| seqs.iter().any(|s| seq_at(t, i, s) && t[i].polarity != Polarity::Negated))
}

pub(super) fn any_seq_negated(t: &[Token], seqs: &'static Cues) -> bool {
    (0..t.len()).any(|i| seqs.iter().any(|s| seq_at(t, i, s) && t[i].polarity == Polarity::Negated))
}
