//! Compiles the KB's phrases into inverted indexes and finds them in patient text.
//!
//! English phrases are sequences of slots, each slot a set of alternative word runs (stems);
//! a phrase matches when every slot is found in one clause, in any order, within a window.
//! Chinese phrases are slots of substrings matched the same way over characters.
//! Looking up candidates through an index keyed by each alternative's first stem (or first
//! character) keeps matching proportional to the text, not to the size of the KB.
//!
//! Stems are interned: each distinct stem of the KB gets a number ([`Sym`]), and a slot (a
//! lexicon group such as `@hand`, or one word) is compiled once and shared by every phrase that
//! uses it. Building the index is then mostly integer work, which matters at start-up in the
//! browser, where the index of the bundled KB is built before the widget is interactive.

use std::collections::HashMap;
use std::sync::Arc;

use crate::kb::types::{Attribute, KnowledgeBase, Lang};
use crate::text::normalize::{fold_zh_degree, normalize};
use crate::text::stem::stem;
use crate::text::tokens::{english_tokens, Polarity, Sentence, ZH_WORDS};

/// An interned stem: its index in the index's stem table.
type Sym = u32;

/// One slot of an English phrase: its alternatives, each a run of stems.
type EnSlot = Arc<[Box<[Sym]>]>;

/// One slot of a Chinese phrase: its alternatives, each a run of characters.
type ZhSlot = Arc<[Box<[char]>]>;

/// One phrase compiled for matching.
#[derive(Debug, Clone)]
struct CompiledPhrase<S> {
    finding: usize,
    /// Slots, in the phrase's order; each holds alternatives.
    slots: Vec<S>,
    /// The slot that is or may be the inability word (`unable close eye`, `@diff @pee`,
    /// `@eye unable close`): when the text's inability word fills it, the slots after it must
    /// follow it within its reach, so that "i wake up and cannot move" is not "unable to wake"
    /// and "can't sit still, pee looks pink" is not "unable to pee".
    unable_slot: Option<usize>,
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
    en: Vec<CompiledPhrase<EnSlot>>,
    /// For each stem, the (phrase, slot, alternative) whose run starts with it.
    en_first: Vec<Vec<(u32, u16, u16)>>,
    zh: Vec<CompiledPhrase<ZhSlot>>,
    zh_first: HashMap<char, Vec<(u32, u16, u16)>>,
    /// Every stem of the English phrases, with its number.
    syms: HashMap<String, Sym>,
    /// Known words (5 letters or more) with their stems and [`letters`], by (length, first
    /// letter), for the typo corrector: a typo is looked for among words of about its length that
    /// start like it.
    vocab: HashMap<(usize, u8), Vec<VocabWord>>,
    /// For each finding, whether it is a state of the whole person (KB attribute `subject`):
    /// not read from words said of a body part.
    person_states: Vec<bool>,
    /// The stem number of the inability word `unable` ([`CompiledPhrase::unable_slot`]).
    unable: Option<Sym>,
    /// Problems found while compiling.
    pub problems: Vec<PhraseProblem>,
}

/// A known word for the typo corrector: the word, its stem's number and its [`letters`].
type VocabWord = (String, Sym, u32);

/// English words that look like typos of KB words but are ordinary words.
const NOT_TYPOS: &[&str] = &[
    "heard", "words", "worse", "where", "there", "these", "those", "while", "which", "whole", "hours", "weeks",
    "years", "since", "about", "after", "before", "night", "right", "light", "fight", "might", "eight", "sight",
    "things", "thinks", "thought", "through", "though", "started", "stopped", "should", "would", "could", "having",
    "lately", "better", "either", "cheeks", "others", "mother", "father", "brother", "sister", "weather", "wonder",
    "daughter", "months", "minutes", "really", "always", "reflex", "reflexes",
];

/// Why a slot did not compile; `Filler` names the phrase when reported.
#[derive(Debug, Clone)]
enum SlotError {
    Message(String),
    Filler,
}

impl SlotError {
    fn message(self, phrase: &str) -> String {
        match self {
            SlotError::Message(m) => m,
            SlotError::Filler => format!("a slot of `{phrase}` has only filler words"),
        }
    }
}

/// State while compiling: the lexicon, the stem table and the slots compiled so far.
struct Compiler<'a> {
    groups_en: HashMap<&'a str, &'a [String]>,
    groups_zh: HashMap<&'a str, &'a [String]>,
    syms: HashMap<String, Sym>,
    /// Word → its stem, for the typo corrector.
    vocab: HashMap<String, Sym>,
    slots_en: HashMap<&'a str, Result<EnSlot, SlotError>>,
    slots_zh: HashMap<&'a str, Result<ZhSlot, SlotError>>,
}

