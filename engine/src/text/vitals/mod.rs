//! Vital signs written as numbers ("SpO2 91% on room air", "T 39.4", "BP 85/50", 血氧 91%,
//! 體溫 39.2 度, 血糖 45): a nurse's note, a letter copied by a relative, or a patient reading
//! a home device. Each number is given to the nearest sign word before it in the same clause
//! (no other number in between), or read by its unit alone (39.4°C, 120 bpm, 85/50 mmHg);
//! values outside a plausible range are ignored. A few blood-test results that a letter or a
//! phone message passes on (potassium, sodium, haemoglobin, a blood thinner's INR) are read the same way. The KB's findings set the thresholds
//! (`derived.vital`), per age band.

use crate::schema::VitalSign;

mod context;
mod numbers;
mod pregnancy;
mod sign_words;
mod tablets;
#[cfg(test)]
mod tests;

use context::{is_age_shorthand, other_test_before, taken_at_a_site, weather};
use numbers::{after, numbers};
use pregnancy::pregnancy_weeks;
use sign_words::{is_lab, sign_before};
use tablets::tablets_taken;

/// The vital signs read from a message; the most extreme reading of each when several are
/// given (a clinical note may give a trend).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Vitals {
    values: [Option<f64>; 14],
}

const SIGNS: [VitalSign; 14] = [
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
    VitalSign::Inr,
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
            VitalSign::Inr => new > old,
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
        VitalSign::Inr => (0.8, 20.0),
    }
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
        // message that speaks of heat, fever or its shivers ("had the shakes, 38.7 this morning").
        let feverish = || {
            [
                "fever",
                "temp",
                "hot",
                "burning up",
                "thermometer",
                "shak",
                "shiver",
                "chill",
                "rigor",
                "燒",
                "溫",
                "燙",
                "發抖",
                "畏寒",
                "冷顫",
            ]
            .iter()
            .any(|w| text.contains(w))
        };
        let bare_temperature = word.is_none()
            && by_unit.is_none()
            && chars[n.start..n.end].contains(&'.')
            && (35.0..=42.5).contains(&n.value)
            && (!unit.starts_with(|c: char| c.is_alphabetic() || c == '%') || taken_at_a_site(&unit))
            && feverish();
        let by_unit = by_unit.or(bare_temperature.then_some(VitalSign::Temperature));
        // "K 7.1 mmol/L": a blood test's own word outranks the unit it shares with glucose; so
        // does the word of a test this reader leaves alone ("cholesterol 6.2 mmol/L"), and, in
        // a message about lithium, a level in mmol/L that no word gives to the sugar.
        let by_unit = by_unit.filter(|_| !word.is_some_and(is_lab));
        let lithium = || text.contains("lithium") || text.contains('鋰');
        let by_unit = by_unit.filter(|&s| {
            s != VitalSign::Glucose || word.is_some() || !(lithium() || other_test_before(&chars, prev_end, n.start))
        });
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
