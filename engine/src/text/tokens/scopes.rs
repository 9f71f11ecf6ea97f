//! The scopes of English cues: the words a negation, a hypothetical or a past cue covers, and
//! denials that are about other places or events that nearly happened.

use super::past::{mark_leading_past, mark_trailing_past};
use super::{starts_with_seq, Polarity, Token};
use crate::text::words::clauses::opens_denied_clause;
use crate::text::words::hypothetical::{HYPOTHETICAL_CUES, QUESTION_MODALS};
use crate::text::words::negation::{
    DEGREE_LEAD_INS, DEGREE_WORDS, NEAR_MISS_CUES, NEAR_MISS_EVENTS, NEAR_MISS_PARTICLES, NEGATION_CUES,
    PSEUDO_NEGATIONS, REPORTING_VERBS, SCOPE_BREAKERS, TRAILING_ADVERBS, TRAILING_FINE, TRIGGER_VERBS,
};
use crate::text::words::past::PAST_CUES;

/// The most content words a negation, a hypothetical or a comparison cue covers.
pub(super) const MAX_SCOPE_CONTENT: usize = 6;

/// The most content words a judgement at a clause's end ("... intact") covers.
const MAX_TRAILING_CONTENT: usize = 3;

/// A past cue covers a short noun phrase ("history of high blood pressure"), not the rest of
/// the sentence ("history of diabetes and for a year my feet burn").
const MAX_PAST_CONTENT: usize = 3;

/// Marks what a clause says is fine at its end ("saddle sensation intact", "arms and legs
/// totally fine", "reflexes normal") as [`Polarity::Negated`]: the words before the judgement,
/// back to a comma, a contrast or a new subject after "and", at most [`MAX_TRAILING_CONTENT`]
/// content words.
pub(super) fn mark_trailing_denials(tokens: &mut [Token]) {
    let n = tokens.len();
    for i in 1..n {
        let ends = i + 1 == n
            || tokens[i + 1].after_comma
            || matches!(tokens[i + 1].raw.as_str(), "and" | "but" | "though" | "otherwise" | "so");
        // "my walking isn't normal" denies the judgement, not the walking.
        // "my mother says moving less is normal": a judgement reported from someone else is
        // theirs, not the writer's finding.
        let reported = tokens[..i].iter().any(|t| REPORTING_VERBS.contains(t.raw.as_str()));
        let judged = tokens[i].polarity == Polarity::Asserted && !reported;
        if !TRAILING_FINE.contains(tokens[i].raw.as_str()) || !ends || tokens[i].after_comma || !judged {
            continue;
        }
        let mut seen = 0;
        let mut j = i;
        while j > 0 && seen < MAX_TRAILING_CONTENT {
            let starts_clause = tokens[j].after_comma;
            j -= 1;
            let new_subject = tokens[j].raw == "and"
                && opens_denied_clause(&tokens[j + 1].raw, tokens.get(j + 2).map(|t| t.raw.as_str()));
            if starts_clause || new_subject || SCOPE_BREAKERS.contains(tokens[j].raw.as_str()) {
                break;
            }
            let t = &mut tokens[j];
            if t.polarity == Polarity::Asserted {
                t.polarity = Polarity::Negated;
            }
            if t.content && !TRAILING_ADVERBS.contains(&t.raw.as_str()) {
                seen += 1;
            }
        }
    }
}

/// Marks a denial that is about other places ("no numbness anywhere else", "nothing else
/// hurts") as [`Polarity::Hypothetical`]: it says where the complaint is not, so it does not
/// deny the complaint itself.
pub(super) fn mark_denials_elsewhere(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        if tokens[i].polarity != Polarity::Negated || !matches!(tokens[i].raw.as_str(), "else" | "elsewhere") {
            continue;
        }
        let run = |j: &usize| tokens[*j].polarity == Polarity::Negated;
        let start = (0..i).rev().take_while(run).last().unwrap_or(i);
        let end = (i..tokens.len()).take_while(run).last().unwrap_or(i);
        for t in &mut tokens[start..=end] {
            t.polarity = Polarity::Hypothetical;
        }
    }
}

/// Marks an event after "nearly" or "almost" (and its particle: "fell over", "passed out") as
/// [`Polarity::Hypothetical`]: it did not happen, so a fall or a faint is not read from it.
/// The cue reaches only its own verb ("nearly fell and hit my head": the head injury stands).
pub(super) fn mark_near_misses(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        if !NEAR_MISS_CUES.contains(&tokens[i - 1].raw.as_str())
            || tokens[i].polarity != Polarity::Asserted
            || !NEAR_MISS_EVENTS.contains(&tokens[i].stem.as_str())
        {
            continue;
        }
        tokens[i].polarity = Polarity::Hypothetical;
        if let Some(next) = tokens.get_mut(i + 1).filter(|t| NEAR_MISS_PARTICLES.contains(&t.raw.as_str())) {
            next.polarity = Polarity::Hypothetical;
        }
    }
}

