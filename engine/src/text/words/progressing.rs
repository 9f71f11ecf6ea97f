//! Chinese words that say a complaint is getting worse or spreading.

/// Chinese words of getting worse or spreading (越來越, 惡化, 擴散).
pub(crate) const ZH_PROGRESSING: &[&str] = &[
    "越來越",
    "愈來愈",
    "惡化",
    "加重",
    "加劇",
    "擴散",
    "蔓延",
    "變嚴重",
    "更嚴重",
    "往上延伸",
    "往上蔓延",
    "範圍變大",
];

/// Words that end a trigger right before a word of getting worse (低頭時加劇, 一動就加重,
/// 咳嗽會更嚴重): the complaint is worse with the trigger, not worse over time.
pub(crate) const ZH_TRIGGER_ENDS: &[&str] = &["時", "時候", "的時候", "就", "會", "後", "之後", "則"];

/// The words of getting worse that also say "worse with a trigger" after one of
/// [`ZH_TRIGGER_ENDS`] (越來越 and 擴散 always say worse over time).
pub(crate) const ZH_AGGRAVATED: &[&str] = &["加劇", "加重", "更嚴重", "變嚴重"];