impl<'a> Compiler<'a> {
    fn intern(&mut self, stem: &str) -> Sym {
        if let Some(&s) = self.syms.get(stem) {
            return s;
        }
        let s = self.syms.len() as Sym;
        self.syms.insert(stem.to_string(), s);
        s
    }

    /// The alternatives of one part of a phrase: a lexicon group's entries or the word itself.
    fn alternatives(part: &'a str, groups: &HashMap<&'a str, &'a [String]>) -> Result<Vec<&'a str>, SlotError> {
        match part.strip_prefix('@') {
            Some(g) => {
                let alts = groups.get(g).ok_or_else(|| SlotError::Message(format!("unknown lexicon group `@{g}`")))?;
                if alts.is_empty() {
                    return Err(SlotError::Message(format!("lexicon group `@{g}` has no entries in this language")));
                }
                Ok(alts.iter().map(String::as_str).collect())
            }
            None => Ok(vec![part]),
        }
    }

    fn slot_en(&mut self, part: &'a str) -> Result<EnSlot, SlotError> {
        if let Some(s) = self.slots_en.get(part) {
            return s.clone();
        }
        let compiled = self.compile_slot_en(part);
        self.slots_en.insert(part, compiled.clone());
        compiled
    }

    fn compile_slot_en(&mut self, part: &'a str) -> Result<EnSlot, SlotError> {
        let mut alts: Vec<Box<[Sym]>> = Vec::new();
        // An entry of several words that reads as one of them, and the entries of one word.
        let mut lone: Vec<(&str, String, Sym)> = Vec::new();
        let mut single: Vec<Sym> = Vec::new();
        for alt in Self::alternatives(part, &self.groups_en)? {
            let toks = english_tokens(&normalize(alt));
            if toks.iter().any(|t| t.polarity == Polarity::Negated) {
                return Err(SlotError::Message(format!("`{alt}` contains a negation; negation is read by the engine")));
            }
            let mut run = Vec::new();
            for t in toks.iter().filter(|t| t.content) {
                let s = self.intern(&t.stem);
                self.vocab.insert(t.raw.clone(), s);
                run.push(s);
            }
            // "gave out" would read as "gave" alone: a word that carries the meaning is filler.
            if toks.len() > 1 && run.len() == 1 {
                let kept = toks.iter().find(|t| t.content).map_or("", |t| t.raw.as_str());
                lone.push((alt, kept.to_string(), run[0]));
            }
            if toks.len() == 1 && run.len() == 1 {
                single.push(run[0]);
            }
            let run = run.into_boxed_slice();
            if !run.is_empty() && !alts.contains(&run) {
                alts.push(run);
            }
        }
        if alts.is_empty() {
            return Err(SlotError::Filler);
        }
        // ... unless that word alone is an entry too ("under eye" beside "eye").
        if let Some((alt, kept, _)) = lone.into_iter().find(|l| !single.contains(&l.2)) {
            return Err(SlotError::Message(format!(
                "`{alt}` reads as `{kept}` alone (the other words are filler words); say it in other words"
            )));
        }
        Ok(alts.into())
    }

    fn slot_zh(&mut self, part: &'a str) -> Result<ZhSlot, SlotError> {
        if let Some(s) = self.slots_zh.get(part) {
            return s.clone();
        }
        let compiled = Self::alternatives(part, &self.groups_zh).and_then(|alts| {
            let alts: Vec<Box<[char]>> = alts
                .iter()
                .map(|a| {
                    let joined: String = normalize(a).chars().filter(|c| !c.is_whitespace()).collect();
                    fold_zh_degree(&joined).chars().collect::<Box<[char]>>()
                })
                .filter(|a| !a.is_empty())
                .collect();
            // Patient text loses the degree word before a complement (尿不太出來 reads as
            // 尿不出來), so a slot that ends on one would never be found.
            let dangling = |a: &[char]| {
                let s: String = a.iter().collect();
                ["不太", "沒什麼", "沒甚麼", "沒啥"].iter().any(|w| s.ends_with(w))
            };
            if alts.is_empty() {
                Err(SlotError::Filler)
            } else if alts.iter().any(|a| dangling(a)) {
                Err(SlotError::Message(format!(
                    "slot `{part}` ends on a degree word (不太, 沒什麼) that patient text drops; join it to the next word"
                )))
            } else {
                Ok(ZhSlot::from(alts))
            }
        });
        self.slots_zh.insert(part, compiled.clone());
        compiled
    }
}

impl PhraseIndex {
    /// Compiles every finding's phrases.
    pub fn build(kb: &KnowledgeBase) -> PhraseIndex {
        let mut idx = PhraseIndex::default();
        let mut c = Compiler {
            groups_en: kb.lexicon.iter().map(|g| (g.id.as_str(), g.en.as_slice())).collect(),
            groups_zh: kb.lexicon.iter().map(|g| (g.id.as_str(), g.zh_tw.as_slice())).collect(),
            syms: HashMap::new(),
            vocab: HashMap::new(),
            slots_en: HashMap::new(),
            slots_zh: HashMap::new(),
        };
        let unable = c.intern(&stem("unable"));
        idx.unable = Some(unable);
        idx.person_states = kb.findings.iter().map(|f| f.attributes.contains(&Attribute::Subject)).collect();
        for (fi, f) in kb.findings.iter().enumerate() {
            for (pi, phrase) in f.phrases.en.iter().enumerate() {
                let slots: Result<Vec<EnSlot>, SlotError> = phrase.split_whitespace().map(|p| c.slot_en(p)).collect();
                match slots {
                    Ok(slots) if slots.is_empty() => idx.problem(fi, Lang::En, pi, "empty phrase".to_string()),
                    Ok(slots) => idx.push_en(fi, slots, unable),
                    Err(e) => idx.problem(fi, Lang::En, pi, e.message(phrase)),
                }
            }
            for (pi, phrase) in f.phrases.zh_tw.iter().enumerate() {
                let slots: Result<Vec<ZhSlot>, SlotError> = phrase.split_whitespace().map(|p| c.slot_zh(p)).collect();
                match slots {
                    Ok(slots) if slots.is_empty() => idx.problem(fi, Lang::ZhTw, pi, "empty phrase".to_string()),
                    Ok(slots) => idx.push_zh(fi, slots),
                    Err(e) => idx.problem(fi, Lang::ZhTw, pi, e.message(phrase)),
                }
            }
        }
        let mut words: Vec<(String, Sym)> = c.vocab.into_iter().filter(|(raw, _)| raw.len() >= 5).collect();
        crate::sorting::sort_by(&mut words, |a, b| a.cmp(b));
        for (raw, s) in words {
            let mask = letters(&raw);
            idx.vocab.entry((raw.len(), raw.as_bytes()[0])).or_default().push((raw, s, mask));
        }
        idx.en_first.resize(c.syms.len(), Vec::new());
        for (pid, phrase) in idx.en.iter().enumerate() {
            for (si, slot) in phrase.slots.iter().enumerate() {
                for (ai, alt) in slot.iter().enumerate() {
                    if let Some(&first) = alt.first() {
                        idx.en_first[first as usize].push((pid as u32, si as u16, ai as u16));
                    }
                }
            }
        }
        idx.syms = c.syms;
        idx
    }

