//! Chinese degree words inside a negated verb (尿不太出來, 沒什麼感覺), dropped so that one phrase
//! reads both forms.

use super::chars::is_cjk;

/// Result and direction complements of Chinese verbs: 尿不出來, 抬不起來, 睜不開, 站不穩.
const COMPLEMENTS: &str = "出起開動住到清下上進過來懂見醒穩";

/// Drops the degree word that patients put inside a negated verb, so that one phrase reads
/// both forms: 尿不太出來 is 尿不出來, 抬不太起來 is 抬不起來, 摸起來沒什麼感覺 is
/// 沒感覺, 小腿沒什麼力 is 沒力. Applied to patient text and to KB phrases alike (after the
/// spaces between a phrase's slots are gone), so the two always agree. 張不大 (大 is the
/// complement itself) is left alone.
pub fn fold_zh_degree(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        i += 1;
        let next = |k: usize| chars.get(i + k).copied();
        if c == '不' && matches!(next(0), Some('太' | '大')) && next(1).is_some_and(|n| COMPLEMENTS.contains(n)) {
            i += 1;
        } else if c == '沒' {
            let skip = if next(0) == Some('有') { 1 } else { 0 };
            let filler = match (next(skip), next(skip + 1)) {
                (Some('什' | '甚'), Some('麼')) => 2,
                (Some('啥'), _) => 1,
                _ => 0,
            };
            if filler > 0 && next(skip + filler).is_some_and(|n| is_cjk(n) && n != '的' && n != '事') {
                for k in 0..skip {
                    out.push(chars[i + k]);
                }
                i += skip + filler;
            }
        }
    }
    out
}
