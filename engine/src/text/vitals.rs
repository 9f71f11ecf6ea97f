//! Vital signs written as numbers ("SpO2 91% on room air", "T 39.4", "BP 85/50", 血氧 91%,
//! 體溫 39.2 度, 血糖 45): a nurse's note, a letter copied by a relative, or a patient reading
//! a home device. Each number is given to the nearest sign word before it in the same clause
//! (no other number in between), or read by its unit alone (39.4°C, 120 bpm, 85/50 mmHg);
//! values outside a plausible range are ignored. A few blood-test results that a letter or a
//! phone message passes on (potassium, sodium, haemoglobin) are read the same way. The KB's findings set the thresholds
//! (`derived.vital`), per age band.

use crate::kb::types::VitalSign;

/// The vital signs read from a message; the most extreme reading of each when several are
/// given (a clinical note may give a trend).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Vitals {
    values: [Option<f64>; 13],
}

const SIGNS: [VitalSign; 13] = [
    VitalSign::Temperature,
    VitalSign::Spo2,
    VitalSign::HeartRate,
    VitalSign::RespiratoryRate,
    VitalSign::SystolicBp,
    VitalSign::DiastolicBp,
    VitalSign::Glucose,
    VitalSign::Gcs,
    VitalSign::TabletCount,
    VitalSign::PregnancyWeeks,
    VitalSign::Potassium,
    VitalSign::Sodium,
    VitalSign::Haemoglobin,
];

fn slot(sign: VitalSign) -> usize {
    SIGNS.iter().position(|&s| s == sign).unwrap_or(0)
}

impl Vitals {
    /// The value read for a sign, in the unit of [`VitalSign`].
    pub fn get(&self, sign: VitalSign) -> Option<f64> {
        self.values[slot(sign)]
    }

    /// True when no sign was read.
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none)
    }

    fn set(&mut self, sign: VitalSign, value: f64) {
        let (lo, hi) = plausible(sign);
        if !(lo..=hi).contains(&value) {
            return;
        }
        let v = &mut self.values[slot(sign)];
        // Keep the reading furthest from normal: the lowest oxygen and GCS, the highest rate;
        // temperature and glucose the furthest from their middle.
        let worse = |new: f64, old: f64| match sign {
            VitalSign::Spo2 | VitalSign::Gcs => new < old,
            // A low pressure is the more dangerous; among ordinary or raised ones (a home log of
            // readings) the highest.
            VitalSign::SystolicBp => new.min(old) < 100.0 && new < old || new.min(old) >= 100.0 && new > old,
            VitalSign::DiastolicBp => new.min(old) < 60.0 && new < old || new.min(old) >= 60.0 && new > old,
            VitalSign::HeartRate | VitalSign::RespiratoryRate | VitalSign::TabletCount | VitalSign::PregnancyWeeks => {
                new > old
            }
            VitalSign::Temperature => (new - 37.0).abs() > (old - 37.0).abs(),
            VitalSign::Glucose => (new - 6.0).abs() > (old - 6.0).abs(),
            VitalSign::Potassium => (new - 4.2).abs() > (old - 4.2).abs(),
            VitalSign::Sodium => (new - 140.0).abs() > (old - 140.0).abs(),
            VitalSign::Haemoglobin => new < old,
        };
        *v = Some(match *v {
            Some(old) if !worse(value, old) => old,
            _ => value,
        });
    }
}

fn plausible(sign: VitalSign) -> (f64, f64) {
    match sign {
        VitalSign::Temperature => (30.0, 44.0),
        VitalSign::Spo2 => (50.0, 100.0),
        VitalSign::HeartRate => (20.0, 260.0),
        VitalSign::RespiratoryRate => (4.0, 90.0),
        VitalSign::SystolicBp => (40.0, 300.0),
        VitalSign::DiastolicBp => (20.0, 200.0),
        VitalSign::Glucose => (0.5, 60.0),
        VitalSign::Gcs => (3.0, 15.0),
        VitalSign::TabletCount => (1.0, 1000.0),
        VitalSign::PregnancyWeeks => (1.0, 44.0),
        VitalSign::Potassium => (1.0, 10.0),
        VitalSign::Sodium => (95.0, 185.0),
        VitalSign::Haemoglobin => (2.0, 25.0),
    }
}

