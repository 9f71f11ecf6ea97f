//! English comparisons: the words after "like" or "similar to" describe what a feeling is like,
//! not what happened.

use super::scopes::MAX_SCOPE_CONTENT;
use super::{starts_with_seq, Polarity, Token};
use crate::text::words::clauses::CLAUSE_BREAKERS;
use crate::text::words::comparison::{COMPARISON_CUES, NOT_COMPARING, SMELL_WORDS};
use crate::text::words::negation::SCOPE_BREAKERS;

/// Marks the words of a comparison ("burny, like a sunburn under the skin", "a jolt like I
/// missed a step and fell") up to the next comma or clause, as [`Polarity::Likened`]. "like"
/// is no cue before a comma ("I, like, fell") or a number ("like 3 days"), nor after the words
/// of [`NOT_COMPARING`].
pub(super) fn mark_comparisons(tokens: &mut [Token]) {
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let len = if tokens[i].raw == "like" {
            let prev = if i > 0 { tokens[i - 1].raw.as_str() } else { "" };
            let filler =
                tokens.get(i + 1).is_none_or(|t| t.after_comma || t.raw.starts_with(|c: char| c.is_ascii_digit()));
            // "smells odd, sort of like nail varnish": what a smell is like is the smell.
            let smelt = tokens[i.saturating_sub(5)..i].iter().any(|t| SMELL_WORDS.contains(&t.raw.as_str()));
            if filler || NOT_COMPARING.contains(prev) || smelt {
                0
            } else {
                1
            }
        } else {
            COMPARISON_CUES.iter().find(|c| starts_with_seq(tokens, i, c)).map_or(0, |c| c.len())
        };
        if len == 0 {
            i += 1;
            continue;
        }
        let mut seen = 0;
        let mut j = i + len;
        // "like after a dentist's injection", "like when your lip wakes up": a scene the
        // feeling is likened to; nothing in it is happening, not even its feelings.
        let scene = tokens.get(j).is_some_and(|t| matches!(t.raw.as_str(), "after" | "when" | "if" | "before"));
        let likened = if scene { Polarity::Hypothetical } else { Polarity::Likened };
        if scene {
            tokens[j].polarity = likened;
            j += 1;
        }
        while j < n && !tokens[j].after_comma && (scene || !SCOPE_BREAKERS.contains(tokens[j].raw.as_str())) {
            if CLAUSE_BREAKERS.contains(&tokens[j].raw.as_str()) {
                break;
            }
            if tokens[j].polarity == Polarity::Asserted {
                tokens[j].polarity = likened;
            }
            if tokens[j].content {
                seen += 1;
                if seen >= MAX_SCOPE_CONTENT {
                    break;
                }
            }
            j += 1;
        }
        i = j.max(i + 1);
    }
}
