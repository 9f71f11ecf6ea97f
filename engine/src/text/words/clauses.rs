//! English words that start a new clause, always or after "and", "or" or a comma.

/// Words that start a new clause when they follow "and", "or" or a comma.
pub(crate) const CLAUSE_STARTERS: &[&str] = &[
    "my",
    "i",
    "i'm",
    "im",
    "it",
    "he",
    "she",
    "his",
    "her",
    "the",
    "there",
    "now",
    "also",
    "then",
    "this",
    "that",
    "they",
    "we",
    "recently",
    "lately",
    "sometimes",
    "today",
    "yesterday",
];

/// True when `word` (after "and", "or" or a comma) starts a new clause for a denial's reach:
/// a clause starter, or "a"/"an" opening a new thing ("out of breath, which never happens, and
/// a sharp pain in my chest"), not a degree ("achy and a bit swollen").
pub(crate) fn opens_denied_clause(word: &str, next: Option<&str>) -> bool {
    CLAUSE_STARTERS.contains(&word)
        || matches!(word, "a" | "an")
            && !next
                .is_some_and(|n| matches!(n, "bit" | "little" | "lot" | "touch" | "tad" | "few" | "couple" | "while"))
}

/// Words that always start a new clause.
pub(crate) const CLAUSE_BREAKERS: &[&str] = &["but", "however", "although", "though", "whereas", "plus", "also"];

/// Words that open a clause of time ("when i roll over, the room spins"): the comma that closes
/// it does not start a new clause, since what follows happens at that time.
pub(crate) const WHEN_OPENERS: &[&str] = &["when", "whenever", "while", "once"];
