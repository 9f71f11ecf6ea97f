//! Compiles the KB's phrases into inverted indexes and finds them in patient text.
//!
//! English phrases are sequences of slots, each slot a set of alternative word runs (stems);
//! a phrase matches when every slot is found in one clause, in any order, within a window.
//! Chinese phrases are slots of substrings matched the same way over characters.
//! Looking up candidates through an index keyed by each alternative's first stem (or first
//! character) keeps matching proportional to the text, not to the size of the KB.

use std::collections::{HashMap, HashSet};

use crate::kb::types::{KnowledgeBase, Lang};
use crate::text::normalize::normalize;
use crate::text::tokens::{english_tokens, Polarity, Sentence};

/// One phrase compiled for matching.
#[derive(Debug, Clone)]
struct CompiledPhrase {
    finding: usize,
    /// Slots; each slot holds alternatives; an English alternative is a run of stems.
    slots: Vec<Vec<Vec<String>>>,
    /// Shortest total length of one alternative per slot.
    min_len: usize,
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
    en: Vec<CompiledPhrase>,
    en_first: HashMap<String, Vec<(u32, u16, u16)>>,
    zh: Vec<CompiledPhrase>,
    zh_first: HashMap<char, Vec<(u32, u16, u16)>>,
    stems: HashSet<String>,
    /// Known words (5 letters or more) with their stems, by (length, first letter), for the
    /// typo corrector: a typo is looked for among words of about its length that start like it.
    vocab: HashMap<(usize, u8), Vec<(String, String)>>,
    /// Problems found while compiling.
    pub problems: Vec<PhraseProblem>,
}

/// English words that look like typos of KB words but are ordinary words.
const NOT_TYPOS: &[&str] = &[
    "heard", "words", "worse", "where", "there", "these", "those", "while", "which", "whole", "hours", "weeks",
    "years", "since", "about", "after", "before", "night", "right", "light", "fight", "might", "eight", "sight",
    "things", "thinks", "thought", "through", "though", "started", "stopped", "should", "would", "could", "having",
    "lately", "better", "either", "cheeks", "others", "mother", "father", "brother", "sister", "weather", "wonder",
    "daughter", "months", "minutes", "really", "always",
];

impl PhraseIndex {
    /// Compiles every finding's phrases.
    pub fn build(kb: &KnowledgeBase) -> PhraseIndex {
        let mut idx = PhraseIndex::default();
        let mut groups_en: HashMap<&str, &Vec<String>> = HashMap::new();
        let mut groups_zh: HashMap<&str, &Vec<String>> = HashMap::new();
        for g in &kb.lexicon {
            groups_en.insert(g.id.as_str(), &g.en);
            groups_zh.insert(g.id.as_str(), &g.zh_tw);
        }
        let mut vocab: HashMap<String, String> = HashMap::new();
        // Lexicon alternatives recur in many phrases: each is tokenised once.
        let mut alt_cache: HashMap<String, AltTokens> = HashMap::new();
        for (fi, f) in kb.findings.iter().enumerate() {
            for (pi, phrase) in f.phrases.en.iter().enumerate() {
                match compile_en(phrase, &groups_en, &mut vocab, &mut alt_cache) {
                    Ok(slots) => idx.push_en(fi, slots),
                    Err(message) => {
                        idx.problems.push(PhraseProblem { finding: fi, lang: Lang::En, index: pi, message })
                    }
                }
            }
            for (pi, phrase) in f.phrases.zh_tw.iter().enumerate() {
                match compile_zh(phrase, &groups_zh) {
                    Ok(slots) => idx.push_zh(fi, slots),
                    Err(message) => {
                        idx.problems.push(PhraseProblem { finding: fi, lang: Lang::ZhTw, index: pi, message })
                    }
                }
            }
        }
        let mut words: Vec<(String, String)> = vocab.into_iter().filter(|(raw, _)| raw.len() >= 5).collect();
        words.sort();
        for (raw, stem) in words {
            idx.vocab.entry((raw.len(), raw.as_bytes()[0])).or_default().push((raw, stem));
        }
        idx
    }

