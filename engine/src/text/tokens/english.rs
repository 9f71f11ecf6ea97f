//! Tokenising an English sentence: words with their stems, contractions and denial-shaped
//! phrases merged, filler words and clauses marked, then the scopes of its cues.

use super::comparisons::mark_comparisons;
use super::merge::{merge_inability, merge_loss, merge_signs};
use super::scopes::{mark_denials_elsewhere, mark_near_misses, mark_scopes, mark_trailing_denials};
use super::{Polarity, Token};
use crate::text::normalize::{is_cjk, is_clause_end};
use crate::text::stem::stem;
use crate::text::table::Words;
use crate::text::words::clauses::{CLAUSE_BREAKERS, CLAUSE_STARTERS, WHEN_OPENERS};
use crate::text::words::filler::{HALVES, OUT_VERBS, OWNERS, STOPWORDS};
use crate::text::words::negation::NEGATION_CUES;
use crate::text::words::subjects::BODY_PART_WORDS;

/// Tokenises one English sentence, resolving contractions and marking scopes.
pub fn english_tokens(sentence: &str) -> Vec<Token> {
    let mut words: Vec<(String, bool)> = Vec::new();
    let mut cur = String::new();
    let mut comma = false;
    let mut prev = ' ';
    let mut rest = sentence.chars().peekable();
    while let Some(ch) = rest.next() {
        // A minus sign ("for -5 days") stays on its number, which then reads as no number.
        let minus = ch == '-' && prev == ' ' && rest.peek().is_some_and(|c| c.is_ascii_digit());
        prev = ch;
        if minus {
            cur.push('-');
        } else if ch.is_ascii_alphanumeric() || (ch == '\'' && !cur.is_empty()) {
            cur.push(ch);
        } else {
            if !cur.is_empty() {
                words.push((std::mem::take(&mut cur), comma));
                comma = false;
            }
            if matches!(ch, ',' | '-' | ':' | '(' | ')' | '/' | '"') || is_clause_end(ch) || is_cjk(ch) {
                comma = true;
            }
        }
    }
    if !cur.is_empty() {
        words.push((cur, comma));
    }
    let words = merge_loss(merge_signs(merge_inability(crate::text::idioms::merge_idioms(words))));
    let mut tokens: Vec<Token> = words
        .into_iter()
        .map(|(raw, after_comma)| {
            let raw = raw.trim_end_matches('\'').to_string();
            let stem = stem(raw.trim_end_matches("'s"));
            let content = !is_stopword(&raw, &stem)
                && !NEGATION_CUES.contains(raw.as_str())
                && !raw.chars().all(|c| c.is_ascii_digit());
            Token { raw, stem, polarity: Polarity::Asserted, content, after_comma, clause: 0 }
        })
        .collect();
    mark_context_words(&mut tokens);
    mark_scopes(&mut tokens);
    mark_trailing_denials(&mut tokens);
    mark_comparisons(&mut tokens);
    mark_near_misses(&mut tokens);
    mark_denials_elsewhere(&mut tokens);
    mark_clauses(&mut tokens);
    tokens
}

/// Words that are filler in one use and meaningful in another: "a bit numb" / "bit my
/// tongue", "a little tingly" / "little finger", "half an hour" / "half my body", "out of
/// nowhere" / "passed out".
fn mark_context_words(tokens: &mut [Token]) {
    for j in 0..tokens.len() {
        let prev = if j > 0 { tokens[j - 1].raw.as_str() } else { "" };
        let next_word = tokens[j + 1..].iter().map(|t| t.raw.as_str()).find(|w| !OWNERS.contains(w)).unwrap_or("");
        let content = match tokens[j].raw.as_str() {
            "bit" => {
                !matches!(prev, "a" | "little" | "tiny" | "wee") && tokens.get(j + 1).is_none_or(|t| t.raw != "of")
            }
            "little" => matches!(next_word, "finger" | "fingers" | "toe" | "toes"),
            "half" => HALVES.contains(&next_word),
            "out" => j > 0 && OUT_VERBS.contains(tokens[j - 1].stem.as_str()),
            _ => continue,
        };
        tokens[j].content = content;
    }
}

