//! The KB's identity: its version, disclaimer, languages and the catalogue of sources it cites.

use serde::{Deserialize, Serialize};

use super::{Lang, Text};
use crate::schema::ids::SourceId;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
