//! The knowledge-base schema: serde types for the public KB file format.
//!
//! Every type here is part of a clinic-facing interface (see `docs/knowledge-base.md`).
//! Unknown fields are rejected so that a typo in a clinic's file is reported, not ignored.

use serde::{Deserialize, Serialize};

use crate::kb::ids::{ArticleId, ConditionId, FindingId, LexiconId, QuestionId, RedFlagId, SourceId, TopicId};
use crate::Triage;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A whole knowledge base, as stored in one JSON file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    /// Identity, version, disclaimer and source catalogue.
    pub meta: Meta,
    /// Reusable word groups that phrases refer to as `@id`.
    #[serde(default)]
    pub lexicon: Vec<LexiconEntry>,
    /// Symptoms and facts the engine can recognise.
    pub findings: Vec<Finding>,
    /// Signs that set a minimum triage level, checked before anything else.
    pub red_flags: Vec<RedFlag>,
    /// Possible causes with their evidence and advice.
    pub conditions: Vec<Condition>,
    /// Follow-up questions for the interview.
    pub questions: Vec<Question>,
    /// The Q&A library.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<Article>"))]
    pub articles: Articles,
    /// Related-topic lists linking articles and conditions.
    pub topics: Vec<Topic>,
}

/// A text in every supported language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// English. Required by the validator (non-empty); may be left out of the parsed text so
    /// that a one-language KB file (the widget's `kb.<lang>.json`) need not carry empty strings.
    #[serde(default)]
    pub en: String,
    /// Traditional Chinese (Taiwan). Required by the validator, like `en`.
    #[serde(rename = "zh-TW", default)]
    pub zh_tw: String,
}

impl Text {
    /// True when both languages are empty.
    pub fn is_empty(&self) -> bool {
        self.en.is_empty() && self.zh_tw.is_empty()
    }
}

/// A list of strings in every supported language (used for phrases and word groups).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextList {
    /// English entries.
    #[serde(default)]
    pub en: Vec<String>,
    /// Traditional Chinese entries.
    #[serde(rename = "zh-TW", default)]
    pub zh_tw: Vec<String>,
}

/// A supported language.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub enum Lang {
    /// English.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Traditional Chinese (Taiwan).
    #[serde(rename = "zh-TW")]
    ZhTw,
}

impl Lang {
    /// Picks this language's entry of a translated text, or the other language's when this one
    /// is empty (a KB file must have both, but the widget's one-language article files carry
    /// only one until the other language is loaded).
    pub fn pick(self, text: &Text) -> &str {
        let (this, other) = match self {
            Lang::En => (&text.en, &text.zh_tw),
            Lang::ZhTw => (&text.zh_tw, &text.en),
        };
        if this.is_empty() {
            other
        } else {
            this
        }
    }

    /// The BCP 47 tag (`en`, `zh-TW`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhTw => "zh-TW",
        }
    }

    /// Parses a BCP 47 tag loosely: `zh`, `zh-tw`, `zh-Hant` map to Traditional Chinese.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase();
        if t == "en" || t.starts_with("en-") {
            Some(Lang::En)
        } else if t == "zh" || t.starts_with("zh-") {
            Some(Lang::ZhTw)
        } else {
            None
        }
    }
}

/// A patient's sex, as used for priors.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
}

/// Identity of the KB, its disclaimer and the catalogue of sources it cites.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// A stable identifier of this KB (e.g. `neuro-basic`).
    pub id: String,
    /// The KB's own version (e.g. `1.0.0`).
    pub version: String,
    /// Display title.
    pub title: Text,
    /// Languages every text is written in.
    pub languages: Vec<Lang>,
    /// Date of the last clinical review, `YYYY-MM-DD`.
    pub last_reviewed: String,
    /// Shown before any result: what this tool is and is not.
    pub disclaimer: Text,
    /// The emergency number used when the host page sets none (e.g. `112`).
    pub emergency_number: String,
    /// Every source the KB cites.
    pub sources: Vec<Source>,
}