/// Words that name a sign, longest first within a sign. ASCII words must stand alone.
const WORDS: &[(&str, VitalSign)] = &[
    ("oxygen saturation", VitalSign::Spo2),
    ("oxygen sat", VitalSign::Spo2),
    ("oxygen level", VitalSign::Spo2),
    ("pulse oximeter", VitalSign::Spo2),
    ("pulse ox", VitalSign::Spo2),
    ("oximeter", VitalSign::Spo2),
    ("saturating", VitalSign::Spo2),
    ("saturation", VitalSign::Spo2),
    ("o2 sats", VitalSign::Spo2),
    ("o2 sat", VitalSign::Spo2),
    ("spo2", VitalSign::Spo2),
    ("sp02", VitalSign::Spo2),
    ("sao2", VitalSign::Spo2),
    ("sats", VitalSign::Spo2),
    ("sat", VitalSign::Spo2),
    ("oxygen", VitalSign::Spo2),
    ("o2", VitalSign::Spo2),
    ("血氧濃度", VitalSign::Spo2),
    ("血氧飽和度", VitalSign::Spo2),
    ("血氧", VitalSign::Spo2),
    ("含氧量", VitalSign::Spo2),
    ("temperature", VitalSign::Temperature),
    ("temp", VitalSign::Temperature),
    ("fever of", VitalSign::Temperature),
    ("fever", VitalSign::Temperature),
    ("febrile", VitalSign::Temperature),
    ("febrile to", VitalSign::Temperature),
    ("t", VitalSign::Temperature),
    ("tmax", VitalSign::Temperature),
    ("體溫", VitalSign::Temperature),
    ("耳溫", VitalSign::Temperature),
    ("額溫", VitalSign::Temperature),
    ("肛溫", VitalSign::Temperature),
    ("腋溫", VitalSign::Temperature),
    ("發燒", VitalSign::Temperature),
    ("燒到", VitalSign::Temperature),
    ("heart rate", VitalSign::HeartRate),
    ("pulse rate", VitalSign::HeartRate),
    ("pulse", VitalSign::HeartRate),
    ("hr", VitalSign::HeartRate),
    ("p", VitalSign::HeartRate),
    ("心跳", VitalSign::HeartRate),
    ("心率", VitalSign::HeartRate),
    ("脈搏", VitalSign::HeartRate),
    ("respiratory rate", VitalSign::RespiratoryRate),
    ("respiration rate", VitalSign::RespiratoryRate),
    ("resp rate", VitalSign::RespiratoryRate),
    ("breathing rate", VitalSign::RespiratoryRate),
    ("resps", VitalSign::RespiratoryRate),
    ("rr", VitalSign::RespiratoryRate),
    ("呼吸速率", VitalSign::RespiratoryRate),
    ("呼吸次數", VitalSign::RespiratoryRate),
    ("呼吸", VitalSign::RespiratoryRate),
    ("blood pressure", VitalSign::SystolicBp),
    ("bp", VitalSign::SystolicBp),
    ("血壓", VitalSign::SystolicBp),
    ("收縮壓", VitalSign::SystolicBp),
    ("舒張壓", VitalSign::DiastolicBp),
    ("blood glucose", VitalSign::Glucose),
    ("blood sugar", VitalSign::Glucose),
    ("glucose", VitalSign::Glucose),
    ("sugar", VitalSign::Glucose),
    ("sugars", VitalSign::Glucose),
    ("bgl", VitalSign::Glucose),
    ("cbg", VitalSign::Glucose),
    ("bg", VitalSign::Glucose),
    ("bm", VitalSign::Glucose),
    ("血糖", VitalSign::Glucose),
    ("gcs", VitalSign::Gcs),
    ("glasgow coma scale", VitalSign::Gcs),
    ("glasgow", VitalSign::Gcs),
    ("昏迷指數", VitalSign::Gcs),
    ("potassium", VitalSign::Potassium),
    ("serum k", VitalSign::Potassium),
    ("k+", VitalSign::Potassium),
    ("k", VitalSign::Potassium),
    ("血鉀", VitalSign::Potassium),
    ("鉀離子", VitalSign::Potassium),
    ("鉀", VitalSign::Potassium),
    ("sodium", VitalSign::Sodium),
    ("na+", VitalSign::Sodium),
    ("na", VitalSign::Sodium),
    ("血鈉", VitalSign::Sodium),
    ("鈉離子", VitalSign::Sodium),
    ("鈉", VitalSign::Sodium),
    ("haemoglobin", VitalSign::Haemoglobin),
    ("hemoglobin", VitalSign::Haemoglobin),
    ("hgb", VitalSign::Haemoglobin),
    ("hb", VitalSign::Haemoglobin),
    ("血紅素", VitalSign::Haemoglobin),
    ("血色素", VitalSign::Haemoglobin),
];

