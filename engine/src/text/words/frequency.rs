//! Words of how often a complaint is there: intermittent or constant, in English and Chinese.

use crate::text::table::{Cues, Words};

/// English runs that say it comes and goes.
pub(crate) static INTERMITTENT: Cues = Cues::new(concat!(
    "intermittent\n",
    "intermittently\n",
    "occasional\n",
    "occasionally\n",
    "sometimes\n",
    "now and then\n",
    "on and off\n",
    "off and on\n",
    "comes and goes\n",
    "come and go\n",
    "from time to time\n",
    "at times\n",
    "once in a while\n",
    "episodes\n",
    "episode\n",
    "here and there\n",
    "some days\n",
    "every so often\n",
    "attacks\n",
    "bouts\n",
    "spells\n",
    // "every time I roll over", "then it settles, in between I'm fine": episodes.
    "in between\n",
    "every time\n",
    "each time\n",
    "whenever\n",
    "then settles\n",
));

/// English runs that say it is there all the time.
pub(crate) static CONSTANT: Cues = Cues::new(concat!(
    "constant\n",
    "constantly\n",
    "continuous\n",
    "continuously\n",
    "all the time\n",
    "all day\n",
    "nonstop\n",
    "non stop\n",
    "persistent\n",
    "persistently\n",
    "never stops\n",
    "doesn't stop\n",
    "won't stop\n",
    "24 7\n",
));

/// English runs of "every day": denied ("not every day"), they say it comes and goes.
pub(crate) static EVERY_DAY: Cues = Cues::new("every day\neveryday\ndaily\n");

/// Chinese words that say it comes and goes.
pub(crate) static ZH_INTERMITTENT: Words = Words::new(concat!(
    "偶爾\n",
    "有時\n",
    "時好時壞\n",
    "斷斷續續\n",
    "一陣一陣\n",
    "間歇\n",
    "不定時\n",
    "不是每天\n",
    "不是一直\n",
    "陣發\n",
    "每次\n",
    "一下就好\n",
    "過一下就好\n",
));

/// Chinese words that say it is there all the time.
pub(crate) const ZH_CONSTANT: &[&str] = &["持續", "整天", "不停", "不斷", "沒停", "24小時"];
