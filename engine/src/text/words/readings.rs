//! Words of the readings that `normalize` adds by rule: a wish to be gone, a first episode
//! told as a denial, a place behind or under the eye, and peeing often.

use crate::text::table::Words;

/// What follows "better off" in a wish to be gone ("better off without me", "if i was gone").
pub(crate) const BETTER_OFF_ENDINGS: &[&str] =
    &["without me", "without us", "if i ", "if i'", "dead", "if i was gone", "if i were gone"];

/// Not waking up, which a word of wishing before it makes a wish to be gone.
pub(crate) static NOT_WAKING: Words = Words::new(concat!(
    "not waking up\n",
    "not wake up\n",
    "never waking up\n",
    "never wake up\n",
    "didn't wake up\n",
    "didnt wake up\n",
    "don't wake up\n",
    "dont wake up\n",
    "wouldn't wake up\n",
    "不要醒來\n",
    "不想醒來\n",
    "不要再醒來\n",
    "一睡不醒\n",
    "一覺不醒\n",
));

/// Words of wishing before "not waking up" ("i wouldn't mind", "i hope", 如果…就不要醒來).
pub(crate) static WISHING: Words =
    Words::new(concat!("mind\n", "hope\n", "wish\n", "rather\n", "如果\n", "希望\n", "想說\n", "乾脆\n", "最好\n"));

/// What follows "never" closely in a first episode ("never like this", "never in my life").
pub(crate) const NEVER_BEFORE: &[&str] =
    &["like this", "like that", "before", "in my life", "in his life", "in her life"];

/// Words that may stand between "behind" or "under" and the eye ("behind my left eye").
pub(crate) static EYE_BETWEEN: Words =
    Words::new(concat!("the\n", "my\n", "one\n", "her\n", "his\n", "your\n", "both\n", "an\n"));

/// Words of peeing (and of going to the toilet).
pub(crate) const PEE_WORDS: &[&str] = &["pee", "wee", "urinat", "piss", "toilet", "loo"];

/// What follows a pee word closely when it happens often ("a lot", "every hour").
pub(crate) static PEE_OFTEN_AFTER: Words = Words::new(concat!(
    "a lot\n",
    "all the time\n",
    "more often\n",
    "so often\n",
    "every hour\n",
    "every half hour\n",
    "every few min\n",
    "every 10 min\n",
    "every 15 min\n",
    "every 20 min\n",
    "every 30 min\n",
    "constantly\n",
    "loads\n",
    "all night\n",
));

/// What comes before a pee word when it happens often ("keep needing to").
pub(crate) const PEE_OFTEN_BEFORE: &[&str] = &["keep needing to", "always needing to", "keep having to"];