/// True for a sign that only a blood test gives: its word, not the unit (mmol/L is also a
/// glucose's), says which it is.
fn is_lab(sign: VitalSign) -> bool {
    matches!(sign, VitalSign::Potassium | VitalSign::Sodium | VitalSign::Haemoglobin)
}

/// Characters that end the clause a sign word reaches over.
fn is_break(c: char) -> bool {
    matches!(c, ',' | ';' | '.' | '!' | '?' | '\n' | '。' | '、' | '(' | ')')
}

/// A number in the text: its value, where it starts and ends (char indices).
struct Number {
    value: f64,
    start: usize,
    end: usize,
}

fn numbers(chars: &[char]) -> Vec<Number> {
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
        let ok = glued.is_empty() || WORDS.iter().any(|(k, _)| *k == glued);
        let text: String = chars[start..i].iter().collect();
        if let (true, Some(value)) = (ok, crate::text::modifiers::decimal(&text)) {
            out.push(Number { value, start, end: i });
        }
    }
    out
}

/// The sign word nearest before `at` (not before `from`), in the same clause: the sign and
/// how far it ends from `at`.
fn sign_before(chars: &[char], from: usize, at: usize) -> Option<VitalSign> {
    let lo = from.max(at.saturating_sub(24));
    let mut clause_start = lo;
    for k in (lo..at).rev() {
        if is_break(chars[k]) {
            clause_start = k + 1;
            break;
        }
    }
    let window: String = chars[clause_start..at].iter().collect();
    let w: Vec<char> = window.chars().collect();
    let mut best: Option<(usize, usize, VitalSign)> = None; // (end, length, sign)
    for &(word, sign) in WORDS {
        let k: Vec<char> = word.chars().collect();
        if k.len() > w.len() {
            continue;
        }
        for s in 0..=w.len() - k.len() {
            if w[s..s + k.len()] != k[..] {
                continue;
            }
            let ascii = word.is_ascii();
            let alone = !ascii
                || (s == 0 || !w[s - 1].is_ascii_alphabetic())
                    && w.get(s + k.len()).is_none_or(|c| !c.is_ascii_alphabetic());
            if !alone {
                continue;
            }
            let end = s + k.len();
            if best.is_none_or(|(e, l, _)| end > e || end == e && k.len() > l) {
                best = Some((end, k.len(), sign));
            }
        }
    }
    let (end, _, sign) = best?;
    // Between the word and the number: a few linking words at most.
    let gap: String = w[end..].iter().collect();
    (gap.chars().filter(|c| !c.is_whitespace()).count() <= 12).then_some(sign)
}

/// What follows a number, lower-cased, up to a few characters.
fn after(chars: &[char], end: usize, n: usize) -> String {
    chars[end..(end + n).min(chars.len())].iter().collect::<String>().trim_start().to_string()
}

