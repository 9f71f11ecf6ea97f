//! The CLI's input and output, made safe for whatever it is given: reads with a size limit
//! (a request from `/dev/zero` or a 10 GB file is refused, not read into memory), only regular
//! files for KBs and vignettes (a FIFO or a device is refused before it can hang), JSON with
//! duplicate keys refused (last-wins would let a second `text` replace a stroke message),
//! a UTF-8 byte-order mark skipped, error messages cut to one readable line with control
//! characters escaped, and writes that report a closed or full stdout instead of panicking.

use std::io::{Read, Write};

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::CliError;

/// Largest request read from stdin (the engine reads 4,000 characters of text).
pub const MAX_REQUEST_BYTES: u64 = 1 << 20;
/// Largest KB or vignette file (a clinic KB 100 times the bundled one is about 70 MB).
pub const MAX_FILE_BYTES: u64 = 256 << 20;
/// Longest error line printed, in characters.
const MAX_MESSAGE_CHARS: usize = 300;

/// Reads at most `limit` bytes of UTF-8 from `reader`; more is an error naming `what`.
pub fn read_limited(mut reader: impl Read, limit: u64, what: &str) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    reader
        .by_ref()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CliError::Input(format!("cannot read {what}: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(CliError::Input(format!("{what} is larger than {} bytes; it was not read", limit)));
    }
    let text = String::from_utf8(bytes).map_err(|_| CliError::Input(format!("{what} is not UTF-8 text")))?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// Reads a KB or vignette file: a regular file of at most [`MAX_FILE_BYTES`].
pub fn read_file(path: &str) -> Result<String, CliError> {
    let shown = quote(path);
    let meta = std::fs::metadata(path).map_err(|e| CliError::Input(format!("cannot read {shown}: {e}")))?;
    if !meta.is_file() {
        return Err(CliError::Input(format!("{shown} is not a regular file")));
    }
    let file = std::fs::File::open(path).map_err(|e| CliError::Input(format!("cannot read {shown}: {e}")))?;
    read_limited(file, MAX_FILE_BYTES, &shown)
}

/// Refuses JSON in which an object names a key twice, at any depth.
pub fn no_duplicate_keys(json: &str) -> Result<(), String> {
    let mut de = serde_json::Deserializer::from_str(json);
    Unique::deserialize(&mut de).map(|_| ()).map_err(|e| e.to_string())
}

/// Walks any JSON value, failing on a repeated key within one object.
struct Unique;

impl<'de> Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueVisitor)
    }
}

struct UniqueVisitor;

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = Unique;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unique, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(de::Error::custom(format!("duplicate key {}", quote(&key))));
            }
            map.next_value::<Unique>()?;
        }
        Ok(Unique)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
        while seq.next_element::<Unique>()?.is_some() {}
        Ok(Unique)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_str<E>(self, _: &str) -> Result<Unique, E> {
        Ok(Unique)
    }
    fn visit_unit<E>(self) -> Result<Unique, E> {
        Ok(Unique)
    }
}

/// A value shown in a message: in backquotes, control characters escaped, cut to a readable
/// length.
pub fn quote(s: &str) -> String {
    let mut out = String::from("`");
    out.push_str(&plain(s, 80));
    out.push('`');
    out
}

/// Text made safe for a terminal: control characters (escape sequences, newlines, bidi
/// overrides) escaped, and cut to `max` characters with an ellipsis.
pub fn plain(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (n, ch) in s.chars().enumerate() {
        if n == max {
            out.push('…');
            break;
        }
        if ch.is_control() || matches!(ch, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.extend(ch.escape_default());
        } else {
            out.push(ch);
        }
    }
    out
}

/// One error message as printed on stderr: each line made plain and cut, at most 50 lines.
pub fn message(s: &str) -> String {
    let lines: Vec<String> = s.lines().take(50).map(|l| plain(l, MAX_MESSAGE_CHARS)).collect();
    let more = s.lines().count().saturating_sub(50);
    let mut out = lines.join("\n");
    if more > 0 {
        out.push_str(&format!("\n… and {more} more line(s)"));
    }
    out
}

/// Writes a line to stderr; if stderr itself is closed there is nobody to tell.
pub fn err(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Writes a line to stdout; a closed or full stdout is an error, not a panic.
pub fn out(line: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{line}")
        .and_then(|_| stdout.flush())
        .map_err(|e| CliError::Input(format!("cannot write the output: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_bounded_and_skip_a_bom() {
        assert_eq!(read_limited("\u{feff}{}".as_bytes(), 10, "x").ok().as_deref(), Some("{}"));
        assert!(read_limited(std::io::repeat(0).take(100), 10, "x").is_err());
        assert!(read_limited(&[0xff, 0xfe][..], 10, "x").is_err());
    }

    #[test]
    fn duplicate_keys_are_found_at_any_depth() {
        assert!(no_duplicate_keys(r#"{"a": 1, "b": [{"c": 1}], "d": {"e": null}}"#).is_ok());
        assert!(no_duplicate_keys(r#"{"text": "my face droops", "text": "eyelid"}"#).is_err());
        assert!(no_duplicate_keys(r#"{"a": [{"b": 1, "b": 2}]}"#).is_err());
    }

    #[test]
    fn messages_are_plain_and_cut() {
        assert_eq!(plain("a\u{1b}[31mb\nc", 100), "a\\u{1b}[31mb\\nc");
        assert_eq!(plain(&"x".repeat(500), 10).chars().count(), 11);
        assert_eq!(message(&"line\n".repeat(60)).lines().count(), 51);
    }
}
