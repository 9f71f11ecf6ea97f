//! A baby's age in months, from the words parents use ("my 6-week-old", "she's 2 months old",
//! "newborn", 三個月大, 出生十天, 剛滿月). Rules for infants (a fever under three months) need
//! months; the age in years read elsewhere is 0 for all of them.

use crate::text::words::durations::ZH_KIDS;

const ZH_DIGITS: &[(char, u32)] = &[
    ('一', 1),
    ('兩', 2),
    ('二', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
    ('十', 10),
];

/// The number written just before char index `end` (ASCII digits or Chinese numerals up to 99).
fn number_before(chars: &[char], end: usize) -> Option<u32> {
    let mut s = end;
    while s > 0 && (chars[s - 1].is_ascii_digit() || ZH_DIGITS.iter().any(|(c, _)| *c == chars[s - 1])) {
        s -= 1;
    }
    if s == end {
        return None;
    }
    let text: String = chars[s..end].iter().collect();
    if let Ok(n) = text.parse::<u32>() {
        return Some(n);
    }
    let mut total = 0;
    let mut current = 0;
    for c in text.chars() {
        let v = ZH_DIGITS.iter().find(|(z, _)| *z == c)?.1;
        if v == 10 {
            total += current.max(1) * 10;
            current = 0;
        } else {
            current = v;
        }
    }
    Some(total + current)
}

/// Months from a count and a unit word (days, weeks, months).
fn months(n: u32, unit: &str) -> Option<u32> {
    match unit {
        "day" | "days" | "天" | "日" => Some(n / 30),
        "week" | "weeks" | "wk" | "wks" | "週" | "周" | "星期" | "禮拜" | "個禮拜" | "個星期" => {
            Some(n * 7 / 30)
        }
        "month" | "months" | "mo" | "mos" | "個月" | "月" => Some(n),
        _ => None,
    }
}

/// The age in months of a baby under two named in a normalised text, if any.
pub fn read_age_months(text: &str) -> Option<u32> {
    if ["newborn", "new born", "新生兒", "剛出生"].iter().any(|w| text.contains(w)) {
        return Some(0);
    }
    if text.contains("滿月") {
        return Some(1);
    }
    let chars: Vec<char> = text.chars().collect();
    // English: "6 weeks old", "6-week-old", "2 months of age".
    let words: Vec<&str> =
        text.split(|c: char| c.is_whitespace() || c == '-' || c == ',').filter(|w| !w.is_empty()).collect();
    for i in 0..words.len() {
        let Ok(n) = words[i].parse::<u32>() else { continue };
        let unit = words.get(i + 1).copied().unwrap_or("");
        let then = words.get(i + 2).copied().unwrap_or("");
        let aged = then.starts_with("old") || then == "of" && words.get(i + 3) == Some(&"age");
        if let Some(m) = months(n, unit).filter(|_| aged) {
            return Some(m).filter(|m| *m < 24);
        }
    }
    // Chinese: 三個月大, 6週大, 出生10天.
    for unit in ["個月大", "個禮拜大", "個星期大", "週大", "周大", "天大"] {
        let u: Vec<char> = unit.chars().collect();
        for s in 0..chars.len().saturating_sub(u.len() - 1) {
            if chars[s..s + u.len()] == u[..] {
                if let Some(n) = number_before(&chars, s) {
                    let base = unit.trim_end_matches('大');
                    return months(n, base).filter(|m| *m < 24);
                }
            }
        }
    }
    // 2個月男嬰, 三個月的女兒: a count of months right before a child's word.
    for (p, _) in text.match_indices("個月") {
        let rest = &text[p + "個月".len()..];
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        let start = text[..p].chars().count();
        if ZH_KIDS.iter().any(|k| rest.starts_with(k)) {
            if let Some(n) = number_before(&chars, start) {
                return months(n, "個月").filter(|m| *m < 24);
            }
        }
    }
    // 兒子7個月, 寶寶三個月: a child's word right before a count of months.
    for kid in ZH_KIDS.iter() {
        let Some(p) = text.find(kid) else { continue };
        let rest: Vec<char> = text[p + kid.len()..].chars().take(6).collect();
        let mut k = 0;
        while k < rest.len() && (rest[k].is_ascii_digit() || ZH_DIGITS.iter().any(|(c, _)| *c == rest[k])) {
            k += 1;
        }
        // Not a time: 三個月前 (ago), 三個月內, 三個月來, 三個月後.
        let time = rest.get(k + 2).is_some_and(|c| matches!(c, '前' | '內' | '來' | '後' | '以'));
        if k > 0 && rest[k..].starts_with(&['個', '月']) && !time {
            if let Some(n) = number_before(&rest, k) {
                return months(n, "個月").filter(|m| *m < 24);
            }
        }
    }
    if let Some(p) = text.find("出生") {
        let rest: Vec<char> = text[p + "出生".len()..].chars().take(6).collect();
        let mut k = 0;
        while k < rest.len() && (rest[k].is_ascii_digit() || ZH_DIGITS.iter().any(|(c, _)| *c == rest[k])) {
            k += 1;
        }
        if let Some(n) = number_before(&rest, k) {
            let unit: String = rest[k..].iter().collect();
            for u in ["天", "週", "周", "個月", "個禮拜", "個星期"] {
                if unit.starts_with(u) {
                    return months(n, u).filter(|m| *m < 24);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::read_age_months;

    #[test]
    fn babies_ages_in_both_languages() {
        assert_eq!(read_age_months("my 6-week-old has a fever"), Some(1));
        assert_eq!(read_age_months("she is 2 months old"), Some(2));
        assert_eq!(read_age_months("10 days old baby"), Some(0));
        assert_eq!(read_age_months("我的寶寶三個月大"), Some(3));
        assert_eq!(read_age_months("寶寶6週大發燒"), Some(1));
        assert_eq!(read_age_months("出生十天的寶寶"), Some(0));
        assert_eq!(read_age_months("新生兒發燒"), Some(0));
        assert_eq!(read_age_months("兒子7個月，這幾天流口水"), Some(7));
        assert_eq!(read_age_months("女兒三個月前開始咳"), None);
        assert_eq!(read_age_months("寶寶三個月了，發燒"), Some(3));
        assert_eq!(read_age_months("2個月男嬰發燒"), Some(2));
        assert_eq!(read_age_months("我兩個月的女兒一直吐"), Some(2));
        assert_eq!(read_age_months("for 6 weeks my hand is numb"), None);
        assert_eq!(read_age_months("我三個月前開始手麻"), None);
        assert_eq!(read_age_months("my 3 year old"), None);
    }
}
