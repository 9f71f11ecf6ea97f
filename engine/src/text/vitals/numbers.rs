//! The numbers of a text: digits (not those glued to a word), Chinese numerals, and what
//! follows a number.

use crate::text::words::vitals::SIGN_WORDS;

/// A number in the text: its value, where it starts and ends (char indices).
pub(super) struct Number {
    pub(super) value: f64,
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn numbers(chars: &[char]) -> Vec<Number> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit() || chars[i] == '.' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
        {
            i += 1;
        }
        // Digits glued to letters ("spo2", "o2", "b12") are part of a word, unless the letters
        // are a sign word ("hr124", "t39.5").
        let mut w = start;
        while w > 0 && chars[w - 1].is_ascii_alphabetic() {
            w -= 1;
        }
        let glued: String = chars[w..start].iter().collect();
        let ok = glued.is_empty() || SIGN_WORDS.iter().any(|(k, _)| *k == glued);
        let text: String = chars[start..i].iter().collect();
        if let (true, Some(value)) = (ok, crate::text::modifiers::decimal(&text)) {
            out.push(Number { value, start, end: i });
        }
    }
    out
}

/// What follows a number, lower-cased, up to a few characters.
pub(super) fn after(chars: &[char], end: usize, n: usize) -> String {
    chars[end..(end + n).min(chars.len())].iter().collect::<String>().trim_start().to_string()
}

/// Chinese numerals of one or two characters before a unit (五個月, 三十週): the small
/// counts of [`chinese_numbers`], without the ten that that reader requires.
pub(super) fn chinese_numbers_small(chars: &[char]) -> Vec<Number> {
    let mut out = chinese_numbers(chars);
    for (i, &c) in chars.iter().enumerate() {
        let Some(v) = crate::text::modifiers::zh_digit(c).filter(|v| *v > 0.0 && !c.is_ascii_digit()) else {
            continue;
        };
        let alone = (i == 0 || !"十百".contains(chars[i - 1])) && chars.get(i + 1).is_none_or(|n| !"十百".contains(*n));
        if alone {
            out.push(Number { value: v, start: i, end: i + 1 });
        }
    }
    out
}

/// Chinese numerals up to the hundreds (十, 二十, 三十幾, 兩百, 一百二十): a count of tablets is
/// often written this way. 幾 after a ten is read as "and a few" (+3).
pub(super) fn chinese_numbers(chars: &[char]) -> Vec<Number> {
    let digit = |c: char| crate::text::modifiers::zh_digit(c).filter(|_| !c.is_ascii_digit());
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let (mut total, mut pending, mut seen) = (0.0, None::<f64>, false);
        while i < chars.len() {
            let c = chars[i];
            if let Some(d) = digit(c) {
                pending = Some(d);
            } else if c == '十' {
                total += pending.unwrap_or(1.0) * 10.0;
                pending = None;
            } else if c == '百' {
                total += pending.unwrap_or(1.0) * 100.0;
                pending = None;
            } else if c == '幾' && seen {
                total += 3.0;
            } else {
                break;
            }
            seen = true;
            i += 1;
        }
        if seen {
            let value = total + pending.unwrap_or(0.0);
            if value > 0.0 && chars[start..i].iter().any(|&c| c == '十' || c == '百') {
                out.push(Number { value, start, end: i });
            }
        } else {
            i += 1;
        }
    }
    out
}
