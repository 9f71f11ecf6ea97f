//! The words the idiom rewriter reads (`text::idioms`): who speaks, bites or feels warm, and what
//! stands next to the idiom's key word.

/// Words for the way someone speaks.
pub(crate) const SPEECH_WORDS: &[&str] =
    &["speech", "talking", "talk", "words", "voice", "speaking", "speaking's", "talking's"];

/// Words that link a subject to "off", with words that may stand before it ("a bit off").
pub(crate) const LINKS: &[&str] = &[
    "was", "is", "were", "sounded", "sounds", "seemed", "seems", "went", "a", "bit", "all", "little", "kind", "of",
    "just", "slightly", "really",
];

/// Animals (and people) that bite.
pub(crate) const BITERS: &[&str] = &[
    "dog", "dogs", "cat", "cats", "puppy", "kitten", "monkey", "rat", "bat", "fox", "ferret", "hamster", "horse",
    "pig", "parrot", "rabbit", "squirrel",
];

/// What is seen twice in "two of everything".
pub(crate) const SEEN_TWICE: &[&str] =
    &["everything", "things", "you", "him", "her", "them", "it", "each", "every", "people"];

/// Words that make "runs" the bowel's ("watery runs", "bad runs").
pub(crate) const RUNS_BEFORE: &[&str] = &["watery", "bad", "awful", "terrible", "liquid", "explosive"];

/// Who was bitten, after "got" ("the dog got me").
pub(crate) const BITTEN: &[&str] = &["me", "him", "her", "us", "them", "my", "his", "our"];

/// Whoever may "feel warm" with a fever (not a leg or a wound, whose warmth is local).
pub(crate) const FEVERISH: &[&str] =
    &["she", "he", "baby", "old", "i", "forehead", "body", "son", "daughter", "kid", "child", "toddler", "newborn"];

/// Balls that give a size ("swollen like a tennis ball").
pub(crate) const SIZED_BALLS: &[&str] =
    &["tennis", "golf", "ping", "pong", "cricket", "bouncy", "rubber", "ping-pong", "pingpong", "squash"];
