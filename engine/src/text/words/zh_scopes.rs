//! Chinese scope cues: negation, hypothetical and past cues, words that contain a negation
//! character but do not negate, the words that end a scope, comparisons and "all fine" endings.

/// Chinese negation cues, longest first.
pub(crate) const ZH_NEGATION_CUES: &[&str] =
    &["沒有", "並沒有", "否認", "並未", "不會", "不是", "沒", "無", "不", "未", "非"];

/// Chinese cues that make what follows hypothetical.
pub(crate) const ZH_HYPOTHETICAL_CUES: &[&str] = &[
    "如果",
    "萬一",
    "會不會",
    "是不是",
    "是否",
    "預防",
    "以免",
    "擔心會",
    "怕會",
    "擔心是",
    "怕是",
    "懷疑是",
    "以為是",
    "查說是",
    "會是",
    "要不要吃",
    "需不需要吃",
    "需要吃",
    "可以吃",
    "可不可以吃",
    "能不能吃",
    "家族",
    "差點",
    "差一點",
    "險些",
];

/// Times gone by that, right after 如果 or 萬一, make it ask about something that happened.
pub(crate) const ZH_PAST_TIMES: &[&str] =
    &["昨天", "昨晚", "前天", "剛剛", "剛才", "已經", "上禮拜", "上星期", "上週", "今天早上", "早上", "中午"];

/// Chinese cues that put what follows in the past (a history finding is present, a symptom
/// is not current).
pub(crate) const ZH_PAST_CUES: &[&str] = &[
    "上次",
    "上一次",
    "以前曾",
    "之前曾",
    "過去曾",
    "曾經",
    "病史",
    "以前有過",
    "以前有得過",
    "以前得過",
    "之前得過",
    "小時候",
];

/// Chinese words that contain a negation character but do not negate what follows.
pub(crate) const ZH_PSEUDO: &[&str] = &[
    "從來沒這麼",
    "從來沒有這麼",
    "從沒這麼",
    "不小心",
    "未滿",
    "還沒滿",
    "非洲",
    "不自主",
    "不由自主",
    "不舒服",
    "不適",
    "不對稱",
    "不對勁",
    "不停",
    "不斷",
    "不時",
    "不能",
    "不了",
    "不太對",
    "不一定",
    "不少",
    "不知道",
    "不知",
    "不曉得",
    "不確定",
    "不清楚",
    "不起來",
    "不好",
    "不穩",
    "不住",
    "不動",
    "不到",
    "不出",
    "不開",
    "不上",
    "不下",
    "不見",
    "不靈活",
    "不協調",
    "不聽使喚",
    "不正常",
    "不明",
    "不行",
    "沒力",
    "沒感覺",
    "沒知覺",
    "沒辦法",
    "沒有辦法",
    "沒法",
    "沒有力",
    "沒有感覺",
    "沒有知覺",
    "沒事",
    "沒關係",
    "沒有好",
    "沒好",
    "沒有改善",
    "沒改善",
    "沒有好轉",
    "沒有消失",
    "沒停",
    "沒有停",
    "無力",
    "無法",
    "無感",
    "無緣無故",
    "無故",
    "不明原因",
    "無明顯原因",
    "沒有原因",
    "沒來由",
    "並不嚴重",
    "不嚴重",
    "無名指",
    "非常",
    "睡不著",
    "睡不着",
    "不著",
];

/// Words that end a Chinese negation's scope.
pub(crate) const ZH_BREAKERS: &[&str] = &["但", "可是", "不過", "卻", "而是", "只是", "然後", "後來", "現在"];

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
pub(crate) const ZH_ACTIVITIES: &[&str] = &[
    "爬樓梯",
    "走樓梯",
    "上樓梯",
    "上樓",
    "爬山",
    "走路",
    "走遠路",
    "快走",
    "跑步",
    "運動",
    "搬東西",
    "提重物",
    "用力",
    "騎車",
    "游泳",
    "打球",
    "做家事",
    "工作",
    "躺下",
    "彎腰",
    "咳嗽",
    "吃東西",
    "吞東西",
    "喝水",
];

/// Endings of a Chinese clause of time (翻身的時候，天旋地轉): what follows the comma happens
/// at that time, so the comma does not split the two.
pub(crate) const ZH_WHEN_ENDS: &[&str] = &["時候", "的時", "之時", "那時"];

/// Words of other places ("其他地方都沒有疹子", "別的地方不會痛"): a denial right after them is
/// about those places, not about the complaint.
pub(crate) const ZH_ELSEWHERE: &[&str] = &["其他地方", "其它地方", "別的地方", "其他部位", "別處", "其他部分"];
