//! English cues that make what follows wondered about rather than present: conditions,
//! questions, fears and family history.

/// Multi-word cues that make what follows hypothetical rather than present.
pub(crate) const HYPOTHETICAL_CUES: &[&[&str]] = &[
    &["if"],
    &["whether"],
    &["in", "case"],
    &["could", "it", "be"],
    &["could", "this", "be"],
    &["can", "it", "be"],
    &["is", "it", "a"],
    &["is", "this", "a"],
    // A question about oneself ("am I dying?", "am I having a stroke?") asks, it does not say.
    &["am", "i"],
    &["sign", "of"],
    &["signs", "of"],
    &["symptom", "of"],
    &["symptoms", "of"],
    &["risk", "of"],
    &["prevent"],
    &["afraid", "of", "getting"],
    &["worried", "about", "getting"],
    &["chance", "of"],
    &["what", "if"],
    &["family", "history"],
    &["runs", "in", "the", "family"],
];

/// Modal verbs that open a question ("could the tingling be guillain-barre?"): what follows
/// its `be` is wondered about, not asserted.
pub(crate) const QUESTION_MODALS: &[&str] = &["could", "can", "might", "may", "would", "will", "should", "is", "does"];
