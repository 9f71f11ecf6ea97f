//! Words of how a complaint began: suddenly or gradually, in English and Chinese.

use crate::text::table::{Cues, Words};

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
pub(crate) static ZH_SUDDEN: Words =
    Words::new(concat!("突然\n", "忽然\n", "突發\n", "一下子\n", "瞬間\n", "猛然\n", "剛剛\n", "剛才\n", "分鐘前\n"));

/// Chinese words that say it came on gradually.
pub(crate) const ZH_GRADUAL: &[&str] = &["慢慢", "逐漸", "漸漸", "一點一點", "越來越", "愈來愈"];

/// Words of relief before "instantly" or "right away" ("walking fixes it instantly", "it goes
/// away right away"): how fast it eases, not how it began.
pub(crate) static RELIEF: Words = Words::new(concat!(
    "fix\n",
    "fixes\n",
    "fixed\n",
    "help\n",
    "helps\n",
    "helped\n",
    "relieve\n",
    "relieves\n",
    "relieved\n",
    "ease\n",
    "eases\n",
    "eased\n",
    "stops\n",
    "stopped\n",
    "disappears\n",
    "disappeared\n",
    "better\n",
    "settles\n",
    "settled\n",
    "improves\n",
    "improved\n",
    "away\n",
    "off\n",
));
