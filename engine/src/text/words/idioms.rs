//! The words the idiom rewriter reads (`text::idioms`): who speaks, bites or feels warm, and what
//! stands next to the idiom's key word.

use crate::text::table::Words;

/// Words for the way someone speaks.
pub(crate) const SPEECH_WORDS: &[&str] =
    &["speech", "talking", "talk", "words", "voice", "speaking", "speaking's", "talking's"];

/// Words that link a subject to "off", with words that may stand before it ("a bit off").
pub(crate) static LINKS: Words = Words::new(concat!(
    "was\n",
    "is\n",
    "were\n",
    "sounded\n",
    "sounds\n",
    "seemed\n",
    "seems\n",
    "went\n",
    "a\n",
    "bit\n",
    "all\n",
    "little\n",
    "kind\n",
    "of\n",
    "just\n",
    "slightly\n",
    "really\n",
));

/// Animals (and people) that bite.
pub(crate) static BITERS: Words = Words::new(concat!(
    "dog\n",
    "dogs\n",
    "cat\n",
    "cats\n",
    "puppy\n",
    "kitten\n",
    "monkey\n",
    "rat\n",
    "bat\n",
    "fox\n",
    "ferret\n",
    "hamster\n",
    "horse\n",
    "pig\n",
    "parrot\n",
    "rabbit\n",
    "squirrel\n",
));

/// What is seen twice in "two of everything".
pub(crate) const SEEN_TWICE: &[&str] =
    &["everything", "things", "you", "him", "her", "them", "it", "each", "every", "people"];

/// Words that make "runs" the bowel's ("watery runs", "bad runs").
pub(crate) const RUNS_BEFORE: &[&str] = &["watery", "bad", "awful", "terrible", "liquid", "explosive"];

/// Who was bitten, after "got" ("the dog got me").
pub(crate) static BITTEN: Words =
    Words::new(concat!("me\n", "him\n", "her\n", "us\n", "them\n", "my\n", "his\n", "our\n"));

/// Whoever may "feel warm" with a fever (not a leg or a wound, whose warmth is local).
pub(crate) const FEVERISH: &[&str] =
    &["she", "he", "baby", "old", "i", "forehead", "body", "son", "daughter", "kid", "child", "toddler", "newborn"];

/// Balls that give a size ("swollen like a tennis ball").
pub(crate) const SIZED_BALLS: &[&str] =
    &["tennis", "golf", "ping", "pong", "cricket", "bouncy", "rubber", "ping-pong", "pingpong", "squash"];
