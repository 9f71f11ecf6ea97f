//! A way forward when the message is not understood: the findings whose labels come closest
//! to the patient's words ("Is it one of these?"), offered as one-tap answers. English by
//! shared word stems, Chinese by shared characters and pairs of characters; each shared key
//! counts more the fewer findings share it. Only symptoms and signs that were not read are
//! offered, best first. The message's words are the ones already read for the check.

use crate::schema::{FindingKind, KnowledgeBase, Lang};
use crate::text::normalize::{is_cjk, lower};
use crate::text::stem::stem;
use crate::text::table::Words;
use crate::text::tokens::Polarity;
use crate::understand::Facts;

/// Findings offered at most.
const MAX_SUGGESTIONS: usize = 4;

/// Words that say only that something is wrong ("strange", 怪怪的), or join others: they match
/// every finding equally badly and are left out.
static VAGUE: Words = Words::new(concat!(
    "strang\n", "odd\n", "weird\n", "funni\n", "wrong\n", "off\n", "kinda\n", "with\n", "from\n", "that\n", "this\n",
    "have\n", "feel\n", "怪\n", "舒服\n", "不對\n", "的\n", "或\n", "我\n",
));

fn keep(k: &str) -> bool {
    !VAGUE.iter().any(|v| k.contains(v))
}

/// Chinese keys of a text: its characters and pairs of characters.
fn zh_keys(text: &str, out: &mut Vec<String>) {
    let chars: Vec<char> = text.chars().filter(|c| is_cjk(*c)).collect();
    out.extend(chars.iter().map(|c| c.to_string()));
    out.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
}

/// The keys of a finding's label.
fn label_keys(label: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    match lang {
        Lang::En => {
            let text: String = label.chars().map(lower).collect();
            out.extend(text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| w.len() > 2).map(stem));
        }
        Lang::ZhTw => zh_keys(label, &mut out),
    }
    out.retain(|k| keep(k));
    crate::sorting::sort_by(&mut out, |a, b| a.cmp(b));
    out.dedup();
    out
}

/// Stems of English words and Chinese characters that say something is felt or seen on the
/// body (pain, numbness, a twitch, a swelling, a spot, "feels weird"): a message with one is a
/// complaint even when no finding was read; a question about weight loss or a clinic is not.
static COMPLAINT_EN: Words = Words::new(concat!(
    "pain\n",
    "ach\n",
    "hurt\n",
    "sore\n",
    "numb\n",
    "tingl\n",
    "twitch\n",
    "jerk\n",
    "jolt\n",
    "spasm\n",
    "cramp\n",
    "burn\n",
    "sting\n",
    "itch\n",
    "swell\n",
    "swollen\n",
    "lump\n",
    "bump\n",
    "spot\n",
    "rash\n",
    "blister\n",
    "dizzi\n",
    "dizzy\n",
    "weird\n",
    "strang\n",
    "odd\n",
    "funni\n",
    "throb\n",
    "stab\n",
    "shoot\n",
    "prickl\n",
    "buzz\n",
    "fizz\n",
    "crawl\n",
    "weak\n",
    "heavi\n",
    "stiff\n",
    "bleed\n",
    "vomit\n",
    "sick\n",
    "nause\n",
    "fever\n",
    "cough\n",
    "breathless\n",
));
/// Words of [`COMPLAINT_EN`] that say something is unusual without saying it is felt: "a bit of
/// an odd one" is no complaint, "my arm feels odd" is.
const VAGUE_EN: &[&str] = &["weird", "strang", "odd", "funni"];

/// True when a word of feeling is within four words of token `i` ("feels kinda off and odd").
fn felt_near(tokens: &[crate::text::tokens::Token], i: usize) -> bool {
    let from = i.saturating_sub(4);
    tokens[from..(i + 5).min(tokens.len())]
        .iter()
        .any(|t| ["feel", "sensat", "sens"].iter().any(|w| t.stem.starts_with(w)))
}

const COMPLAINT_ZH: &[char] = &[
    '痛', '疼', '麻', '抽', '跳', '癢', '腫', '怪', '暈', '刺', '脹', '痠', '酸', '疹', '痘', '燒', '咳', '吐', '抖',
    '僵',
];

/// Whether the message says something is felt or seen on the body ([`COMPLAINT_EN`]).
pub fn is_complaint(facts: &Facts) -> bool {
    facts.sentences.iter().any(|s| {
        s.tokens.iter().enumerate().any(|(i, t)| {
            t.polarity != Polarity::Negated
                && COMPLAINT_EN.iter().any(|w| t.stem.starts_with(w))
                && (!VAGUE_EN.iter().any(|w| t.stem.starts_with(w)) || felt_near(&s.tokens, i))
        }) || s.clauses.iter().any(|c| c.chars.iter().any(|ch| COMPLAINT_ZH.contains(ch)))
    })
}

/// The finding indexes closest to the message, for a message that was not (fully) understood.
pub fn closest(kb: &KnowledgeBase, facts: &Facts, lang: Lang) -> Vec<usize> {
    let mut message: Vec<String> = Vec::new();
    for s in &facts.sentences {
        match lang {
            Lang::En => message.extend(s.tokens.iter().filter(|t| t.content).map(|t| t.stem.clone())),
            Lang::ZhTw => s.clauses.iter().for_each(|c| zh_keys(&c.chars.iter().collect::<String>(), &mut message)),
        }
    }
    message.retain(|k| keep(k));
    if message.is_empty() {
        return Vec::new();
    }
    let candidates: Vec<(usize, Vec<String>)> = kb
        .findings
        .iter()
        .enumerate()
        .filter(|(i, f)| {
            matches!(f.kind, FindingKind::Symptom | FindingKind::Sign)
                && f.derived.is_none()
                && facts.state[*i].is_none()
        })
        .map(|(i, f)| (i, label_keys(lang.pick(&f.label), lang)))
        .collect();
    let weight = |k: &String| {
        let n = candidates.iter().filter(|(_, w)| w.binary_search(k).is_ok()).count();
        if n == 0 {
            0.0
        } else {
            1.0 / n as f64
        }
    };
    crate::sorting::sort_by(&mut message, |a, b| a.cmp(b));
    message.dedup();
    let weights: Vec<(String, f64)> = message.iter().map(|k| (k.clone(), weight(k))).collect();
    let mut scored: Vec<(f64, usize)> = candidates
        .iter()
        .filter_map(|(i, words)| {
            let score: f64 = weights.iter().filter(|(k, _)| words.binary_search(k).is_ok()).map(|(_, w)| w).sum();
            (score > 0.0).then_some((score, *i))
        })
        .collect();
    crate::sorting::sort_by(&mut scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(MAX_SUGGESTIONS).map(|(_, i)| i).collect()
}
