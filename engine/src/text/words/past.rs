//! English cues that put what they cover in the past: before a finding ("history of"), at
//! the end or the start of a clause ("ten years ago", "last year"), and the verbs that tell a
//! past episode or one that goes on.

use crate::text::table::{Cues, Words};

/// Cues that put what follows in the past: a history finding ("history of diabetes") is
/// present, a symptom ("i used to get migraines") is not current.
pub(crate) static PAST_CUES: Cues = Cues::new(concat!(
    "history of\n",
    "past history\n",
    "used to\n",
    "in the past\n",
    "previously\n",
    "pmh\n",
    "pmhx\n",
    "past medical history\n",
    // An earlier episode told beside this one: "had a similar thing 3 yrs ago", "a similar bout
    // 2 years ago lasted 6 weeks".
    "had a similar\n",
    "had the same\n",
    "similar bout\n",
    "similar episode\n",
    "similar attack\n",
    "same thing happened\n",
));

/// Cues at the end of a clause that put the clause in the past: "i had a heart attack ten
/// years ago", "i had shingles as a child".
pub(crate) static TRAILING_PAST_CUES: Cues = Cues::new(concat!(
    "years ago\n",
    "year ago\n",
    "yrs ago\n",
    "yr ago\n",
    "decade ago\n",
    "decades ago\n",
    "as a child\n",
    "as a kid\n",
    "as a teenager\n",
    "when i was young\n",
    "when i was a child\n",
    "when i was a kid\n",
));

/// Words that say a clause tells a past event ("had", "was diagnosed"); a clause that says the
/// problem began then and goes on ("started", "since") is not past.
pub(crate) static PAST_EVENT_WORDS: Words = Words::new(concat!(
    "had\n",
    "was\n",
    "were\n",
    "got\n",
    "underwent\n",
    "diagnosed\n",
    "suffered\n",
    "caught\n",
    "broke\n",
    "fractured\n",
    "dislocated\n",
    "sprained\n",
    "tore\n",
    "injured\n",
));
pub(crate) const ONGOING_WORDS: &[&str] =
    &["started", "began", "begun", "since", "still", "ever", "start", "begin", "starting"];

/// Cues at the start of a clause that put the clause in the past: "last year my eye went
/// blurry and hurt for a couple of weeks, it got better".
pub(crate) static LEADING_PAST_CUES: Cues = Cues::new(concat!(
    "last year\n",
    "a year ago\n",
    "years ago\n",
    "as a child\n",
    "as a kid\n",
    "when i was young\n",
    "when i was a child\n",
    "when i was a kid\n",
));

/// Past-tense verbs of an episode told after a leading past cue ("went", "had", "was").
pub(crate) const EPISODE_VERBS: &[&str] =
    &["had", "was", "were", "got", "went", "suffered", "caught", "lost", "felt", "came"];