/// A cited reference.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Id used by conditions and articles.
    pub id: SourceId,
    /// Who published it (NHS, NINDS, ...).
    pub publisher: String,
    /// Title of the page or paper.
    pub title: String,
    /// An `https://` address.
    pub url: String,
}

/// A named group of alternative words, used in phrases as `@id`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LexiconEntry {
    /// The group's name.
    pub id: LexiconId,
    /// English alternatives (each may be several words).
    #[serde(default)]
    pub en: Vec<String>,
    /// Chinese alternatives.
    #[serde(rename = "zh-TW", default)]
    pub zh_tw: Vec<String>,
}

/// What kind of fact a finding is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Something the patient feels.
    Symptom,
    /// Something that can be seen or measured.
    Sign,
    /// Something that brings it on.
    Trigger,
    /// Past illness, medicine or procedure.
    History,
    /// Time course and other context.
    Context,
}

/// Where in the body a finding is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum BodySite {
    Head,
    Scalp,
    Face,
    Eye,
    Eyelid,
    Mouth,
    Jaw,
    Ear,
    Neck,
    Back,
    Chest,
    Abdomen,
    Arm,
    Hand,
    Leg,
    Foot,
    WholeBody,
    General,
}

impl BodySite {
    /// The site's name in KB files (`whole_body`).
    pub fn as_str(self) -> &'static str {
        use BodySite::*;
        match self {
            Head => "head",
            Scalp => "scalp",
            Face => "face",
            Eye => "eye",
            Eyelid => "eyelid",
            Mouth => "mouth",
            Jaw => "jaw",
            Ear => "ear",
            Neck => "neck",
            Back => "back",
            Chest => "chest",
            Abdomen => "abdomen",
            Arm => "arm",
            Hand => "hand",
            Leg => "leg",
            Foot => "foot",
            WholeBody => "whole_body",
            General => "general",
        }
    }
}

/// A modifier the engine reads for a finding.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Attribute {
    Side,
    Duration,
    Onset,
    Frequency,
    Progression,
    Triggers,
    /// Whose state it is: a state of the whole person (drowsy, confused, floppy) is not read
    /// from words said of a body part ("my foot is floppy", "my fingers won't wake up").
    Subject,
}

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
}

/// A range of ages in years; fractions count months (0.25 is three months). Either end may be
/// left open.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    /// Youngest age in the range (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Oldest age in the range (exclusive: `{"max": 0.25}` is under three months).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl AgeRange {
    /// True when `years` is in the range.
    pub fn contains(&self, years: f64) -> bool {
        self.min.is_none_or(|m| years >= m) && self.max.is_none_or(|m| years < m)
    }
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

/// Who to see about a general-screen rule.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum See {
    /// An emergency department or an ambulance.
    EmergencyDepartment,
    /// The family doctor (GP), or an urgent care clinic out of hours.
    FamilyDoctor,
    /// A pharmacist.
    Pharmacist,
    /// A dentist.
    Dentist,
    /// An eye doctor or eye emergency service.
    EyeDoctor,
    /// The maternity unit or the obstetrician.
    MaternityUnit,
    /// A mental-health crisis line or service.
    MentalHealthCrisis,
    /// A poison centre.
    PoisonCentre,
}

impl See {
    /// Who to see, in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (See::EmergencyDepartment, Lang::En) => "Emergency department (call an ambulance if needed)",
            (See::EmergencyDepartment, Lang::ZhTw) => "急診（必要時叫救護車）",
            (See::FamilyDoctor, Lang::En) => "Your family doctor, or an urgent care clinic out of hours",
            (See::FamilyDoctor, Lang::ZhTw) => "家庭醫師或診所；非門診時間可到急診",
            (See::Pharmacist, Lang::En) => "A pharmacist",
            (See::Pharmacist, Lang::ZhTw) => "藥師",
            (See::Dentist, Lang::En) => "A dentist",
            (See::Dentist, Lang::ZhTw) => "牙醫",
            (See::EyeDoctor, Lang::En) => "An eye doctor or eye emergency service",
            (See::EyeDoctor, Lang::ZhTw) => "眼科或眼科急診",
            (See::MaternityUnit, Lang::En) => "Your maternity unit or obstetrician",
            (See::MaternityUnit, Lang::ZhTw) => "產科門診或產房",
            (See::MentalHealthCrisis, Lang::En) => "A crisis line or mental-health service, or the emergency number",
            (See::MentalHealthCrisis, Lang::ZhTw) => "心理危機專線（安心專線 1925）或撥打緊急電話",
            (See::PoisonCentre, Lang::En) => "A poison centre, and the emergency number if unwell",
            (See::PoisonCentre, Lang::ZhTw) => "毒藥物諮詢中心；身體不適請撥打緊急電話",
        }
    }
}

