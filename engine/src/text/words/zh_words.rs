//! Chinese words that a phrase may not cut across.

use crate::text::table::Words;

/// Chinese words a phrase may not cut across: 手指頭 is a finger, so 頭麻 ("head numb") must
/// not be read inside 手指頭麻; 舌頭 is the tongue, not the head; 轉頭 turns the head.
pub(crate) static ZH_WORDS: Words = Words::new(concat!(
    // The back of a wrist (手腕背側腫脹): a side of it, not the back.
    "背側\n",
    // Pain that throbs (額頭跳著痛, 一跳一跳的痛): not a twitch.
    "跳著痛\n",
    "跳跳的痛\n",
    "跳痛\n",
    // Moving the head (頭轉向右邊會痛, 抬頭會痛): a movement, not the head that hurts.
    "轉頭\n",
    "頭轉\n",
    "抬頭\n",
    "低頭\n",
    "搖頭\n",
    "仰頭\n",
    "回頭\n",
    "手指頭\n",
    "腳趾頭\n",
    "指頭\n",
    "趾頭\n",
    "舌頭\n",
    "骨頭\n",
    "拳頭\n",
    "眉頭\n",
    "鼻頭\n",
    "枕頭\n",
    "石頭\n",
    "饅頭\n",
    "鏡頭\n",
    "心頭\n",
    "喉頭\n",
    "罐頭\n",
    "碼頭\n",
    "念頭\n",
    "關頭\n",
    "開頭\n",
    "裡頭\n",
    "外頭\n",
    "上頭\n",
    "乳頭\n",
    "膝蓋頭\n",
    "指甲\n",
    "手肘\n",
    // 跳 in a heartbeat, a dance or a vault is not a twitch; 手 in a watch, a phone or an
    // operation is not the hand.
    "心跳\n",
    "跳舞\n",
    "跳繩\n",
    "跳箱\n",
    "手錶\n",
    "手機\n",
    "手術\n",
    "手續\n",
    // 尿 in a nappy is not peeing.
    "尿布\n",
    "尿片\n",
    // 血 inside a word about blood tests or pressure is not bleeding.
    "血壓\n",
    "血糖\n",
    "血管\n",
    "血液\n",
    "抽血\n",
    "驗血\n",
    "貧血\n",
    "血球\n",
    "血氧\n",
    "血脂\n",
    "血清\n",
    "血型\n",
    "捐血\n",
    // A colour (尿液顏色淡黃, pale yellow urine): not a colour that looks faded.
    "淡黃\n",
));