/// "month", "weeks", "18-month", "3-year": a unit of time, alone or joined to its number.
fn is_duration_unit(word: &str) -> bool {
    let unit = word.rsplit('-').next().unwrap_or(word);
    matches!(unit, "hour" | "hours" | "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years")
}

pub(super) fn mark_scopes(tokens: &mut [Token]) {
    mark_trailing_past(tokens);
    mark_leading_past(tokens);
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        if let Some(p) = PSEUDO_NEGATIONS.iter().find(|p| starts_with_seq(tokens, i, p)) {
            i += p.len();
            continue;
        }
        let question_be = tokens[i].raw == "be" && i > 0 && QUESTION_MODALS.contains(tokens[0].raw.as_str());
        let (kind, len) = if NEGATION_CUES.contains(tokens[i].raw.as_str()) {
            (Polarity::Negated, 1)
        } else if let Some(h) = HYPOTHETICAL_CUES.iter().find(|h| starts_with_seq(tokens, i, h)) {
            // "what happens if you took 12 paracetamol last night": an "if" about a time gone
            // by asks what follows from something that happened.
            if h.last() == Some(&"if") && if_of_the_past(tokens, i + h.len()) {
                i += h.len();
                continue;
            }
            (Polarity::Hypothetical, h.len())
        } else if question_be {
            (Polarity::Hypothetical, 1)
        } else if let Some(h) = PAST_CUES.iter().find(|h| starts_with_seq(tokens, i, h)) {
            if i > 0 && is_duration_unit(&tokens[i - 1].raw) {
                // "an 18-month history of facial twitching", "a 3 week history of": the
                // clinical way to say how long a current complaint has lasted.
                i += h.len();
                continue;
            }
            (Polarity::Past, h.len())
        } else {
            i += 1;
            continue;
        };
        // "not the worst headache ever", "it's not that bad": the denial is of the degree
        // alone; the headache is there.
        if kind == Polarity::Negated && matches!(tokens[i].raw.as_str(), "not" | "isn't" | "isnt" | "wasn't" | "wasnt")
        {
            let mut j = i + 1;
            while j < n && DEGREE_LEAD_INS.contains(tokens[j].raw.as_str()) {
                j += 1;
            }
            if j < n && DEGREE_WORDS.contains(tokens[j].raw.as_str()) {
                for t in &mut tokens[i..=j] {
                    if t.polarity == Polarity::Asserted {
                        t.polarity = Polarity::Negated;
                    }
                }
                i = j + 1;
                continue;
            }
        }
        let mut seen = 0;
        let mut j = i + len;
        while j < n {
            let t = &tokens[j];
            // "it doesn't come on when I exercise": the denial is of the trigger that follows.
            let denied_trigger = kind == Polarity::Negated
                && matches!(t.raw.as_str(), "when" | "while" | "whenever" | "during" | "after" | "with")
                && TRIGGER_VERBS.contains(tokens[j - 1].raw.as_str());
            if SCOPE_BREAKERS.contains(t.raw.as_str()) && !denied_trigger
                || kind == Polarity::Past && matches!(t.raw.as_str(), "for" | "and")
            {
                break;
            }
            let prev_joins = t.after_comma || matches!(tokens[j - 1].raw.as_str(), "and" | "or");
            if prev_joins && opens_denied_clause(&t.raw, tokens.get(j + 1).map(|t| t.raw.as_str())) {
                break;
            }
            // "without pulling on the sink, legs like jelly": "without" denies its own phrase.
            if t.after_comma && tokens[i].raw == "without" {
                break;
            }
            if j > i + len && (NEGATION_CUES.contains(t.raw.as_str())) {
                break;
            }
            // A negation does not override a stronger hypothetical already set, and vice versa.
            if tokens[j].polarity == Polarity::Asserted {
                tokens[j].polarity = kind;
            }
            if tokens[j].content {
                seen += 1;
                if seen >= if kind == Polarity::Past { MAX_PAST_CONTENT } else { MAX_SCOPE_CONTENT } {
                    break;
                }
            }
            j += 1;
        }
        i += len;
    }
}

/// True when the clause from `from` names a time gone by ("last night", "yesterday", "2 hours
/// ago", "already") within eight words.
fn if_of_the_past(tokens: &[Token], from: usize) -> bool {
    let clause = tokens.get(from).map(|t| t.clause);
    tokens
        .iter()
        .skip(from)
        .take(8)
        .take_while(|t| Some(t.clause) == clause)
        .any(|t| matches!(t.raw.as_str(), "yesterday" | "ago" | "already" | "earlier" | "last"))
}
