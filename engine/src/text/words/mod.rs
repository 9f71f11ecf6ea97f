//! The word lists of the text reader, one file per subject. They hold only data; the code that
//! reads them lives in the other modules of `text`.

pub(crate) mod clauses;
pub(crate) mod comparison;
pub(crate) mod denial_signs;
pub(crate) mod durations;
pub(crate) mod filler;
pub(crate) mod frequency;
pub(crate) mod hypothetical;
pub(crate) mod idioms;
pub(crate) mod inability;
pub(crate) mod negation;
pub(crate) mod onset;
pub(crate) mod past;
pub(crate) mod people;
pub(crate) mod progressing;
pub(crate) mod readings;
pub(crate) mod rewordings;
pub(crate) mod sides;
pub(crate) mod simplified;
pub(crate) mod subjects;
pub(crate) mod typos;
pub(crate) mod vitals;
pub(crate) mod zh_scopes;
pub(crate) mod zh_words;
