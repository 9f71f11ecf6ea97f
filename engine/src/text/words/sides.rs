//! Words of the side of the body: Chinese words of both sides or one side, and the words that
//! say a side is unaffected.

use crate::text::table::Words;

/// Words that say a body part is unaffected: "my right foot is fine", 右腳正常.
pub(crate) const EN_UNAFFECTED: &[&str] = &["fine", "normal", "ok", "okay", "unaffected", "spared", "perfect"];
pub(crate) static ZH_UNAFFECTED: Words =
    Words::new(concat!("正常\n", "沒事\n", "沒問題\n", "好好的\n", "都好\n", "還好\n", "沒影響\n", "不受影響\n"));
/// Denials that, ending the clause right after a side (右邊都不會, 左手沒有), say that side is
/// unaffected; followed by more (右手都不會動) they say how it is affected.
pub(crate) const ZH_UNAFFECTED_ENDS: &[&str] =
    &["都不會", "也不會", "不會", "都沒有", "也沒有", "沒有", "從來不會", "從來沒有", "從不"];

/// Chinese words of both sides (兩側, 雙手, 兩腳).
pub(crate) static ZH_BOTH_SIDES: Words = Words::new(concat!(
    "兩側\n",
    "雙側\n",
    "兩邊\n",
    "雙邊\n",
    "兩手\n",
    "雙手\n",
    "兩腳\n",
    "雙腳\n",
    "雙腿\n",
    "兩腿\n",
    "兩隻\n",
    "雙眼\n",
    "兩眼\n",
    "兩個手\n",
    "左右兩\n",
    "雙下肢\n",
    "雙上肢\n",
    "雙足\n",
    "兩足\n",
));

/// Chinese words of one side (單側, 半邊).
pub(crate) const ZH_ONE_SIDE: &[&str] = &["單側", "一側", "一邊", "半邊", "半臉", "單邊"];
