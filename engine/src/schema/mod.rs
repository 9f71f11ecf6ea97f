//! The knowledge-base schema: serde types for the public KB file format, and the ids' newtypes.
//! A leaf of the crate: the readers of text (`text/`) and of KB files (`kb/`) both build on
//! it, and it builds on neither.
//!
//! Every type here is part of a clinic-facing interface (see `docs/knowledge-base.md`).
//! Unknown fields are rejected so that a typo in a clinic's file is reported, not ignored.

mod articles;
mod conditions;
mod derivation;
mod findings;
pub mod ids;
mod meta;
mod patient;
mod questions;
mod red_flags;
#[cfg(test)]
mod tests;
mod text;

pub use articles::{Article, Articles, Asker, MoreInfo, Topic};
pub use conditions::{AgeFactor, Condition, Escalation, EscalationWhen, Evidence, SexFactor};
pub use derivation::{Derivation, Frequency, Onset, SideRule, VitalBand, VitalRule, VitalSign};
pub use findings::{Attribute, BodySite, Finding, FindingKind};
pub use meta::{Meta, Source};
pub use patient::{AgeRange, Sex};
pub use questions::{Answer, Question};
pub use red_flags::{RedFlag, See, Trigger};
pub use text::{Lang, LexiconEntry, Text, TextList};

use serde::{Deserialize, Serialize};

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