/// A symptom or fact the engine can recognise.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Unique id.
    pub id: FindingId,
    /// Short label shown to the patient.
    pub label: Text,
    /// What kind of fact it is.
    pub kind: FindingKind,
    /// Where in the body.
    pub site: BodySite,
    /// How patients say it (see the phrase rules in `docs/knowledge-base.md`).
    #[serde(default)]
    pub phrases: TextList,
    /// Modifiers the engine reads for it.
    #[serde(default)]
    pub attributes: Vec<Attribute>,
    /// How often it is present among everyone who uses the checker (default 0.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_rate: Option<f64>,
    /// Makes the finding from modifiers instead of phrases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub derived: Option<Derivation>,
    /// A general finding (fever, cough, chest pain...): it weighs on the causes a specialty KB
    /// ranks but never makes one a candidate by itself, so that a cold does not bring up a
    /// neurological cause. The general screen marks its own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub general: bool,
    /// Findings that take its place: it is not read from a clause in which one of these is read
    /// too ("weak on that side" is one side of the body in "I feel weak on my right side", but
    /// the face in "my face became weak on that side").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_with: Vec<FindingId>,
}

/// The findings that fire a red flag.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    /// Every one of these must be present.
    #[serde(default)]
    pub all: Vec<FindingId>,
    /// At least one of these must be present (when non-empty).
    #[serde(default)]
    pub any: Vec<FindingId>,
    /// None of these may be present: a more specific rule answers for them (pauses in
    /// breathing with snoring are a sleep problem, not a breathing emergency).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub none: Vec<FindingId>,
}

/// A sign that sets a minimum triage level.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RedFlag {
    /// Unique id.
    pub id: RedFlagId,
    /// What it means, in a few words.
    pub label: Text,
    /// The minimum triage level when it fires.
    pub level: Triage,
    /// What to do now; `{number}` becomes the emergency number. Required in a KB; a
    /// general-screen rule may leave it out, and gets the action of its level.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub action: Text,
    /// When it fires.
    pub when: Trigger,
    /// Does not fire when the complaint has lasted longer than this (unknown still fires).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_duration_days: Option<f64>,
    /// A sign outside the KB's domain that must fire even when nothing else matches.
    #[serde(default)]
    pub universal: bool,
    /// The cause this warning sign is about (a condition of the KB): when the sign fires, it is
    /// shown first among the causes, marked to rule out first, so that the list agrees with
    /// the banner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<ConditionId>,
    /// Its level when the patient says the episode is over ("it's gone now"); without it the
    /// level stays (a stroke warning that has passed is still an emergency).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_level: Option<Triage>,
    /// Fires only for patients of these ages. An unknown age fires a range with no upper end
    /// (a sign of older adults warns when the age is not given) and not one with an upper end
    /// (a child's rule needs the age). Read by the widget's build too: a specialty KB's signs
    /// may have ages (giant cell arteritis from 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<AgeRange>,
    /// Fires only for patients of this sex (an unknown sex fires it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Who to see (general-screen rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub see: Option<See>,
    /// What the patient can do meanwhile (general-screen rules of the lower levels).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub self_care: Vec<Text>,
    /// Sources, by id in the catalogue.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// A factor applied to a condition's prior for an age range.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AgeFactor {
    /// Lowest age, inclusive.
    pub min: u32,
    /// Highest age, inclusive.
    pub max: u32,
    /// Multiplier (0 to 100); 0 means the condition is not offered at these ages.
    pub factor: f64,
}

