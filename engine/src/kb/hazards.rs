//! Checks for KB mistakes that parse and look consistent but would hide an emergency or read
//! text nobody meant: findings that give way to each other in a circle (both vanish, so "my
//! face droops and my arm is weak" reads nothing), phrases written as patterns (`eye.*twitch`
//! is not a pattern here, and its letters end up matching single words), `@group` references
//! inside lexicon entries (never expanded), and negative durations.
//!
//! They run in `symptom-check lint` and in every native load; the widget's build (wasm32)
//! leaves them out for its transfer budget, so a clinic lints its KB before publishing it
//! (docs/knowledge-base.md).

use crate::kb::diagnostics::Diagnostic;
use crate::schema::KnowledgeBase;

/// ASCII punctuation a phrase or lexicon entry may hold: an apostrophe ("can't"), a hyphen,
/// an underscore and, in phrases, `@` before a lexicon group.
fn allowed_punctuation(ch: char, at_allowed: bool) -> bool {
    matches!(ch, '\'' | '-' | '_') || at_allowed && ch == '@'
}

/// The first character of `s` that a phrase may not contain, if any.
fn bad_char(s: &str, at_allowed: bool) -> Option<char> {
    s.chars().find(|&ch| ch.is_ascii_punctuation() && !allowed_punctuation(ch, at_allowed))
}

/// All hazard diagnostics of a KB.
pub fn check(kb: &KnowledgeBase) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    not_with_cycles(kb, &mut out);
    for (i, f) in kb.findings.iter().enumerate() {
        for (list, phrases) in [("en", &f.phrases.en), ("zh-TW", &f.phrases.zh_tw)] {
            for (k, p) in phrases.iter().enumerate() {
                if let Some(ch) = bad_char(p, true) {
                    out.push(Diagnostic::error(
                        format!("$.findings[{i}].phrases.{list}[{k}]"),
                        format!("`{ch}` is not allowed: a phrase is words separated by spaces, not a pattern"),
                    ));
                }
            }
        }
        if let Some(d) = &f.derived {
            for (name, v) in [
                ("duration_at_least_days", d.duration_at_least_days),
                ("duration_at_most_days", d.duration_at_most_days),
            ] {
                if v.is_some_and(|x| x.is_nan() || x < 0.0) {
                    out.push(Diagnostic::error(
                        format!("$.findings[{i}].derived.{name}"),
                        "a duration cannot be negative",
                    ));
                }
            }
        }
    }
    for (i, g) in kb.lexicon.iter().enumerate() {
        for (list, entries) in [("en", &g.en), ("zh-TW", &g.zh_tw)] {
            for (k, e) in entries.iter().enumerate() {
                let message = if e.contains('@') {
                    Some("a lexicon entry cannot name another group (`@` is read only in phrases)".to_string())
                } else {
                    bad_char(e, false)
                        .map(|ch| format!("`{ch}` is not allowed: an entry is plain words, not a pattern"))
                };
                if let Some(m) = message {
                    out.push(Diagnostic::error(format!("$.lexicon[{i}].{list}[{k}]"), m));
                }
            }
        }
    }
    for (i, c) in kb.conditions.iter().enumerate() {
        for (k, e) in c.escalation.iter().enumerate() {
            for (name, v) in [
                ("duration_at_least_days", e.when.duration_at_least_days),
                ("duration_at_most_days", e.when.duration_at_most_days),
            ] {
                if v.is_some_and(|x| x.is_nan() || x < 0.0) {
                    out.push(Diagnostic::error(
                        format!("$.conditions[{i}].escalation[{k}].when.{name}"),
                        "a duration cannot be negative",
                    ));
                }
            }
        }
    }
    out
}

/// Reports each circle of `not_with` once, at its first finding: a finding that gives way to
/// another that (directly or through others) gives way to it.
fn not_with_cycles(kb: &KnowledgeBase, out: &mut Vec<Diagnostic>) {
    let index: std::collections::HashMap<&str, usize> =
        kb.findings.iter().enumerate().map(|(i, f)| (f.id.as_str(), i)).collect();
    let edges: Vec<Vec<usize>> = kb
        .findings
        .iter()
        .map(|f| f.not_with.iter().filter_map(|x| index.get(x.as_str()).copied()).collect())
        .collect();
    // 0: not seen, 1: on the current path, 2: done.
    let mut state = vec![0u8; kb.findings.len()];
    for start in 0..kb.findings.len() {
        if state[start] != 0 {
            continue;
        }
        // Iterative depth-first search keeping the path, so a deep chain cannot overflow the stack.
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = 1;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            if let Some(&to) = edges[node].get(*next) {
                *next += 1;
                match state[to] {
                    0 => {
                        state[to] = 1;
                        path.push((to, 0));
                    }
                    1 if to != node => {
                        let from = path.iter().position(|(n, _)| *n == to).unwrap_or(0);
                        let ids: Vec<&str> = path[from..].iter().map(|(n, _)| kb.findings[*n].id.as_str()).collect();
                        out.push(Diagnostic::error(
                            format!("$.findings[{to}].not_with"),
                            format!(
                                "findings give way to each other in a circle ({} -> {}): in one clause all of them would be dropped",
                                ids.join(" -> "),
                                ids[0]
                            ),
                        ));
                    }
                    _ => {}
                }
            } else {
                state[node] = 2;
                path.pop();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::schema::ids::FindingId;
    use crate::schema::KnowledgeBase;

    fn kb() -> KnowledgeBase {
        serde_json::from_str(crate::BUNDLED_KB).expect("bundled KB parses")
    }

    fn messages(kb: &KnowledgeBase) -> Vec<String> {
        check(kb).into_iter().map(|d| format!("{}: {}", d.path, d.message)).collect()
    }

    #[test]
    fn the_bundled_kb_has_no_hazards() {
        assert_eq!(messages(&kb()), Vec::<String>::new());
    }

    #[test]
    fn a_not_with_circle_of_any_length_is_an_error() {
        let mut k = kb();
        let id = |k: &KnowledgeBase, i: usize| FindingId::from(k.findings[i].id.as_str());
        let (a, b, c) = (id(&k, 0), id(&k, 1), id(&k, 2));
        k.findings[0].not_with = vec![b.clone()];
        k.findings[1].not_with = vec![a.clone()];
        let m = messages(&k);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("circle") && m[0].contains(a.as_str()) && m[0].contains(b.as_str()), "{m:?}");
        k.findings[1].not_with = vec![c.clone()];
        k.findings[2].not_with = vec![a];
        assert!(messages(&k).iter().any(|m| m.contains("circle") && m.contains(c.as_str())));
    }

    #[test]
    fn patterns_groups_in_entries_and_negative_durations_are_errors() {
        let mut k = kb();
        k.findings[0].phrases.en.push("eye.*twitch".into());
        k.findings[0].phrases.zh_tw.push("[a-z]".into());
        k.lexicon[0].en.push("@hand".into());
        let d = k.findings.iter().position(|f| f.derived.is_some()).expect("a derived finding");
        if let Some(x) = k.findings[d].derived.as_mut() {
            x.duration_at_least_days = Some(-3.0);
        }
        let m = messages(&k).join("\n");
        assert!(m.contains("$.findings[0].phrases.en[") && m.contains("`.` is not allowed"), "{m}");
        assert!(m.contains("$.findings[0].phrases.zh-TW[") && m.contains("`[` is not allowed"), "{m}");
        assert!(m.contains("$.lexicon[0].en[") && m.contains("cannot name another group"), "{m}");
        assert!(m.contains(&format!("$.findings[{d}].derived.duration_at_least_days")), "{m}");
    }
}
