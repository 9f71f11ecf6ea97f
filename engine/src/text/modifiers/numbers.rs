//! Numbers and units of time in English and Chinese: digits, number words, Chinese numerals,
//! and units in days.

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

pub(super) fn number_word(w: &str) -> Option<f64> {
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

pub(super) fn unit_days(w: &str) -> Option<f64> {
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
pub(super) fn split_attached(w: &str) -> Option<(f64, f64)> {
    let digits: String = w.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() == w.len() {
        return None;
    }
    let unit = &w[digits.len()..];
    Some((decimal(&digits)?, unit_days(unit)?))
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
pub(super) fn zh_number(c: &[char], i: usize) -> Option<(f64, usize)> {
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
