//! Embeds the bundled KB without the whitespace between JSON tokens (`kb/neuro.json` stays
//! readable for its authors; the widget ships about 115 KB less text and parses it sooner), in
//! three files: the whole KB (`neuro.min.json`), the KB with an empty `articles` array
//! (`neuro.core.min.json`, all the widget embeds: it loads the articles of the patient's
//! language on its own) and the `articles` array alone (`neuro.articles.min.json`); the general
//! safety screen `kb/screen.json` (`screen.min.json`, embedded everywhere); and the KB's
//! `meta.id` and `meta.version` (`neuro.id.txt`, `neuro.version.txt`), which the widget checks in
//! the KB file it loads (`kb.<lang>.json`, written by `scripts/postbuild.mjs`), and its
//! `meta.emergency_number` (`neuro.number.txt`), the widget's number before any KB is loaded.

use std::path::Path;

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../kb/neuro.json");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = match std::fs::read_to_string(&src) {
        Ok(text) => text,
        Err(e) => panic!("cannot read {}: {e}", src.display()),
    };
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| panic!("cargo sets OUT_DIR"));
    let min = minify(&text);
    let (core, articles) = match top_level_value(&min, "articles") {
        Some((start, end)) => (format!("{}[]{}", &min[..start], &min[end..]), min[start..end].to_string()),
        None => (min.clone(), "[]".to_string()),
    };
    let meta = serde_json::from_str::<serde_json::Value>(&min).ok().and_then(|kb| kb.get("meta").cloned());
    let field = |key: &str| meta.as_ref().and_then(|m| m.get(key)).and_then(|v| v.as_str()).unwrap_or("").to_string();
    let (id, version, number) = (field("id"), field("version"), field("emergency_number"));
    let screen_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../kb/screen.json");
    println!("cargo:rerun-if-changed={}", screen_src.display());
    let screen = match std::fs::read_to_string(&screen_src) {
        Ok(text) => minify(&text),
        Err(e) => panic!("cannot read {}: {e}", screen_src.display()),
    };
    for (name, contents) in [
        ("screen.min.json", screen),
        ("neuro.min.json", min),
        ("neuro.core.min.json", core),
        ("neuro.articles.min.json", articles),
        ("neuro.id.txt", id),
        ("neuro.version.txt", version),
        ("neuro.number.txt", number),
    ] {
        let out = Path::new(&out_dir).join(name);
        if let Err(e) = std::fs::write(&out, contents) {
            panic!("cannot write {}: {e}", out.display());
        }
    }
}

/// The byte range of the value of `key` in the top-level object of a minified JSON text.
fn top_level_value(json: &str, key: &str) -> Option<(usize, usize)> {
    let bytes = json.as_bytes();
    let needle = format!("\"{key}\":");
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => {
                if depth == 1
                    && start.is_none()
                    && json[i..].starts_with(&needle)
                    && matches!(bytes.get(i.wrapping_sub(1)), Some(b'{' | b','))
                {
                    start = Some(i + needle.len());
                }
                in_string = true;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 1 && start.is_some() {
                    return start.map(|s| (s, i + 1));
                }
            }
            _ => {}
        }
    }
    None
}

/// Drops the whitespace outside strings; the JSON text is otherwise unchanged (same key order,
/// same escapes), so a syntax error stays a syntax error.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
            in_string = c == '"';
        }
    }
    out
}
