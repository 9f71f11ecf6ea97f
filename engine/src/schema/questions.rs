//! Follow-up questions of the interview and the answers they offer.

use serde::{Deserialize, Serialize};

use super::Text;
use crate::schema::ids::{FindingId, QuestionId};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// An answer to a follow-up question: what a KB question offers and what a request sends.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Yes: the finding is present.
    Yes,
    /// No: the finding is absent.
    No,
    /// Not sure: unknown; for a red flag treated as possibly present, never as "no".
    Unsure,
}

impl Answer {
    /// The answer's name in KB files and requests.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unsure => "unsure",
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
    /// The same question asked of someone writing about another person, in the third person
    /// ("Does one side of their face droop?"); when left out, `text` is asked.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub text_other: Text,
    /// Answers offered (default yes, no, unsure).
    #[serde(default = "default_options")]
    pub options: Vec<Answer>,
    /// Only ask when one of these findings is present (empty: whenever relevant).
    #[serde(default)]
    pub ask_if_any: Vec<FindingId>,
}

fn default_options() -> Vec<Answer> {
    vec![Answer::Yes, Answer::No, Answer::Unsure]
}
