//! English clauses told in the past: a clause before a trailing cue ("ten years ago", "in
//! 2023") or after a leading one ("last year") that tells a past episode and says nothing of it
//! going on.

use super::{starts_with_seq, Polarity, Token};
use crate::text::words::negation::SCOPE_BREAKERS;
use crate::text::words::past::{EPISODE_VERBS, LEADING_PAST_CUES, ONGOING_WORDS, PAST_EVENT_WORDS, TRAILING_PAST_CUES};

/// Marks the clause before a trailing past cue as past, when the clause tells a past event.
pub(super) fn mark_trailing_past(tokens: &mut [Token]) {
    let n = tokens.len();
    for i in 0..n {
        let dated = in_a_year(tokens, i);
        if !dated && !TRAILING_PAST_CUES.iter().any(|h| starts_with_seq(tokens, i, h)) {
            continue;
        }
        let mut start = i;
        while start > 0 {
            let t = &tokens[start - 1];
            if SCOPE_BREAKERS.contains(t.raw.as_str()) {
                break;
            }
            start -= 1;
            if tokens[start].after_comma || i - start >= 12 {
                break;
            }
        }
        // A calendar year dates what it follows even with no verb ("heart attack in 2019"),
        // unless the sentence goes on to say it is still there.
        let goes_on = tokens[i..].iter().any(|t| ONGOING_WORDS.contains(&t.raw.as_str()));
        if dated && !goes_on {
            mark_past_unless_ongoing(&mut tokens[start..i]);
        } else {
            mark_past_episode(&mut tokens[start..i], PAST_EVENT_WORDS.all());
        }
    }
}

/// True when token `i` opens "in <year>" ("had croup in 2023"): a calendar year dates a past
/// event as a time ago does.
fn in_a_year(tokens: &[Token], i: usize) -> bool {
    tokens[i].raw == "in"
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.raw.len() == 4 && t.raw.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y)))
}

/// Marks `clause` as past when it tells an event with one of `verbs` and nothing in it says
/// the problem goes on ("started", "since", "still").
fn mark_past_episode(clause: &mut [Token], verbs: &[&str]) {
    if clause.iter().any(|t| verbs.contains(&t.raw.as_str())) {
        mark_past_unless_ongoing(clause);
    }
}

/// Marks `clause` as past unless something in it says the problem goes on.
fn mark_past_unless_ongoing(clause: &mut [Token]) {
    if clause.iter().any(|t| ONGOING_WORDS.contains(&t.raw.as_str())) {
        return;
    }
    for t in clause {
        if t.polarity == Polarity::Asserted {
            t.polarity = Polarity::Past;
        }
    }
}

/// True when token `i` starts the sentence or a clause after a comma, with at most a count
/// before it ("about 10 years ago i had ...", "a few years ago, ...").
fn opens_sentence_or_clause(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 && !tokens[j].after_comma {
        let t = tokens[j - 1].raw.as_str();
        let count = t.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                t,
                "about"
                    | "around"
                    | "some"
                    | "maybe"
                    | "like"
                    | "roughly"
                    | "nearly"
                    | "almost"
                    | "over"
                    | "a"
                    | "few"
                    | "couple"
                    | "of"
                    | "several"
                    | "many"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "twenty"
                    | "fifteen"
            );
        if !count {
            return false;
        }
        j -= 1;
    }
    true
}

/// The longest clause a leading past cue puts in the past, in tokens.
const MAX_LEADING_PAST: usize = 16;

/// Marks the clause after a leading past cue (at the start of the sentence or after a comma)
/// as past, when it tells an episode in the past tense and nothing in it says it goes on; it
/// ends at a comma or a word that turns to another time ("but", "now", "since").
pub(super) fn mark_leading_past(tokens: &mut [Token]) {
    let n = tokens.len();
    for i in 0..n {
        let Some(cue) = LEADING_PAST_CUES.iter().find(|h| starts_with_seq(tokens, i, h)) else {
            continue;
        };
        if !opens_sentence_or_clause(tokens, i) {
            continue;
        }
        let start = i + cue.len();
        let mut end = start;
        while end < n && end - start < MAX_LEADING_PAST {
            let t = &tokens[end];
            if end > start && t.after_comma || SCOPE_BREAKERS.contains(t.raw.as_str()) || t.raw == "now" {
                break;
            }
            end += 1;
        }
        mark_past_episode(&mut tokens[start..end], EPISODE_VERBS);
    }
}