    fn problem(&mut self, finding: usize, lang: Lang, index: usize, message: String) {
        self.problems.push(PhraseProblem { finding, lang, index, message });
    }

    fn push_en(&mut self, finding: usize, slots: Vec<EnSlot>, unable: Sym) {
        let unable_slot = if slots.len() > 1 {
            slots.iter().position(|s| s.iter().any(|alt| alt.first() == Some(&unable)))
        } else {
            None
        };
        self.en.push(CompiledPhrase { finding, slots, unable_slot });
    }

    fn push_zh(&mut self, finding: usize, slots: Vec<ZhSlot>) {
        let pid = self.zh.len() as u32;
        for (si, slot) in slots.iter().enumerate() {
            for (ai, alt) in slot.iter().enumerate() {
                if let Some(&first) = alt.first() {
                    self.zh_first.entry(first).or_default().push((pid, si as u16, ai as u16));
                }
            }
        }
        self.zh.push(CompiledPhrase { finding, slots, unable_slot: None });
    }

    /// Number of compiled phrases (English, Chinese).
    pub fn len(&self) -> (usize, usize) {
        (self.en.len(), self.zh.len())
    }

    /// True when no phrase compiled.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.zh.is_empty()
    }

    /// The stem of a word as the index knows it: its own, or, for an unknown word that looks
    /// like a typo of a known one, the known word's stem (within a small edit distance).
    fn sym_of(&self, raw: &str, stem: &str) -> Option<Sym> {
        if let Some(&s) = self.syms.get(stem) {
            return Some(s);
        }
        if raw.len() < 6 || NOT_TYPOS.contains(&raw) || !raw.is_ascii() {
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

    /// Finds every phrase in the sentences of a patient's message (typos corrected).
    pub fn find(&self, sentences: &[Sentence]) -> Vec<Occurrence> {
        self.find_in(sentences, true)
    }

    /// Finds every phrase in text written by the KB's authors (an article's question): words
    /// are taken as written, with no typo search.
    pub fn find_as_written(&self, sentences: &[Sentence]) -> Vec<Occurrence> {
        self.find_in(sentences, false)
    }

    fn find_in(&self, sentences: &[Sentence], typos: bool) -> Vec<Occurrence> {
        let mut out = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            self.find_en(si, s, typos, &mut out);
            self.find_zh(si, s, &mut out);
        }
        out
    }

    fn find_en(&self, si: usize, s: &Sentence, typos: bool, out: &mut Vec<Occurrence>) {
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
            if INABILITY_ENDS.contains(&t.raw.as_str()) || t.after_comma {
                reach += 1;
            }
            let word = t.raw.strip_suffix("'s").unwrap_or(&t.raw);
            if t.after_comma || PERSON_WORDS.contains(&word) {
                part = false;
            }
            if BODY_PART_WORDS.contains(&word) {
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
                out.push(Occurrence { finding: phrase.finding, sentence: si, polarity: pol });
            }
        }
    }

