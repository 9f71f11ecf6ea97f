//! Reading modifiers from a sentence: how long (in days), how it began, which side, how often,
//! whether it is getting worse; and the patient's age and sex from the whole message.

use serde::Serialize;

use crate::kb::types::{Frequency, Onset, Sex};
use crate::text::tokens::{Polarity, Sentence, Token};

/// Sides of the body mentioned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Sides {
    /// Left side mentioned.
    pub left: bool,
    /// Right side mentioned.
    pub right: bool,
    /// Both sides mentioned.
    pub both: bool,
    /// "One side" mentioned without naming it.
    pub one: bool,
}

impl Sides {
    /// True when the complaint is on one side only.
    pub fn is_one_sided(&self) -> bool {
        !self.is_both() && (self.left || self.right || self.one)
    }

    /// True when the complaint is on both sides.
    pub fn is_both(&self) -> bool {
        self.both || (self.left && self.right)
    }

    fn merge(&mut self, o: Sides) {
        self.left |= o.left;
        self.right |= o.right;
        self.both |= o.both;
        self.one |= o.one;
    }

    /// True when nothing was said about the side.
    pub fn is_empty(&self) -> bool {
        !(self.left || self.right || self.both || self.one)
    }
}

/// What the engine read about time course and side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Modifiers {
    /// How long it has lasted, in days.
    pub duration_days: Option<f64>,
    /// How it began.
    pub onset: Option<Onset>,
    /// Which side.
    pub sides: Sides,
    /// How often.
    pub frequency: Option<Frequency>,
    /// Getting worse or spreading.
    pub progressing: bool,
}

impl Modifiers {
    /// Combines the modifiers of several sentences: longest duration, sudden over gradual,
    /// constant over intermittent only when nothing says intermittent.
    pub fn merge(&mut self, o: &Modifiers) {
        self.duration_days = match (self.duration_days, o.duration_days) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.onset = match (self.onset, o.onset) {
            (Some(Onset::Sudden), _) | (_, Some(Onset::Sudden)) => Some(Onset::Sudden),
            (a, b) => a.or(b),
        };
        self.sides.merge(o.sides);
        self.frequency = match (self.frequency, o.frequency) {
            (Some(Frequency::Intermittent), _) | (_, Some(Frequency::Intermittent)) => Some(Frequency::Intermittent),
            (a, b) => a.or(b),
        };
        self.progressing |= o.progressing;
    }

    /// This sentence's modifiers, falling back to the message's where the sentence says nothing.
    pub fn or_else(&self, message: &Modifiers) -> Modifiers {
        Modifiers {
            duration_days: self.duration_days.or(message.duration_days),
            onset: self.onset.or(message.onset),
            sides: if self.sides.is_empty() { message.sides } else { self.sides },
            frequency: self.frequency.or(message.frequency),
            progressing: self.progressing || message.progressing,
        }
    }
}

/// The longest duration read: 120 years.
const MAX_DURATION_DAYS: f64 = 120.0 * 365.25;

/// Reads the modifiers of one sentence.
pub fn read_modifiers(s: &Sentence) -> Modifiers {
    let mut m = Modifiers::default();
    let mut dur = english_duration(&s.tokens);
    for c in &s.clauses {
        if let Some(d) = zh_duration(&c.chars) {
            dur = Some(dur.map_or(d, |x: f64| x.max(d)));
        }
    }
    // A time longer than a life ("for 99999999999 days") is not a duration.
    m.duration_days = dur.filter(|d| d.is_finite() && *d <= MAX_DURATION_DAYS);
    m.onset = english_onset(&s.tokens).or_else(|| zh_onset(&s.text));
    m.sides = english_sides(&s.tokens);
    m.sides.merge(zh_sides(&s.text));
    m.frequency = english_frequency(&s.tokens).or_else(|| zh_frequency(&s.text));
    m.progressing = english_progressing(&s.tokens) || zh_progressing(&s.text);
    m
}

fn seq_at(t: &[Token], i: usize, seq: &[&str]) -> bool {
    seq.iter().enumerate().all(|(k, w)| t.get(i + k).is_some_and(|x| x.raw == *w))
}

fn any_seq(t: &[Token], seqs: &[&[&str]]) -> Option<usize> {
    (0..t.len()).find(|&i| seqs.iter().any(|s| seq_at(t, i, s) && t[i].polarity != Polarity::Negated))
}

