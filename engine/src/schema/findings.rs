//! Findings: the symptoms and facts the engine recognises, their kinds, body sites and the
//! modifiers read for them.

use serde::{Deserialize, Serialize};

use super::{Derivation, Text, TextList};
use crate::schema::ids::FindingId;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    #[default]
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

/// A symptom or fact the engine can recognise.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Unique id.
    pub id: FindingId,
    /// Short label shown to the patient. Required: validation reports a missing one as an empty
    /// text; it may be left out only of the widget's start files, which get it with the `-more` file.
    #[serde(default)]
    pub label: Text,
    /// What kind of fact it is.
    pub kind: FindingKind,
    /// Where in the body (the picker's group; `general` when left out, as the widget's start
    /// files do until their `-more` file gives it).
    #[serde(default)]
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
    /// Only a patient of this sex has it (a pregnancy, a period, the prostate): read from the
    /// words of a patient of the other sex, it is left out ("my face is swollen" from a man is
    /// no swelling of pregnancy). Left out, it is for anyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<crate::schema::patient::Sex>,
}
