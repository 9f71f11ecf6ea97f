//! Shared by the benchmarks: typical messages, similar-question retrieval on its own, and the
//! generator of larger KBs for the scaling report.

use std::collections::HashMap;

use serde_json::Value;

/// A typical English message: two complaints, a duration and a side.
pub const MESSAGE_EN: &str = "My left eyelid has been twitching for four days and sometimes my lip jumps too. \
                              I sleep badly and drink a lot of coffee.";
/// A typical Traditional Chinese message.
pub const MESSAGE_ZH: &str = "最近這一週左邊眼皮一直跳，早上醒來兩手手掌會麻麻的，已經三四天了";

/// The KB to benchmark: the file named by `$KB`, or the bundled KB.
pub fn kb_json() -> String {
    match std::env::var("KB") {
        Ok(path) if !path.is_empty() => std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("KB={path}: {e}")),
        _ => symptom_engine::BUNDLED_KB.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Scaling: a KB n times the size of the shipped one.
// ---------------------------------------------------------------------------------------------

fn fnv(k: usize, s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ (k as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 29)
}

/// A made-up word for copy `k` of `word`: three consonant-vowel syllables and a final consonant,
/// so it is never a filler word, a negation cue or a stemmable English ending.
fn synthetic_word(k: usize, word: &str) -> String {
    const C: &[u8] = b"bdgkmprtvz";
    const V: &[u8] = b"aeiou";
    const END: &[u8] = b"kxzpt";
    let mut h = fnv(k, word);
    let mut w = String::new();
    for _ in 0..3 {
        w.push(C[(h % 10) as usize] as char);
        h /= 10;
        w.push(V[(h % 5) as usize] as char);
        h /= 5;
    }
    w.push(END[(h % 5) as usize] as char);
    w
}

/// Characters the synthetic Chinese must avoid: negation cues, numbers, time and side words.
const ZH_AVOID: &str =
    "不沒没無无未否非別别勿莫一二三四五六七八九十百千兩两半天月年週周日時时分秒歲岁左右雙双突然越會会";

fn synthetic_char(k: usize, ch: char) -> char {
    let mut h = fnv(k, &ch.to_string());
    loop {
        let c = char::from_u32(0x4E00 + (h % 20_000) as u32).unwrap_or('丁');
        if !ZH_AVOID.contains(c) {
            return c;
        }
        h = h.rotate_left(7) ^ 0x5bd1_e995;
    }
}

/// Copy `k` keeps a quarter of the vocabulary (words, lexicon groups, Chinese characters) and
/// renames the rest, consistently across its phrases and articles.
fn keeps(k: usize, token: &str) -> bool {
    fnv(k.wrapping_mul(31), token) % 4 == 0
}

fn vary_en_word(k: usize, w: &str) -> String {
    if keeps(k, w) {
        w.to_string()
    } else {
        synthetic_word(k, w)
    }
}

fn vary_zh_char(k: usize, ch: char) -> char {
    if !symptom_engine::text::normalize::is_cjk(ch) || keeps(k, &ch.to_string()) {
        ch
    } else {
        synthetic_char(k, ch)
    }
}

/// An English phrase of copy `k`: every slot (word or `@group`) is kept or renamed; at least one
/// slot is renamed so that no copy matches exactly what the original matches.
fn vary_en_phrase(k: usize, phrase: &str) -> String {
    let parts: Vec<&str> = phrase.split_whitespace().collect();
    let mut out: Vec<String> = parts.iter().map(|p| vary_en_word(k, p)).collect();
    if out.iter().zip(&parts).all(|(a, b)| a == b) {
        if let Some(first) = out.first_mut() {
            *first = synthetic_word(k, parts[0]);
        }
    }
    out.join(" ")
}

fn vary_zh_phrase(k: usize, phrase: &str) -> String {
    let parts: Vec<&str> = phrase.split_whitespace().collect();
    let mut out: Vec<String> = parts
        .iter()
        .map(|p| if p.starts_with('@') && !keeps(k, p) { synthetic_zh_slot(k, p) } else { vary_zh_text(k, p) })
        .collect();
    if out.iter().zip(&parts).all(|(a, b)| a == b) {
        if let Some(first) = out.first_mut() {
            *first = synthetic_zh_slot(k, parts[0]);
        }
    }
    out.join(" ")
}

fn synthetic_zh_slot(k: usize, part: &str) -> String {
    let h = fnv(k, part);
    let a = synthetic_char(k, char::from_u32(0x4E00 + (h % 20_000) as u32).unwrap_or('丁'));
    let b = synthetic_char(k + 1, char::from_u32(0x4E00 + ((h >> 20) % 20_000) as u32).unwrap_or('丁'));
    format!("{a}{b}")
}

fn vary_zh_text(k: usize, s: &str) -> String {
    if s.starts_with('@') {
        return s.to_string();
    }
    s.chars().map(|c| vary_zh_char(k, c)).collect()
}

/// Free text of copy `k`: English words of four letters or more and Chinese characters are
/// kept or renamed with the same rule as the phrases.
fn vary_text(k: usize, s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.len() >= 4 {
            out.push_str(&vary_en_word(k, &word.to_lowercase()));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(vary_zh_char(k, c));
        }
    }
    flush(&mut word, &mut out);
    out
}

