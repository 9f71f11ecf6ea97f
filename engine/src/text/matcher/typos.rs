//! The typo corrector: an unknown word is read as a known word of about its length, starting
//! like it, within a small edit distance.

use super::{PhraseIndex, Sym};
use crate::text::stem::stem as stem_of;
use crate::text::words::typos::NOT_TYPOS;

impl PhraseIndex {
    /// The stem of a word as the index knows it: its own, or, for an unknown word that looks
    /// like a typo of a known one, the known word's stem (within a small edit distance).
    pub(super) fn sym_of(&self, raw: &str, stem: &str) -> Option<Sym> {
        if let Some(&s) = self.syms.get(stem) {
            return Some(s);
        }
        if raw.len() < 6 || NOT_TYPOS.contains(raw) || !raw.is_ascii() {
            return None;
        }
        // "numbish", "stiffish", "reddish": a known word with "-ish" is that word, roughly.
        if let Some(base) = raw.strip_suffix("ish").filter(|b| b.len() >= 3) {
            let undoubled = base.strip_suffix(|c| base[..base.len() - 1].ends_with(c)).unwrap_or(base);
            if let Some(&s) = [base, undoubled].iter().find_map(|b| self.syms.get(&stem_of(b))) {
                return Some(s);
            }
        }
        let max = if raw.len() >= 9 { 2 } else { 1 };
        let bytes = raw.as_bytes();
        // Candidates start with the typo's first letter, or with its second (an extra or
        // swapped first letter); a wrong or missing first letter is not corrected.
        let mut firsts = vec![bytes[0]];
        if bytes[1] != bytes[0] {
            firsts.push(bytes[1]);
        }
        // Each edit changes which letters a word has by at most two, so a word whose letters
        // differ in more than 2 * max is skipped before the edit distance is computed (a large
        // KB has thousands of words per bucket).
        let mask = letters(raw);
        (raw.len() - max..=raw.len() + max)
            .flat_map(|len| firsts.iter().filter_map(move |&f| self.vocab.get(&(len, f))))
            .flatten()
            .find(|(w, _, m)| (m ^ mask).count_ones() as usize <= 2 * max && bounded_distance(raw, w, max))
            .map(|&(_, s, _)| s)
    }
}

/// The letters a word has, one bit each (`a`-`z`; other bytes share the six upper bits).
pub(super) fn letters(word: &str) -> u32 {
    word.bytes()
        .fold(0, |m, b| m | 1 << if b.is_ascii_lowercase() { u32::from(b - b'a') } else { 26 + u32::from(b % 6) })
}

pub(super) fn bounded_distance(a: &str, b: &str, max: usize) -> bool {
    let a = a.as_bytes();
    let b = b.as_bytes();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut prev2: Vec<usize> = vec![0; b.len() + 1];
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()] <= max
}
