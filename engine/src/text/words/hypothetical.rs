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
    &["is", "that", "a"],
    &["is", "it", "an"],
    &["is", "that", "an"],
    // A guess, one's own or someone else's ("friend said could be MS", "convinced I have ALS",
    // "scared it's a clot") names what is feared, not what is felt.
    &["could", "be"],
    &["maybe", "it", "was"],
    &["maybe", "it's"],
    &["maybe", "its"],
    &["could", "it", "have", "been"],
    &["might", "be"],
    &["convinced", "i", "have"],
    &["convinced", "it's"],
    &["convinced", "its"],
    &["scared", "it's"],
    &["scared", "its"],
    &["scared", "i", "have"],
    &["worried", "it's"],
    &["worried", "its"],
    &["worried", "i", "have"],
    &["afraid", "it's"],
    &["afraid", "its"],
    &["afraid", "i", "have"],
    // A question about a treatment ("do I need antibiotics?", "can I take ibuprofen?") names a
    // medicine not taken.
    &["do", "i", "need"],
    &["should", "i", "take"],
    &["can", "i", "take"],
    &["can", "i", "use"],
    &["should", "i", "use"],
    &["should", "i", "get"],
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