    fn find_zh(&self, si: usize, s: &Sentence, out: &mut Vec<Occurrence>) {
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

/// Spreads one phrase's hits (sorted by slot, found in text order) over its `n` slots; false,
/// leaving `slots` unspecified, when some slot has no hit (the phrase cannot match).
fn fill_slots(group: &[(u32, u16, Hit)], n: usize, slots: &mut Vec<Vec<Hit>>) -> bool {
    let distinct = 1 + group.windows(2).filter(|w| w[0].1 != w[1].1).count();
    if distinct < n {
        return false;
    }
    slots.iter_mut().for_each(Vec::clear);
    slots.resize(n, Vec::new());
    for &(_, slot, hit) in group {
        slots[slot as usize].push(hit);
    }
    true
}

fn stronger(a: Polarity, b: Polarity) -> Polarity {
    match (a, b) {
        (Polarity::Negated, _) | (_, Polarity::Negated) => Polarity::Negated,
        (Polarity::Hypothetical, _) | (_, Polarity::Hypothetical) => Polarity::Hypothetical,
        (Polarity::Past, _) | (_, Polarity::Past) => Polarity::Past,
        _ => Polarity::Asserted,
    }
}

/// Words after which an inability ("unable to move") no longer reaches: "unable to move when i
/// woke" is not "unable to wake".
const INABILITY_ENDS: &[&str] = &[
    "i", "he", "she", "we", "they", "you", "when", "whenever", "after", "before", "while", "until", "since", "because",
    "if",
];

/// Words that name a person as the subject of what follows (a possessive `'s` is dropped first).
const PERSON_WORDS: &[&str] = &[
    "i",
    "i'm",
    "im",
    "i've",
    "me",
    "he",
    "he's",
    "she",
    "she's",
    "him",
    "we",
    "you",
    "baby",
    "son",
    "daughter",
    "dad",
    "mum",
    "mom",
    "mother",
    "father",
    "husband",
    "wife",
    "child",
    "kid",
    "boy",
    "girl",
    "toddler",
    "grandma",
    "grandpa",
    "grandmother",
    "grandfather",
    "nan",
    "granny",
    "brother",
    "sister",
    "partner",
    "patient",
    "friend",
];

/// Body parts that a whole-person word can be said of ("my foot is floppy", "my fingers won't
/// wake up", "my calf was in a hard knot").
const BODY_PART_WORDS: &[&str] = &[
    "hand",
    "hands",
    "finger",
    "fingers",
    "thumb",
    "thumbs",
    "palm",
    "palms",
    "wrist",
    "wrists",
    "arm",
    "arms",
    "elbow",
    "elbows",
    "shoulder",
    "shoulders",
    "leg",
    "legs",
    "foot",
    "feet",
    "toe",
    "toes",
    "knee",
    "knees",
    "calf",
    "calves",
    "thigh",
    "thighs",
    "ankle",
    "ankles",
    "shin",
    "shins",
    "hip",
    "hips",
    "lip",
    "lips",
    "cheek",
    "cheeks",
    "eyelid",
    "eyelids",
    "tongue",
    "jaw",
    "muscle",
    "muscles",
    "limb",
    "limbs",
];

/// Content words (English) that may lie between a phrase's slots.
const EN_SLACK: usize = 3;
/// Characters (Chinese) that may lie between a phrase's slots.
const ZH_SLACK: usize = 10;

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

/// Picks one hit per slot, without overlaps, with the smallest span; None if the words
/// between the chosen hits (span minus the hits' own lengths) exceed `slack`. Searches at
/// most a bounded number of combinations.
fn best_combination(slots: &[Vec<Hit>], slack: usize, accept: &dyn Fn(&[Hit]) -> bool) -> Option<Vec<Hit>> {
    // The longest hit of each remaining slot bounds how much a partial choice can still absorb.
    let mut rest_longest = vec![0; slots.len() + 1];
    for i in (0..slots.len()).rev() {
        rest_longest[i] = rest_longest[i + 1] + slots[i].iter().map(|h| h.1 - h.0).max().unwrap_or(0);
    }
    let mut search = Search { slots, slack, rest_longest, accept, budget: 2000, best: None };
    let mut chosen: Vec<Hit> = Vec::with_capacity(slots.len());
    search.rec(0, &mut chosen);
    search.best.map(|(_, c)| c)
}

/// The state of [`best_combination`]'s depth-first search.
struct Search<'a> {
    slots: &'a [Vec<Hit>],
    slack: usize,
    rest_longest: Vec<usize>,
    accept: &'a dyn Fn(&[Hit]) -> bool,
    budget: usize,
    /// Best choice so far, keyed by (gap between the hits, span).
    best: Option<((usize, usize), Vec<Hit>)>,
}

impl Search<'_> {
    fn rec(&mut self, i: usize, chosen: &mut Vec<Hit>) {
        if self.budget == 0 {
            return;
        }
        self.budget -= 1;
        let lo = chosen.iter().map(|h| h.0).min().unwrap_or(usize::MAX);
        let hi = chosen.iter().map(|h| h.1).max().unwrap_or(0);
        let used: usize = chosen.iter().map(|h| h.1 - h.0).sum();
        if !chosen.is_empty() && hi - lo > self.slack + used + self.rest_longest[i] {
            return;
        }
        if i == self.slots.len() {
            let span = hi - lo;
            let key = (span - used, span);
            if span <= self.slack + used && self.best.as_ref().is_none_or(|(b, _)| key < *b) && (self.accept)(chosen) {
                self.best = Some((key, chosen.clone()));
            }
            return;
        }
        for k in 0..self.slots[i].len() {
            let h = self.slots[i][k];
            if chosen.iter().any(|c| h.0 < c.1 && c.0 < h.1) {
                continue;
            }
            chosen.push(h);
            self.rec(i + 1, chosen);
            chosen.pop();
        }
    }
}