    fn push_en(&mut self, finding: usize, slots: Vec<Vec<Vec<String>>>) {
        let pid = self.en.len() as u32;
        for (si, slot) in slots.iter().enumerate() {
            for (ai, alt) in slot.iter().enumerate() {
                for s in alt {
                    self.stems.insert(s.clone());
                }
                if let Some(first) = alt.first() {
                    self.en_first.entry(first.clone()).or_default().push((pid, si as u16, ai as u16));
                }
            }
        }
        let min_len = slots.iter().map(|s| s.iter().map(Vec::len).min().unwrap_or(1)).sum();
        self.en.push(CompiledPhrase { finding, slots, min_len });
    }

    fn push_zh(&mut self, finding: usize, slots: Vec<Vec<Vec<String>>>) {
        let pid = self.zh.len() as u32;
        for (si, slot) in slots.iter().enumerate() {
            for (ai, alt) in slot.iter().enumerate() {
                if let Some(first) = alt.first().and_then(|s| s.chars().next()) {
                    self.zh_first.entry(first).or_default().push((pid, si as u16, ai as u16));
                }
            }
        }
        let min_len = slots.iter().map(|s| s.iter().map(|a| a[0].chars().count()).min().unwrap_or(1)).sum();
        self.zh.push(CompiledPhrase { finding, slots, min_len });
    }

    /// Number of compiled phrases (English, Chinese).
    pub fn len(&self) -> (usize, usize) {
        (self.en.len(), self.zh.len())
    }

    /// True when no phrase compiled.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.zh.is_empty()
    }

    /// Replaces an unknown stem by a known one within a small edit distance (typos).
    fn correct(&self, raw: &str, stem: &str) -> Option<String> {
        if self.stems.contains(stem) || raw.len() < 6 || NOT_TYPOS.contains(&raw) || !raw.is_ascii() {
            return None;
        }
        let max = if raw.len() >= 9 { 2 } else { 1 };
        let bytes = raw.as_bytes();
        // Candidates start with the typo's first letter, or with its second (an extra or
        // swapped first letter); a wrong or missing first letter is not corrected.
        let mut firsts = vec![bytes[0]];
        if bytes[1] != bytes[0] {
            firsts.push(bytes[1]);
        }
        (raw.len() - max..=raw.len() + max)
            .flat_map(|len| firsts.iter().filter_map(move |&f| self.vocab.get(&(len, f))))
            .flatten()
            .find(|(w, _)| bounded_distance(raw, w, max))
            .map(|(_, s)| s.clone())
    }

    /// Finds every phrase in the sentences.
    pub fn find(&self, sentences: &[Sentence]) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            self.find_en(si, s, &mut out);
            self.find_zh(si, s, &mut out);
        }
        out
    }

    fn find_en(&self, si: usize, s: &Sentence, out: &mut Vec<Occurrence>) {
        // Content words with their polarity and clause.
        let content: Vec<(String, Polarity, u16)> = s
            .tokens
            .iter()
            .filter(|t| t.content)
            .map(|t| (self.correct(&t.raw, &t.stem).unwrap_or_else(|| t.stem.clone()), t.polarity, t.clause))
            .collect();
        let mut hits: HashMap<u32, Vec<Vec<Hit>>> = HashMap::new();
        for p in 0..content.len() {
            let Some(cands) = self.en_first.get(&content[p].0) else {
                continue;
            };
            for &(pid, slot, alt) in cands {
                let phrase = &self.en[pid as usize];
                let run = &phrase.slots[slot as usize][alt as usize];
                let end = p + run.len();
                if end <= content.len()
                    && run.iter().zip(&content[p..end]).all(|(a, c)| *a == c.0)
                    && content[p..end].iter().all(|c| c.2 == content[p].2)
                {
                    let e = hits.entry(pid).or_insert_with(|| vec![Vec::new(); phrase.slots.len()]);
                    e[slot as usize].push((p, end));
                }
            }
        }
        let mut pids: Vec<_> = hits.keys().copied().collect();
        pids.sort_unstable();
        for pid in pids {
            let phrase = &self.en[pid as usize];
            let slots = &hits[&pid];
            if slots.iter().any(Vec::is_empty) {
                continue;
            }
            let window = phrase.min_len + 3;
            let clause_ok = |chosen: &[Hit]| chosen.iter().all(|h| content[h.0].2 == content[chosen[0].0].2);
            if let Some(chosen) = best_combination(slots, window, &clause_ok) {
                let mut pol = Polarity::Asserted;
                for &(a, b) in &chosen {
                    for c in &content[a..b] {
                        pol = stronger(pol, c.1);
                    }
                }
                out.push(Occurrence { finding: phrase.finding, sentence: si, polarity: pol });
            }
        }
    }

    fn find_zh(&self, si: usize, s: &Sentence, out: &mut Vec<Occurrence>) {
        for clause in &s.clauses {
            let chars = &clause.chars;
            let mut hits: HashMap<u32, Vec<Vec<Hit>>> = HashMap::new();
            for p in 0..chars.len() {
                let Some(cands) = self.zh_first.get(&chars[p]) else {
                    continue;
                };
                for &(pid, slot, alt) in cands {
                    let phrase = &self.zh[pid as usize];
                    let word = &phrase.slots[slot as usize][alt as usize][0];
                    let len = word.chars().count();
                    if p + len <= chars.len() && word.chars().zip(&chars[p..p + len]).all(|(a, b)| a == *b) {
                        let e = hits.entry(pid).or_insert_with(|| vec![Vec::new(); phrase.slots.len()]);
                        e[slot as usize].push((p, p + len));
                    }
                }
            }
            let mut pids: Vec<_> = hits.keys().copied().collect();
            pids.sort_unstable();
            for pid in pids {
                let phrase = &self.zh[pid as usize];
                let slots = &hits[&pid];
                if slots.iter().any(Vec::is_empty) {
                    continue;
                }
                let window = phrase.min_len + 6;
                if let Some(chosen) = best_combination(slots, window, &|_: &[Hit]| true) {
                    let inside = |k: usize| chosen.iter().any(|&(a, b)| k >= a && k < b);
                    let mut pol = Polarity::Asserted;
                    for &(a, b) in &chosen {
                        for k in a..b {
                            if let Some((p, cue)) = clause.scope[k] {
                                if !inside(cue) {
                                    pol = stronger(pol, p);
                                }
                            }
                        }
                    }
                    out.push(Occurrence { finding: phrase.finding, sentence: si, polarity: pol });
                }
            }
        }
    }
}

