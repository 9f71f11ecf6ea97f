//! Finding English phrases in a sentence: every slot in one clause within the window, an
//! inability reaching only the words it governs, a whole-person state not read of a body part.

use super::window::{best_combination, fill_slots};
use super::{stronger, Hit, Occurrence, PhraseIndex, Span, Sym};
use crate::text::tokens::{Polarity, Sentence};
use crate::text::words::subjects::{BODY_PART_WORDS, INABILITY_ENDS, PERSON_WORDS};

/// Content words (English) that may lie between a phrase's slots.
const EN_SLACK: usize = 3;

impl PhraseIndex {
    /// Pushes to `out` every English phrase found in sentence `si`; with `typos`, an unknown word
    /// is read as the known word it looks like a typo of.
    pub(super) fn find_en(&self, si: usize, s: &Sentence, typos: bool, out: &mut Vec<Occurrence>) {
        // Content words with their polarity and clause, and for each the number of words that
        // end an inability's reach (a new subject, "when", "after") before it.
        let mut reach = 0u16;
        let mut content: Vec<(Option<Sym>, Polarity, u16)> = Vec::new();
        let mut reaches: Vec<u16> = Vec::new();
        // For each content word, whether the clause is talking about a body part at that point
        // ("my foot is floppy", "my fingers won't wake up"): the last subject named before it,
        // since the last comma, is a body part rather than a person.
        let mut of_part: Vec<bool> = Vec::new();
        let mut part = false;
        for t in &s.tokens {
            // An inability reaches over neither a new subject nor a comma: "can't sit still,
            // pacing the kitchen, pee looks pink" says nothing of passing urine.
            if INABILITY_ENDS.contains(t.raw.as_str()) || t.after_comma {
                reach += 1;
            }
            let word = t.raw.strip_suffix("'s").unwrap_or(&t.raw);
            if t.after_comma || PERSON_WORDS.contains(word) {
                part = false;
            }
            if BODY_PART_WORDS.contains(word) {
                part = true;
            }
            if t.content {
                let sym = if typos { self.sym_of(&t.raw, &t.stem) } else { self.syms.get(&t.stem).copied() };
                content.push((sym, t.polarity, t.clause));
                reaches.push(reach);
                of_part.push(part);
            }
        }
        let unable = self.unable;
        let mut hits: Vec<(u32, u16, Hit)> = Vec::new();
        for p in 0..content.len() {
            let Some(cands) = content[p].0.and_then(|s| self.en_first.get(s as usize)) else {
                continue;
            };
            for &(pid, slot, alt) in cands {
                let phrase = &self.en[pid as usize];
                let run = &phrase.slots[slot as usize][alt as usize];
                let end = p + run.len();
                if end <= content.len()
                    && run.iter().zip(&content[p..end]).all(|(a, c)| Some(*a) == c.0)
                    && content[p..end].iter().all(|c| c.2 == content[p].2)
                {
                    hits.push((pid, slot, (p, end)));
                }
            }
        }
        crate::sorting::sort_by(&mut hits, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut slots = Vec::new();
        for group in hits.chunk_by(|a, b| a.0 == b.0) {
            let phrase = &self.en[group[0].0 as usize];
            if !fill_slots(group, phrase.slots.len(), &mut slots) {
                continue;
            }
            let clause_ok = |chosen: &[Hit]| {
                chosen.iter().all(|h| content[h.0].2 == content[chosen[0].0].2)
                    && phrase.unable_slot.is_none_or(|k| {
                        let u = chosen[k].0;
                        content[u].0 != unable || chosen[k + 1..].iter().all(|h| h.0 > u && reaches[h.0] == reaches[u])
                    })
            };
            if let Some(chosen) = best_combination(&slots, EN_SLACK, &clause_ok) {
                if self.person_states.get(phrase.finding) == Some(&true)
                    && chosen.iter().any(|&(a, b)| of_part[a..b].contains(&true))
                {
                    continue;
                }
                let mut pol = Polarity::Asserted;
                let mut likened = true;
                for &(a, b) in &chosen {
                    for c in &content[a..b] {
                        pol = stronger(pol, c.1);
                        likened &= c.1 == Polarity::Likened;
                    }
                }
                if likened && pol == Polarity::Asserted {
                    pol = Polarity::Likened;
                }
                let span = Span::of(false, usize::from(content[chosen[0].0].2), &chosen);
                out.push(Occurrence { finding: phrase.finding, sentence: si, polarity: pol, span });
            }
        }
    }
}
