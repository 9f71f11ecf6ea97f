//! Readings that `normalize` adds or rewrites by rule, where a fixed table cannot say it: a
//! wish to be gone, a first episode, a place behind or under the eye, peeing often; and the
//! replacement of whole words.

use crate::text::words::readings::{
    BETTER_OFF_ENDINGS, EYE_BETWEEN, NEVER_BEFORE, NOT_WAKING, PEE_OFTEN_AFTER, PEE_OFTEN_BEFORE, PEE_WORDS, WISHING,
};

/// Up to `len` bytes of `text` after byte `from` (ending on a character boundary).
fn after(text: &str, from: usize, len: usize) -> &str {
    let end = (from + len).min(text.len());
    let end = (end..=text.len()).find(|&e| text.is_char_boundary(e)).unwrap_or(text.len());
    &text[from..end]
}

/// Up to `len` bytes of `text` before byte `to` (starting on a character boundary).
fn before(text: &str, to: usize, len: usize) -> &str {
    let start = to.saturating_sub(len);
    let start = (0..=start).rev().find(|&s| text.is_char_boundary(s)).unwrap_or(0);
    &text[start..to]
}

/// A wish to be gone with filler words inside it: "everyone would be better off if i just wasnt
/// around", "i wouldnt mind not waking up". "better off" followed closely by "without me", "if
/// i" or "dead", and "not waking up" (or "didn't/don't/wouldn't wake up") after "mind", "hope" or
/// "wish", read as "wish dead".
pub(super) fn death_wish(text: String) -> String {
    let gone = text.match_indices("better off").any(|(i, m)| {
        let next = after(&text, i + m.len(), 40);
        BETTER_OFF_ENDINGS.iter().any(|w| next.contains(w))
    }) || NOT_WAKING
        .iter()
        .any(|p| text.match_indices(p).any(|(i, _)| WISHING.iter().any(|w| before(&text, i, 30).contains(w))));
    if gone {
        text + " . wish dead"
    } else {
        text
    }
}

/// A first episode told as a denial: "she's never had anything like this", "he has never been
/// like that before", "never in my life". "never" followed closely by "like this", "like that",
/// "before" or "in my/his/her life" adds the reading "first time".
pub(super) fn first_ever(text: String) -> String {
    let first = text.match_indices("never").any(|(i, m)| {
        let clause = after(&text, i + m.len(), 32).split(['.', ',', ';', '!', '?']).next().unwrap_or("");
        NEVER_BEFORE.iter().any(|w| clause.contains(w))
    });
    if first {
        text + " . first time"
    } else {
        text
    }
}

/// A place "behind the eye" ("behind my left eye", "behind both eyes") becomes `retroorbital`,
/// and one "under the eyes" `undereye`, the side kept: a headache, a sinus or a nerve's pain
/// felt there is not a pain of the eye itself.
pub(super) fn behind_the_eye(text: String) -> String {
    if !["behind ", "under ", "below ", "beneath "].iter().any(|w| text.contains(w)) {
        return text;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let place = match words[i] {
            "behind" => Some("retroorbital"),
            "under" | "below" | "beneath" => Some("undereye"),
            _ => None,
        };
        if let Some(place) = place {
            let mut j = i + 1;
            let mut side = None;
            while j < words.len() && j <= i + 3 {
                match words[j] {
                    w if EYE_BETWEEN.contains(w) => {}
                    w @ ("left" | "right") => side = Some(w),
                    _ => break,
                }
                j += 1;
            }
            let eye = words.get(j).map(|w| w.trim_end_matches([',', '.', ';', '!', '?']));
            if let Some(e @ ("eye" | "eyes" | "eyeball" | "eyeballs")) = eye {
                let tail = &words[j][e.len()..];
                out.extend(side.map(str::to_string));
                out.push(format!("{place}{tail}"));
                i = j + 1;
                continue;
            }
        }
        out.push(words[i].to_string());
        i += 1;
    }
    out.join(" ")
}

/// `text` with every `words` that is not part of a longer word (a letter or digit right before
/// or after it) replaced by `reading`: "reads hi" is rewritten, "reads higher" is not.
pub(super) fn replace_words(text: &str, words: &str, reading: &str) -> String {
    let word_char = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let edge_start = word_char(words.chars().next());
    let edge_end = word_char(words.chars().last());
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in text.match_indices(words) {
        if i < last {
            continue;
        }
        let end = i + words.len();
        let joined_before = edge_start && word_char(text[..i].chars().next_back());
        let joined_after = edge_end && word_char(text[end..].chars().next());
        if joined_before || joined_after {
            continue;
        }
        out.push_str(&text[last..i]);
        out.push_str(reading);
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// Peeing told with a word of how often: "peeing a lot", "weeing all the time", "keep needing
/// to pee", "urinating more often". A pee word followed closely by "a lot", "all the time",
/// "more often", "so often", "every hour" (or half hour, or few minutes), "constantly" or "loads", or after "keep needing to" or
/// "always needing to", adds the reading "frequent pee".
pub(super) fn peeing_often(text: String) -> String {
    let often = PEE_WORDS.iter().any(|w| {
        text.match_indices(w).any(|(i, m)| {
            let (next, prev) = (after(&text, i + m.len(), 24), before(&text, i, 20));
            PEE_OFTEN_AFTER.iter().any(|a| next.contains(a)) || PEE_OFTEN_BEFORE.iter().any(|b| prev.contains(b))
        })
    });
    if often {
        text + " . frequent pee"
    } else {
        text
    }
}
