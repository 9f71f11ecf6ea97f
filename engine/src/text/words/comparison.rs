//! English comparisons: the cues of a likeness ("like a sunburn", "similar to") and the words
//! before "like" that make it no comparison.

use crate::text::table::Cues;

/// Words before "like" that make it a verb or a look ("I'd like", "looks like a bite"), not a
/// comparison.
pub(crate) const NOT_COMPARING: &[&str] = &[
    "would", "i", "you", "we", "they", "do", "don't", "dont", "did", "didn't", "didnt", "does", "doesn't", "doesnt",
    "look", "looks", "looked", "looking", "seem", "seems", "seemed", "sound", "sounds", "sounded", "smell", "smells",
    "smelled", "smelt", "smelling",
];

/// Words of a smell: "her breath smells odd, sort of like nail varnish" tells the smell itself.
pub(crate) const SMELL_WORDS: &[&str] = &["smell", "smells", "smelled", "smelt", "smelling", "stinks", "reeks"];

/// Comparison cues of more than one word.
/// ("as if" and "as though" are hypothetical cues: what follows them counts for nothing.)
pub(crate) static COMPARISON_CUES: Cues = Cues::new("similar to\n");
