//! Words of how a complaint began: suddenly or gradually, in English and Chinese.

use crate::text::table::Cues;

/// English runs that say it began suddenly.
pub(crate) static SUDDEN: Cues = Cues::new(concat!(
    "sudden\n",
    "suddenly\n",
    "abrupt\n",
    "abruptly\n",
    "all of a sudden\n",
    "out of nowhere\n",
    "out of the blue\n",
    "just now\n",
    "within minutes\n",
    "within seconds\n",
    "within a second\n",
    "in a second\n",
    "in seconds\n",
    "in a split second\n",
    "like a switch\n",
    "came on fast\n",
    "in an instant\n",
    "instantly\n",
    "minutes ago\n",
    "an hour ago\n",
    "hour ago\n",
    "hours ago\n",
));

/// English runs that say it came on gradually.
pub(crate) static GRADUAL: Cues = Cues::new(concat!(
    "gradual\n",
    "gradually\n",
    "slowly\n",
    "over time\n",
    "bit by bit\n",
    "little by little\n",
    "progressively\n",
    "creeping\n",
    "over the years\n",
    "over months\n",
    "over weeks\n",
));

/// Chinese words that say it began suddenly.
pub(crate) const ZH_SUDDEN: &[&str] = &["突然", "忽然", "突發", "一下子", "瞬間", "猛然", "剛剛", "剛才", "分鐘前"];

/// Chinese words that say it came on gradually.
pub(crate) const ZH_GRADUAL: &[&str] = &["慢慢", "逐漸", "漸漸", "一點一點", "越來越", "愈來愈"];
