//! Finding Chinese phrases in a clause: every slot within the window, no slot cutting across a
//! word such as 手指頭, and a cue that the match covers not counted.

use super::window::{best_combination, fill_slots};
use super::{stronger, Hit, Occurrence, PhraseIndex, Span};
use crate::text::tokens::{Polarity, Sentence, ZH_WORDS};
use crate::text::words::durations::{ZH_TIMES_AGO, ZH_TIME_WORDS, ZH_UNITS};

/// Characters (Chinese) that may lie between a phrase's slots.
const ZH_SLACK: usize = 10;

/// What a space between a phrase's slots costs beyond its own character: patients separate
/// clauses by spaces (按右邊會很痛 吸氣會卡住 眼睛沒有黃), so a phrase reaches across one
/// space with a short gap (手 很麻) but not across two clauses.
const ZH_SPACE_COST: usize = 4;

/// Characters of an aside in brackets (屁股中間跟下面那邊（歹勢）摸起來沒感覺) that the window
/// may hold beyond [`ZH_SLACK`]: an aside is not part of the clause and is not counted.
const ZH_ASIDE_ROOM: usize = 8;

/// True when the characters between the chosen hits stay within [`ZH_SLACK`], each space
/// counted at [`ZH_SPACE_COST`] more, and a time (`timed`, from [`time_mask`]) or an aside in
/// brackets not counted.
fn spaced_gap_fits(chars: &[char], timed: &[bool], chosen: &[Hit]) -> bool {
    let lo = chosen.iter().map(|h| h.0).min().unwrap_or(0);
    let hi = chosen.iter().map(|h| h.1).max().unwrap_or(0);
    let inside = |k: usize| chosen.iter().any(|&(a, b)| k >= a && k < b);
    let in_time = |k: usize| timed.get(k).copied().unwrap_or(false);
    let mut depth = 0usize;
    let mut cost = 0;
    for k in (lo..hi).filter(|&k| !inside(k)) {
        match chars[k] {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            // A space before a time (那顆牙 這一個禮拜吃到熱的就會抽痛) parts a topic from what
            // is said of it, not two clauses.
            c if c.is_whitespace() && depth == 0 => cost += if in_time(k + 1) { 1 } else { 1 + ZH_SPACE_COST },
            _ if depth == 0 && !in_time(k) => cost += 1,
            _ => {}
        }
    }
    cost <= ZH_SLACK
}

/// For each character of a clause, whether it is part of a time (這一個禮拜, 這幾天, 兩個月,
/// 昨天, 最近): a time between a topic and what is said of it (手 這幾天 很麻) is not counted
/// in the window. Read once per clause.
fn time_mask(chars: &[char]) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    let at = |i: usize, w: &str| w.chars().enumerate().all(|(k, c)| chars.get(i + k) == Some(&c));
    let mut i = 0;
    while i < chars.len() {
        let word = ZH_TIMES_AGO.iter().map(|(w, _)| *w).chain(ZH_TIME_WORDS.iter().copied()).filter(|w| at(i, w));
        let end = match word.map(|w| w.chars().count()).max() {
            Some(len) => Some(i + len),
            None => {
                // 這 / 那 / 前 / 近, a count (一, 兩, 幾, 3), 個, then a unit of time.
                let mut j = i;
                while j < chars.len() && j < i + 2 && "這那前近上過去".contains(chars[j]) {
                    j += 1;
                }
                let count = j;
                while j < chars.len() && (chars[j].is_ascii_digit() || "一二兩三四五六七八九十幾半".contains(chars[j]))
                {
                    j += 1;
                }
                let counted = j > count || j > i;
                if chars.get(j) == Some(&'個') {
                    j += 1;
                }
                ZH_UNITS.iter().find(|(u, _)| at(j, u)).filter(|_| counted).map(|(u, _)| j + u.chars().count())
            }
        };
        match end {
            Some(end) => {
                mask[i..end].iter_mut().for_each(|m| *m = true);
                i = end;
            }
            None => i += 1,
        }
    }
    mask
}

impl PhraseIndex {
    /// Pushes to `out` every Chinese phrase found in the clauses of sentence `si`.
    pub(super) fn find_zh(&self, si: usize, s: &Sentence, out: &mut Vec<Occurrence>) {
        for (ci, clause) in s.clauses.iter().enumerate() {
            let chars = &clause.chars;
            let words = zh_words(chars);
            let timed = time_mask(chars);
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
                let fits = |c: &[Hit]| spaced_gap_fits(chars, &timed, c);
                if let Some(chosen) = best_combination(&slots, ZH_SLACK + ZH_ASIDE_ROOM, &fits) {
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
                    let span = Span::of(true, ci, &chosen);
                    out.push(Occurrence { finding: phrase.finding, sentence: si, polarity: pol, span });
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
