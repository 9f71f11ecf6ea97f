//! Words of the readings that `normalize` adds by rule: a wish to be gone, a first episode
//! told as a denial, a place behind or under the eye, and peeing often.

/// What follows "better off" in a wish to be gone ("better off without me", "if i was gone").
pub(crate) const BETTER_OFF_ENDINGS: &[&str] =
    &["without me", "without us", "if i ", "if i'", "dead", "if i was gone", "if i were gone"];

/// Not waking up, which a word of wishing before it makes a wish to be gone.
pub(crate) const NOT_WAKING: &[&str] = &[
    "not waking up",
    "not wake up",
    "never waking up",
    "never wake up",
    "didn't wake up",
    "didnt wake up",
    "don't wake up",
    "dont wake up",
    "wouldn't wake up",
    "不要醒來",
    "不想醒來",
    "不要再醒來",
    "一睡不醒",
    "一覺不醒",
];

/// Words of wishing before "not waking up" ("i wouldn't mind", "i hope", 如果…就不要醒來).
pub(crate) const WISHING: &[&str] = &["mind", "hope", "wish", "rather", "如果", "希望", "想說", "乾脆", "最好"];

/// What follows "never" closely in a first episode ("never like this", "never in my life").
pub(crate) const NEVER_BEFORE: &[&str] =
    &["like this", "like that", "before", "in my life", "in his life", "in her life"];

/// Words that may stand between "behind" or "under" and the eye ("behind my left eye").
pub(crate) const EYE_BETWEEN: &[&str] = &["the", "my", "one", "her", "his", "your", "both", "an"];

/// Words of peeing (and of going to the toilet).
pub(crate) const PEE_WORDS: &[&str] = &["pee", "wee", "urinat", "piss", "toilet", "loo"];

/// What follows a pee word closely when it happens often ("a lot", "every hour").
pub(crate) const PEE_OFTEN_AFTER: &[&str] = &[
    "a lot",
    "all the time",
    "more often",
    "so often",
    "every hour",
    "every half hour",
    "every few min",
    "every 10 min",
    "every 15 min",
    "every 20 min",
    "every 30 min",
    "constantly",
    "loads",
    "all night",
];

/// What comes before a pee word when it happens often ("keep needing to").
pub(crate) const PEE_OFTEN_BEFORE: &[&str] = &["keep needing to", "always needing to", "keep having to"];
