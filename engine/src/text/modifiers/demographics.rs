//! The patient's age and sex from the whole message, and whether it is about someone else ("my
//! husband", 我爸爸), in English and Chinese.

use serde::Serialize;

use super::numbers::{decimal, unit_days, zh_digit, zh_number};
use crate::schema::Sex;
use crate::text::tokens::{Sentence, Token};
use crate::text::words::people::{
    ELDERLY_RELATIVES, FEMALE_RELATIVES, MALE_RELATIVES, ZH_FEMALE, ZH_FEMALE_RELATIVES, ZH_GRANDPARENTS, ZH_MALE,
    ZH_MALE_RELATIVES, ZH_REPORTS, ZH_SCHOOL_AGES,
};

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

/// Reads age and sex from English and Chinese text.
pub fn read_demographics(sentences: &[Sentence]) -> Demographics {
    let mut d = Demographics::default();
    let all: Vec<&Token> = sentences.iter().flat_map(|s| s.tokens.iter()).collect();
    let raw = |i: usize| all.get(i).map(|t| t.raw.as_str()).unwrap_or("");
    for i in 0..all.len() {
        let w = raw(i);
        if d.sex.is_none() || !d.about_someone_else {
            // "my dad's hands": the relative's, as "my dad" is.
            let person = w.strip_suffix("'s").unwrap_or(w);
            let rel_m = MALE_RELATIVES.contains(person);
            let rel_f = FEMALE_RELATIVES.contains(person);
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
            } else if matches!(w, "elderly") || ELDERLY_RELATIVES.contains(&w) {
                d.age = Some(75);
            }
        }
    }
    let zh: String = sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("，");
    zh_demographics(&zh, &mut d);
    d
}

fn zh_demographics(s: &str, d: &mut Demographics) {
    if !d.about_someone_else {
        // A relative who says, thinks or does something for the writer ("男友說可能是腸胃炎",
        // "老公叫我躺一下") reports, and one the writer speaks to or gives to ("不敢跟女朋友講",
        // "給老婆看") is addressed; the message is not about them.
        let about = |w: &&str| {
            s.match_indices(*w)
                .filter(|(i, _)| !s[..*i].ends_with(['跟', '給', '對', '向']))
                .map(|(i, m)| (i, &s[i + m.len()..]))
                .find(|(_, rest)| !ZH_REPORTS.iter().any(|r| rest.starts_with(r)))
                .map(|(i, _)| i)
        };
        let first_m = ZH_MALE_RELATIVES.iter().filter_map(about).min();
        let first_f = ZH_FEMALE_RELATIVES.iter().filter_map(about).min();
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
        if ZH_GRANDPARENTS.iter().any(|w| s.contains(w)) && d.age.is_none() {
            d.age = Some(75);
        }
    }
    if d.sex.is_none() {
        if ZH_FEMALE.iter().any(|w| s.contains(w)) {
            d.sex = Some(Sex::Female);
        } else if ZH_MALE.iter().any(|w| s.contains(w)) {
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
        for &(w, a) in ZH_SCHOOL_AGES {
            if s.contains(w) {
                d.age = Some(a);
                break;
            }
        }
    }
}
