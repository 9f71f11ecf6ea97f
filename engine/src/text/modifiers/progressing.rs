//! Whether the complaint is getting worse or spreading, in English and Chinese.

use crate::text::tokens::{Polarity, Token};
use crate::text::words::progressing::{ZH_AGGRAVATED, ZH_PROGRESSING, ZH_TRIGGER_ENDS};

pub(super) fn english_progressing(t: &[Token]) -> bool {
    t.iter().enumerate().any(|(i, tok)| {
        if tok.polarity == Polarity::Negated {
            return false;
        }
        let prev = if i > 0 { t[i - 1].raw.as_str() } else { "" };
        let next = t.get(i + 1).map(|x| x.raw.as_str()).unwrap_or("");
        if tok.raw == "increasingly" {
            return true;
        }
        if tok.raw == "worse" {
            return matches!(
                prev,
                "getting"
                    | "gotten"
                    | "got"
                    | "get"
                    | "gets"
                    | "become"
                    | "becoming"
                    | "became"
                    | "grown"
                    | "growing"
                    | "and"
                    | "much"
                    | "even"
                    | "progressively"
            ) && !matches!(
                next,
                "at" | "when" | "with" | "after" | "if" | "during" | "while" | "in" | "on" | "whenever" | "before"
            );
        }
        match tok.stem.as_str() {
            "worsen" | "progress" | "progressiv" => true,
            "spread" | "expand" | "climb" => !matches!(next, "out"),
            "more" => next == "and" && t.get(i + 2).is_some_and(|x| x.raw == "more"),
            "moving" | "mov" | "creeping" | "creep" => matches!(next, "up" | "upward" | "upwards"),
            _ => false,
        }
    })
}

/// True when a word of getting worse is in the clause, unless each one follows a trigger
/// (低頭時加劇, 咳嗽會更嚴重, 一動就加重): worse when something is done is not worse over time.
pub(super) fn zh_progressing(s: &str) -> bool {
    ZH_PROGRESSING
        .iter()
        .any(|w| s.match_indices(w).any(|(at, _)| !(ZH_AGGRAVATED.contains(w) && after_trigger(&s[..at]))))
}

fn after_trigger(before: &str) -> bool {
    ZH_TRIGGER_ENDS.iter().any(|e| before.ends_with(e))
}
