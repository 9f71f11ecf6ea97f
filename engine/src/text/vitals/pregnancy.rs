//! The weeks of a pregnancy told in weeks or months, in English and Chinese.

use super::numbers::{after, chinese_numbers_small, Number};

/// The weeks of a pregnancy: "28 weeks pregnant", "6 months along", "34 weeks with my second",
/// 懷孕 30 週, 孕 12 周, 懷孕五個月 (months count as 4.3 weeks).
pub(super) fn pregnancy_weeks(chars: &[char], nums: &[Number]) -> Option<f64> {
    let mut counts: Vec<Number> = nums.iter().map(|n| Number { value: n.value, start: n.start, end: n.end }).collect();
    counts.extend(chinese_numbers_small(chars));
    counts
        .into_iter()
        .filter_map(|n| {
            let follows = after(chars, n.end, 40);
            let (per, rest) =
                if let Some(r) = ["weeks", "week", "wks", "wk"].iter().find_map(|u| follows.strip_prefix(u)) {
                    (1.0, r)
                } else if let Some(r) = ["months", "month", "mos"].iter().find_map(|u| follows.strip_prefix(u)) {
                    (4.3, r)
                } else if let Some(r) = ["週", "周", "個禮拜", "個星期"].iter().find_map(|u| follows.strip_prefix(u))
                {
                    (1.0, r)
                } else if let Some(r) = follows.strip_prefix("個月") {
                    (4.3, r)
                } else {
                    return None;
                };
            let words: Vec<&str> =
                rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(4).collect();
            let english = words.first().is_some_and(|w| {
                matches!(*w, "pregnant" | "pregnancy" | "along" | "gestation" | "gestational" | "gone")
            }) || matches!(words.first(), Some(&"with") | Some(&"w"))
                && words[1..].iter().any(|w| matches!(*w, "first" | "second" | "third" | "twins" | "baby"));
            let lo = n.start.saturating_sub(6);
            let before: String = chars[lo..n.start].iter().collect();
            let chinese = !follows.is_ascii() && before.contains('孕');
            // "im 34 weeks and bubs is quiet": a person who "is" a number of weeks is pregnant
            // (from 12 weeks; "i'm 2 weeks post-op", "3 weeks into a cough" are not).
            let said_of: String = chars[n.start.saturating_sub(9)..n.start].iter().collect();
            let is_weeks = per == 1.0
                && n.value >= 12.0
                && ["i'm ", "im ", "i am ", "she's ", "shes ", "she is ", "i’m "].iter().any(|w| said_of.ends_with(w))
                && !words
                    .first()
                    .is_some_and(|w| matches!(*w, "post" | "into" | "after" | "since" | "out" | "ago" | "of"));
            // "37+2 weeks": weeks and days, the weeks before the plus.
            let weeks = nums
                .iter()
                .find(|m| n.start >= 1 && m.end + 1 == n.start && chars[n.start - 1] == '+')
                .map_or(n.value, |m| m.value);
            (english || chinese || is_weeks).then_some(weeks * per)
        })
        .reduce(f64::max)
}