/// True when the number ending at `end` is an age in a note's shorthand: a sex letter right
/// after it ("49M,", "79F ", but not "104F") or "yo", "y/o", "yrs" ("62 yo").
fn is_age_shorthand(chars: &[char], end: usize, value: f64) -> bool {
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

/// Words after a bare temperature that say where it was taken ("38.3 under the arm", "37.9
/// in the ear"): still a temperature, not a number of something.
fn taken_at_a_site(unit: &str) -> bool {
    [
        "under", "armpit", "axill", "in the", "in her", "in his", "on the", "on her", "on his", "on my", "orally",
        "oral", "rectal", "forehead", "ear",
    ]
    .iter()
    .any(|s| unit.starts_with(s))
}

/// Words of the weather or the air around ("天氣", "外面", "outside", "heatwave").
const WEATHER_WORDS: &[&str] = &[
    "天氣",
    "氣溫",
    "外面",
    "戶外",
    "室外",
    "室內",
    "好熱",
    "很熱",
    "熱死",
    "高溫",
    "冷氣",
    "weather",
    "outside",
    "outdoors",
    "heatwave",
    "heat wave",
    "forecast",
    "sunny",
    "in the shade",
];

/// True when a temperature at `at` is the weather's: a weather word shortly before or after it,
/// and no word of a fever or of taking a temperature anywhere in the message.
fn weather(chars: &[char], at: usize, text: &str) -> bool {
    let near: String = chars[at.saturating_sub(16)..(at + 16).min(chars.len())].iter().collect();
    WEATHER_WORDS.iter().any(|w| near.contains(w))
        && !["fever", "temp", "thermometer", "燒", "溫", "燙", "量"].iter().any(|w| text.contains(w))
}

/// Reads the vital signs in a normalised text (lower case, half-width).
pub fn read_vitals(text: &str) -> Vitals {
    let chars: Vec<char> = text.chars().collect();
    let nums = numbers(&chars);
    let mut v = Vitals::default();
    let mut k = 0;
    while k < nums.len() {
        let n = &nums[k];
        let prev_end = if k > 0 { nums[k - 1].end } else { 0 };
        let unit = after(&chars, n.end, 8);
        // "49M", "79F", "62 yo": an age written the way notes write it, not a reading.
        if is_age_shorthand(&chars, n.end, n.value) {
            k += 1;
            continue;
        }
        // "85/50", "160 over 95": a blood pressure when a sign word or mmHg says so, or when
        // the two numbers can only be a pressure (a top number of 90-260 at least 15 above a
        // bottom one of 40-150; dates and scores are smaller).
        let pair = nums.get(k + 1).filter(|m| {
            let between: String = chars[n.end..m.start].iter().collect();
            matches!(between.trim(), "/" | "over")
        });
        let word = sign_before(&chars, prev_end, n.start);
        if let Some(m) = pair {
            let unit2 = after(&chars, m.end, 6);
            let only_a_pressure = (60.0..=260.0).contains(&n.value)
                && (30.0..=150.0).contains(&m.value)
                && n.value - m.value >= 15.0
                && !["%", "kg", "cm", "mg", "ml", "km", "lb", "g ", "mm "].iter().any(|u| unit2.starts_with(u));
            if word == Some(VitalSign::SystolicBp)
                || unit2.starts_with("mmhg")
                || unit2.starts_with("mm hg")
                || only_a_pressure
            {
                v.set(VitalSign::SystolicBp, n.value);
                v.set(VitalSign::DiastolicBp, m.value);
                k += 2;
                continue;
            }
            if word == Some(VitalSign::Gcs) && m.value == 15.0 {
                v.set(VitalSign::Gcs, n.value);
                k += 2;
                continue;
            }
        }
        let by_unit = if unit.starts_with('°')
            || unit.starts_with('℉')
            || unit.starts_with('℃')
            || unit.starts_with("華氏")
            || unit.starts_with('度') && (34.0..=43.0).contains(&n.value)
        {
            Some(VitalSign::Temperature)
        } else if unit.starts_with("bpm") || unit.starts_with("beats") {
            Some(VitalSign::HeartRate)
        } else if unit.starts_with("breaths") || unit.starts_with("/min") && word == Some(VitalSign::RespiratoryRate) {
            Some(VitalSign::RespiratoryRate)
        } else if unit.starts_with("mmol") || unit.starts_with("mg/dl") {
            Some(VitalSign::Glucose)
        } else {
            None
        };
        // A bare decimal of body temperature ("took it under her arm and it's 38.4") in a
        // message that speaks of heat or fever.
        let feverish =
            || ["fever", "temp", "hot", "burning up", "thermometer", "燒", "溫", "燙"].iter().any(|w| text.contains(w));
        let bare_temperature = word.is_none()
            && by_unit.is_none()
            && chars[n.start..n.end].contains(&'.')
            && (35.0..=42.5).contains(&n.value)
            && (!unit.starts_with(|c: char| c.is_alphabetic() || c == '%') || taken_at_a_site(&unit))
            && feverish();
        let by_unit = by_unit.or(bare_temperature.then_some(VitalSign::Temperature));
        // "K 7.1 mmol/L": a blood test's own word outranks the unit it shares with glucose.
        let by_unit = by_unit.filter(|_| !word.is_some_and(is_lab));
        // "台北快要40度了", "it's 35 degrees outside": the weather's temperature, in a message
        // that says nothing of a fever or of taking one.
        let by_unit =
            by_unit.filter(|&s| s != VitalSign::Temperature || word.is_some() || !weather(&chars, n.start, text));
        match by_unit.or(word) {
            Some(VitalSign::Temperature) => {
                let f = unit.starts_with("°f")
                    || unit.starts_with("℉")
                    || unit.starts_with("華氏")
                    || unit.starts_with('f');
                let c = if f || n.value > 50.0 { (n.value - 32.0) * 5.0 / 9.0 } else { n.value };
                v.set(VitalSign::Temperature, c);
            }
            Some(VitalSign::Glucose) => {
                let mg = unit.starts_with("mg") || !unit.starts_with("mmol") && n.value > 33.0;
                v.set(VitalSign::Glucose, if mg { n.value / 18.0 } else { n.value });
            }
            Some(VitalSign::Spo2) if n.value < 50.0 => {}
            // Haemoglobin in g/L (a UK letter's "Hb 91") is g/dL times ten.
            Some(VitalSign::Haemoglobin) if n.value > 25.0 => v.set(VitalSign::Haemoglobin, n.value / 10.0),
            Some(sign) => v.set(sign, n.value),
            None => {}
        }
        k += 1;
    }
    if let Some(n) = tablets_taken(&chars, &nums) {
        v.set(VitalSign::TabletCount, n);
    }
    if let Some(w) = pregnancy_weeks(&chars, &nums) {
        v.set(VitalSign::PregnancyWeeks, w);
    }
    v
}

/// Words that say the tablets went in, looked for before the count in its clause.
const TAKEN: &[&str] = &[
    "took",
    "take",
    "taken",
    "taking",
    "swallowed",
    "swallow",
    "ate",
    "eaten",
    "had",
    "downed",
    "popped",
    "吃了",
    "吞了",
    "吃下",
    "吞下",
    "吃掉",
    "吞掉",
    "服用",
    "服了",
    "吃",
    "吞",
];

/// Words that count tablets, looked for just after the number.
const TABLET_WORDS: &[&str] = &[
    "tablet",
    "tabs",
    "pill",
    "capsule",
    "caps",
    "paracetamol",
    "panadol",
    "tylenol",
    "acetaminophen",
    "ibuprofen",
    "advil",
    "nurofen",
    "aspirin",
    "co-codamol",
    "codeine",
    "tramadol",
    "diazepam",
    "valium",
    "xanax",
    "zopiclone",
    "sleeping",
    "antidepressant",
    "of my",
    "of his",
    "of her",
    "of the",
    "顆",
    "粒",
    "片",
    "錠",
    "包",
];

/// The number of tablets the message says were taken at once: a count (digits, or Chinese
/// numerals such as 二十幾) followed by a tablet word, with a word of taking before it in the
/// same clause. "500mg" is a strength, not a count.
/// A count told after the tablets, in the same sentence: "took a lot of paracetamol, maybe 20
/// or 24". The words before it say a taking and then a tablet, and a hedge ("maybe", "about",
/// "like", "around") comes right before the number; a dose ("500mg") is not a count.
fn counted_after(chars: &[char], n: &Number) -> bool {
    let lo = n.start.saturating_sub(80);
    let from = (lo..n.start).rev().find(|&k| matches!(chars[k], '.' | '!' | '?' | '\n' | '。')).map_or(lo, |k| k + 1);
    let before: String = chars[from..n.start].iter().collect::<String>().to_lowercase();
    let hedged = ["maybe ", "about ", "around ", "like ", "roughly ", "approx ", "think it was "]
        .iter()
        .any(|h| before.trim_end_matches(' ').ends_with(h.trim_end()));
    let taken_at = TAKEN.iter().filter_map(|w| before.find(w)).min();
    let tablet_after = taken_at.is_some_and(|t| TABLET_WORDS.iter().any(|w| before[t..].contains(w)));
    let unit = after(chars, n.end, 6);
    // A time, a length, a weight or a dose after the number is not a count of tablets.
    let measure = [
        "am", "pm", ":", "o'c", "h", "min", "sec", "day", "week", "month", "year", "yr", "km", "mile", "kg", "lb",
        "cm", "mm", "°", "degree", "mg", "ml", "g ", "%",
    ]
    .iter()
    .any(|u| unit.starts_with(u));
    hedged && tablet_after && !measure
}

fn tablets_taken(chars: &[char], nums: &[Number]) -> Option<f64> {
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

/// The weeks of a pregnancy: "28 weeks pregnant", "6 months along", "34 weeks with my second",
/// 懷孕 30 週, 孕 12 周, 懷孕五個月 (months count as 4.3 weeks).
fn pregnancy_weeks(chars: &[char], nums: &[Number]) -> Option<f64> {
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
            }) || words.first() == Some(&"with")
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
            (english || chinese || is_weeks).then_some(n.value * per)
        })
        .reduce(f64::max)
}

