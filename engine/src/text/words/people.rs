//! Words of people: relatives and others whose story a patient tells, in English and Chinese,
//! and the words that say a patient's own sex or school age.

/// People other than relatives ([`MALE_RELATIVES`], [`FEMALE_RELATIVES`]) whose story a patient
/// tells beside their own.
pub(crate) const NOT_KIN: &[&str] =
    &["cousin", "nan", "friend", "neighbour", "neighbor", "colleague", "boss", "partner"];

/// Male relatives.
pub(crate) const MALE_RELATIVES: &[&str] = &[
    "husband",
    "father",
    "dad",
    "daddy",
    "son",
    "brother",
    "grandfather",
    "grandpa",
    "boyfriend",
    "uncle",
    "nephew",
    "grandson",
    "stepson",
    "stepfather",
];

/// Female relatives.
pub(crate) const FEMALE_RELATIVES: &[&str] = &[
    "wife",
    "mother",
    "mom",
    "mum",
    "mommy",
    "daughter",
    "sister",
    "grandmother",
    "grandma",
    "granny",
    "girlfriend",
    "aunt",
    "niece",
    "granddaughter",
    "stepdaughter",
    "stepmother",
];

/// Relatives whose word alone says the patient is old: a message about "my grandma" with no age
/// is read as an elderly patient's.
pub(crate) const ELDERLY_RELATIVES: &[&str] =
    &["grandfather", "grandpa", "granddad", "grandad", "grandmother", "grandma", "granny", "nana"];

/// Chinese words of a male relative (爸爸, 老公, 兒子).
pub(crate) const ZH_MALE_RELATIVES: &[&str] = &[
    "爸爸",
    "我爸",
    "父親",
    "老爸",
    "老公",
    "先生",
    "丈夫",
    "兒子",
    "哥哥",
    "弟弟",
    "爺爺",
    "外公",
    "阿公",
    "男友",
    "男朋友",
    "公公",
    "岳父",
];

/// Chinese words of a female relative (媽媽, 老婆, 女兒).
pub(crate) const ZH_FEMALE_RELATIVES: &[&str] = &[
    "媽媽",
    "我媽",
    "母親",
    "老媽",
    "老婆",
    "太太",
    "妻子",
    "女兒",
    "姊姊",
    "姐姐",
    "妹妹",
    "奶奶",
    "外婆",
    "阿嬤",
    "女友",
    "女朋友",
    "婆婆",
    "岳母",
];

/// Chinese words after a relative that say the relative reports for the writer (男友說, 老公叫我).
pub(crate) const ZH_REPORTS: &[&str] =
    &["說", "叫我", "覺得", "認為", "要我", "陪我", "帶我", "載我", "問我", "建議", "以為", "笑我", "擔心我", "幫我"];

/// Chinese words of a grandparent: the patient is elderly.
pub(crate) const ZH_GRANDPARENTS: &[&str] = &["爺爺", "外公", "阿公", "奶奶", "外婆", "阿嬤"];

/// Chinese words that say the patient is a woman or a girl.
pub(crate) const ZH_FEMALE: &[&str] = &["女生", "女性", "歲女", "懷孕", "孕婦"];

/// Chinese words that say the patient is a man or a boy.
pub(crate) const ZH_MALE: &[&str] = &["男生", "男性", "歲男"];

/// Chinese school years with the age they stand for.
pub(crate) const ZH_SCHOOL_AGES: &[(&str, u32)] =
    &[("國小", 9), ("小學", 9), ("國中", 14), ("高中", 17), ("大學生", 20)];
