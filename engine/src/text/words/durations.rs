//! Words of durations: Chinese units and times ago, and the jobs, habits and postures whose
//! length a patient tells beside the complaint's.

/// Words of a job or a habit (working, driving, smoking, married): a duration in the same clause
/// is theirs, not the complaint's ("I've driven a truck for 15 years", 當廚師十五年).
pub(crate) const JOB_CUES: &[&str] = &[
    "work", "worked", "working", "works", "job", "jobs", "shift", "shifts", "career", "employed", "driven", "driving",
    "drove", "smoked", "smoking", "smoker", "married", "retired", "nurse", "teacher", "driver", "chef", "cook",
    "farmer", "builder", "labourer", "laborer", "cashier", "mechanic", "welder", "cleaner",
];

pub(crate) const ZH_JOB_CUES: &[&str] = &[
    "上班",
    "工作",
    "擔任",
    "當兵",
    "開車",
    "計程車",
    "卡車",
    "貨車",
    "抽菸",
    "抽煙",
    "結婚",
    "退休",
    "教書",
    "司機",
    "護士",
    "護理師",
    "廚師",
    "老師",
    "工程師",
    "師傅",
    "店員",
    "做生意",
    "務農",
    "種田",
    "做工",
];

/// Words of a posture or a pastime held for a while (sat, kneeling, scrolling).
pub(crate) const POSTURE_CUES: &[&str] = &[
    "sat",
    "sit",
    "sitting",
    "stood",
    "standing",
    "knelt",
    "kneeling",
    "squatted",
    "squatting",
    "crouched",
    "crouching",
    "lay",
    "lying",
    "waiting",
    "waited",
    "queued",
    "queuing",
    "scrolling",
    "typing",
    "gaming",
    "reading",
];

/// Chinese units of time after a number, in days (三天, 兩個星期, 半年).
pub(crate) const ZH_UNITS: &[(&str, f64)] = &[
    ("分鐘", 1.0 / 1440.0),
    ("小時", 1.0 / 24.0),
    ("鐘頭", 1.0 / 24.0),
    ("星期", 7.0),
    ("禮拜", 7.0),
    ("秒", 1.0 / 86400.0),
    ("天", 1.0),
    ("日", 1.0),
    ("晚", 1.0),
    // Taiwanese: 三工 is three days (not 工作, 工人, 工廠).
    ("工", 1.0),
    ("週", 7.0),
    ("周", 7.0),
    ("月", 30.0),
    ("年", 365.0),
];

/// Chinese words of a time ago, in days (昨天, 上個月, 好幾年).
pub(crate) const ZH_TIMES_AGO: &[(&str, f64)] = &[
    ("昨天", 1.0),
    ("昨晚", 0.5),
    ("昨日", 1.0),
    ("前天", 2.0),
    ("前幾天", 4.0),
    ("今天", 0.3),
    ("今早", 0.3),
    ("今天早上", 0.3),
    ("早上起來", 0.3),
    ("剛剛", 0.01),
    ("剛才", 0.01),
    ("上週", 7.0),
    ("上周", 7.0),
    ("上星期", 7.0),
    ("上禮拜", 7.0),
    ("上個月", 30.0),
    ("去年", 365.0),
    ("這幾天", 3.0),
    ("這兩天", 2.0),
    ("最近幾天", 3.0),
    ("好幾天", 5.0),
    ("好幾個月", 120.0),
    ("最近幾個月", 90.0),
    ("這幾個月", 90.0),
    ("近幾個月", 90.0),
    ("這幾個禮拜", 21.0),
    ("最近幾個禮拜", 21.0),
    ("這幾週", 21.0),
    ("最近幾週", 21.0),
    ("好幾年", 1500.0),
    ("多年", 1500.0),
    ("從小", 3650.0),
    ("一陣子", 30.0),
];

/// Chinese words of a child whose age in months or weeks (寶寶6個月, 18個月的兒子) is no duration.
pub(crate) const ZH_KIDS: &[&str] = &[
    "寶寶", "嬰兒", "兒子", "女兒", "孩子", "小孩", "北鼻", "孫子", "孫女", "寶貝", "男嬰", "女嬰", "男寶", "女寶",
    "小寶",
];

/// Months that "since" may name ("since august"); "may" and "march" are read apart.
pub(crate) const MONTHS: &[&str] =
    &["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"];

/// Times said without a count that say no time ago (最近, 早上, 常常): with [`ZH_TIMES_AGO`] and
/// a count of [`ZH_UNITS`], the times the phrase window does not count.
pub(crate) const ZH_TIME_WORDS: &[&str] =
    &["最近", "這陣子", "每天", "天天", "早上", "晚上", "半夜", "白天", "常常", "有時候"];
