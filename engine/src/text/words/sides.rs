//! Words of the side of the body: Chinese words of both sides or one side, and the words that
//! say a side is unaffected.

/// Words that say a body part is unaffected: "my right foot is fine", 右腳正常.
pub(crate) const EN_UNAFFECTED: &[&str] = &["fine", "normal", "ok", "okay", "unaffected", "spared", "perfect"];
pub(crate) const ZH_UNAFFECTED: &[&str] = &["正常", "沒事", "沒問題", "好好的", "都好", "還好", "沒影響", "不受影響"];
/// Denials that, ending the clause right after a side (右邊都不會, 左手沒有), say that side is
/// unaffected; followed by more (右手都不會動) they say how it is affected.
pub(crate) const ZH_UNAFFECTED_ENDS: &[&str] =
    &["都不會", "也不會", "不會", "都沒有", "也沒有", "沒有", "從來不會", "從來沒有", "從不"];

/// Chinese words of both sides (兩側, 雙手, 兩腳).
pub(crate) const ZH_BOTH_SIDES: &[&str] = &[
    "兩側",
    "雙側",
    "兩邊",
    "雙邊",
    "兩手",
    "雙手",
    "兩腳",
    "雙腳",
    "雙腿",
    "兩腿",
    "兩隻",
    "雙眼",
    "兩眼",
    "兩個手",
    "左右兩",
    "雙下肢",
    "雙上肢",
    "雙足",
    "兩足",
];

/// Chinese words of one side (單側, 半邊).
pub(crate) const ZH_ONE_SIDE: &[&str] = &["單側", "一側", "一邊", "半邊", "半臉", "單邊"];