fn mark_clauses(tokens: &mut [Token]) {
    let mut clause = 0u16;
    let mut when_open = tokens.first().is_some_and(|t| WHEN_OPENERS.contains(&t.raw.as_str()));
    for j in 0..tokens.len() {
        if j > 0 {
            let prev_joins = tokens[j].after_comma || matches!(tokens[j - 1].raw.as_str(), "and" | "or");
            let closes_when = when_open && tokens[j].after_comma;
            // ", the left one," names again what came before it: no new clause.
            let apposition = tokens[j].raw == "the"
                && tokens.get(j + 1).is_some_and(|t| matches!(t.raw.as_str(), "left" | "right" | "other"))
                && tokens.get(j + 2).is_some_and(|t| t.raw == "one");
            // "an erection and it won't go down": "it" after "and" is what the clause before
            // named, so the two are read together.
            let anaphora = matches!(tokens[j].raw.as_str(), "it" | "it's" | "its")
                && tokens[j - 1].raw == "and"
                && !tokens[j].after_comma;
            // "the left corner of my mouth and my left hand both went numb": two body parts
            // joined by "and" share what follows, so the second does not open a clause.
            let joined_parts = tokens[j - 1].raw == "and"
                && !tokens[j].after_comma
                && bare_body_parts(tokens[..j - 1].iter().rev().take_while(|t| t.clause == clause && !t.after_comma));
            if CLAUSE_BREAKERS.contains(&tokens[j].raw.as_str())
                || !closes_when
                    && !apposition
                    && !anaphora
                    && !joined_parts
                    && prev_joins
                    && CLAUSE_STARTERS.contains(tokens[j].raw.as_str())
            {
                clause = clause.saturating_add(1);
            }
            if tokens[j].after_comma || CLAUSE_BREAKERS.contains(&tokens[j].raw.as_str()) {
                when_open = !closes_when && WHEN_OPENERS.contains(&tokens[j].raw.as_str());
            }
        }
        tokens[j].clause = clause;
    }
}

/// True when `clause` (its words, in any order) only names a body part ("the left corner of my
/// mouth", "my right hand"): nothing is said of it yet.
fn bare_body_parts<'a>(clause: impl Iterator<Item = &'a Token>) -> bool {
    let mut part = false;
    for t in clause {
        let w = t.raw.strip_suffix("'s").unwrap_or(&t.raw);
        if BODY_PART_WORDS.contains(w) || BARE_PART_EXTRA.contains(w) {
            part = true;
        } else if t.content && !PART_PLACES.contains(w) && !TIME_WORDS.contains(w) && w.parse::<u32>().is_err() {
            return false;
        }
    }
    part
}

/// Body parts named in a bare phrase that the subjects' list leaves out.
static BARE_PART_EXTRA: Words = Words::new(concat!(
    "mouth\n",
    "face\n",
    "eye\n",
    "eyes\n",
    "chin\n",
    "nose\n",
    "forehead\n",
    "head\n",
    "neck\n",
    "back\n"
));

/// Words that time what is told ("about an hour ago the left side of my face").
static TIME_WORDS: Words = Words::new(concat!(
    "hour\n",
    "hours\n",
    "ago\n",
    "minute\n",
    "minutes\n",
    "mins\n",
    "min\n",
    "morning\n",
    "today\n",
    "yesterday\n",
    "suddenly\n",
    "earlier\n",
));

/// Words that place a body part ("the left corner of", "the tip of").
static PART_PLACES: Words = Words::new(concat!(
    "left\n",
    "right\n",
    "corner\n",
    "corners\n",
    "side\n",
    "upper\n",
    "lower\n",
    "whole\n",
    "tip\n",
    "edge\n",
    "front\n",
    "top\n",
    "bottom\n",
    "both\n",
));

fn is_stopword(raw: &str, stem: &str) -> bool {
    // Looked up for every word of every phrase and message: a set, built once.
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| STOPWORDS.iter().copied().collect());
    set.contains(raw) || set.contains(stem)
}
