//! Conditions: the possible causes, their priors by age and sex, the evidence for and against
//! them, and the rules that change their triage level.

use serde::{Deserialize, Serialize};

use super::{Onset, Text};
use crate::schema::ids::{ConditionId, FindingId, SourceId};
use crate::Triage;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