fn any_seq_negated(t: &[Token], seqs: &[&[&str]]) -> bool {
    (0..t.len()).any(|i| seqs.iter().any(|s| seq_at(t, i, s) && t[i].polarity == Polarity::Negated))
}

/// A plain decimal number ("3", "2.5", ".5"): ASCII digits with at most one point. Unlike
/// `str::parse::<f64>`, no sign, exponent, "inf" or "nan" (a word, not a number of days).
pub(crate) fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value = int.bytes().fold(0.0, |v, b| v * 10.0 + f64::from(b - b'0'));
    let mut scale = 1.0;
    for b in frac.bytes() {
        scale /= 10.0;
        value += f64::from(b - b'0') * scale;
    }
    Some(value)
}

fn number_word(w: &str) -> Option<f64> {
    if let Some(n) = decimal(w) {
        return Some(n);
    }
    Some(match w {
        "a" | "an" | "one" | "single" => 1.0,
        "two" | "couple" => 2.0,
        "three" | "few" => 3.0,
        "four" | "several" => 4.0,
        "five" | "many" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "half" => 0.5,
        _ => return None,
    })
}

fn unit_days(w: &str) -> Option<f64> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => 1.0 / 86400.0,
        "minute" | "minutes" | "min" | "mins" => 1.0 / 1440.0,
        "hour" | "hours" | "hr" | "hrs" | "h" => 1.0 / 24.0,
        "day" | "days" | "night" | "nights" | "d" => 1.0,
        "week" | "weeks" | "wk" | "wks" | "w" => 7.0,
        "fortnight" | "fortnights" => 14.0,
        "month" | "months" | "mo" | "mos" | "mths" => 30.0,
        "year" | "years" | "yr" | "yrs" | "y" => 365.0,
        _ => return None,
    })
}

/// Splits "3days" into ("3", "days").
fn split_attached(w: &str) -> Option<(f64, f64)> {
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() == w.len() {
        return None;
    }
    let unit = &w[digits.len()..];
    Some((decimal(&digits)?, unit_days(unit)?))
}

