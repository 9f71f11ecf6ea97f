//! Unit tests of the modifiers, age and sex read from English and Chinese sentences.

#[test]
fn decimals_are_plain_digits_with_one_point() {
    for (s, want) in
        [("3", Some(3.0)), ("2.5", Some(2.5)), (".5", Some(0.5)), ("10.", Some(10.0)), ("0.25", Some(0.25))]
    {
        assert_eq!(super::decimal(s), want, "{s}");
    }
    for s in ["", ".", "nan", "inf", "infinity", "1e3", "-2", "+2", "1.2.3", "3天"] {
        assert_eq!(super::decimal(s), None, "{s}");
    }
}

use super::*;
use crate::schema::Sex;
use crate::text::normalize::normalize;
use crate::text::tokens::split_sentences;

fn dur(s: &str) -> Option<f64> {
    let mut m = Modifiers::default();
    for s in split_sentences(&normalize(s)) {
        m.merge(&read_modifiers(&s));
    }
    // Rounded so that tests compare days without float noise.
    m.duration_days.map(|d| (d * 1e6).round() / 1e6)
}

fn days(d: f64) -> Option<f64> {
    Some((d * 1e6).round() / 1e6)
}

#[test]
fn english_durations() {
    assert_eq!(dur("for several days"), Some(4.0));
    assert_eq!(dur("for the past two months"), Some(60.0));
    assert_eq!(dur("since yesterday"), Some(1.0));
    assert_eq!(dur("first leg day in like 2 years yesterday"), Some(1.0));
    assert_eq!(dur("37+2 weeks w my second, since yesterday"), Some(1.0));
    assert_eq!(dur("for over six months"), Some(180.0));
    assert_eq!(dur("Ten minutes ago his face drooped"), days(10.0 / 1440.0));
    assert_eq!(dur("a couple of weeks"), Some(14.0));
    assert_eq!(dur("I am a 45 year old woman"), None);
    assert_eq!(dur("School nurse note. 8 y/o F fell from the frame"), None);
    assert_eq!(dur("8y/o F, fell"), None);
    assert_eq!(dur("Cough x4/52 after a cold"), Some(28.0));
    assert_eq!(dur("sore throat 2/52"), Some(14.0));
    assert_eq!(dur("BP 86/52"), None);
    assert_eq!(dur("BP 86/52, HR 122"), None);
    assert_eq!(dur("D&V x3/7"), Some(3.0));
    assert_eq!(dur("seen on 3/12 for a rash"), None);
    assert_eq!(dur("it happens twice a day"), None);
    assert_eq!(dur("for 3-4 days"), Some(4.0));
    assert_eq!(dur("half a year"), Some(182.5));
}

#[test]
fn chinese_durations() {
    assert_eq!(dur("三四天了"), Some(4.0));
    assert_eq!(dur("已經半年"), Some(182.5));
    assert_eq!(dur("大概二十分鐘前開始的"), days(20.0 / 1440.0));
    assert_eq!(dur("兩個月"), Some(60.0));
    assert_eq!(dur("這兩個多月心情很低落"), Some(60.0));
    assert_eq!(dur("一天三次"), None);
    assert_eq!(dur("這幾天"), Some(3.0));
    assert_eq!(dur("2020年1月31日"), None);
    assert_eq!(dur("2個月男嬰發燒"), None);
    assert_eq!(dur("我孫女一歲兩個月，昨天開始吐"), Some(1.0));
    assert_eq!(dur("生完第三週"), None);
    assert_eq!(dur("兩年前有一次眼睛看不清楚"), None);
}

fn demo(s: &str) -> Demographics {
    read_demographics(&split_sentences(&normalize(s)))
}

#[test]
fn age_and_sex() {
    assert_eq!(demo("40~49 year old female").age, Some(44));
    let d = demo("my 12-year-old son has a twitch");
    assert_eq!((d.age, d.sex, d.about_someone_else), (Some(12), Some(Sex::Male), true));
    assert_eq!(demo("I'm a 30 year old woman").sex, Some(Sex::Female));
    let d = demo("my dad's hands tingle");
    assert_eq!((d.sex, d.about_someone_else), (Some(Sex::Male), true));
    let d = demo("我爸爸突然右手沒力");
    assert_eq!((d.sex, d.about_someone_else), (Some(Sex::Male), true));
    assert_eq!(demo("我今年四十多歲").age, Some(45));
    // A relative the writer speaks to is not the one the message is about.
    let d = demo("23歲男生，尿尿很痛，不敢跟女朋友講");
    assert_eq!((d.sex, d.about_someone_else), (Some(Sex::Male), false));
}

