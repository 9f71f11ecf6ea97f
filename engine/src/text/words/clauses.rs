//! English words that start a new clause, always or after "and", "or" or a comma.

use crate::text::table::Words;

/// Words that start a new clause when they follow "and", "or" or a comma.
pub(crate) static CLAUSE_STARTERS: Words = Words::new(concat!(
    "my\n",
    "i\n",
    "i'm\n",
    "im\n",
    "i've\n",
    "ive\n",
    "i'd\n",
    "our\n",
    "your\n",
    "you\n",
    "it\n",
    "he\n",
    "she\n",
    "his\n",
    "her\n",
    "the\n",
    "there\n",
    "now\n",
    "also\n",
    "then\n",
    "this\n",
    "that\n",
    "they\n",
    "we\n",
    "recently\n",
    "lately\n",
    "sometimes\n",
    "today\n",
    "yesterday\n",
));

/// True when `word` (after "and", "or" or a comma) starts a new clause for a denial's reach:
/// a clause starter, or "a"/"an" opening a new thing ("out of breath, which never happens, and
/// a sharp pain in my chest"), not a degree ("achy and a bit swollen").
pub(crate) fn opens_denied_clause(word: &str, next: Option<&str>) -> bool {
    CLAUSE_STARTERS.contains(word)
        || matches!(word, "a" | "an")
            && !next
                .is_some_and(|n| matches!(n, "bit" | "little" | "lot" | "touch" | "tad" | "few" | "couple" | "while"))
}

/// Words that always start a new clause.
pub(crate) const CLAUSE_BREAKERS: &[&str] = &["but", "however", "although", "though", "whereas", "plus", "also"];

/// Words that open a clause of time ("when i roll over, the room spins"): the comma that closes
/// it does not start a new clause, since what follows happens at that time.
pub(crate) const WHEN_OPENERS: &[&str] = &["when", "whenever", "while", "once"];