/// The letters a word has, one bit each (`a`-`z`; other bytes share the six upper bits).
fn letters(word: &str) -> u32 {
    word.bytes()
        .fold(0, |m, b| m | 1 << if b.is_ascii_lowercase() { u32::from(b - b'a') } else { 26 + u32::from(b % 6) })
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

#[cfg(test)]
mod tests {
    use super::bounded_distance;

    #[test]
    fn the_letter_filter_never_drops_a_word_within_the_distance() {
        use super::letters;
        let words = ["twitching", "tingling", "numbness", "weakness", "witness", "drooping", "slurred", "stiffness"];
        for a in words {
            let bytes = a.as_bytes();
            // Every single edit (deletion, substitution, insertion, swap) and a few double edits.
            let mut variants = Vec::new();
            for i in 0..bytes.len() {
                variants.push([&a[..i], &a[i + 1..]].concat());
                variants.push([&a[..i], "q", &a[i + 1..]].concat());
                variants.push([&a[..i], "z", &a[i..]].concat());
                if i + 1 < bytes.len() {
                    variants.push([&a[..i], &a[i + 1..i + 2], &a[i..i + 1], &a[i + 2..]].concat());
                }
                variants.push([&a[..i], "xy", &a[(i + 2).min(bytes.len())..]].concat());
            }
            for v in variants {
                for max in [1, 2] {
                    if bounded_distance(&v, a, max) {
                        assert!((letters(&v) ^ letters(a)).count_ones() as usize <= 2 * max, "{v} / {a}");
                    }
                }
            }
        }
    }

    #[test]
    fn edit_distance_is_bounded() {
        assert!(bounded_distance("twiching", "twitching", 1));
        assert!(bounded_distance("numbess", "numbness", 1));
        assert!(bounded_distance("tinlging", "tingling", 1));
        assert!(!bounded_distance("heart", "heard", 0));
        assert!(!bounded_distance("weakness", "witness", 1));
    }

    fn findings(text: &str) -> Vec<String> {
        let engine = crate::Engine::bundled().expect("bundled KB");
        let r = engine.check(&crate::Request::text(text));
        r.findings.iter().map(|f| format!("{}{}", if f.present { "+" } else { "-" }, f.id)).collect()
    }

    #[test]
    fn an_inability_reaches_only_the_words_it_governs() {
        // "unable ... wake" is hard to rouse; "unable to move when i woke" is not.
        assert!(!findings("unable to move when i woke").contains(&"+confusion".to_string()));
        assert!(!findings("i woke up and was unable to move").contains(&"+confusion".to_string()));
        assert!(findings("he is unable to wake up").contains(&"+confusion".to_string()));
        // Coordinated verbs are governed: "cannot move or speak".
        assert!(findings("he cannot move or speak").contains(&"+speech_difficulty".to_string()));
    }

    #[test]
    fn degree_words_inside_negated_verbs_are_read_and_linted() {
        // 尿不太出來 is 尿不出來: the phrase written without the degree word reads both.
        assert!(findings("腰痛，早上到現在尿不太出來").contains(&"+bladder_bowel_change".to_string()));
        let mut kb: crate::kb::types::KnowledgeBase =
            serde_json::from_str(crate::BUNDLED_KB).expect("bundled KB parses");
        kb.findings[0].phrases.zh_tw.push("寶寶 不太 動".to_string());
        let problems = super::PhraseIndex::build(&kb).problems;
        assert!(problems.iter().any(|p| p.finding == 0 && p.message.contains("degree word")), "{problems:?}");
    }

    #[test]
    fn chinese_phrases_do_not_cut_across_words() {
        // 頭 inside 手指頭 (fingertip) or 舌頭 (tongue) is not the head.
        let f = findings("手指頭麻麻的");
        assert!(f.contains(&"+hand_numbness".to_string()) && !f.contains(&"+scalp_numbness".to_string()), "{f:?}");
        let f = findings("舌頭麻麻的");
        assert!(f.contains(&"+lip_numbness".to_string()) && !f.contains(&"+scalp_numbness".to_string()), "{f:?}");
        assert!(findings("頭皮麻麻的").contains(&"+scalp_numbness".to_string()));
    }

    #[test]
    fn the_window_counts_the_words_between_slots_not_the_shortest_alternative() {
        use super::{best_combination, Hit};
        // Two slots of two characters each, six characters apart: within the slack.
        let slots: Vec<Vec<Hit>> = vec![vec![(0, 2)], vec![(8, 10)]];
        assert!(best_combination(&slots, 6, &|_: &[Hit]| true).is_some());
        assert!(best_combination(&slots, 5, &|_: &[Hit]| true).is_none());
        // The closest pair is chosen.
        let slots: Vec<Vec<Hit>> = vec![vec![(0, 1), (5, 6)], vec![(7, 8)]];
        assert_eq!(best_combination(&slots, 6, &|_: &[Hit]| true), Some(vec![(5, 6), (7, 8)]));
    }

    #[test]
    fn words_lost_as_filler_are_read_in_context() {
        assert!(findings("my little finger is numb").contains(&"+little_finger_numbness".to_string()));
        assert!(findings("half my body went numb").contains(&"+one_side_body_numbness".to_string()));
        assert!(findings("i passed out at work").contains(&"+fainting".to_string()));
        assert!(findings("i bit my tongue and wet the bed").contains(&"+tongue_bite_incontinence".to_string()));
        assert!(findings("my eye doesn't close").contains(&"+unable_close_eye".to_string()));
    }

    #[test]
    fn past_history_is_present_past_symptoms_are_not_current() {
        assert!(findings("i have a history of diabetes and my feet are numb").contains(&"+diabetes".to_string()));
        assert!(findings("我以前曾經得過帶狀皰疹").contains(&"+past_shingles".to_string()));
        let f = findings("i used to get migraines, now my hand is numb");
        assert!(!f.iter().any(|x| x.ends_with("headache")), "{f:?}");
        assert!(!findings("family history of diabetes, my feet are numb").contains(&"+diabetes".to_string()));
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
