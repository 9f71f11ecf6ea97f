//! Words of durations: Chinese units and times ago, and the jobs, habits and postures whose
//! length a patient tells beside the complaint's.

use crate::text::table::Words;

/// Words of a job or a habit (working, driving, smoking, married): a duration in the same clause
/// is theirs, not the complaint's ("I've driven a truck for 15 years", 當廚師十五年).
pub(crate) static JOB_CUES: Words = Words::new(concat!(
    "work\n",
    "worked\n",
    "working\n",
    "works\n",
    "job\n",
    "jobs\n",
    "shift\n",
    "shifts\n",
    "career\n",
    "employed\n",
    "driven\n",
    "driving\n",
    "drove\n",
    "smoked\n",
    "smoking\n",
    "smoker\n",
    "married\n",
    "retired\n",
    "nurse\n",
    "teacher\n",
    "driver\n",
    "chef\n",
    "cook\n",
    "farmer\n",
    "builder\n",
    "labourer\n",
    "laborer\n",
    "cashier\n",
    "mechanic\n",
    "welder\n",
    "cleaner\n",
));

pub(crate) static ZH_JOB_CUES: Words = Words::new(concat!(
    "上班\n",
    "工作\n",
    "擔任\n",
    "當兵\n",
    "開車\n",
    "計程車\n",
    "卡車\n",
    "貨車\n",
    "抽菸\n",
    "抽煙\n",
    "結婚\n",
    "退休\n",
    "教書\n",
    "司機\n",
    "護士\n",
    "護理師\n",
    "廚師\n",
    "老師\n",
    "工程師\n",
    "師傅\n",
    "店員\n",
    "做生意\n",
    "務農\n",
    "種田\n",
    "做工\n",
));

/// Words of a posture or a pastime held for a while (sat, kneeling, scrolling).
pub(crate) static POSTURE_CUES: Words = Words::new(concat!(
    "sat\n",
    "sit\n",
    "sitting\n",
    "stood\n",
    "standing\n",
    "knelt\n",
    "kneeling\n",
    "squatted\n",
    "squatting\n",
    "crouched\n",
    "crouching\n",
    "lay\n",
    "lying\n",
    "waiting\n",
    "waited\n",
    "queued\n",
    "queuing\n",
    "scrolling\n",
    "typing\n",
    "gaming\n",
    "reading\n",
));

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
pub(crate) static ZH_KIDS: Words = Words::new(concat!(
    "寶寶\n", "嬰兒\n", "兒子\n", "女兒\n", "孩子\n", "小孩\n", "北鼻\n", "孫子\n", "孫女\n", "寶貝\n", "男嬰\n",
    "女嬰\n", "男寶\n", "女寶\n", "小寶\n",
));

/// Months that "since" may name ("since august"); "may" and "march" are read apart.
pub(crate) const MONTHS: &[&str] =
    &["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"];

/// Times said without a count that say no time ago (最近, 早上, 常常): with [`ZH_TIMES_AGO`] and
/// a count of [`ZH_UNITS`], the times the phrase window does not count.
pub(crate) const ZH_TIME_WORDS: &[&str] =
    &["最近", "這陣子", "每天", "天天", "早上", "晚上", "半夜", "白天", "常常", "有時候"];
