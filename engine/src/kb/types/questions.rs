//! Follow-up questions of the interview and the answers they offer.

use serde::{Deserialize, Serialize};

use super::Text;
use crate::kb::ids::{FindingId, QuestionId};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