#[test]
fn only_a_grandparent_word_says_elderly() {
    assert_eq!(demo("my grandma keeps falling over").age, Some(75));
    assert_eq!(demo("my granny is confused").age, Some(75));
    for young in ["my daughter has a rash", "my brother has a headache", "my sister fainted"] {
        assert_eq!(demo(young).age, None, "{young}");
    }
}

#[test]
fn onset_side_frequency_progression() {
    let m = read_modifiers(&split_sentences(&normalize("Suddenly my left arm went weak and it is getting worse"))[0]);
    assert_eq!(m.onset, Some(Onset::Sudden));
    assert!(m.sides.left && m.sides.is_one_sided());
    assert!(m.progressing);
    let m = read_modifiers(&split_sentences(&normalize("these do not occur every day and are not continuous"))[0]);
    assert_eq!(m.frequency, Some(Frequency::Intermittent));
    let m = read_modifiers(&split_sentences(&normalize("兩手手掌會麻麻的，偶爾"))[0]);
    assert!(m.sides.is_both());
    assert_eq!(m.frequency, Some(Frequency::Intermittent));
    let m = read_modifiers(&split_sentences(&normalize("it is worse at night"))[0]);
    assert!(!m.progressing);
    // 一直 is "all the time" for a pain, "again and again" for a twitch.
    let freq = |text: &str| read_modifiers(&split_sentences(&normalize(text))[0]).frequency;
    assert_eq!(freq("頭一直痛"), Some(Frequency::Constant));
    assert_eq!(freq("眼皮一直跳"), None);
    assert_eq!(freq("嘴角一直抽"), None);
}

#[test]
fn ones_legs_or_feet_in_the_plural_are_both_sides() {
    let sides = |text: &str| read_modifiers(&split_sentences(&normalize(text))[0]).sides;
    assert!(sides("my legs are weak and my back hurts").is_both());
    assert!(sides("I suddenly can't feel my feet").is_both());
    assert!(!sides("no numbness between my legs").is_both());
    assert!(!sides("I sit with my legs crossed").is_both());
    assert!(!sides("my leg is weak").is_both());
    // "either" is both only of sides; otherwise it means "too".
    assert!(sides("numbness on either side of my face").is_both());
    assert!(!sides("I can't raise my right eyebrow either").is_both());
    // "both" that stands for two things named on one side is not both sides.
    assert!(!sides("the left corner of my mouth and my left hand both went numb").is_both());
    assert!(sides("my hands both went numb").is_both());
    // "left" a verb and "right" an adverb are no side.
    assert!(sides("the boots left a red mark right over that spot").is_empty());
    assert!(sides("knocking the funny bone sends zings right down to the pinky").is_empty());
    assert!(sides("the pain is right behind my eye").is_empty());
    assert!(sides("my right hand went numb").right);
}

#[test]
fn a_side_said_to_be_unaffected_is_not_a_side_of_the_complaint() {
    let sides = |text: &str| read_modifiers(&split_sentences(&normalize(text))[0]).sides;
    let s = sides("走路左腳尖抬不太起來，腰不會痛，右腳正常");
    assert!(s.left && !s.right && s.is_one_sided());
    let s = sides("只有右手麻，左手都正常");
    assert!(s.right && !s.left);
    let s = sides("my left foot is numb and the right one is fine");
    assert!(s.left && !s.right);
    let s = sides("my right hand is numb and my left hand is weak");
    assert!(s.left && s.right);
}

#[test]
fn the_last_time_and_how_soon_it_clears_are_not_how_long_it_has_lasted() {
    // "first … since" dates the last time something happened.
    assert_eq!(dur("sunburnt today, the first sunny day since april"), Some(0.3));
    assert_eq!(dur("first time at the gym since lockdown (so like 5 years lol), sore since monday"), None);
    // How soon it usually clears, in English and in Chinese.
    assert_eq!(dur("it usually clears up in a week or two, this one started yesterday"), Some(1.0));
    assert_eq!(dur("嘴破五天了，以前大概一兩週就好"), Some(5.0));
    assert_eq!(dur("大概三天左右就會好"), None);
    // With 了 it is how long this episode lasted, which counts.
    assert_eq!(dur("站起來腳麻，過幾分鐘就好了"), dur("站起來腳麻，過幾分鐘"));
    assert!(dur("站起來腳麻，過幾分鐘就好了").is_some());
    // A month named a few words after "since" is still the start.
    assert_eq!(dur("felt flat since my nan died in august"), Some(60.0));
}

#[test]
fn a_chinese_worse_after_a_trigger_is_not_worse_over_time() {
    use super::progressing::zh_progressing;
    assert!(!zh_progressing("低頭看帳本及頭向右後仰時加劇"));
    assert!(!zh_progressing("一動就加重"));
    assert!(zh_progressing("近2天右側加劇"));
    assert!(zh_progressing("後來就越來越麻"));
}
