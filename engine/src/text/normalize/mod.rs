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

use crate::text::table::pairs;
use crate::text::words::rewordings::{REWORDED, SCREEN_REWORDED};
use crate::text::words::simplified::SIMPLIFIED;
use crate::text::words::subjects::BODY_PART_WORDS;
use readings::{behind_the_eye, death_wish, first_ever, peeing_often, replace_words};

/// The longest aside in brackets that is lifted out of its sentence, in characters.
const MAX_ASIDE: usize = 60;

/// Moves a short aside in brackets after a body part to the end of the text as a sentence of
/// its own: "my mouth and my left hand (palm and fingers) both went numb" reads the sentence
/// without the aside, and the aside on its own. An aside that names what came before it ("down
/// there (between my legs)", 下面(蛋蛋)) or a lab range stays where it is.
fn lift_parentheticals(text: String) -> String {
    if !text.contains('(') {
        return text;
    }
    let mut kept = String::with_capacity(text.len());
    let mut asides = String::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('(') {
        let Some(len) = rest[open + 1..].find([')', '(']) else { break };
        let inner = &rest[open + 1..open + 1 + len];
        let closes = rest[open + 1 + len..].starts_with(')');
        kept.push_str(&rest[..open]);
        let after_part = rest[..open]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| BODY_PART_WORDS.contains(w.trim_matches(|c: char| !c.is_alphanumeric())));
        if closes && after_part && inner.chars().count() <= MAX_ASIDE && !inner.trim().is_empty() {
            asides.push_str(". ");
            asides.push_str(inner.trim());
            kept.push(' ');
            rest = &rest[open + 2 + len..];
        } else {
            kept.push('(');
            rest = &rest[open + 1..];
        }
    }
    kept.push_str(rest);
    kept.push_str(&asides);
    kept
}

/// Normalises patient or KB text: full-width ASCII to half-width, lower case, typographic
/// quotes to ASCII, simplified characters to traditional, Chinese degree words inside a
/// negated verb dropped ([`fold_zh_degree`]), short asides in brackets
/// read as sentences of their own.
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
    out = lift_parentheticals(behind_the_eye(peeing_often(first_ever(death_wish(out)))));
    for (words, reading) in pairs(REWORDED).chain(pairs(SCREEN_REWORDED)) {
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
