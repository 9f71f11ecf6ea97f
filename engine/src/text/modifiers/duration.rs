//! How long the complaint has lasted, in days, from English and Chinese: numbers with units,
//! a note's fractions, relative times ("yesterday", 上個月), leaving out the times of someone
//! else's illness, a job, a habit, a pregnancy or a child's age.

use super::numbers::{decimal, number_word, split_attached, unit_days, zh_digit, zh_number};
use super::runs::seq_at;
use crate::text::tokens::{Polarity, Token};
use crate::text::words::durations::{JOB_CUES, MONTHS, POSTURE_CUES, ZH_JOB_CUES, ZH_KIDS, ZH_TIMES_AGO, ZH_UNITS};
use crate::text::words::people::{FEMALE_RELATIVES, MALE_RELATIVES, NOT_KIN};

/// A note's fraction of a year, week or day: "x4/52" and "4/52" are four weeks, "x3/7" three
/// days, "x2/12" two months. Without the "x" (or a "for" before it) only "/52" is read: "3/12"
/// and "5/7" are also dates. The count is below the whole ("86/52" is a blood pressure).
fn note_fraction(t: &[Token], i: usize) -> Option<f64> {
    let w = t[i].raw.as_str();
    let times = w.starts_with('x');
    let digits = w.trim_start_matches('x');
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let next = t.get(i + 1).filter(|x| x.after_comma)?;
    let led = times || i > 0 && matches!(t[i - 1].raw.as_str(), "for" | "x" | "past" | "last" | "over");
    let (per, whole) = match next.raw.as_str() {
        "52" => (7.0, 52.0),
        "12" if led => (30.0, 12.0),
        "7" if led => (1.0, 7.0),
        _ => return None,
    };
    // A part of the whole: "86/52" is a blood pressure, not 86 weeks.
    decimal(digits).filter(|n| *n < whole).map(|n| n * per)
}

