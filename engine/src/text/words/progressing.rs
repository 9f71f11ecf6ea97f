//! Chinese words that say a complaint is getting worse or spreading.

use crate::text::table::Words;

/// Chinese words of getting worse or spreading (越來越, 惡化, 擴散).
pub(crate) static ZH_PROGRESSING: Words = Words::new(concat!(
    "越來越\n",
    "愈來愈\n",
    "惡化\n",
    "加重\n",
    "加劇\n",
    "擴散\n",
    "蔓延\n",
    "變嚴重\n",
    "更嚴重\n",
    "往上延伸\n",
    "往上蔓延\n",
    "範圍變大\n",
));

/// Words that end a trigger right before a word of getting worse (低頭時加劇, 一動就加重,
/// 咳嗽會更嚴重): the complaint is worse with the trigger, not worse over time.
pub(crate) static ZH_TRIGGER_ENDS: Words =
    Words::new(concat!("時\n", "時候\n", "的時候\n", "就\n", "會\n", "後\n", "之後\n", "則\n"));

/// The words of getting worse that also say "worse with a trigger" after one of
/// [`ZH_TRIGGER_ENDS`] (越來越 and 擴散 always say worse over time).
pub(crate) const ZH_AGGRAVATED: &[&str] = &["加劇", "加重", "更嚴重", "變嚴重"];