/// Chinese numerals of one or two characters before a unit (五個月, 三十週): the small
/// counts of [`chinese_numbers`], without the ten that that reader requires.
fn chinese_numbers_small(chars: &[char]) -> Vec<Number> {
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
fn chinese_numbers(chars: &[char]) -> Vec<Number> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Vitals {
        read_vitals(&crate::text::normalize::normalize(t))
    }

    #[test]
    fn clinical_notes_in_both_languages() {
        let v = read("Presents with cough. T 39.4, HR 124, RR 28, BP 85/50, SpO2 92% on room air, GCS 13/15.");
        assert_eq!(v.get(VitalSign::Temperature), Some(39.4));
        assert_eq!(v.get(VitalSign::HeartRate), Some(124.0));
        assert_eq!(v.get(VitalSign::RespiratoryRate), Some(28.0));
        assert_eq!(v.get(VitalSign::SystolicBp), Some(85.0));
        assert_eq!(v.get(VitalSign::DiastolicBp), Some(50.0));
        assert_eq!(v.get(VitalSign::Spo2), Some(92.0));
        assert_eq!(v.get(VitalSign::Gcs), Some(13.0));
        let z = read("體溫 39.2 度，心跳 130，血氧只有 91%，血壓 88/52，血糖 45");
        assert_eq!(z.get(VitalSign::Temperature), Some(39.2));
        assert_eq!(z.get(VitalSign::HeartRate), Some(130.0));
        assert_eq!(z.get(VitalSign::Spo2), Some(91.0));
        assert_eq!(z.get(VitalSign::SystolicBp), Some(88.0));
        assert_eq!(z.get(VitalSign::Glucose), Some(2.5));
    }

    #[test]
    fn units_and_patients_words() {
        assert_eq!(read("my fever was 104F last night").get(VitalSign::Temperature), Some(40.0));
        assert_eq!(read("his sugar was 2.1 mmol/L").get(VitalSign::Glucose), Some(2.1));
        assert_eq!(read("blood sugar 450 mg/dl").get(VitalSign::Glucose), Some(25.0));
        assert_eq!(read("the oximeter says 88").get(VitalSign::Spo2), Some(88.0));
        assert_eq!(read("pulse ox 89%").get(VitalSign::Spo2), Some(89.0));
        assert_eq!(read("it was 38.5°C this morning").get(VitalSign::Temperature), Some(38.5));
        assert_eq!(read("she felt hot, 38.3 under the arm").get(VitalSign::Temperature), Some(38.3));
        assert_eq!(read("she felt hot, 38.3 in the ear").get(VitalSign::Temperature), Some(38.3));
        assert_eq!(read("she felt hot, 37.5 kg").get(VitalSign::Temperature), None);
        // An age in a note's shorthand is not a reading.
        assert_eq!(read("bp check: 49m, htn on amlodipine").get(VitalSign::SystolicBp), None);
        assert_eq!(read("pulse 49, bp 158/96").get(VitalSign::HeartRate), Some(49.0));
        assert_eq!(read("she felt hot, under her arm it's 38.4").get(VitalSign::Temperature), Some(38.4));
        assert_eq!(read("she weighs 38.4 kg and feels hot").get(VitalSign::Temperature), None);
        let bp = read("the nurse got 172/98 and at home it's been 160-170 over 95");
        assert_eq!(bp.get(VitalSign::SystolicBp), Some(172.0));
        assert_eq!(bp.get(VitalSign::DiastolicBp), Some(98.0));
        let shock = read("BP was 130/80 this morning, now 82/50");
        assert_eq!(shock.get(VitalSign::SystolicBp), Some(82.0));
        assert_eq!(read("耳溫37.9，一小時後再量38.1").get(VitalSign::Temperature), Some(38.1));
        assert!(read("pain is 7/10, since 12/05").get(VitalSign::SystolicBp).is_none());
    }

    #[test]
    fn tablets_taken_are_counted() {
        let n = |t: &str| read(t).get(VitalSign::TabletCount);
        assert_eq!(n("last night i took about 30 paracetamol (the 500mg ones)"), Some(30.0));
        assert_eq!(n("he swallowed 12 of his sleeping tablets"), Some(12.0));
        assert_eq!(n("她昨天吞了二十幾顆安眠藥"), Some(23.0));
        assert_eq!(n("吃了 15 顆普拿疼"), Some(15.0));
        assert_eq!(n("I take 2 tablets of 500mg twice a day"), Some(2.0));
        assert_eq!(n("there are 30 tablets in the box"), None);
        assert_eq!(n("last night i took a lot of paracetamol, maybe 20 or 24 i didnt count"), Some(20.0));
        assert_eq!(n("i took paracetamol for the pain, about 500 mg"), None);
        assert_eq!(n("i took my tablets this morning, around 8am"), None);
        assert_eq!(n("had my usual aura, took my tablets, the zigzag lasted about 20 min"), None);
        assert_eq!(n("醫生開了三十顆藥給我"), None);
    }

    #[test]
    fn pregnancy_weeks_are_read() {
        let w = |t: &str| read(t).get(VitalSign::PregnancyWeeks);
        assert_eq!(w("I'm 36 weeks with my first"), Some(36.0));
        assert_eq!(w("im 34 weeks and bubs has been quiet"), Some(34.0));
        assert_eq!(w("i'm 2 weeks post-op"), None);
        assert_eq!(w("I'm 20 weeks into this cough"), None);
        assert_eq!(w("she is 28 weeks pregnant"), Some(28.0));
        assert_eq!(w("懷孕 30 週，肚子很痛"), Some(30.0));
        assert_eq!(w("我懷孕五個月了"), Some(21.5));
        assert_eq!(w("I've had this cough for 3 weeks with my asthma"), None);
        assert_eq!(w("咳嗽 3 週了"), None);
    }

    #[test]
    fn numbers_that_are_not_vital_signs() {
        let v = read("I'm 45, on 2 tablets of B12, for 3 days, room 39, SpO2 98% on 2L oxygen");
        assert_eq!(v.get(VitalSign::Spo2), Some(98.0));
        assert_eq!(v.get(VitalSign::Temperature), None);
        assert_eq!(v.get(VitalSign::HeartRate), None);
        assert!(read("my 3 year old has a cough").is_empty());
        assert!(read("I had a fever for 3 days").get(VitalSign::Temperature).is_none());
    }
}