/// Factors applied to a condition's prior by sex.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SexFactor {
    /// Multiplier for women (0: never offered to women).
    #[serde(default = "one")]
    pub female: f64,
    /// Multiplier for men (0: never offered to men).
    #[serde(default = "one")]
    pub male: f64,
}

fn one() -> f64 {
    1.0
}

/// One finding's weight for a condition.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The finding.
    pub finding: FindingId,
    /// Probability that someone with the condition has the finding, in (0, 1).
    pub p: f64,
}

/// When an escalation rule applies; every field given must hold.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EscalationWhen {
    /// This finding is present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding: Option<FindingId>,
    /// The complaint has lasted at least this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_at_least_days: Option<f64>,
    /// The complaint has lasted at most this many days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_at_most_days: Option<f64>,
    /// It is getting worse or spreading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progressing: Option<bool>,
    /// It began this way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset: Option<Onset>,
}

/// A rule that changes a condition's triage level.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    /// When it applies.
    pub when: EscalationWhen,
    /// The level it sets.
    pub level: Triage,
}

/// A possible cause.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// Unique id.
    pub id: ConditionId,
    /// Name shown to the patient.
    pub name: Text,
    /// ICD-10 codes.
    pub icd10: Vec<String>,
    /// A plain description.
    pub description: Text,
    /// Relative prevalence among people using the checker, in (0, 1].
    pub prior: f64,
    /// Prior factors by age.
    #[serde(default)]
    pub age: Vec<AgeFactor>,
    /// Prior factors by sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<SexFactor>,
    /// Findings for and against it.
    pub evidence: Vec<Evidence>,
    /// Triage level when it leads.
    pub triage: Triage,
    /// Rules that change the level.
    #[serde(default)]
    pub escalation: Vec<Escalation>,
    /// Which specialist sees it.
    pub specialist: Text,
    /// Tests a doctor may order.
    #[serde(default)]
    pub tests: Vec<Text>,
    /// What the patient can do.
    #[serde(default)]
    pub self_care: Vec<Text>,
    /// When to seek help.
    #[serde(default)]
    pub seek_help: Vec<Text>,
    /// Source ids.
    pub sources: Vec<SourceId>,
}

/// One possible answer to a follow-up question.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AnswerOption {
    /// The finding is present.
    Yes,
    /// The finding is absent.
    No,
    /// Not known; never treated as "no" for a red flag.
    Unsure,
}

impl AnswerOption {
    /// The answer's name in KB files and requests.
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerOption::Yes => "yes",
            AnswerOption::No => "no",
            AnswerOption::Unsure => "unsure",
        }
    }
}

/// A follow-up question that settles one finding.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique id.
    pub id: QuestionId,
    /// The finding it settles.
    pub finding: FindingId,
    /// The question.
    pub text: Text,
    /// Answers offered (default yes, no, unsure).
    #[serde(default = "default_options")]
    pub options: Vec<AnswerOption>,
    /// Only ask when one of these findings is present (empty: whenever relevant).
    #[serde(default)]
    pub ask_if_any: Vec<FindingId>,
}

fn default_options() -> Vec<AnswerOption> {
    vec![AnswerOption::Yes, AnswerOption::No, AnswerOption::Unsure]
}

/// Who asked an article's question.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Asker {
    /// Age band such as `40-49`.
    pub age_band: String,
    /// Sex, if given.
    #[serde(default)]
    pub sex: Option<Sex>,
}

/// The "more info" part of an article.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MoreInfo {
    /// Likely causes.
    #[serde(default)]
    pub causes: Vec<Text>,
    /// Recommended steps.
    #[serde(default)]
    pub steps: Vec<Text>,
    /// When to seek help.
    #[serde(default)]
    pub seek_help: Vec<Text>,
}

