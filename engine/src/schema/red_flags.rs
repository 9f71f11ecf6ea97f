//! Red flags: the signs that set a minimum triage level, what fires them, and who to see.

use serde::{Deserialize, Serialize};

use super::{AgeRange, Lang, Sex, Text};
use crate::schema::ids::{ConditionId, FindingId, RedFlagId, SourceId};
use crate::Triage;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
    /// What it means, in a few words. Required: validation reports a missing one as an empty
    /// text; it may be left out only of the widget's start files, which get it with the `-more` file.
    #[serde(default)]
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
    /// Its level when the episode is over, the patient says such episodes keep coming back, and
    /// that they were checked before with nothing found (panic attacks after a normal heart
    /// check-up): a known pattern told from between attacks. Without it, `resolved_level`
    /// applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrent_level: Option<Triage>,
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
