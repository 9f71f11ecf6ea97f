//! Normalisation shared by the text pipeline and the KB compiler: width, case, quotes, a few
//! simplified Chinese characters mapped to their traditional forms, rewordings of expressions
//! the matcher cannot read word by word, and Chinese degree words dropped.

mod chars;
mod readings;
#[cfg(test)]
mod tests;
mod zh_degree;

pub use chars::{is_cjk, is_clause_end, is_sentence_end, lower, lower_first};
pub use zh_degree::fold_zh_degree;

use crate::text::words::rewordings::{REWORDED, SCREEN_REWORDED};
use crate::text::words::simplified::SIMPLIFIED;
use readings::{behind_the_eye, death_wish, first_ever, peeing_often, replace_words};

/// Normalises patient or KB text: full-width ASCII to half-width, lower case, typographic
/// quotes to ASCII, simplified characters to traditional, Chinese degree words inside a
/// negated verb dropped ([`fold_zh_degree`]).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let c = match ch {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(ch as u32 - 0xFEE0).unwrap_or(ch),
            '\u{3000}' | '\u{00A0}' | '\t' | '\r' => ' ',
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            _ => simplified_to_traditional(ch),
        };
        out.push(lower(c));
    }
    out = behind_the_eye(peeing_often(first_ever(death_wish(out))));
    for (words, reading) in REWORDED.iter().chain(SCREEN_REWORDED) {
        if out.contains(words) {
            out = replace_words(&out, words, reading);
        }
    }
    if out.chars().any(is_cjk) {
        fold_zh_degree(&out)
    } else {
        out
    }
}

/// The traditional form of a character of [`SIMPLIFIED`]; any other character is unchanged.
fn simplified_to_traditional(ch: char) -> char {
    if (ch as u32) < 0x3000 {
        return ch;
    }
    SIMPLIFIED.iter().find(|(s, _)| *s == ch).map(|(_, t)| *t).unwrap_or(ch)
}
