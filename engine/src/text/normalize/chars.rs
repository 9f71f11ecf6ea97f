//! Characters: lower case for the scripts a patient types, CJK ideographs, and the characters
//! that end a sentence or a clause.

/// Lower case for the scripts a patient of an English or Chinese page types: ASCII, Latin-1,
/// Latin Extended-A, Greek and Cyrillic capitals; any other character is returned unchanged
/// (Chinese has no case). `char::to_lowercase` would do all of Unicode, with tables that cost
/// the widget about 5 KB gzipped for letters that never occur in a KB.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x130 => u32::from(b'i'),
        0x178 => 0xFF,
        0x400..=0x40F => u + 0x50,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` with its first character in lower case ([`lower`]).
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(lower(f)).chain(c).collect(),
        None => String::new(),
    }
}

/// True for CJK ideographs (the characters Chinese phrases are made of).
pub fn is_cjk(ch: char) -> bool {
    matches!(ch as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// True for characters that end a sentence.
pub fn is_sentence_end(ch: char) -> bool {
    matches!(ch, '.' | '!' | '?' | ';' | '\n' | '。' | '；' | '！' | '？' | '…')
}

/// True for characters that end a Chinese clause (sentence ends and commas).
pub fn is_clause_end(ch: char) -> bool {
    is_sentence_end(ch) || matches!(ch, ',' | '，' | ':' | '：')
}
