//! How often the complaint is there, intermittent or constant, in English and Chinese.

use super::runs::{any_seq, any_seq_negated};
use crate::schema::Frequency;
use crate::text::tokens::Token;
use crate::text::words::frequency::{CONSTANT, EVERY_DAY, INTERMITTENT, ZH_CONSTANT, ZH_INTERMITTENT};

pub(super) fn english_frequency(t: &[Token]) -> Option<Frequency> {
    if any_seq(t, &INTERMITTENT).is_some() || any_seq_negated(t, &CONSTANT) || any_seq_negated(t, &EVERY_DAY) {
        Some(Frequency::Intermittent)
    } else if any_seq(t, &CONSTANT).is_some() {
        Some(Frequency::Constant)
    } else {
        None
    }
}

pub(super) fn zh_frequency(s: &str) -> Option<Frequency> {
    if ZH_INTERMITTENT.iter().any(|w| s.contains(w)) {
        Some(Frequency::Intermittent)
    } else if ZH_CONSTANT.iter().any(|w| s.contains(w)) || keeps_on(s) {
        Some(Frequency::Constant)
    } else {
        None
    }
}

/// 一直 ("keeps", "all along") that says a symptom is there all the time: not before a verb of
/// something that comes in jerks or bouts (一直跳, 一直抽, 一直吐: it keeps twitching or
/// vomiting, again and again), nor before 沒 (我一直沒有吃藥: a habit, not the symptom).
fn keeps_on(s: &str) -> bool {
    s.match_indices("一直")
        .any(|(i, w)| !s[i + w.len()..].starts_with(['跳', '抽', '抖', '顫', '眨', '吐', '咳', '哭', '沒']))
}