fn stronger(a: Polarity, b: Polarity) -> Polarity {
    match (a, b) {
        (Polarity::Negated, _) | (_, Polarity::Negated) => Polarity::Negated,
        (Polarity::Hypothetical, _) | (_, Polarity::Hypothetical) => Polarity::Hypothetical,
        _ => Polarity::Asserted,
    }
}

/// Picks one hit per slot, without overlaps, with the smallest span; None if the smallest
/// span exceeds the window. Searches at most a bounded number of combinations.
fn best_combination(slots: &[Vec<Hit>], window: usize, accept: &dyn Fn(&[Hit]) -> bool) -> Option<Vec<Hit>> {
    let mut best: Option<(usize, Vec<Hit>)> = None;
    let mut chosen: Vec<Hit> = Vec::with_capacity(slots.len());
    let mut budget = 2000usize;
    fn rec(
        slots: &[Vec<Hit>],
        i: usize,
        chosen: &mut Vec<Hit>,
        best: &mut Option<(usize, Vec<Hit>)>,
        window: usize,
        budget: &mut usize,
        accept: &dyn Fn(&[Hit]) -> bool,
    ) {
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        let lo = chosen.iter().map(|h| h.0).min().unwrap_or(usize::MAX);
        let hi = chosen.iter().map(|h| h.1).max().unwrap_or(0);
        if !chosen.is_empty() && hi - lo > window {
            return;
        }
        if i == slots.len() {
            let span = hi - lo;
            if best.as_ref().is_none_or(|(b, _)| span < *b) && accept(chosen) {
                *best = Some((span, chosen.clone()));
            }
            return;
        }
        for &h in &slots[i] {
            if chosen.iter().any(|c| h.0 < c.1 && c.0 < h.1) {
                continue;
            }
            chosen.push(h);
            rec(slots, i + 1, chosen, best, window, budget, accept);
            chosen.pop();
        }
    }
    rec(slots, 0, &mut chosen, &mut best, window, &mut budget, accept);
    best.map(|(_, c)| c)
}

