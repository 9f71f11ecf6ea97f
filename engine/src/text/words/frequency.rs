//! Words of how often a complaint is there: intermittent or constant, in English and Chinese.

/// English runs that say it comes and goes.
pub(crate) const INTERMITTENT: &[&[&str]] = &[
    &["intermittent"],
    &["intermittently"],
    &["occasional"],
    &["occasionally"],
    &["sometimes"],
    &["now", "and", "then"],
    &["on", "and", "off"],
    &["off", "and", "on"],
    &["comes", "and", "goes"],
    &["come", "and", "go"],
    &["from", "time", "to", "time"],
    &["at", "times"],
    &["once", "in", "a", "while"],
    &["episodes"],
    &["episode"],
    &["here", "and", "there"],
    &["some", "days"],
    &["every", "so", "often"],
    &["attacks"],
    &["bouts"],
    &["spells"],
    // "every time I roll over", "then it settles, in between I'm fine": episodes.
    &["in", "between"],
    &["every", "time"],
    &["each", "time"],
    &["whenever"],
    &["then", "settles"],
];

/// English runs that say it is there all the time.
pub(crate) const CONSTANT: &[&[&str]] = &[
    &["constant"],
    &["constantly"],
    &["continuous"],
    &["continuously"],
    &["all", "the", "time"],
    &["all", "day"],
    &["nonstop"],
    &["non", "stop"],
    &["persistent"],
    &["persistently"],
    &["never", "stops"],
    &["doesn't", "stop"],
    &["won't", "stop"],
    &["24", "7"],
];

/// English runs of "every day": denied ("not every day"), they say it comes and goes.
pub(crate) const EVERY_DAY: &[&[&str]] = &[&["every", "day"], &["everyday"], &["daily"]];

/// Chinese words that say it comes and goes.
pub(crate) const ZH_INTERMITTENT: &[&str] = &[
    "偶爾",
    "有時",
    "時好時壞",
    "斷斷續續",
    "一陣一陣",
    "間歇",
    "不定時",
    "不是每天",
    "不是一直",
    "陣發",
    "每次",
    "一下就好",
    "過一下就好",
];

/// Chinese words that say it is there all the time.
pub(crate) const ZH_CONSTANT: &[&str] = &["持續", "整天", "不停", "不斷", "沒停", "24小時"];
