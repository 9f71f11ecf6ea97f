//! Words of how a complaint began: suddenly or gradually, in English and Chinese.

/// English runs that say it began suddenly.
pub(crate) const SUDDEN: &[&[&str]] = &[
    &["sudden"],
    &["suddenly"],
    &["abrupt"],
    &["abruptly"],
    &["all", "of", "a", "sudden"],
    &["out", "of", "nowhere"],
    &["out", "of", "the", "blue"],
    &["just", "now"],
    &["within", "minutes"],
    &["within", "seconds"],
    &["within", "a", "second"],
    &["in", "a", "second"],
    &["in", "seconds"],
    &["in", "a", "split", "second"],
    &["like", "a", "switch"],
    &["came", "on", "fast"],
    &["in", "an", "instant"],
    &["instantly"],
    &["minutes", "ago"],
    &["an", "hour", "ago"],
    &["hour", "ago"],
    &["hours", "ago"],
];

/// English runs that say it came on gradually.
pub(crate) const GRADUAL: &[&[&str]] = &[
    &["gradual"],
    &["gradually"],
    &["slowly"],
    &["over", "time"],
    &["bit", "by", "bit"],
    &["little", "by", "little"],
    &["progressively"],
    &["creeping"],
    &["over", "the", "years"],
    &["over", "months"],
    &["over", "weeks"],
];

/// Chinese words that say it began suddenly.
pub(crate) const ZH_SUDDEN: &[&str] = &["突然", "忽然", "突發", "一下子", "瞬間", "猛然", "剛剛", "剛才", "分鐘前"];

/// Chinese words that say it came on gradually.
pub(crate) const ZH_GRADUAL: &[&str] = &["慢慢", "逐漸", "漸漸", "一點一點", "越來越", "愈來愈"];
