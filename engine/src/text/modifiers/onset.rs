//! How the complaint began, suddenly or gradually, in English and Chinese.

use super::runs::{any_seq, seq_at};
use crate::schema::Onset;
use crate::text::tokens::{Polarity, Token};
use crate::text::words::onset::{GRADUAL, RELIEF, SUDDEN, ZH_GRADUAL, ZH_SUDDEN};

pub(super) fn english_onset(t: &[Token]) -> Option<Onset> {
    if sudden_start(t) {
        Some(Onset::Sudden)
    } else if any_seq(t, &GRADUAL).is_some() {
        Some(Onset::Gradual)
    } else {
        None
    }
}

/// True when a sudden cue says how the complaint began: not one after a word of relief in its
/// clause ("walking around fixes it instantly").
fn sudden_start(t: &[Token]) -> bool {
    (0..t.len()).any(|i| {
        SUDDEN.iter().any(|s| seq_at(t, i, s))
            && t[i].polarity != Polarity::Negated
            && !t[i.saturating_sub(4)..i].iter().any(|x| x.clause == t[i].clause && RELIEF.contains(&x.raw))
    })
}

pub(super) fn zh_onset(s: &str) -> Option<Onset> {
    if ZH_SUDDEN.iter().any(|w| s.contains(w)) {
        Some(Onset::Sudden)
    } else if ZH_GRADUAL.iter().any(|w| s.contains(w)) {
        Some(Onset::Gradual)
    } else {
        None
    }
}
