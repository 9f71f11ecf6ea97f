//! Compiling the KB's phrases: lexicon groups and words into slots of interned stems (English)
//! or characters (Chinese), each slot compiled once, and the indexes by first stem or character.

use std::collections::HashMap;

use super::typos::letters;
use super::{CompiledPhrase, EnSlot, PhraseIndex, PhraseProblem, Sym, ZhSlot};
use crate::schema::{Attribute, KnowledgeBase, Lang};
use crate::text::normalize::{fold_zh_degree, normalize};
use crate::text::stem::stem;
use crate::text::tokens::{english_tokens, Polarity};

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
            // `heart_attack`: words joined by `_` are one run, found together and in this order.
            let toks = english_tokens(&normalize(&alt.replace('_', " ")));
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
}
