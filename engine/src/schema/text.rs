//! Texts and word lists in every supported language, the languages themselves, and the
//! lexicon's named word groups.

use serde::{Deserialize, Serialize};

use crate::schema::ids::LexiconId;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

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
