//! The Q&A library: articles (read on first use for the bundled KB), who asked them, and the
//! related-topic lists that link articles and conditions.

use serde::{Deserialize, Serialize};

use super::{Sex, Text};
use crate::schema::ids::{ArticleId, ConditionId, SourceId, TopicId};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// Who asked an article's question.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Asker {
    /// Age band such as `40-49`.
    pub age_band: String,
    /// Sex, if given.
    #[serde(default)]
    pub sex: Option<Sex>,
}

/// The "more info" part of an article.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MoreInfo {
    /// Likely causes.
    #[serde(default)]
    pub causes: Vec<Text>,
    /// Recommended steps.
    #[serde(default)]
    pub steps: Vec<Text>,
    /// When to seek help.
    #[serde(default)]
    pub seek_help: Vec<Text>,
}

/// The Q&A library: a list of articles, used as a slice (`kb.articles.iter()`, `kb.articles[i]`).
///
/// A KB file's articles are read with the rest of it. The bundled KB's are read on first use
/// ([`Articles::read_later`]): they are half its text and only the similar-question index and
/// the article views need them, so the widget is interactive sooner.
#[derive(Default)]
pub struct Articles {
    /// The JSON text of the array, when it is read on first use.
    later: Option<std::sync::Arc<str>>,
    list: std::sync::OnceLock<Vec<Article>>,
    /// Why the text of [`Articles::read_later`] could not be read, once it was tried.
    failed: std::sync::OnceLock<String>,
}

impl Articles {
    /// Articles read from `json` (a JSON array of articles) on first use. If it does not
    /// parse, the list is empty and [`Articles::error`] says why.
    pub fn read_later(json: std::sync::Arc<str>) -> Articles {
        Articles { later: Some(json), ..Articles::default() }
    }

    /// True when the articles are read (always, except for [`Articles::read_later`] before use).
    pub fn is_read(&self) -> bool {
        self.list.get().is_some()
    }

    /// Why the articles given to [`Articles::read_later`] could not be read (the parser's
    /// message), once they were used.
    pub fn error(&self) -> Option<&str> {
        self.failed.get().map(String::as_str)
    }
}

impl From<Vec<Article>> for Articles {
    fn from(list: Vec<Article>) -> Articles {
        Articles { list: std::sync::OnceLock::from(list), ..Articles::default() }
    }
}

impl std::ops::Deref for Articles {
    type Target = [Article];

    fn deref(&self) -> &[Article] {
        self.list.get_or_init(|| match self.later.as_deref().map(serde_json::from_str) {
            Some(Ok(list)) => list,
            Some(Err(e)) => {
                let _ = self.failed.set(e.to_string());
                Vec::new()
            }
            None => Vec::new(),
        })
    }
}

impl<'a> IntoIterator for &'a Articles {
    type Item = &'a Article;
    type IntoIter = std::slice::Iter<'a, Article>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl Clone for Articles {
    fn clone(&self) -> Articles {
        match self.list.get() {
            Some(list) => Articles::from(list.clone()),
            None => Articles { later: self.later.clone(), ..Articles::default() },
        }
    }
}

impl std::fmt::Debug for Articles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Articles {
    fn eq(&self, other: &Articles) -> bool {
        **self == **other
    }
}

impl Serialize for Articles {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Articles {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Articles, D::Error> {
        Vec::<Article>::deserialize(deserializer).map(Articles::from)
    }
}

/// A Q&A article.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Unique id.
    pub id: ArticleId,
    /// Title.
    pub title: Text,
    /// The patient's question.
    pub question: Text,
    /// Who asked. The widget does not show it, so its articles files leave it out
    /// (scripts/postbuild.mjs) and its build (wasm32) reads it as optional.
    #[cfg_attr(target_arch = "wasm32", serde(default))]
    pub asker: Asker,
    /// The short answer.
    pub answer: Text,
    /// Causes, steps and when to seek help.
    pub more_info: MoreInfo,
    /// Linked conditions.
    #[serde(default)]
    pub conditions: Vec<ConditionId>,
    /// Linked topics.
    #[serde(default)]
    pub topics: Vec<TopicId>,
    /// Source ids.
    pub sources: Vec<SourceId>,
}

/// A related-topic entry.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Unique id.
    pub id: TopicId,
    /// Name.
    pub name: Text,
    /// Articles about it.
    #[serde(default)]
    pub articles: Vec<ArticleId>,
    /// Conditions about it.
    #[serde(default)]
    pub conditions: Vec<ConditionId>,
}
