//! Embeds the bundled KB without the whitespace between JSON tokens (`kb/neuro.json` stays
//! readable for its authors; the widget ships about 115 KB less text and parses it sooner).

use std::path::Path;

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../kb/neuro.json");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = match std::fs::read_to_string(&src) {
        Ok(text) => text,
        Err(e) => panic!("cannot read {}: {e}", src.display()),
    };
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| panic!("cargo sets OUT_DIR"));
    let out = Path::new(&out_dir).join("neuro.min.json");
    if let Err(e) = std::fs::write(&out, minify(&text)) {
        panic!("cannot write {}: {e}", out.display());
    }
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