fn rename(v: &mut Value, suffix: &str) {
    if let Value::String(s) = v {
        s.push_str(suffix);
    }
}

fn rename_all(v: Option<&mut Value>, suffix: &str) {
    if let Some(Value::Array(items)) = v {
        for it in items {
            rename(it, suffix);
        }
    }
}

fn vary_field(v: Option<&mut Value>, k: usize) {
    if let Some(Value::Object(t)) = v {
        for (lang, s) in t.iter_mut() {
            if let Value::String(s) = s {
                *s = if lang == "en" || lang == "zh-TW" { vary_text(k, s) } else { s.clone() };
            }
        }
    }
}

/// The shipped KB `n` times over: copy k (1..n) of every finding, red flag, condition,
/// question, article and topic, with ids suffixed `_xk`, references renamed to the same copy,
/// and phrases and article texts varied (three quarters of the vocabulary renamed per copy, see
/// `keeps`) so that the indexes grow the way a larger real KB's would: more keys, and longer
/// lists only for the shared quarter. The lexicon and the sources are shared.
pub fn scaled_kb(json: &str, n: usize) -> String {
    let mut kb: Value = serde_json::from_str(json).expect("the KB is JSON");
    if n <= 1 {
        return json.to_string();
    }
    let take = |kb: &Value, key: &str| kb[key].as_array().cloned().unwrap_or_default();
    let (findings, red_flags, conditions, questions, articles, topics) = (
        take(&kb, "findings"),
        take(&kb, "red_flags"),
        take(&kb, "conditions"),
        take(&kb, "questions"),
        take(&kb, "articles"),
        take(&kb, "topics"),
    );
    let mut out: HashMap<&str, Vec<Value>> = HashMap::new();
    for k in 1..n {
        let sfx = format!("_x{k}");
        for f in &findings {
            let mut f = f.clone();
            rename(&mut f["id"], &sfx);
            if let Some(Value::Object(p)) = f.get_mut("phrases") {
                for (lang, list) in p.iter_mut() {
                    if let Value::Array(list) = list {
                        for ph in list.iter_mut() {
                            if let Value::String(s) = ph {
                                *s = if lang == "en" { vary_en_phrase(k, s) } else { vary_zh_phrase(k, s) };
                            }
                        }
                    }
                }
            }
            vary_field(f.get_mut("label"), k);
            out.entry("findings").or_default().push(f);
        }
        for r in &red_flags {
            let mut r = r.clone();
            rename(&mut r["id"], &sfx);
            rename_all(r["when"].get_mut("all"), &sfx);
            rename_all(r["when"].get_mut("any"), &sfx);
            out.entry("red_flags").or_default().push(r);
        }
        for c in &conditions {
            let mut c = c.clone();
            rename(&mut c["id"], &sfx);
            vary_field(c.get_mut("name"), k);
            if let Some(Value::Array(ev)) = c.get_mut("evidence") {
                for e in ev {
                    rename(&mut e["finding"], &sfx);
                }
            }
            if let Some(Value::Array(es)) = c.get_mut("escalation") {
                for e in es {
                    if let Some(f) = e["when"].get_mut("finding") {
                        rename(f, &sfx);
                    }
                }
            }
            out.entry("conditions").or_default().push(c);
        }
        for q in &questions {
            let mut q = q.clone();
            rename(&mut q["id"], &sfx);
            rename(&mut q["finding"], &sfx);
            rename_all(q.get_mut("ask_if_any"), &sfx);
            vary_field(q.get_mut("text"), k);
            out.entry("questions").or_default().push(q);
        }
        for a in &articles {
            let mut a = a.clone();
            rename(&mut a["id"], &sfx);
            rename_all(a.get_mut("conditions"), &sfx);
            rename_all(a.get_mut("topics"), &sfx);
            for field in ["title", "question", "answer"] {
                vary_field(a.get_mut(field), k);
            }
            out.entry("articles").or_default().push(a);
        }
        for t in &topics {
            let mut t = t.clone();
            rename(&mut t["id"], &sfx);
            rename_all(t.get_mut("articles"), &sfx);
            rename_all(t.get_mut("conditions"), &sfx);
            out.entry("topics").or_default().push(t);
        }
    }
    for (key, items) in out {
        if let Some(Value::Array(list)) = kb.get_mut(key) {
            list.extend(items);
        }
    }
    serde_json::to_string(&kb).expect("serialises")
}
