//! English words that look like typos of KB words but are ordinary words.

/// English words that look like typos of KB words but are ordinary words.
pub(crate) const NOT_TYPOS: &[&str] = &[
    "heard", "words", "worse", "where", "there", "these", "those", "while", "which", "whole", "hours", "weeks",
    "years", "since", "about", "after", "before", "night", "right", "light", "fight", "might", "eight", "sight",
    "things", "thinks", "thought", "through", "though", "started", "stopped", "should", "would", "could", "having",
    "lately", "better", "either", "cheeks", "others", "mother", "father", "brother", "sister", "weather", "wonder",
    "daughter", "months", "minutes", "really", "always", "reflex", "reflexes", "rubbish", "sluggish", "finish",
    "english", "polish", "punish", "vanish", "publish", "banish", "selfish", "foolish", "childish",
];
