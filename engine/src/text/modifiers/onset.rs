//! How the complaint began, suddenly or gradually, in English and Chinese.

use super::runs::any_seq;
use crate::schema::Onset;
use crate::text::tokens::Token;
use crate::text::words::onset::{GRADUAL, SUDDEN, ZH_GRADUAL, ZH_SUDDEN};

pub(super) fn english_onset(t: &[Token]) -> Option<Onset> {
    if any_seq(t, &SUDDEN).is_some() {
        Some(Onset::Sudden)
    } else if any_seq(t, &GRADUAL).is_some() {
        Some(Onset::Gradual)
    } else {
        None
    }
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
