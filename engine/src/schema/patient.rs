//! Who a rule or a prior is for: a patient's sex and a range of ages.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
