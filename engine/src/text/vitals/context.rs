//! What the words around a number say of it: an age in a note's shorthand, a temperature taken
//! at a site of the body, or the weather's temperature.

use crate::text::words::vitals::{OTHER_TESTS, TEMPERATURE_SITES, WEATHER_WORDS};

/// True when the number ending at `end` is an age in a note's shorthand: a sex letter right
/// after it ("49M,", "79F ", but not "104F") or "yo", "y/o", "yrs" ("62 yo").
pub(super) fn is_age_shorthand(chars: &[char], end: usize, value: f64) -> bool {
    let at = |i: usize| chars.get(i).copied().unwrap_or(' ');
    let rest: String = chars[end..chars.len().min(end + 6)].iter().collect();
    // "104F" is a temperature in Fahrenheit (93-110), "79F" a woman of 79.
    let sex = match at(end) {
        'm' => true,
        'f' => !(93.0..=110.0).contains(&value),
        _ => false,
    };
    let letter_alone = sex && !at(end + 1).is_alphanumeric();
    letter_alone || ["yo", "y/o", "yrs", " yo", " y/o", " yrs", "-year", " year"].iter().any(|w| rest.starts_with(w))
}

/// True when the words after a bare temperature say where it was taken ("38.3 under the arm",
/// "37.9 in the ear"): still a temperature, not a number of something.
pub(super) fn taken_at_a_site(unit: &str) -> bool {
    TEMPERATURE_SITES.iter().any(|s| unit.starts_with(s))
}

/// True when a temperature at `at` is the weather's: a weather word shortly before or after it,
/// and no word of a fever or of taking a temperature anywhere in the message.
pub(super) fn weather(chars: &[char], at: usize, text: &str) -> bool {
    let near: String = chars[at.saturating_sub(16)..(at + 16).min(chars.len())].iter().collect();
    WEATHER_WORDS.iter().any(|w| near.contains(w))
        && !["fever", "temp", "thermometer", "燒", "溫", "燙", "量"].iter().any(|w| text.contains(w))
}

/// True when the word of a blood test other than the sugar (lithium, creatinine, cholesterol,
/// 膽固醇) stands shortly before `at`, after `from` (the number before it): a value in mmol/L
/// there is that test's.
pub(super) fn other_test_before(chars: &[char], from: usize, at: usize) -> bool {
    let before: String = chars[from.max(at.saturating_sub(32))..at].iter().collect::<String>().to_lowercase();
    OTHER_TESTS.iter().any(|w| before.contains(w))
}
