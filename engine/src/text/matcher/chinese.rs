//! Finding Chinese phrases in a clause: every slot within the window, no slot cutting across a
//! word such as 手指頭, and a cue that the match covers not counted.

use super::window::{best_combination, fill_slots};
use super::{stronger, Hit, Occurrence, PhraseIndex};
use crate::text::tokens::{Polarity, Sentence, ZH_WORDS};

/// Characters (Chinese) that may lie between a phrase's slots.
const ZH_SLACK: usize = 10;

impl PhraseIndex {
    /// Pushes to `out` every Chinese phrase found in the clauses of sentence `si`.
    pub(super) fn find_zh(&self, si: usize, s: &Sentence, out: &mut Vec<Occurrence>) {
        for clause in &s.clauses {
            let chars = &clause.chars;
            let words = zh_words(chars);
            let mut hits: Vec<(u32, u16, Hit)> = Vec::new();
            for p in 0..chars.len() {
                let Some(cands) = self.zh_first.get(&chars[p]) else {
                    continue;
                };
                for &(pid, slot, alt) in cands {
                    let phrase = &self.zh[pid as usize];
                    let word = &phrase.slots[slot as usize][alt as usize];
                    let len = word.len();
                    if p + len <= chars.len() && word[..] == chars[p..p + len] && !cuts_a_word(&words, p, p + len) {
                        hits.push((pid, slot, (p, p + len)));
                    }
                }
            }
            crate::sorting::sort_by(&mut hits, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
            let mut slots = Vec::new();
            for group in hits.chunk_by(|a, b| a.0 == b.0) {
                let phrase = &self.zh[group[0].0 as usize];
                if !fill_slots(group, phrase.slots.len(), &mut slots) {
                    continue;
                }
                if let Some(chosen) = best_combination(&slots, ZH_SLACK, &|_: &[Hit]| true) {
                    let inside = |k: usize| chosen.iter().any(|&(a, b)| k >= a && k < b);
                    let mut pol = Polarity::Asserted;
                    let mut likened = true;
                    for &(a, b) in &chosen {
                        for k in a..b {
                            match clause.scope[k] {
                                Some((p, cue)) if !inside(cue) => {
                                    pol = stronger(pol, p);
                                    likened &= p == Polarity::Likened;
                                }
                                _ => likened = false,
                            }
                        }
                    }
                    if likened && pol == Polarity::Asserted {
                        pol = Polarity::Likened;
                    }
                    out.push(Occurrence { finding: phrase.finding, sentence: si, polarity: pol });
                }
            }
        }
    }
}

/// Spans of the words of [`ZH_WORDS`] in a clause; a phrase may not cut across one.
fn zh_words(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_here = |w: &&&str| w.chars().enumerate().all(|(k, c)| chars.get(i + k) == Some(&c));
        let longest = ZH_WORDS.iter().filter(starts_here).map(|w| w.chars().count()).max();
        match longest {
            Some(len) => {
                out.push((i, i + len));
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// True when a hit [a, b) cuts across one of the clause's words: it starts inside the word and
/// ends after it, ends inside it after starting before it, or is a single character inside
/// it (頭 in 手指頭). A hit of two or more characters inside a word is a word of its own
/// (指頭 in 手指頭).
fn cuts_a_word(words: &[(usize, usize)], a: usize, b: usize) -> bool {
    words.iter().any(|&(s, e)| {
        let starts_inside = s < a && a < e;
        (starts_inside && (b > e || b - a == 1)) || (a < s && s < b && b < e) || (a == s && b < e && b - a == 1)
    })
}