/// True when the number at `i` counts a gap since something last happened, not how long the
/// complaint has lasted: "my first leg day in like 2 years", "haven't had one in 5 years", "the
/// first time since lockdown (so like 5 years)".
fn gap_since(t: &[Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(t[k - 1].raw.as_str(), "like" | "about" | "over" | "nearly" | "almost" | "roughly" | "so") {
        k -= 1;
    }
    k > 0
        && t[k - 1].raw == "in"
        && t[k.saturating_sub(8)..k - 1]
            .iter()
            .any(|x| matches!(x.raw.as_str(), "first" | "haven't" | "havent" | "hadn't" | "not" | "never"))
        || first_since(t, k)
}

/// True when "first … since" comes in the ten words before token `i`: "the first sunny day
/// since april", "first time at the gym since lockdown": what follows dates the last time
/// something happened, not the complaint.
fn first_since(t: &[Token], i: usize) -> bool {
    let before = &t[i.saturating_sub(10)..i];
    before.iter().position(|x| x.raw == "first").is_some_and(|p| before[p..].iter().any(|x| x.raw == "since"))
}

/// True when the number at `i` is how soon the complaint usually clears, not how long it has
/// lasted: "it usually clears up in a week or two", "goes away within a few days", "heals after
/// 10 days".
fn clears_in(t: &[Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(t[k - 1].raw.as_str(), "like" | "about" | "a" | "an" | "around" | "roughly" | "maybe") {
        k -= 1;
    }
    k > 0
        && matches!(t[k - 1].raw.as_str(), "in" | "within" | "after")
        && t[k.saturating_sub(5)..k - 1].iter().any(|x| {
            matches!(
                x.raw.as_str(),
                "clears"
                    | "cleared"
                    | "clear"
                    | "heals"
                    | "healed"
                    | "heal"
                    | "settles"
                    | "settled"
                    | "settle"
                    | "fades"
                    | "faded"
                    | "disappears"
                    | "disappeared"
                    | "resolves"
                    | "resolved"
                    | "away"
            )
        })
}

/// Durations in days mentioned in English; the longest wins.
pub fn english_duration(t: &[Token]) -> Option<f64> {
    let mut best: Option<f64> = None;
    let mut put = |d: f64| best = Some(best.map_or(d, |b: f64| b.max(d)));
    let n = t.len();
    for i in 0..n {
        let w = t[i].raw.as_str();
        // "i had a heart attack 10 years ago": a past event's time is not the complaint's; nor is
        // a relative's ("my sister had bell's palsy last year").
        if t[i].polarity == Polarity::Past || of_someone_else(t, i) {
            continue;
        }
        if let Some(days) = note_fraction(t, i) {
            put(days);
            continue;
        }
        if let Some((num, unit)) = split_attached(w) {
            if t.get(i + 1).is_none_or(|x| x.raw != "old" && !(x.raw == "o" && w.ends_with('y'))) {
                put(num * unit);
            }
            continue;
        }
        if let Some(mut num) = number_word(w) {
            // Frequencies ("twice a day", "3 times a week", "once a month") are not durations.
            if matches!(w, "a" | "an" | "one")
                && i > 0
                && matches!(t[i - 1].raw.as_str(), "once" | "twice" | "times" | "every" | "per" | "each" | "one")
            {
                continue;
            }
            if matches!(w, "a" | "an") && i > 0 && t[i - 1].raw == "half" {
                continue;
            }
            let mut j = i + 1;
            // "a few", "a couple of", "two or three", "3-4", "half a"
            if matches!(w, "a" | "an")
                && t.get(j).is_some_and(|x| matches!(x.raw.as_str(), "few" | "couple" | "several"))
            {
                num = number_word(&t[j].raw).unwrap_or(num);
                j += 1;
            }
            if w == "half" && t.get(j).is_some_and(|x| matches!(x.raw.as_str(), "a" | "an")) {
                j += 1;
            }
            if t.get(j).is_some_and(|x| matches!(x.raw.as_str(), "or" | "to" | "and")) {
                if let Some(m) = t.get(j + 1).and_then(|x| number_word(&x.raw)) {
                    if t.get(j + 2).is_some_and(|x| unit_days(&x.raw).is_some()) {
                        num = num.max(m);
                        j += 2;
                    }
                }
            } else if let Some(m) = t
                .get(j)
                .and_then(|x| number_word(&x.raw))
                .filter(|&m| t[j].after_comma && decimal(w).is_some() && m > num)
            {
                // "3-4 days", "40~49" (a range rises: "86/52" is no range)
                num = num.max(m);
                j += 1;
            }
            if t.get(j).is_some_and(|x| matches!(x.raw.as_str(), "of" | "more" | "whole" | "full")) {
                j += 1;
            }
            // A unit after a comma belongs to what follows ("BP 86/52, HR 122": a heart rate).
            if let Some(u) = t.get(j).filter(|x| !x.after_comma).and_then(|x| unit_days(&x.raw)) {
                // "28 weeks pregnant", "6 months along", "at 30 weeks": a pregnancy, not how
                // long the complaint has lasted.
                let pregnancy = t.get(j + 1).is_some_and(|x| {
                    matches!(
                        x.raw.as_str(),
                        "pregnant" | "pregnancy" | "along" | "gestation" | "gestational" | "postpartum"
                    )
                }) || i > 0 && matches!(t[i - 1].raw.as_str(), "at") && u >= 7.0
                    // "37+2 weeks": a gestation's weeks and days, the days after a number.
                    || u >= 7.0 && i > 0 && !t[i].after_comma && decimal(&t[i - 1].raw).is_some()
                    // "36 weeks with my first", "20 weeks w twins"
                    || u >= 7.0
                        && t.get(j + 1).is_some_and(|x| matches!(x.raw.as_str(), "with" | "w"))
                        && t.iter().skip(j + 2).take(3).any(|x| {
                            matches!(x.raw.as_str(), "first" | "second" | "third" | "twins" | "baby" | "bump")
                        })
                    // "im 34 weeks and ...": a person who is a number of weeks (the vital-sign
                    // reader takes it as the pregnancy's weeks).
                    || u == 7.0
                        && num >= 12.0
                        && i > 0
                        && matches!(t[i - 1].raw.as_str(), "i'm" | "im" | "am" | "she's" | "shes" | "is")
                        && t.get(j + 1).is_none_or(|x| {
                            !matches!(x.raw.as_str(), "post" | "into" | "after" | "since" | "out" | "ago" | "of")
                        });
                if pregnancy {
                    continue;
                }
                // "45 year old", and a note's "8 y/o".
                let is_age = t.get(j + 1).is_some_and(|x| x.raw == "old" || x.raw == "o" && t[j].raw == "y");
                let plain_day = matches!(w, "a" | "an" | "one")
                    && t.get(j).is_some_and(|x| x.raw == "day")
                    && !(i > 0
                        && matches!(
                            t[i - 1].raw.as_str(),
                            "for" | "about" | "over" | "past" | "last" | "nearly" | "almost"
                        ));
                if !(is_age
                    || gap_since(t, i)
                    || clears_in(t, i)
                    || plain_day
                    || w == "few" && i > 0 && t[i - 1].raw == "every"
                    || num * u >= JOB_YEARS_DAYS && job_time(t, i))
                {
                    put(num * u);
                }
            }
            continue;
        }
        // "for days", "for weeks", "for months", "for years"
        if matches!(w, "for" | "many" | "past") {
            if let Some(x) = t.get(i + 1) {
                let d = match x.raw.as_str() {
                    "days" => Some(3.0),
                    "weeks" => Some(14.0),
                    "months" => Some(60.0),
                    "years" | "ages" => Some(730.0),
                    _ => None,
                };
                // "Sat on the toilet scrolling for ages": the length of a sitting, not of the complaint.
                let a_while = x.raw == "ages" && posture_time(t, i);
                if let Some(d) = d.filter(|&d| (d < JOB_YEARS_DAYS || !job_time(t, i)) && !a_while) {
                    put(d);
                }
            }
        }
        let rel = match w {
            "yesterday" => Some(1.0),
            "today" | "tonight" => Some(0.3),
            "overnight" => Some(0.5),
            _ => None,
        };
        if let Some(d) = rel {
            put(d);
        }
        if seq_at(t, i, &["last", "night"])
            || seq_at(t, i, &["this", "morning"])
            || seq_at(t, i, &["this", "afternoon"])
            || seq_at(t, i, &["this", "evening"])
        {
            put(0.5);
        }
        if seq_at(t, i, &["last", "week"]) || seq_at(t, i, &["last", "weekend"]) {
            put(7.0);
        }
        if seq_at(t, i, &["last", "month"]) {
            put(30.0);
        }
        if seq_at(t, i, &["last", "year"]) {
            put(365.0);
        }
        if seq_at(t, i, &["the", "other", "day"]) {
            put(3.0);
        }
        if seq_at(t, i, &["just", "now"]) || seq_at(t, i, &["right", "now"]) && i > 0 && t[i - 1].raw == "started" {
            put(0.01);
        }
        // "since the summer", "since christmas", "since about august": a season, a holiday or a
        // month ago, about two months.
        if w == "since" && (since_season(t, i + 1) || since_month(t, i + 1)) && !first_since(t, i + 1) {
            put(60.0);
        }
        if seq_at(t, i, &["since", "childhood"])
            || seq_at(t, i, &["since", "i", "was", "a", "child"])
            || seq_at(t, i, &["whole", "life"])
        {
            put(3650.0);
        }
    }
    best
}

/// True for a word naming someone other than the patient ("sister", "sister's", "friend").
fn is_other_person(word: &str) -> bool {
    let w = word.trim_end_matches("'s");
    MALE_RELATIVES.contains(w) || FEMALE_RELATIVES.contains(w) || NOT_KIN.contains(&w)
}

/// True when token `i` tells the time of someone else's past illness: "my/his/her/our" and a
/// relative before it in the clause, who "had" it ("my sister had bell's palsy last year"), with
/// no "i" or "me" between them. A relative whose complaint the message is about ("my dad's arm
/// has been weak for 3 days", "my mum has had a headache for a week") keeps the time.
fn of_someone_else(t: &[Token], i: usize) -> bool {
    let clause = t[i].clause;
    let had = (i.saturating_sub(12)..i).any(|j| {
        t[j].clause == clause && t[j].raw == "had" && (j == 0 || !matches!(t[j - 1].raw.as_str(), "has" | "have"))
    });
    if !had {
        return false;
    }
    let mut j = i;
    while j > 0 && t[j - 1].clause == clause && i - j < 12 {
        j -= 1;
        let w = t[j].raw.as_str();
        // The patient's own: "i", "me", or "my" before something that is not a relative.
        let mine = w == "my" && t.get(j + 1).is_none_or(|x| !is_other_person(&x.raw));
        // A relative who reports ("my mum says", "my wife noticed") tells the patient's story.
        let reports = matches!(w, "says" | "said" | "thinks" | "noticed" | "told" | "reckons" | "saw");
        if mine || reports || matches!(w, "i" | "me" | "i'm" | "im" | "i've" | "ive") {
            return false;
        }
        let owned = j > 0 && matches!(t[j - 1].raw.as_str(), "my" | "his" | "her" | "our" | "their");
        if owned && is_other_person(w) {
            return true;
        }
    }
    false
}

/// True when a season or a holiday is named within eight words after `i`, in the same clause
/// ("the summer", "last christmas", "the divorce went through in the summer").
fn since_season(t: &[Token], i: usize) -> bool {
    let Some(clause) = t.get(i).map(|x| x.clause) else { return false };
    t.iter()
        .skip(i)
        .take(9)
        .take_while(|x| x.clause == clause)
        .any(|x| matches!(x.raw.as_str(), "summer" | "winter" | "spring" | "autumn" | "christmas" | "easter" | "xmas"))
}

/// True when a month is named within the six words from token `i`, in the same clause ("since
/// about august", "since my nan died in august"); "may" and "march", which are also verbs, only
/// right after "since".
fn since_month(t: &[Token], i: usize) -> bool {
    let Some(clause) = t.get(i).map(|x| x.clause) else { return false };
    t.get(i).is_some_and(|x| matches!(x.raw.as_str(), "may" | "march"))
        || t.iter().skip(i).take(6).take_while(|x| x.clause == clause).any(|x| MONTHS.contains(&x.raw.as_str()))
}

/// The shortest duration read as a job's or a habit's when one is named beside it: half a year
/// (a complaint at work "for 3 weeks" stays the complaint's).
const JOB_YEARS_DAYS: f64 = 180.0;

/// True when a job or habit word ([`JOB_CUES`]) is in the same clause as token `i`, within eight
/// words of it.
fn job_time(t: &[Token], i: usize) -> bool {
    let clause = t[i].clause;
    let near = t.iter().enumerate().filter(|(j, x)| x.clause == clause && j.abs_diff(i) <= 8);
    near.into_iter().any(|(_, x)| JOB_CUES.contains(x.raw.as_str()))
}

/// True when a posture or pastime word ([`POSTURE_CUES`]) is in the same clause as token `i`,
/// within six words before it.
fn posture_time(t: &[Token], i: usize) -> bool {
    let clause = t[i].clause;
    t[i.saturating_sub(6)..i].iter().any(|x| x.clause == clause && POSTURE_CUES.contains(x.raw.as_str()))
}

fn zh_unit(c: &[char], j: usize) -> Option<(f64, usize)> {
    let at = |k: usize, s: &str| s.chars().enumerate().all(|(o, ch)| c.get(k + o) == Some(&ch));
    let mut k = j;
    if c.get(k) == Some(&'多') {
        k += 1;
    }
    if c.get(k) == Some(&'個') {
        k += 1;
        // 兩個多月: a little over two months.
        if c.get(k) == Some(&'多') {
            k += 1;
        }
    }
    for &(w, d) in ZH_UNITS {
        if at(k, w) && !(w == "工" && c.get(k + 1).is_some_and(|x| "作人廠具程資".contains(*x))) {
            return Some((d, k + w.chars().count()));
        }
    }
    None
}

/// Durations in days mentioned in a Chinese clause; the longest wins.
pub fn zh_duration(c: &[char]) -> Option<f64> {
    let s: String = c.iter().collect();
    // 在便利商店上班站了八年, 當廚師十五年: years of a job or a habit are not the complaint's.
    let job = ZH_JOB_CUES.iter().any(|w| s.contains(w));
    let mut best: Option<f64> = None;
    let mut put = |d: f64| {
        if !(job && d >= JOB_YEARS_DAYS) {
            best = Some(best.map_or(d, |b: f64| b.max(d)));
        }
    };
    let mut i = 0;
    while i < c.len() {
        let prev = if i > 0 { c[i - 1] } else { ' ' };
        if let Some((num, j)) = zh_number(c, i) {
            if let Some((unit, k)) = zh_unit(c, j) {
                let per = matches!(prev, '每' | '一' | '隔');
                let date = unit == 30.0
                    && c.get(k).is_some_and(|x| x.is_ascii_digit() || zh_digit(*x).is_some() || *x == '十');
                let day_of_month = (unit == 1.0) && i >= 2 && c[..i].iter().rev().take(4).any(|x| *x == '月');
                let calendar_year = unit == 365.0 && num >= 100.0;
                // 懷孕 28 週, 孕 30 週, 懷孕五個月: the pregnancy, not the complaint;
                let before: String = c[i.saturating_sub(4)..i].iter().collect();
                // 生完第三週, 產後兩個月: the time since the birth, not the complaint's.
                let pregnancy = ["孕", "生完", "產後", "生產完"].iter().any(|w| before.contains(w)) && unit >= 7.0;
                // 未滿三個月, 滿月: a baby's age, not how long the complaint has lasted.
                // 寶寶6個月, 18個月的兒子: the child's age too.
                let after: String = c[k..(k + 3).min(c.len())].iter().collect();
                let kid_age = unit >= 7.0
                    && (ZH_KIDS.iter().any(|w| before.trim_end().ends_with(w)) || {
                        // 18個月的兒子, 2個月男嬰: the child's word follows the count.
                        let a = after.strip_prefix('的').unwrap_or(&after);
                        !a.is_empty() && ZH_KIDS.iter().any(|w| w.starts_with(a) || a.starts_with(w))
                    });
                // 一歲兩個月: the months of an age in years.
                let age_months = unit == 30.0 && before.trim_end().ends_with('歲');
                let age = before.ends_with('滿') || c.get(k).is_some_and(|x| *x == '大') || kid_age || age_months;
                // 兩年前有一次眼睛看不清楚: a time ago that opens a past episode, not this one.
                let later: String = c[k..(k + 4).min(c.len())].iter().collect();
                let past_episode = ["前有一次", "前有過", "前曾"].iter().any(|w| later.starts_with(w));
                // 大概一兩週就好, 三天會好: how soon it usually clears, not how long it has lasted
                // (過幾分鐘就好了, with 了, is how long this episode lasted, and counts).
                let tail: String = c[k..(k + 6).min(c.len())].iter().collect();
                let after_about = tail.strip_prefix("左右").unwrap_or(&tail);
                let clears = ["就好", "就會好", "會好", "就消", "就退", "就沒事", "就痊癒", "就自己好"]
                    .iter()
                    .any(|w| after_about.starts_with(w) && !after_about[w.len()..].starts_with('了'));
                let freq = c.get(k).is_some_and(|x| zh_digit(*x).is_some() || *x == '幾')
                    && s[s.char_indices().nth(k).map_or(s.len(), |x| x.0)..].chars().take(3).any(|x| x == '次');
                if !per
                    && !date
                    && !day_of_month
                    && !calendar_year
                    && !freq
                    && !pregnancy
                    && !age
                    && !past_episode
                    && !clears
                {
                    put(num * unit);
                }
                i = k;
                continue;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    for &(w, d) in ZH_TIMES_AGO {
        if s.contains(w) {
            put(d);
        }
    }
    best
}