fn bounded_distance(a: &str, b: &str, max: usize) -> bool {
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

/// Splits a phrase into slots, expanding `@groups` with the given language's alternatives.
fn slots_of<'a>(phrase: &'a str, groups: &HashMap<&str, &'a Vec<String>>) -> Result<Vec<Vec<String>>, String> {
    let mut slots = Vec::new();
    for part in phrase.split_whitespace() {
        if let Some(g) = part.strip_prefix('@') {
            let alts = groups.get(g).ok_or_else(|| format!("unknown lexicon group `@{g}`"))?;
            if alts.is_empty() {
                return Err(format!("lexicon group `@{g}` has no entries in this language"));
            }
            slots.push(alts.to_vec());
        } else {
            slots.push(vec![part.to_string()]);
        }
    }
    if slots.is_empty() {
        return Err("empty phrase".to_string());
    }
    Ok(slots)
}

/// An English alternative, tokenised: its content stems, or the fact that it has a negation.
#[derive(Debug, Clone)]
enum AltTokens {
    Negated,
    Stems(Vec<String>),
}

fn compile_en(
    phrase: &str,
    groups: &HashMap<&str, &Vec<String>>,
    vocab: &mut HashMap<String, String>,
    cache: &mut HashMap<String, AltTokens>,
) -> Result<Vec<Vec<Vec<String>>>, String> {
    let mut out = Vec::new();
    for slot in slots_of(phrase, groups)? {
        let mut alts: Vec<Vec<String>> = Vec::new();
        for alt in slot {
            let tokens = match cache.get(&alt) {
                Some(t) => t,
                None => {
                    let toks = english_tokens(&normalize(&alt));
                    let t = if toks.iter().any(|t| t.polarity == Polarity::Negated) {
                        AltTokens::Negated
                    } else {
                        for t in toks.iter().filter(|t| t.content) {
                            vocab.insert(t.raw.clone(), t.stem.clone());
                        }
                        AltTokens::Stems(toks.iter().filter(|t| t.content).map(|t| t.stem.clone()).collect())
                    };
                    cache.entry(alt.clone()).or_insert(t)
                }
            };
            let stems = match tokens {
                AltTokens::Negated => {
                    return Err(format!("`{alt}` contains a negation; negation is read by the engine"))
                }
                AltTokens::Stems(stems) => stems,
            };
            if !stems.is_empty() && !alts.contains(stems) {
                alts.push(stems.clone());
            }
        }
        if alts.is_empty() {
            return Err(format!("a slot of `{phrase}` has only filler words"));
        }
        out.push(alts);
    }
    Ok(out)
}

fn compile_zh(phrase: &str, groups: &HashMap<&str, &Vec<String>>) -> Result<Vec<Vec<Vec<String>>>, String> {
    let mut out = Vec::new();
    for slot in slots_of(phrase, groups)? {
        let alts: Vec<Vec<String>> = slot
            .iter()
            .map(|a| normalize(a).chars().filter(|c| !c.is_whitespace()).collect::<String>())
            .filter(|a| !a.is_empty())
            .map(|a| vec![a])
            .collect();
        if alts.is_empty() {
            return Err(format!("a slot of `{phrase}` is empty"));
        }
        out.push(alts);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::bounded_distance;

    #[test]
    fn edit_distance_is_bounded() {
        assert!(bounded_distance("twiching", "twitching", 1));
        assert!(bounded_distance("numbess", "numbness", 1));
        assert!(bounded_distance("tinlging", "tingling", 1));
        assert!(!bounded_distance("heart", "heard", 0));
        assert!(!bounded_distance("weakness", "witness", 1));
    }

    #[test]
    fn typos_are_corrected_through_the_length_and_letter_buckets() {
        let engine = crate::Engine::bundled().expect("bundled KB");
        for (text, finding) in [
            ("my left eyelid keeps twicthing", "eyelid_twitch"),
            ("my eyleid has been twitching", "eyelid_twitch"),
            ("my left eeyelid twitches", "eyelid_twitch"),
            ("numbess in both hands", "hand_numbness"),
        ] {
            let r = engine.check(&crate::Request::text(text));
            assert!(r.findings.iter().any(|f| f.id == finding && f.present), "{text}: {:?}", r.findings);
        }
    }
}
