//! How many tablets the message says were taken at once: a count with a tablet word after it
//! and a word of taking before it, or a hedged count told after the tablets.

use super::numbers::{after, chinese_numbers, Number};
use super::sign_words::is_break;
use crate::text::words::vitals::{NOT_COUNT_UNITS, TABLET_WORDS, TAKEN};

/// A count told after the tablets, in the same sentence: "took a lot of paracetamol, maybe 20
/// or 24". The words before it say a taking and then a tablet, and a hedge ("maybe", "about",
/// "like", "around") comes right before the number or its range ("maybe 8 or 10"); a dose
/// ("500mg") is not a count.
fn counted_after(chars: &[char], n: &Number) -> bool {
    let lo = n.start.saturating_sub(120);
    let from = (lo..n.start).rev().find(|&k| matches!(chars[k], '.' | '!' | '?' | '\n' | '。')).map_or(lo, |k| k + 1);
    let before: String = chars[from..n.start].iter().collect::<String>().to_lowercase();
    // "maybe 8 or 10", "about 8-10": the upper end of a hedged range is hedged too.
    let lead = before.trim_end();
    let lead = ["or", "to", "-"]
        .iter()
        .find_map(|r| lead.strip_suffix(r))
        .map(|x| x.trim_end())
        .filter(|x| x.ends_with(|c: char| c.is_ascii_digit()))
        .map_or(lead, |x| x.trim_end_matches(|c: char| c.is_ascii_digit()).trim_end());
    let hedged = ["maybe ", "about ", "around ", "like ", "roughly ", "approx ", "think it was "]
        .iter()
        .any(|h| lead.ends_with(h.trim_end()));
    let taken_at = TAKEN.iter().filter_map(|w| before.find(w)).min();
    let tablet_after = taken_at.is_some_and(|t| TABLET_WORDS.iter().any(|w| before[t..].contains(w)));
    let unit = after(chars, n.end, 6);
    // A time, a length, a weight or a dose after the number is not a count of tablets.
    let measure = NOT_COUNT_UNITS.iter().any(|u| unit.starts_with(u));
    hedged && tablet_after && !measure
}

/// The number of tablets the message says were taken at once: a count (digits, or Chinese
/// numerals such as 二十幾) followed by a tablet word, with a word of taking before it in the
/// same clause, or a count told after them ([`counted_after`]). "500mg" is a strength, not a
/// count.
pub(super) fn tablets_taken(chars: &[char], nums: &[Number]) -> Option<f64> {
    let mut counts: Vec<Number> = nums.iter().map(|n| Number { value: n.value, start: n.start, end: n.end }).collect();
    counts.extend(chinese_numbers(chars));
    counts
        .into_iter()
        .filter(|n| {
            let follows = after(chars, n.end, 16);
            let tablet = TABLET_WORDS.iter().any(|w| {
                follows.starts_with(w)
                    || follows.split_whitespace().nth(1).is_some_and(|x| x.starts_with(w))
                    || follows.starts_with('幾') && follows[3..].starts_with(w)
            });
            let lo = n.start.saturating_sub(40);
            let mut from = lo;
            for k in (lo..n.start).rev() {
                if is_break(chars[k]) {
                    from = k + 1;
                    break;
                }
            }
            let before: String = chars[from..n.start].iter().collect();
            let taken = TAKEN.iter().any(|w| {
                before.match_indices(w).any(|(i, _)| {
                    !w.is_ascii()
                        || (i == 0 || !before[..i].ends_with(|c: char| c.is_ascii_alphabetic()))
                            && !before[i + w.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                })
            });
            tablet && taken || counted_after(chars, n)
        })
        .map(|n| n.value)
        .reduce(f64::max)
}
