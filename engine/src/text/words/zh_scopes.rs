//! Chinese scope cues: negation, hypothetical and past cues, words that contain a negation
//! character but do not negate, the words that end a scope, comparisons and "all fine" endings.

use crate::text::table::Words;

/// Chinese negation cues, longest first.
pub(crate) const ZH_NEGATION_CUES: &[&str] =
    &["沒有", "並沒有", "否認", "並未", "不會", "不是", "沒", "無", "不", "未", "非"];

/// Chinese cues that make what follows hypothetical.
pub(crate) static ZH_HYPOTHETICAL_CUES: Words = Words::new(concat!(
    "如果\n",
    "萬一\n",
    "會不會\n",
    "是不是\n",
    "是否\n",
    "預防\n",
    "以免\n",
    "擔心會\n",
    "怕會\n",
    "擔心是\n",
    "怕是\n",
    "懷疑是\n",
    "以為是\n",
    "查說是\n",
    "會是\n",
    "要不要吃\n",
    "需不需要吃\n",
    "需要吃\n",
    "可以吃\n",
    "可不可以吃\n",
    "能不能吃\n",
    "家族\n",
    "差點\n",
    "差一點\n",
    "險些\n",
));

/// Times gone by that, right after 如果 or 萬一, make it ask about something that happened.
pub(crate) const ZH_PAST_TIMES: &[&str] =
    &["昨天", "昨晚", "前天", "剛剛", "剛才", "已經", "上禮拜", "上星期", "上週", "今天早上", "早上", "中午"];

/// Chinese cues that put what follows in the past (a history finding is present, a symptom
/// is not current).
pub(crate) static ZH_PAST_CUES: Words = Words::new(concat!(
    "上次\n",
    "上一次\n",
    "以前曾\n",
    "之前曾\n",
    "過去曾\n",
    "曾經\n",
    "病史\n",
    "以前有過\n",
    "以前有得過\n",
    "以前得過\n",
    "之前得過\n",
    "小時候\n",
));

/// Chinese words that contain a negation character but do not negate what follows.
pub(crate) static ZH_PSEUDO: Words = Words::new(concat!(
    "從來沒這麼\n",
    "從來沒有這麼\n",
    "從沒這麼\n",
    "不小心\n",
    "未滿\n",
    "還沒滿\n",
    "非洲\n",
    "不自主\n",
    "不由自主\n",
    "不舒服\n",
    "不適\n",
    "不對稱\n",
    "不對勁\n",
    "不停\n",
    "不斷\n",
    "不時\n",
    "不能\n",
    "不了\n",
    "不太對\n",
    "不一定\n",
    "不少\n",
    "不知道\n",
    "不知\n",
    "不曉得\n",
    "不確定\n",
    "不清楚\n",
    "不起來\n",
    "不好\n",
    "不穩\n",
    "不住\n",
    "不動\n",
    "不到\n",
    "不出\n",
    "不開\n",
    "不上\n",
    "不下\n",
    "不見\n",
    "不靈活\n",
    "不協調\n",
    "不聽使喚\n",
    "不正常\n",
    "不明\n",
    "不行\n",
    "沒力\n",
    "沒感覺\n",
    "沒知覺\n",
    "沒辦法\n",
    "沒有辦法\n",
    "沒法\n",
    "沒有力\n",
    "沒有感覺\n",
    "沒有知覺\n",
    "沒事\n",
    "沒關係\n",
    "沒有好\n",
    "沒好\n",
    "沒有改善\n",
    "沒改善\n",
    "沒有好轉\n",
    "沒有消失\n",
    "沒停\n",
    "沒有停\n",
    "無力\n",
    "無法\n",
    "無感\n",
    "無緣無故\n",
    "無故\n",
    "不明原因\n",
    "無明顯原因\n",
    "沒有原因\n",
    "沒來由\n",
    "並不嚴重\n",
    "不嚴重\n",
    "無名指\n",
    "非常\n",
    "睡不著\n",
    "睡不着\n",
    "不著\n",
));

/// Words that end a Chinese negation's scope.
pub(crate) static ZH_BREAKERS: Words =
    Words::new(concat!("但\n", "可是\n", "不過\n", "卻\n", "而是\n", "只是\n", "然後\n", "後來\n", "現在\n"));

/// Characters that, opening a clause, say what the clause before it felt: in 左邊蛋蛋，痛到吐了
/// the pain is the testicle's, so the comma does not split the two.
pub(crate) const ZH_PREDICATE_STARTS: &[char] = &['痛', '麻', '腫', '癢', '痠', '酸'];

/// Words that close a comparison (像被電擊一樣, 像針扎似的).
pub(crate) const ZH_COMPARISON_ENDS: &[&str] = &["一樣", "似的", "一般", "般"];

/// Clause endings that say what the clause names is fine (爬樓梯也沒事, 大小便都正常, 怕光還好).
pub(crate) const ZH_FINE_ENDINGS: &[&str] = &["沒事", "沒問題", "都正常", "正常", "都好", "還好", "還可以"];

/// "All fine" anywhere in a clause (爬山跑步都沒事不會喘): what comes before it is denied.
pub(crate) const ZH_FINE_MIDDLE: &[&str] =
    &["都沒事", "也沒事", "都沒問題", "也沒問題", "都正常", "也正常", "都還好", "也還好"];

/// Activities that may bring a complaint on (爬樓梯、走路不會痛 denies them with the pain).
pub(crate) static ZH_ACTIVITIES: Words = Words::new(concat!(
    "爬樓梯\n",
    "走樓梯\n",
    "上樓梯\n",
    "上樓\n",
    "爬山\n",
    "走路\n",
    "走遠路\n",
    "快走\n",
    "跑步\n",
    "運動\n",
    "搬東西\n",
    "提重物\n",
    "用力\n",
    "騎車\n",
    "游泳\n",
    "打球\n",
    "做家事\n",
    "工作\n",
    "躺下\n",
    "彎腰\n",
    "咳嗽\n",
    "吃東西\n",
    "吞東西\n",
    "喝水\n",
));

/// Endings of a Chinese clause of time (翻身的時候，天旋地轉): what follows the comma happens
/// at that time, so the comma does not split the two.
pub(crate) const ZH_WHEN_ENDS: &[&str] = &["時候", "的時", "之時", "那時"];

/// Words of other places ("其他地方都沒有疹子", "別的地方不會痛"): a denial right after them is
/// about those places, not about the complaint.
pub(crate) const ZH_ELSEWHERE: &[&str] = &["其他地方", "其它地方", "別的地方", "其他部位", "別處", "其他部分"];
