//! Findings made from what the engine read rather than from phrases: onset, frequency, side,
//! duration, age, other findings, and measured vital signs with their thresholds by age band.

use serde::{Deserialize, Serialize};

use super::AgeRange;
use crate::schema::ids::FindingId;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// How a symptom began.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Onset {
    /// Within seconds to minutes.
    Sudden,
    /// Over days or longer.
    Gradual,
}

/// How often a symptom is there.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Comes and goes.
    Intermittent,
    /// There all the time.
    Constant,
}

/// Which side of the body (for derived findings).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SideRule {
    /// Both sides.
    Both,
    /// One side (left or right).
    One,
}

/// A finding the engine derives from what it read rather than from phrases.
/// Exactly one field should be set.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Derivation {
    /// Present when the onset is this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset: Option<Onset>,
    /// Present when the patient says it is getting worse or spreading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progressing: Option<bool>,
    /// Present when the frequency is this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// Present when the side is this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<SideRule>,
    /// Present when the complaint has lasted at least this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_at_least_days: Option<f64>,
    /// Present when the complaint has lasted at most this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_at_most_days: Option<f64>,
    /// Present when a measured vital sign (read as a number: "SpO2 91%", 體溫 39.2 度) is
    /// beyond the threshold of the patient's age band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vital: Option<VitalRule>,
    /// Present when the patient's age (from the request or the text) is in this range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeRange>,
    /// Present when every one of these findings is present, however each was read ("a fever"
    /// and "a stiff neck" make "a stiff neck with fever"; "weak arm", "weak leg" and one side
    /// make "one side of the body weak"). Never makes the finding absent: its own phrases
    /// still read it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all_of: Vec<FindingId>,
    /// Present when one of these findings is told as a past episode ("two years ago I had
    /// numbness in both legs that went away", 去年有一次右眼看不清楚): an earlier attack, which
    /// is not a current complaint but tells some causes apart (multiple sclerosis).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub told_before: Vec<FindingId>,
}

/// A measured vital sign.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VitalSign {
    /// Body temperature in °C (°F is converted).
    Temperature,
    /// Oxygen saturation, %.
    Spo2,
    /// Heart rate, beats a minute.
    HeartRate,
    /// Breathing rate, breaths a minute.
    RespiratoryRate,
    /// Systolic blood pressure, mmHg.
    SystolicBp,
    /// Diastolic blood pressure, mmHg.
    DiastolicBp,
    /// Blood glucose in mmol/L (mg/dL is converted).
    Glucose,
    /// Glasgow coma scale, 3-15.
    Gcs,
    /// How many tablets or capsules the patient says were taken at once ("took 30
    /// paracetamol", 吞了二十幾顆安眠藥): read as a measure so that a count, not a word,
    /// raises an overdose.
    TabletCount,
    /// Weeks of a pregnancy ("28 weeks pregnant", "34 weeks with my second", 懷孕 30 週,
    /// 懷孕五個月): read as a measure so that a pregnancy told only in weeks counts as one.
    PregnancyWeeks,
    /// Serum potassium from a blood test, mmol/L ("K 7.1", "potassium 6.8 mmol/L", 血鉀 6.9).
    Potassium,
    /// Serum sodium from a blood test, mmol/L ("Na 118", 血鈉 119).
    Sodium,
    /// Haemoglobin from a blood test, g/dL (g/L is converted: "Hb 91 g/L" is 9.1).
    Haemoglobin,
    /// The INR of a blood-thinner's clotting test ("INR 7.8", "point-of-care INR 6").
    Inr,
}

/// When a vital sign makes a finding present: the first band whose ages include the
/// patient's decides (a band without ages is used when the age is unknown).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VitalRule {
    /// Which sign.
    pub sign: VitalSign,
    /// Thresholds by age band, first match wins.
    pub bands: Vec<VitalBand>,
}

/// One age band's threshold of a [`VitalRule`].
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VitalBand {
    /// The ages this band is for (none: every age, and an unknown one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeRange>,
    /// Present when the value is at least this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<f64>,
    /// Present when the value is at most this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<f64>,
}