/// A note's fraction of a year, week or day: "x4/52" and "4/52" are four weeks, "x3/7" three
/// days, "x2/12" two months. Without the "x" (or a "for" before it) only "/52" is read: "3/12"
/// and "5/7" are also dates.
fn note_fraction(t: &[Token], i: usize) -> Option<f64> {
    let w = t[i].raw.as_str();
    let times = w.starts_with('x');
    let digits = w.trim_start_matches('x');
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let next = t.get(i + 1).filter(|x| x.after_comma)?;
    let led = times || i > 0 && matches!(t[i - 1].raw.as_str(), "for" | "x" | "past" | "last" | "over");
    let per = match next.raw.as_str() {
        "52" => 7.0,
        "12" if led => 30.0,
        "7" if led => 1.0,
        _ => return None,
    };
    Some(decimal(digits)? * per)
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
            } else if let Some(m) =
                t.get(j).and_then(|x| number_word(&x.raw)).filter(|_| t[j].after_comma && decimal(w).is_some())
            {
                // "3-4 days", "40~49"
                num = num.max(m);
                j += 1;
            }
            if t.get(j).is_some_and(|x| matches!(x.raw.as_str(), "of" | "more" | "whole" | "full")) {
                j += 1;
            }
            if let Some(u) = t.get(j).and_then(|x| unit_days(&x.raw)) {
                // "28 weeks pregnant", "6 months along", "at 30 weeks": a pregnancy, not how
                // long the complaint has lasted.
                let pregnancy = t.get(j + 1).is_some_and(|x| {
                    matches!(
                        x.raw.as_str(),
                        "pregnant" | "pregnancy" | "along" | "gestation" | "gestational" | "postpartum"
                    )
                }) || i > 0 && matches!(t[i - 1].raw.as_str(), "at") && u >= 7.0
                    // "36 weeks with my first", "20 weeks with twins"
                    || u >= 7.0
                        && t.get(j + 1).is_some_and(|x| x.raw == "with")
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
        // "since the summer", "since christmas": a season or a holiday ago, about two months.
        if w == "since" && since_season(t, i + 1) {
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

/// People other than relatives ([`MALE_RELATIVES`], [`FEMALE_RELATIVES`]) whose story a patient
/// tells beside their own.
const NOT_KIN: &[&str] = &["cousin", "nan", "friend", "neighbour", "neighbor", "colleague", "boss", "partner"];

/// True for a word naming someone other than the patient ("sister", "sister's", "friend").
fn is_other_person(word: &str) -> bool {
    let w = word.trim_end_matches("'s");
    MALE_RELATIVES.contains(&w) || FEMALE_RELATIVES.contains(&w) || NOT_KIN.contains(&w)
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

/// Words of a job or a habit (working, driving, smoking, married): a duration in the same clause
/// is theirs, not the complaint's ("I've driven a truck for 15 years", 當廚師十五年).
const JOB_CUES: &[&str] = &[
    "work", "worked", "working", "works", "job", "jobs", "shift", "shifts", "career", "employed", "driven", "driving",
    "drove", "smoked", "smoking", "smoker", "married", "retired", "nurse", "teacher", "driver", "chef", "cook",
    "farmer", "builder", "labourer", "laborer", "cashier", "mechanic", "welder", "cleaner",
];

const ZH_JOB_CUES: &[&str] = &[
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

/// The shortest duration read as a job's or a habit's when one is named beside it: half a year
/// (a complaint at work "for 3 weeks" stays the complaint's).
const JOB_YEARS_DAYS: f64 = 180.0;

/// True when a job or habit word ([`JOB_CUES`]) is in the same clause as token `i`, within eight
/// words of it.
fn job_time(t: &[Token], i: usize) -> bool {
    let clause = t[i].clause;
    let near = t.iter().enumerate().filter(|(j, x)| x.clause == clause && j.abs_diff(i) <= 8);
    near.into_iter().any(|(_, x)| JOB_CUES.contains(&x.raw.as_str()))
}

/// Words of a posture or a pastime held for a while (sat, kneeling, scrolling).
const POSTURE_CUES: &[&str] = &[
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

/// True when a posture or pastime word ([`POSTURE_CUES`]) is in the same clause as token `i`,
/// within six words before it.
fn posture_time(t: &[Token], i: usize) -> bool {
    let clause = t[i].clause;
    t[i.saturating_sub(6)..i].iter().any(|x| x.clause == clause && POSTURE_CUES.contains(&x.raw.as_str()))
}

/// The value of one Chinese digit (一…九, 兩, 零) or ASCII digit.
pub(crate) fn zh_digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' => 1.0,
        '二' | '兩' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return c.to_digit(10).map(f64::from),
    })
}

/// Parses a Chinese or Arabic number starting at `i`; returns (value, next index).
fn zh_number(c: &[char], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut total = 0.0;
    let mut cur: Option<f64> = None;
    let mut seen = false;
    let mut last_digit: Option<f64> = None;
    let mut range_max: Option<f64> = None;
    // Arabic digits.
    if c.get(j).is_some_and(|x| x.is_ascii_digit()) {
        let mut s = String::new();
        while let Some(x) = c.get(j).filter(|x| x.is_ascii_digit() || **x == '.') {
            s.push(*x);
            j += 1;
        }
        let v = decimal(&s)?;
        // "3-4天", "3~4天"
        if matches!(c.get(j), Some('-' | '~' | '到' | '至')) && c.get(j + 1).is_some_and(|x| x.is_ascii_digit()) {
            let mut s2 = String::new();
            let mut k = j + 1;
            while let Some(x) = c.get(k).filter(|x| x.is_ascii_digit()) {
                s2.push(*x);
                k += 1;
            }
            let v2 = decimal(&s2).unwrap_or(v);
            return Some((v.max(v2), k));
        }
        return Some((v, j));
    }
    while let Some(&x) = c.get(j) {
        if let Some(d) = zh_digit(x) {
            if let Some(prev) = last_digit {
                // "三四天": two single digits in a row mean "three or four".
                range_max = Some(prev.max(d));
                cur = Some(prev.max(d));
            } else {
                cur = Some(d);
            }
            last_digit = Some(d);
        } else if x == '十' {
            total += cur.unwrap_or(1.0) * 10.0;
            cur = None;
            last_digit = None;
        } else if x == '百' {
            total += cur.unwrap_or(1.0) * 100.0;
            cur = None;
            last_digit = None;
        } else if x == '幾' {
            cur = Some(if seen && total >= 10.0 { 5.0 } else { 3.0 });
            last_digit = None;
        } else if x == '半' && !seen {
            cur = Some(0.5);
        } else {
            break;
        }
        seen = true;
        j += 1;
    }
    let _ = range_max;
    if !seen {
        return None;
    }
    Some((total + cur.unwrap_or(0.0), j))
}

fn zh_unit(c: &[char], j: usize) -> Option<(f64, usize)> {
    let at = |k: usize, s: &str| s.chars().enumerate().all(|(o, ch)| c.get(k + o) == Some(&ch));
    let mut k = j;
    if c.get(k) == Some(&'多') {
        k += 1;
    }
    if c.get(k) == Some(&'個') {
        k += 1;
    }
    for (w, d) in [
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
    ] {
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
                // 懷孕 28 週, 孕 30 週, 懷孕五個月: the pregnancy, not the complaint.
                let before: String = c[i.saturating_sub(4)..i].iter().collect();
                let pregnancy = before.contains('孕') && unit >= 7.0;
                // 未滿三個月, 滿月: a baby's age, not how long the complaint has lasted.
                // 寶寶6個月, 18個月的兒子: the child's age too.
                const KIDS: [&str; 10] =
                    ["寶寶", "嬰兒", "兒子", "女兒", "孩子", "小孩", "北鼻", "孫子", "孫女", "寶貝"];
                let after: String = c[k..(k + 3).min(c.len())].iter().collect();
                let kid_age = unit >= 7.0
                    && (KIDS.iter().any(|w| before.trim_end().ends_with(w))
                        || after
                            .strip_prefix('的')
                            .is_some_and(|a| KIDS.iter().any(|w| w.starts_with(a) || a.starts_with(w))));
                let age = before.ends_with('滿') || c.get(k).is_some_and(|x| *x == '大') || kid_age;
                let freq = c.get(k).is_some_and(|x| zh_digit(*x).is_some() || *x == '幾')
                    && s[s.char_indices().nth(k).map_or(s.len(), |x| x.0)..].chars().take(3).any(|x| x == '次');
                if !per && !date && !day_of_month && !calendar_year && !freq && !pregnancy && !age {
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
    for (w, d) in [
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
        ("好幾年", 1500.0),
        ("多年", 1500.0),
        ("從小", 3650.0),
        ("一陣子", 30.0),
    ] {
        if s.contains(w) {
            put(d);
        }
    }
    best
}

fn english_onset(t: &[Token]) -> Option<Onset> {
    let sudden: &[&[&str]] = &[
        &["sudden"],
        &["suddenly"],
        &["abrupt"],
        &["abruptly"],
        &["all", "of", "a", "sudden"],
        &["out", "of", "nowhere"],
        &["out", "of", "the", "blue"],
        &["just", "now"],
        &["within", "minutes"],
        &["within", "seconds"],
        &["came", "on", "fast"],
        &["in", "an", "instant"],
        &["instantly"],
        &["minutes", "ago"],
        &["an", "hour", "ago"],
        &["hour", "ago"],
        &["hours", "ago"],
    ];
    let gradual: &[&[&str]] = &[
        &["gradual"],
        &["gradually"],
        &["slowly"],
        &["over", "time"],
        &["bit", "by", "bit"],
        &["little", "by", "little"],
        &["progressively"],
        &["creeping"],
        &["over", "the", "years"],
        &["over", "months"],
        &["over", "weeks"],
    ];
    if any_seq(t, sudden).is_some() {
        Some(Onset::Sudden)
    } else if any_seq(t, gradual).is_some() {
        Some(Onset::Gradual)
    } else {
        None
    }
}

fn zh_onset(s: &str) -> Option<Onset> {
    if ["突然", "忽然", "突發", "一下子", "瞬間", "猛然", "剛剛", "剛才", "分鐘前"].iter().any(|w| s.contains(w))
    {
        Some(Onset::Sudden)
    } else if ["慢慢", "逐漸", "漸漸", "一點一點", "越來越", "愈來愈"].iter().any(|w| s.contains(w)) {
        Some(Onset::Gradual)
    } else {
        None
    }
}

/// Words that say a body part is unaffected: "my right foot is fine", 右腳正常.
const EN_UNAFFECTED: &[&str] = &["fine", "normal", "ok", "okay", "unaffected", "spared", "perfect"];
const ZH_UNAFFECTED: &[&str] = &["正常", "沒事", "沒問題", "好好的", "都好", "還好", "沒影響", "不受影響"];

/// True when the side word at `i` names the part that is unaffected ("right foot is normal",
/// "the left one's fine"): one of the next few words, before another side word, says so.
fn english_side_unaffected(t: &[Token], i: usize) -> bool {
    let after = t[i + 1..]
        .iter()
        .take(4)
        .take_while(|x| !matches!(x.raw.as_str(), "left" | "right" | "and" | "but") && x.clause == t[i].clause)
        .any(|x| EN_UNAFFECTED.contains(&x.raw.as_str()));
    // "wrinkles fine both sides", "the smile is the same on both sides": both sides alike is a
    // normal finding, not a complaint on both sides.
    let alike = t[i].raw == "both"
        && t[..i].iter().rev().take(3).take_while(|x| x.clause == t[i].clause).any(|x| {
            EN_UNAFFECTED.contains(&x.raw.as_str())
                || matches!(x.raw.as_str(), "same" | "equal" | "symmetrical" | "even")
        });
    after || alike
}

/// True when the side character at `i` names the unaffected part (右腳正常, 左手都沒事).
fn zh_side_unaffected(chars: &[char], i: usize) -> bool {
    let rest: String = chars[i + 1..]
        .iter()
        .take(10)
        .take_while(|c| !matches!(c, '左' | '右') && !crate::text::normalize::is_clause_end(**c) && **c != '、')
        .collect();
    ZH_UNAFFECTED.iter().any(|w| rest.contains(w))
}

fn english_sides(t: &[Token]) -> Sides {
    let mut s = Sides::default();
    for (i, tok) in t.iter().enumerate() {
        let next = t.get(i + 1).map(|x| x.raw.as_str()).unwrap_or("");
        let prev = if i > 0 { t[i - 1].raw.as_str() } else { "" };
        if matches!(tok.raw.as_str(), "left" | "right" | "both") && english_side_unaffected(t, i)
            || tok.raw == "sides" && prev == "both" && english_side_unaffected(t, i - 1)
        {
            continue;
        }
        match tok.raw.as_str() {
            "left"
                if !matches!(next, "over" | "alone" | "behind" | "out" | "work" | "home" | "the" | "me" | "it")
                    && !matches!(prev, "i" | "he" | "she" | "we" | "they" | "have" | "had" | "was" | "is" | "been") =>
            {
                s.left = true
            }
            // "..., steroids right?": a tag at the end of a clause is not a side ("on the
            // right." is).
            "right"
                if (next.is_empty() || t.get(i + 1).is_some_and(|x| x.after_comma))
                    && !matches!(prev, "the" | "my" | "his" | "her" | "their" | "your" | "on" | "to") => {}
            "right"
                if !matches!(
                    next,
                    "away" | "now" | "after" | "before" | "there" | "here" | "then" | "when" | "thing"
                ) && !matches!(
                    prev,
                    "all" | "is" | "that's" | "thats" | "it's" | "not" | "be" | "feel" | "feels"
                ) =>
            {
                s.right = true
            }
            "both" | "bilateral" | "bilaterally" => s.both = true,
            // "on either side" is both; "I can't raise my eyebrow either" is "too".
            "either" if next.starts_with("side") => s.both = true,
            "hands" | "feet" | "legs" | "arms" | "palms" | "sides" if matches!(prev, "two" | "both" | "all") => {
                s.both = true
            }
            // "my legs are weak", "I can't feel my feet": one's legs or feet, in the plural, are
            // both ("between my legs", "my legs crossed" are not).
            "legs" | "feet"
                if matches!(prev, "my" | "his" | "her" | "their")
                    && next != "crossed"
                    && !(i >= 2 && matches!(t[i - 2].raw.as_str(), "between" | "cross" | "crossed" | "crossing")) =>
            {
                s.both = true
            }
            "unilateral" => s.one = true,
            "one" if matches!(next, "side" | "sided") => s.one = true,
            "half" if matches!(next, "my" | "of" | "the" | "his" | "her" | "face") => s.one = true,
            _ => {}
        }
    }
    s
}

fn zh_sides(s: &str) -> Sides {
    let mut out = Sides::default();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if matches!(c, '左' | '右') && zh_side_unaffected(&chars, i) {
            continue;
        }
        if c == '左' && next != '右' {
            out.left = true;
        }
        if c == '右' && prev != '左' {
            out.right = true;
        }
    }
    if [
        "兩側",
        "雙側",
        "兩邊",
        "雙邊",
        "兩手",
        "雙手",
        "兩腳",
        "雙腳",
        "雙腿",
        "兩腿",
        "兩隻",
        "雙眼",
        "兩眼",
        "兩個手",
        "左右兩",
    ]
    .iter()
    .any(|w| {
        // "兩隻腳都沒問題": both are said to be fine, not affected.
        s.match_indices(w).any(|(at, _)| {
            let i = s[..at].chars().count() + w.chars().count() - 1;
            !zh_side_unaffected(&chars, i)
        })
    }) {
        out.both = true;
    }
    if ["單側", "一側", "一邊", "半邊", "半臉", "單邊"].iter().any(|w| s.contains(w)) {
        out.one = true;
    }
    out
}

fn english_frequency(t: &[Token]) -> Option<Frequency> {
    let intermittent: &[&[&str]] = &[
        &["intermittent"],
        &["intermittently"],
        &["occasional"],
        &["occasionally"],
        &["sometimes"],
        &["now", "and", "then"],
        &["on", "and", "off"],
        &["off", "and", "on"],
        &["comes", "and", "goes"],
        &["come", "and", "go"],
        &["from", "time", "to", "time"],
        &["at", "times"],
        &["once", "in", "a", "while"],
        &["episodes"],
        &["episode"],
        &["here", "and", "there"],
        &["some", "days"],
        &["every", "so", "often"],
        &["attacks"],
        &["bouts"],
        &["spells"],
    ];
    let constant: &[&[&str]] = &[
        &["constant"],
        &["constantly"],
        &["continuous"],
        &["continuously"],
        &["all", "the", "time"],
        &["all", "day"],
        &["nonstop"],
        &["non", "stop"],
        &["persistent"],
        &["persistently"],
        &["never", "stops"],
        &["doesn't", "stop"],
        &["won't", "stop"],
        &["24", "7"],
    ];
    if any_seq(t, intermittent).is_some()
        || any_seq_negated(t, constant)
        || any_seq_negated(t, &[&["every", "day"], &["everyday"], &["daily"]])
    {
        Some(Frequency::Intermittent)
    } else if any_seq(t, constant).is_some() {
        Some(Frequency::Constant)
    } else {
        None
    }
}

fn zh_frequency(s: &str) -> Option<Frequency> {
    if ["偶爾", "有時", "時好時壞", "斷斷續續", "一陣一陣", "間歇", "不定時", "不是每天", "不是一直", "陣發"]
        .iter()
        .any(|w| s.contains(w))
    {
        Some(Frequency::Intermittent)
    } else if ["持續", "整天", "不停", "不斷", "沒停", "24小時"].iter().any(|w| s.contains(w)) || keeps_on(s)
    {
        Some(Frequency::Constant)
    } else {
        None
    }
}

/// 一直 ("keeps", "all along") that says a symptom is there all the time: not before a verb of
/// something that comes in jerks (一直跳, 一直抽: it keeps twitching, again and again).
fn keeps_on(s: &str) -> bool {
    s.match_indices("一直").any(|(i, w)| !s[i + w.len()..].starts_with(['跳', '抽', '抖', '顫', '眨']))
}

fn english_progressing(t: &[Token]) -> bool {
    t.iter().enumerate().any(|(i, tok)| {
        if tok.polarity == Polarity::Negated {
            return false;
        }
        let prev = if i > 0 { t[i - 1].raw.as_str() } else { "" };
        let next = t.get(i + 1).map(|x| x.raw.as_str()).unwrap_or("");
        if tok.raw == "increasingly" {
            return true;
        }
        if tok.raw == "worse" {
            return matches!(
                prev,
                "getting"
                    | "gotten"
                    | "got"
                    | "get"
                    | "gets"
                    | "become"
                    | "becoming"
                    | "became"
                    | "grown"
                    | "growing"
                    | "and"
                    | "much"
                    | "even"
                    | "progressively"
            ) && !matches!(
                next,
                "at" | "when" | "with" | "after" | "if" | "during" | "while" | "in" | "on" | "whenever" | "before"
            );
        }
        match tok.stem.as_str() {
            "worsen" | "progress" | "progressiv" => true,
            "spread" | "expand" | "climb" => !matches!(next, "out"),
            "more" => next == "and" && t.get(i + 2).is_some_and(|x| x.raw == "more"),
            "moving" | "mov" | "creeping" | "creep" => matches!(next, "up" | "upward" | "upwards"),
            _ => false,
        }
    })
}

fn zh_progressing(s: &str) -> bool {
    ["越來越", "愈來愈", "惡化", "加重", "加劇", "擴散", "蔓延", "變嚴重", "更嚴重", "往上延伸", "往上蔓延", "範圍變大"]
        .iter()
        .any(|w| s.contains(w))
}

/// Age and sex read from the message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Demographics {
    /// Age in years.
    pub age: Option<u32>,
    /// Sex.
    pub sex: Option<Sex>,
    /// The message is about someone else ("my husband", "我爸爸").
    pub about_someone_else: bool,
    /// A baby's age in months ("my 6-week-old", 三個月大), read by
    /// [`read_age_months`](crate::text::age_months::read_age_months).
    pub age_months: Option<u32>,
}

const MALE_RELATIVES: &[&str] = &[
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
const FEMALE_RELATIVES: &[&str] = &[
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

/// Reads age and sex from English and Chinese text.
pub fn read_demographics(sentences: &[Sentence]) -> Demographics {
    let mut d = Demographics::default();
    let all: Vec<&Token> = sentences.iter().flat_map(|s| s.tokens.iter()).collect();
    let raw = |i: usize| all.get(i).map(|t| t.raw.as_str()).unwrap_or("");
    for i in 0..all.len() {
        let w = raw(i);
        if d.sex.is_none() || !d.about_someone_else {
            let rel_m = MALE_RELATIVES.contains(&w);
            let rel_f = FEMALE_RELATIVES.contains(&w);
            if (rel_m || rel_f) && (1..=5).any(|k| matches!(raw(i.wrapping_sub(k)), "my" | "our")) {
                d.sex = Some(if rel_m { Sex::Male } else { Sex::Female });
                d.about_someone_else = true;
            }
        }
        if !d.about_someone_else && d.sex.is_none() {
            let self_sex = match w {
                "woman" | "female" | "lady" | "girl" | "pregnant" | "f" => Some(Sex::Female),
                "man" | "male" | "guy" | "boy" | "m" => Some(Sex::Male),
                _ => None,
            };
            let about_self = (0..6).any(|k| matches!(raw(i.wrapping_sub(k + 1)), "i'm" | "im" | "am" | "i"))
                || w == "pregnant"
                || raw(i.wrapping_sub(1)).parse::<u32>().is_ok() && matches!(w, "f" | "m");
            if let Some(s) = self_sex.filter(|_| about_self) {
                d.sex = Some(s);
            }
        }
        if d.age.is_none() {
            if let Ok(n) = w.parse::<u32>() {
                let next = raw(i + 1);
                let age_by_unit = matches!(next, "year" | "years" | "yr" | "yrs" | "y") && raw(i + 2) == "old"
                    || matches!(next, "yo" | "f" | "m");
                let age_by_phrase = matches!(raw(i.wrapping_sub(1)), "aged" | "age" | "i'm" | "im")
                    || raw(i.wrapping_sub(1)) == "am" && raw(i.wrapping_sub(2)) == "i";
                // "40~49 year old": the lower bound of a band.
                let band = raw(i + 1)
                    .parse::<u32>()
                    .ok()
                    .filter(|m| *m > n && matches!(raw(i + 2), "year" | "years") && raw(i + 3) == "old");
                if let Some(m) = band {
                    d.age = Some((n + m) / 2);
                } else if (age_by_unit || age_by_phrase && unit_days(next).is_none() && next != "times")
                    && (1..=110).contains(&n)
                {
                    d.age = Some(n);
                }
            } else if let Some(dec) = w
                .strip_suffix('s')
                .and_then(|x| x.parse::<u32>().ok())
                .filter(|x| x % 10 == 0 && (10..=100).contains(x))
            {
                d.age = Some(dec + 5);
            } else if let Some((n, _)) = w.strip_suffix("yo").and_then(|x| x.parse::<u32>().ok()).map(|n| (n, ())) {
                d.age = Some(n);
            } else if matches!(w, "teenager" | "teen") {
                d.age = Some(16);
            } else if matches!(w, "toddler") {
                d.age = Some(2);
            } else if matches!(w, "elderly") || MALE_RELATIVES[5..7].contains(&w) || FEMALE_RELATIVES[5..8].contains(&w)
            {
                d.age = Some(75);
            }
        }
    }
    let zh: String = sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("，");
    zh_demographics(&zh, &mut d);
    d
}

fn zh_demographics(s: &str, d: &mut Demographics) {
    const M: &[&str] = &[
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
    const F: &[&str] = &[
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
    if !d.about_someone_else {
        // A relative who says, thinks or does something for the writer ("男友說可能是腸胃炎",
        // "老公叫我躺一下") reports; the message is not about them.
        const REPORTS: &[&str] = &[
            "說",
            "叫我",
            "覺得",
            "認為",
            "要我",
            "陪我",
            "帶我",
            "載我",
            "問我",
            "建議",
            "以為",
            "笑我",
            "擔心我",
            "幫我",
        ];
        let about = |w: &&str| {
            s.match_indices(*w)
                .map(|(i, m)| (i, &s[i + m.len()..]))
                .find(|(_, rest)| !REPORTS.iter().any(|r| rest.starts_with(r)))
                .map(|(i, _)| i)
        };
        let first_m = M.iter().filter_map(about).min();
        let first_f = F.iter().filter_map(about).min();
        match (first_m, first_f) {
            (Some(a), Some(b)) => {
                d.sex = Some(if a < b { Sex::Male } else { Sex::Female });
                d.about_someone_else = true;
            }
            (Some(_), None) => {
                d.sex = Some(Sex::Male);
                d.about_someone_else = true;
            }
            (None, Some(_)) => {
                d.sex = Some(Sex::Female);
                d.about_someone_else = true;
            }
            _ => {}
        }
        if ["爺爺", "外公", "阿公", "奶奶", "外婆", "阿嬤"].iter().any(|w| s.contains(w)) && d.age.is_none()
        {
            d.age = Some(75);
        }
    }
    if d.sex.is_none() {
        if ["女生", "女性", "歲女", "懷孕", "孕婦"].iter().any(|w| s.contains(w)) {
            d.sex = Some(Sex::Female);
        } else if ["男生", "男性", "歲男"].iter().any(|w| s.contains(w)) {
            d.sex = Some(Sex::Male);
        }
    }
    if d.age.is_none() {
        let c: Vec<char> = s.chars().collect();
        for (i, ch) in c.iter().enumerate() {
            if *ch != '歲' || i == 0 {
                continue;
            }
            // Walk back over the number ("四十多", "45", "40~49").
            let mut k = i;
            while k > 0
                && (c[k - 1].is_ascii_digit()
                    || zh_digit(c[k - 1]).is_some()
                    || matches!(c[k - 1], '十' | '多' | '幾' | '~' | '-' | '到'))
            {
                k -= 1;
            }
            if k == i {
                continue;
            }
            let span: Vec<char> = c[k..i].to_vec();
            if let Some((n, _)) = zh_number(&span, 0) {
                let plus = if span.iter().any(|x| matches!(x, '多' | '幾')) { 5.0 } else { 0.0 };
                let mut age = n + plus;
                if let Some(p) = span.iter().position(|x| matches!(x, '~' | '-' | '到')) {
                    if let Some((hi, _)) = zh_number(&span, p + 1) {
                        let lo = decimal(&span[..p].iter().collect::<String>()).unwrap_or(n);
                        age = (lo + hi) / 2.0;
                    }
                }
                if (1.0..=110.0).contains(&age) {
                    d.age = Some(age as u32);
                    break;
                }
            }
        }
    }
    if d.age.is_none() {
        for (w, a) in [("國小", 9), ("小學", 9), ("國中", 14), ("高中", 17), ("大學生", 20)] {
            if s.contains(w) {
                d.age = Some(a);
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(dur("for over six months"), Some(180.0));
        assert_eq!(dur("Ten minutes ago his face drooped"), days(10.0 / 1440.0));
        assert_eq!(dur("a couple of weeks"), Some(14.0));
        assert_eq!(dur("I am a 45 year old woman"), None);
        assert_eq!(dur("School nurse note. 8 y/o F fell from the frame"), None);
        assert_eq!(dur("8y/o F, fell"), None);
        assert_eq!(dur("Cough x4/52 after a cold"), Some(28.0));
        assert_eq!(dur("sore throat 2/52"), Some(14.0));
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
        assert_eq!(dur("一天三次"), None);
        assert_eq!(dur("這幾天"), Some(3.0));
        assert_eq!(dur("2020年1月31日"), None);
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
        let d = demo("我爸爸突然右手沒力");
        assert_eq!((d.sex, d.about_someone_else), (Some(Sex::Male), true));
        assert_eq!(demo("我今年四十多歲").age, Some(45));
    }

    #[test]
    fn onset_side_frequency_progression() {
        let m =
            read_modifiers(&split_sentences(&normalize("Suddenly my left arm went weak and it is getting worse"))[0]);
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
}
