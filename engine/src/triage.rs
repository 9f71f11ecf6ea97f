//! The triage levels, ordered by urgency, and their names in results and KB files.

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// How urgently to act, from least to most urgent (so `max` gives the more urgent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Triage {
    /// Look after it at home and watch for changes.
    SelfCare,
    /// Book an appointment in the coming days or weeks.
    Soon,
    /// See a doctor today or tomorrow.
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl Triage {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Triage::SelfCare => "self_care",
            Triage::Soon => "soon",
            Triage::Urgent => "urgent",
            Triage::Emergency => "emergency",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Triage;

    #[test]
    fn order_is_by_urgency() {
        assert!(Triage::Emergency > Triage::Urgent);
        assert!(Triage::Urgent > Triage::Soon);
        assert!(Triage::Soon > Triage::SelfCare);
    }
}
