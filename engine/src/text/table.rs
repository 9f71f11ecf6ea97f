//! Word tables written as one text each (`text::words`): a table of string slices costs 8 bytes
//! of pointer a string, and a table of word sequences 8 more a sequence, in the widget's .wasm;
//! one text of lines costs none (about 1.7 KB gzipped for the rewordings and the cues). A cue
//! table is split into its sequences once, on first use, so that reading a message (once a
//! keystroke in the widget) compares words as a table of slices would.

use std::sync::OnceLock;

/// A table of word sequences, one a line, the words separated by one space ("could it be").
pub(crate) struct Cues {
    text: &'static str,
    split: OnceLock<Vec<Box<[&'static str]>>>,
}

impl Cues {
    /// The table of the lines of `text`.
    pub(crate) const fn new(text: &'static str) -> Cues {
        Cues { text, split: OnceLock::new() }
    }

    /// The sequences, in the table's order.
    pub(crate) fn iter(&'static self) -> impl Iterator<Item = &'static [&'static str]> {
        self.split
            .get_or_init(|| self.text.lines().map(|line| line.split(' ').collect()).collect())
            .iter()
            .map(|s| &**s)
    }
}

/// A table of strings, one a line (a word, a phrase or a substring to look for), split into
/// its lines once, on first use.
pub(crate) struct Words {
    text: &'static str,
    split: OnceLock<Box<[&'static str]>>,
}

impl Words {
    /// The table of the lines of `text`.
    pub(crate) const fn new(text: &'static str) -> Words {
        Words { text, split: OnceLock::new() }
    }

    /// The strings, in the table's order.
    pub(crate) fn all(&'static self) -> &'static [&'static str] {
        self.split.get_or_init(|| self.text.lines().collect())
    }

    /// The strings, in the table's order.
    pub(crate) fn iter(&'static self) -> std::slice::Iter<'static, &'static str> {
        self.all().iter()
    }

    /// True when `word` is one of the strings.
    pub(crate) fn contains(&'static self, word: &str) -> bool {
        self.all().contains(&word)
    }
}

/// A table of pairs, one a line `left|right` ("don't want to live|suicidal"), split once, on
/// first use.
pub(crate) struct Pairs {
    text: &'static str,
    split: OnceLock<Box<[(&'static str, &'static str)]>>,
}

impl Pairs {
    /// The table of the lines of `text`.
    pub(crate) const fn new(text: &'static str) -> Pairs {
        Pairs { text, split: OnceLock::new() }
    }

    /// The pairs, in the table's order.
    pub(crate) fn iter(&'static self) -> std::slice::Iter<'static, (&'static str, &'static str)> {
        self.split.get_or_init(|| pairs(self.text).collect()).iter()
    }
}

/// The `(words, reading)` pairs of a table of lines `words|reading`.
pub(crate) fn pairs(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table.lines().filter_map(|line| line.split_once('|'))
}