/// The Q&A library: a list of articles, used as a slice (`kb.articles.iter()`, `kb.articles[i]`).
///
/// A KB file's articles are read with the rest of it. The bundled KB's are read on first use
/// ([`Articles::read_later`]): they are half its text and only the similar-question index and
/// the article views need them, so the widget is interactive sooner.
#[derive(Default)]
pub struct Articles {
    /// The JSON text of the array, when it is read on first use.
    later: Option<std::sync::Arc<str>>,
    list: std::sync::OnceLock<Vec<Article>>,
    /// Why the text of [`Articles::read_later`] could not be read, once it was tried.
    failed: std::sync::OnceLock<String>,
}

impl Articles {
    /// Articles read from `json` (a JSON array of articles) on first use. If it does not
    /// parse, the list is empty and [`Articles::error`] says why.
    pub fn read_later(json: std::sync::Arc<str>) -> Articles {
        Articles { later: Some(json), ..Articles::default() }
    }

    /// True when the articles are read (always, except for [`Articles::read_later`] before use).
    pub fn is_read(&self) -> bool {
        self.list.get().is_some()
    }

    /// Why the articles given to [`Articles::read_later`] could not be read (the parser's
    /// message), once they were used.
    pub fn error(&self) -> Option<&str> {
        self.failed.get().map(String::as_str)
    }
}

impl From<Vec<Article>> for Articles {
    fn from(list: Vec<Article>) -> Articles {
        Articles { list: std::sync::OnceLock::from(list), ..Articles::default() }
    }
}

impl std::ops::Deref for Articles {
    type Target = [Article];

    fn deref(&self) -> &[Article] {
        self.list.get_or_init(|| match self.later.as_deref().map(serde_json::from_str) {
            Some(Ok(list)) => list,
            Some(Err(e)) => {
                let _ = self.failed.set(e.to_string());
                Vec::new()
            }
            None => Vec::new(),
        })
    }
}

impl<'a> IntoIterator for &'a Articles {
    type Item = &'a Article;
    type IntoIter = std::slice::Iter<'a, Article>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl Clone for Articles {
    fn clone(&self) -> Articles {
        match self.list.get() {
            Some(list) => Articles::from(list.clone()),
            None => Articles { later: self.later.clone(), ..Articles::default() },
        }
    }
}

impl std::fmt::Debug for Articles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Articles {
    fn eq(&self, other: &Articles) -> bool {
        **self == **other
    }
}

impl Serialize for Articles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Articles {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Articles, D::Error> {
        Vec::<Article>::deserialize(deserializer).map(Articles::from)
    }
}

/// A Q&A article.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Unique id.
    pub id: ArticleId,
    /// Title.
    pub title: Text,
    /// The patient's question.
    pub question: Text,
    /// Who asked. The widget does not show it, so its articles files leave it out
    /// (scripts/postbuild.mjs) and its build (wasm32) reads it as optional.
    #[cfg_attr(target_arch = "wasm32", serde(default))]
    pub asker: Asker,
    /// The short answer.
    pub answer: Text,
    /// Causes, steps and when to seek help.
    pub more_info: MoreInfo,
    /// Linked conditions.
    #[serde(default)]
    pub conditions: Vec<ConditionId>,
    /// Linked topics.
    #[serde(default)]
    pub topics: Vec<TopicId>,
    /// Source ids.
    pub sources: Vec<SourceId>,
}

/// A related-topic entry.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Unique id.
    pub id: TopicId,
    /// Name.
    pub name: Text,
    /// Articles about it.
    #[serde(default)]
    pub articles: Vec<ArticleId>,
    /// Conditions about it.
    #[serde(default)]
    pub conditions: Vec<ConditionId>,
}

#[cfg(test)]
mod tests {
    use super::{AnswerOption, BodySite};

    #[test]
    fn names_are_those_of_kb_files() {
        use BodySite::*;
        let sites = [
            Head, Scalp, Face, Eye, Eyelid, Mouth, Jaw, Ear, Neck, Back, Chest, Abdomen, Arm, Hand, Leg, Foot,
            WholeBody, General,
        ];
        for site in sites {
            assert_eq!(serde_json::to_value(site).unwrap(), site.as_str());
        }
        for answer in [AnswerOption::Yes, AnswerOption::No, AnswerOption::Unsure] {
            assert_eq!(serde_json::to_value(answer).unwrap(), answer.as_str());
        }
    }
}
