//! English cues that put what they cover in the past: before a finding ("history of"), at
//! the end or the start of a clause ("ten years ago", "last year"), and the verbs that tell a
//! past episode or one that goes on.

/// Cues that put what follows in the past: a history finding ("history of diabetes") is
/// present, a symptom ("i used to get migraines") is not current.
pub(crate) const PAST_CUES: &[&[&str]] = &[
    &["history", "of"],
    &["past", "history"],
    &["used", "to"],
    &["in", "the", "past"],
    &["previously"],
    &["pmh"],
    &["pmhx"],
    &["past", "medical", "history"],
    // An earlier episode told beside this one: "had a similar thing 3 yrs ago", "a similar bout
    // 2 years ago lasted 6 weeks".
    &["had", "a", "similar"],
    &["had", "the", "same"],
    &["similar", "bout"],
    &["similar", "episode"],
    &["similar", "attack"],
    &["same", "thing", "happened"],
];

/// Cues at the end of a clause that put the clause in the past: "i had a heart attack ten
/// years ago", "i had shingles as a child".
pub(crate) const TRAILING_PAST_CUES: &[&[&str]] = &[
    &["years", "ago"],
    &["year", "ago"],
    &["yrs", "ago"],
    &["yr", "ago"],
    &["decade", "ago"],
    &["decades", "ago"],
    &["as", "a", "child"],
    &["as", "a", "kid"],
    &["as", "a", "teenager"],
    &["when", "i", "was", "young"],
    &["when", "i", "was", "a", "child"],
    &["when", "i", "was", "a", "kid"],
];

/// Words that say a clause tells a past event ("had", "was diagnosed"); a clause that says the
/// problem began then and goes on ("started", "since") is not past.
pub(crate) const PAST_EVENT_WORDS: &[&str] = &[
    "had",
    "was",
    "were",
    "got",
    "underwent",
    "diagnosed",
    "suffered",
    "caught",
    "broke",
    "fractured",
    "dislocated",
    "sprained",
    "tore",
    "injured",
];
pub(crate) const ONGOING_WORDS: &[&str] =
    &["started", "began", "begun", "since", "still", "ever", "start", "begin", "starting"];

/// Cues at the start of a clause that put the clause in the past: "last year my eye went
/// blurry and hurt for a couple of weeks, it got better".
pub(crate) const LEADING_PAST_CUES: &[&[&str]] = &[
    &["last", "year"],
    &["a", "year", "ago"],
    &["years", "ago"],
    &["as", "a", "child"],
    &["as", "a", "kid"],
    &["when", "i", "was", "young"],
    &["when", "i", "was", "a", "child"],
    &["when", "i", "was", "a", "kid"],
];

/// Past-tense verbs of an episode told after a leading past cue ("went", "had", "was").
pub(crate) const EPISODE_VERBS: &[&str] =
    &["had", "was", "were", "got", "went", "suffered", "caught", "lost", "felt", "came"];
