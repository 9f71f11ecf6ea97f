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
