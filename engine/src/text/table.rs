//! Word tables written as one text each (`text::words`): a table of string slices costs 8 bytes
//! of pointer a string, and a table of word sequences 8 more a sequence, in the widget's .wasm;
//! one text of lines costs none (about 2.5 KB gzipped for the rewordings and the cues).

/// A table of word sequences, one a line, the words separated by one space ("could it be").
#[derive(Clone, Copy)]
pub(crate) struct Cues(pub(crate) &'static str);

/// One word sequence of a [`Cues`] table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cue(pub(crate) &'static str);

impl Cues {
    /// The sequences, in the table's order.
    pub(crate) fn iter(self) -> impl Iterator<Item = Cue> {
        self.0.lines().map(Cue)
    }
}

impl Cue {
    /// The words, in order.
    pub(crate) fn words(self) -> impl Iterator<Item = &'static str> {
        self.0.split(' ')
    }

    /// How many words.
    pub(crate) fn len(self) -> usize {
        self.words().count()
    }

    /// The last word.
    pub(crate) fn last(self) -> Option<&'static str> {
        self.words().last()
    }
}

/// The `(words, reading)` pairs of a table of lines `words|reading`.
pub(crate) fn pairs(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table.lines().filter_map(|line| line.split_once('|'))
}
