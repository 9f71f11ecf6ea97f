//! What a check takes of a request's text before reading it: at most [`MAX_TEXT_CHARS`]
//! characters, and the language of the result when the request names none. The blank path
//! needs both too, so they live apart from the reading itself.

use crate::contract::MAX_TEXT_CHARS;
use crate::schema::Lang;
use crate::text::normalize::is_cjk;

/// The text a check reads (its first [`MAX_TEXT_CHARS`] characters) and whether it was cut.
pub(super) fn cap(text: &str) -> (&str, bool) {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((i, _)) => (&text[..i], true),
        None => (text, false),
    }
}

/// The language a text is mostly written in: Chinese when its Chinese characters are at least
/// a third as many as its Latin letters.
pub(super) fn detect_lang(text: &str) -> Lang {
    let cjk = text.chars().filter(|c| is_cjk(*c)).count();
    let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if cjk * 3 >= latin && cjk > 0 {
        Lang::ZhTw
    } else {
        Lang::En
    }
}
