//! The sign a number belongs to by the words before it: the nearest sign word in its clause,
//! and whether that sign is a blood test's.

use crate::schema::VitalSign;
use crate::text::words::vitals::SIGN_WORDS;

/// True for a sign that only a blood test gives: its word, not the unit (mmol/L is also a
/// glucose's), says which it is.
pub(super) fn is_lab(sign: VitalSign) -> bool {
    matches!(sign, VitalSign::Potassium | VitalSign::Sodium | VitalSign::Haemoglobin | VitalSign::Inr)
}

/// Characters that end the clause a sign word reaches over.
pub(super) fn is_break(c: char) -> bool {
    matches!(c, ',' | ';' | '.' | '!' | '?' | '\n' | '。' | '、' | '(' | ')')
}

/// The sign word nearest before `at` (not before `from`), in the same clause: the sign and
/// how far it ends from `at`.
pub(super) fn sign_before(chars: &[char], from: usize, at: usize) -> Option<VitalSign> {
    let lo = from.max(at.saturating_sub(24));
    let mut clause_start = lo;
    for k in (lo..at).rev() {
        if is_break(chars[k]) {
            clause_start = k + 1;
            break;
        }
    }
    let window: String = chars[clause_start..at].iter().collect();
    let w: Vec<char> = window.chars().collect();
    let mut best: Option<(usize, usize, VitalSign)> = None; // (end, length, sign)
    for &(word, sign) in SIGN_WORDS {
        let k: Vec<char> = word.chars().collect();
        if k.len() > w.len() {
            continue;
        }
        for s in 0..=w.len() - k.len() {
            if w[s..s + k.len()] != k[..] {
                continue;
            }
            let ascii = word.is_ascii();
            let alone = !ascii
                || (s == 0 || !w[s - 1].is_ascii_alphabetic())
                    && w.get(s + k.len()).is_none_or(|c| !c.is_ascii_alphabetic());
            // 糖化血色素, "hb a1c": the glycated haemoglobin of diabetes care, a percentage.
            let glycated = sign == VitalSign::Haemoglobin
                && (w[..s].ends_with(&['糖', '化'])
                    || w[s + k.len()..].iter().collect::<String>().trim_start().to_lowercase().starts_with("a1c"));
            if !alone || glycated {
                continue;
            }
            let end = s + k.len();
            if best.is_none_or(|(e, l, _)| end > e || end == e && k.len() > l) {
                best = Some((end, k.len(), sign));
            }
        }
    }
    let (end, _, sign) = best?;
    // Between the word and the number: a few linking words at most.
    let gap: String = w[end..].iter().collect();
    (gap.chars().filter(|c| !c.is_whitespace()).count() <= 12).then_some(sign)
}
