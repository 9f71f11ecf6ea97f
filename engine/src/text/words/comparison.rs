//! English comparisons: the cues of a likeness ("like a sunburn", "similar to") and the words
//! before "like" that make it no comparison.

use crate::text::table::{Cues, Words};

/// Words before "like" that make it a verb or a look ("I'd like", "looks like a bite"), not a
/// comparison.
pub(crate) static NOT_COMPARING: Words = Words::new(concat!(
    "would\n",
    "i\n",
    "you\n",
    "we\n",
    "they\n",
    "do\n",
    "don't\n",
    "dont\n",
    "did\n",
    "didn't\n",
    "didnt\n",
    "does\n",
    "doesn't\n",
    "doesnt\n",
    "look\n",
    "looks\n",
    "looked\n",
    "looking\n",
    "seem\n",
    "seems\n",
    "seemed\n",
    "sound\n",
    "sounds\n",
    "sounded\n",
    "smell\n",
    "smells\n",
    "smelled\n",
    "smelt\n",
    "smelling\n",
));

/// Words of a smell: "her breath smells odd, sort of like nail varnish" tells the smell itself.
pub(crate) const SMELL_WORDS: &[&str] = &["smell", "smells", "smelled", "smelt", "smelling", "stinks", "reeks"];

/// Comparison cues of more than one word.
/// ("as if" and "as though" are hypothetical cues: what follows them counts for nothing.)
pub(crate) static COMPARISON_CUES: Cues = Cues::new("similar to\n");
