//! Words of people: relatives and others whose story a patient tells, in English and Chinese,
//! and the words that say a patient's own sex or school age.

use crate::text::table::Words;

/// People other than relatives ([`MALE_RELATIVES`], [`FEMALE_RELATIVES`]) whose story a patient
/// tells beside their own.
pub(crate) const NOT_KIN: &[&str] =
    &["cousin", "nan", "friend", "neighbour", "neighbor", "colleague", "boss", "partner"];

/// Male relatives.
pub(crate) static MALE_RELATIVES: Words = Words::new(concat!(
    "husband\n",
    "father\n",
    "dad\n",
    "daddy\n",
    "son\n",
    "brother\n",
    "grandfather\n",
    "grandpa\n",
    "boyfriend\n",
    "uncle\n",
    "nephew\n",
    "grandson\n",
    "stepson\n",
    "stepfather\n",
));

/// Female relatives.
pub(crate) static FEMALE_RELATIVES: Words = Words::new(concat!(
    "wife\n",
    "mother\n",
    "mom\n",
    "mum\n",
    "mommy\n",
    "daughter\n",
    "sister\n",
    "grandmother\n",
    "grandma\n",
    "granny\n",
    "girlfriend\n",
    "aunt\n",
    "niece\n",
    "granddaughter\n",
    "stepdaughter\n",
    "stepmother\n",
));

/// Relatives whose word alone says the patient is old: a message about "my grandma" with no age
/// is read as an elderly patient's.
pub(crate) const ELDERLY_RELATIVES: &[&str] =
    &["grandfather", "grandpa", "granddad", "grandad", "grandmother", "grandma", "granny", "nana"];

/// Chinese words of a male relative (爸爸, 老公, 兒子).
pub(crate) static ZH_MALE_RELATIVES: Words = Words::new(concat!(
    "爸爸\n",
    "我爸\n",
    "父親\n",
    "老爸\n",
    "老公\n",
    "先生\n",
    "丈夫\n",
    "兒子\n",
    "哥哥\n",
    "弟弟\n",
    "爺爺\n",
    "外公\n",
    "阿公\n",
    "男友\n",
    "男朋友\n",
    "公公\n",
    "岳父\n",
));

/// Chinese words of a female relative (媽媽, 老婆, 女兒).
pub(crate) static ZH_FEMALE_RELATIVES: Words = Words::new(concat!(
    "媽媽\n",
    "我媽\n",
    "母親\n",
    "老媽\n",
    "老婆\n",
    "太太\n",
    "妻子\n",
    "女兒\n",
    "姊姊\n",
    "姐姐\n",
    "妹妹\n",
    "奶奶\n",
    "外婆\n",
    "阿嬤\n",
    "女友\n",
    "女朋友\n",
    "婆婆\n",
    "岳母\n",
));

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
