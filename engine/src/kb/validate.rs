//! Consistency checks on a parsed KB: ids, references, translations, ranges, reachability.

use std::collections::{HashMap, HashSet};

use crate::kb::diagnostics::Diagnostic;
use crate::schema::{FindingKind, KnowledgeBase, Lang, Text};
use crate::text::matcher::PhraseIndex;

struct Checker {
    out: Vec<Diagnostic>,
}

impl Checker {
    fn err(&mut self, path: impl Into<String>, msg: impl Into<String>) {
        self.out.push(Diagnostic::error(path, msg));
    }

    fn warn(&mut self, path: impl Into<String>, msg: impl Into<String>) {
        self.out.push(Diagnostic::warning(path, msg));
    }

    fn text(&mut self, t: &Text, path: &str) {
        // The widget's build reads the general screen one language at a time (its files have
        // one language each, like the bundled KB's): a text needs one language there.
        if cfg!(target_arch = "wasm32") {
            if t.en.trim().is_empty() && t.zh_tw.trim().is_empty() {
                self.err(path, "empty text");
            }
            return;
        }
        if t.en.trim().is_empty() {
            self.err(format!("{path}.en"), "empty text");
        }
        if t.zh_tw.trim().is_empty() {
            self.err(format!("{path}.zh-TW"), "missing translation: empty zh-TW text");
        }
    }

    fn age(&mut self, a: &crate::schema::AgeRange, path: &str) {
        let ok = |x: Option<f64>| x.is_none_or(|v| (0.0..=130.0).contains(&v));
        if !ok(a.min) || !ok(a.max) {
            self.err(path, "ages are between 0 and 130 years");
        }
        if a.min.is_none() && a.max.is_none() {
            self.err(path, "set `min`, `max` or both");
        }
        if let (Some(lo), Some(hi)) = (a.min, a.max) {
            if lo >= hi {
                self.err(path, "min is not below max");
            }
        }
    }

    fn texts(&mut self, ts: &[Text], path: &str) {
        for (i, t) in ts.iter().enumerate() {
            self.text(t, &format!("{path}[{i}]"));
        }
    }

    fn ids<'a>(&mut self, ids: impl Iterator<Item = &'a str>, array: &str) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                self.err(format!("$.{array}[{i}].id"), format!("id `{id}` must be lower-case letters, digits and `_`"));
            }
            if !seen.insert(id) {
                self.err(format!("$.{array}[{i}].id"), format!("duplicate id `{id}`"));
            }
        }
        seen
    }

    fn refs<'a>(&mut self, refs: impl Iterator<Item = &'a str>, known: &HashSet<&str>, kind: &str, path: &str) {
        for (i, r) in refs.enumerate() {
            if !known.contains(r) {
                self.err(format!("{path}[{i}]"), format!("unknown {kind} id `{r}`"));
            }
        }
    }
}

/// Checks a parsed KB; returns errors and warnings (unsorted).
pub fn validate(kb: &KnowledgeBase, phrases: &PhraseIndex) -> Vec<Diagnostic> {
    let mut c = Checker { out: Vec::new() };
    // Editorial checks (translations, formats of dates, codes and addresses, unused entries)
    // run in `symptom-check lint` and native loads; the widget's build (wasm32) checks only what
    // the engine needs to answer safely, for its transfer budget. A clinic lints before publishing.
    let editorial = !cfg!(target_arch = "wasm32");
    let m = &kb.meta;
    if editorial {
        if m.id.trim().is_empty() {
            c.err("$.meta.id", "empty id");
        }
        if m.version.trim().is_empty() {
            c.err("$.meta.version", "empty version");
        }
        c.text(&m.title, "$.meta.title");
        c.text(&m.disclaimer, "$.meta.disclaimer");
        for lang in [Lang::En, Lang::ZhTw] {
            if !m.languages.contains(&lang) {
                c.err("$.meta.languages", format!("must include `{}`", lang.tag()));
            }
        }
        if !is_date(&m.last_reviewed) {
            c.err("$.meta.last_reviewed", format!("`{}` is not a date in YYYY-MM-DD form", m.last_reviewed));
        }
    }
    let num = m.emergency_number.trim();
    if num.is_empty() || !num.chars().all(|ch| ch.is_ascii_digit() || matches!(ch, '+' | ' ' | '-')) {
        c.err("$.meta.emergency_number", format!("`{}` is not a phone number", m.emergency_number));
    }
    let sources = c.ids(m.sources.iter().map(|s| s.id.as_str()), "meta.sources");
    for (i, s) in m.sources.iter().enumerate().filter(|_| editorial) {
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            c.err(format!("$.meta.sources[{i}].url"), format!("`{}` must be an http(s) address", s.url));
        }
        if s.title.trim().is_empty() {
            c.err(format!("$.meta.sources[{i}].title"), "empty text");
        }
        if s.publisher.trim().is_empty() {
            c.err(format!("$.meta.sources[{i}].publisher"), "empty text");
        }
    }

    let lexicon = c.ids(kb.lexicon.iter().map(|g| g.id.as_str()), "lexicon");
    let _ = lexicon;
    for (i, g) in kb.lexicon.iter().enumerate().filter(|_| editorial) {
        if g.en.is_empty() {
            c.err(format!("$.lexicon[{i}].en"), "no English entries");
        }
        if g.zh_tw.is_empty() {
            c.err(format!("$.lexicon[{i}].zh-TW"), "missing translation: no zh-TW entries");
        }
    }

    let findings = c.ids(kb.findings.iter().map(|f| f.id.as_str()), "findings");
    for (i, f) in kb.findings.iter().enumerate() {
        let p = format!("$.findings[{i}]");
        if editorial {
            c.text(&f.label, &format!("{p}.label"));
        }
        if let Some(b) = f.base_rate {
            if !(b > 0.0 && b < 1.0) {
                c.err(format!("{p}.base_rate"), format!("{} must be between 0 and 1 (exclusive)", json_number(b)));
            }
        }
        c.refs(f.not_with.iter().map(|x| x.as_str()), &findings, "finding", &format!("{p}.not_with"));
        if f.not_with.contains(&f.id) {
            c.err(format!("{p}.not_with"), "a finding cannot give way to itself");
        }
        match &f.derived {
            Some(d) => {
                let set = [
                    d.onset.is_some(),
                    d.progressing.is_some(),
                    d.frequency.is_some(),
                    d.side.is_some(),
                    d.duration_at_least_days.is_some(),
                    d.duration_at_most_days.is_some(),
                    d.vital.is_some(),
                    d.age.is_some(),
                    !d.all_of.is_empty(),
                    !d.told_before.is_empty(),
                ];
                if set.iter().filter(|x| **x).count() != 1 {
                    c.err(format!("{p}.derived"), "set exactly one field");
                }
                if let Some(v) = &d.vital {
                    if v.bands.is_empty() {
                        c.err(format!("{p}.derived.vital.bands"), "at least one band");
                    }
                    for (k, b) in v.bands.iter().enumerate() {
                        if b.at_least.is_some() == b.at_most.is_some() {
                            c.err(format!("{p}.derived.vital.bands[{k}]"), "set one of `at_least` and `at_most`");
                        }
                        if let Some(a) = &b.age {
                            c.age(a, &format!("{p}.derived.vital.bands[{k}].age"));
                        }
                    }
                }
                if let Some(a) = &d.age {
                    c.age(a, &format!("{p}.derived.age"));
                }
                c.refs(d.all_of.iter().map(|x| x.as_str()), &findings, "finding", &format!("{p}.derived.all_of"));
                if d.all_of.contains(&f.id) {
                    c.err(format!("{p}.derived.all_of"), "a finding cannot be made of itself");
                }
                c.refs(
                    d.told_before.iter().map(|x| x.as_str()),
                    &findings,
                    "finding",
                    &format!("{p}.derived.told_before"),
                );
                if f.kind != FindingKind::History && !d.told_before.is_empty() {
                    c.err(format!("{p}.kind"), "a finding told as a past episode is `history`");
                }
            }
            None if editorial => {
                if f.phrases.en.is_empty() {
                    c.err(
                        format!("{p}.phrases.en"),
                        "no English phrases: the finding can never be recognised in English",
                    );
                }
                if f.phrases.zh_tw.is_empty() {
                    c.err(format!("{p}.phrases.zh-TW"), "missing translation: no zh-TW phrases");
                }
            }
            None => {}
        }
    }
    for prob in &phrases.problems {
        let list = match prob.lang {
            Lang::En => "en",
            Lang::ZhTw => "zh-TW",
        };
        c.err(format!("$.findings[{}].phrases.{list}[{}]", prob.finding, prob.index), prob.message.clone());
    }

    let red_flags = c.ids(kb.red_flags.iter().map(|r| r.id.as_str()), "red_flags");
    let _ = red_flags;
    // Every KB is checked with the general screen merged in (its emergencies count).
    if !kb.red_flags.iter().any(|r| r.level == crate::Triage::Emergency) {
        c.err("$.red_flags", "no emergency red flag");
    }
    for (i, r) in kb.red_flags.iter().enumerate() {
        let p = format!("$.red_flags[{i}]");
        if editorial {
            c.text(&r.label, &format!("{p}.label"));
            // A general-screen rule (it names who to see) may leave the action to its level.
            if !(r.action.is_empty() && r.see.is_some()) {
                c.text(&r.action, &format!("{p}.action"));
            }
        }
        if r.level == crate::Triage::Emergency && !r.action.is_empty() {
            for (lang, t) in [("en", &r.action.en), ("zh-TW", &r.action.zh_tw)] {
                // The widget's build reads one language of the general screen at a time.
                let absent = t.is_empty() && cfg!(target_arch = "wasm32");
                if !t.contains("{number}") && !absent {
                    c.err(format!("{p}.action.{lang}"), "an emergency action must name the number: write `{number}`");
                }
            }
        }
        c.texts(&r.self_care, &format!("{p}.self_care"));
        if let Some(a) = &r.age {
            c.age(a, &format!("{p}.age"));
        }
        // Sources are not read by the widget's build (its files leave them out).
        if !cfg!(target_arch = "wasm32") {
            c.refs(r.sources.iter().map(|x| x.as_str()), &sources, "source", &format!("{p}.sources"));
        }
        if r.when.all.is_empty() && r.when.any.is_empty() {
            c.err(format!("{p}.when"), "a red flag needs at least one finding in `all` or `any`");
        }
        c.refs(r.when.all.iter().map(|x| x.as_str()), &findings, "finding", &format!("{p}.when.all"));
        if let Some(id) = &r.condition {
            if !kb.conditions.iter().any(|d| &d.id == id) {
                c.err(format!("{p}.condition"), format!("unknown condition id `{id}`"));
            }
        }
        c.refs(r.when.any.iter().map(|x| x.as_str()), &findings, "finding", &format!("{p}.when.any"));
        c.refs(r.when.none.iter().map(|x| x.as_str()), &findings, "finding", &format!("{p}.when.none"));
        if r.max_duration_days.is_some_and(|d| d <= 0.0) {
            c.err(format!("{p}.max_duration_days"), "must be positive");
        }
    }

    let base: HashMap<&str, f64> =
        kb.findings.iter().map(|f| (f.id.as_str(), f.base_rate.unwrap_or(crate::DEFAULT_BASE_RATE))).collect();
    let recognisable: HashSet<&str> = kb
        .findings
        .iter()
        .filter(|f| f.derived.is_some() || !f.phrases.en.is_empty() || !f.phrases.zh_tw.is_empty())
        .map(|f| f.id.as_str())
        .chain(kb.questions.iter().map(|q| q.finding.as_str()))
        .collect();
    let conditions = c.ids(kb.conditions.iter().map(|x| x.id.as_str()), "conditions");
    for (i, d) in kb.conditions.iter().enumerate() {
        let p = format!("$.conditions[{i}]");
        if editorial {
            c.text(&d.name, &format!("{p}.name"));
            c.text(&d.description, &format!("{p}.description"));
            c.text(&d.specialist, &format!("{p}.specialist"));
            c.texts(&d.tests, &format!("{p}.tests"));
            c.texts(&d.self_care, &format!("{p}.self_care"));
            c.texts(&d.seek_help, &format!("{p}.seek_help"));
            if d.icd10.is_empty() {
                c.err(format!("{p}.icd10"), "at least one ICD-10 code");
            }
            for (k, code) in d.icd10.iter().enumerate() {
                if !is_icd10(code) {
                    c.err(format!("{p}.icd10[{k}]"), format!("`{code}` is not an ICD-10 code"));
                }
            }
        }
        if !(d.prior > 0.0 && d.prior <= 1.0) {
            c.err(format!("{p}.prior"), format!("{} must be in (0, 1]", json_number(d.prior)));
        }
        for (k, a) in d.age.iter().enumerate() {
            if a.min > a.max {
                c.err(format!("{p}.age[{k}]"), "min is above max");
            }
            if !(0.0..=100.0).contains(&a.factor) {
                c.err(format!("{p}.age[{k}].factor"), format!("{} must be in [0, 100]", json_number(a.factor)));
            }
        }
        if let Some(s) = &d.sex {
            for (name, v) in [("female", s.female), ("male", s.male)] {
                if !(0.0..=100.0).contains(&v) {
                    c.err(format!("{p}.sex.{name}"), format!("{} must be in [0, 100]", json_number(v)));
                }
            }
        }
        if d.evidence.is_empty() {
            c.err(format!("{p}.evidence"), "a condition needs evidence");
        }
        let mut seen = HashSet::new();
        for (k, e) in d.evidence.iter().enumerate() {
            if !findings.contains(e.finding.as_str()) {
                c.err(format!("{p}.evidence[{k}].finding"), format!("unknown finding id `{}`", e.finding));
            }
            if !(e.p > 0.0 && e.p < 1.0) {
                c.err(
                    format!("{p}.evidence[{k}].p"),
                    format!("weight {} out of range: p must be between 0 and 1 (exclusive)", json_number(e.p)),
                );
            }
            if !seen.insert(e.finding.as_str()) && editorial {
                c.warn(format!("{p}.evidence[{k}].finding"), format!("finding `{}` listed twice", e.finding));
            }
        }
        let reachable = d.evidence.iter().any(|e| {
            recognisable.contains(e.finding.as_str())
                && e.p > base.get(e.finding.as_str()).copied().unwrap_or(crate::DEFAULT_BASE_RATE)
        });
        if !reachable && !d.evidence.is_empty() {
            c.err(
                format!("{p}.evidence"),
                "no finding can reach this condition: none of its supporting findings can be recognised or asked",
            );
        }
        for (k, e) in d.escalation.iter().enumerate() {
            let w = &e.when;
            if w.finding.is_none()
                && w.duration_at_least_days.is_none()
                && w.duration_at_most_days.is_none()
                && w.progressing.is_none()
                && w.onset.is_none()
            {
                c.err(format!("{p}.escalation[{k}].when"), "an escalation rule needs a condition");
            }
            if let Some(f) = &w.finding {
                if !findings.contains(f.as_str()) {
                    c.err(format!("{p}.escalation[{k}].when.finding"), format!("unknown finding id `{f}`"));
                }
            }
        }
        if d.sources.is_empty() && editorial {
            c.err(format!("{p}.sources"), "name at least one source");
        }
        c.refs(d.sources.iter().map(|x| x.as_str()), &sources, "source", &format!("{p}.sources"));
    }

    let _questions = c.ids(kb.questions.iter().map(|q| q.id.as_str()), "questions");
    for (i, q) in kb.questions.iter().enumerate() {
        let p = format!("$.questions[{i}]");
        if editorial {
            c.text(&q.text, &format!("{p}.text"));
            if !q.text_other.is_empty() {
                c.text(&q.text_other, &format!("{p}.text_other"));
            }
        }
        if !findings.contains(q.finding.as_str()) {
            c.err(format!("{p}.finding"), format!("unknown finding id `{}`", q.finding));
        }
        c.refs(q.ask_if_any.iter().map(|x| x.as_str()), &findings, "finding", &format!("{p}.ask_if_any"));
        if q.options.is_empty() {
            c.err(format!("{p}.options"), "no answer options");
        }
    }

    let articles = c.ids(kb.articles.iter().map(|a| a.id.as_str()), "articles");
    let topics = c.ids(kb.topics.iter().map(|t| t.id.as_str()), "topics");
    for (i, a) in kb.articles.iter().enumerate() {
        let p = format!("$.articles[{i}]");
        if editorial {
            c.text(&a.title, &format!("{p}.title"));
            c.text(&a.question, &format!("{p}.question"));
            c.text(&a.answer, &format!("{p}.answer"));
            c.texts(&a.more_info.causes, &format!("{p}.more_info.causes"));
            c.texts(&a.more_info.steps, &format!("{p}.more_info.steps"));
            c.texts(&a.more_info.seek_help, &format!("{p}.more_info.seek_help"));
            if !is_age_band(&a.asker.age_band) {
                c.err(format!("{p}.asker.age_band"), format!("`{}` is not an age band like 40-49", a.asker.age_band));
            }
        }
        c.refs(a.conditions.iter().map(|x| x.as_str()), &conditions, "condition", &format!("{p}.conditions"));
        c.refs(a.topics.iter().map(|x| x.as_str()), &topics, "topic", &format!("{p}.topics"));
        if a.sources.is_empty() && editorial {
            c.err(format!("{p}.sources"), "name at least one source");
        }
        c.refs(a.sources.iter().map(|x| x.as_str()), &sources, "source", &format!("{p}.sources"));
    }
    for (i, t) in kb.topics.iter().enumerate() {
        let p = format!("$.topics[{i}]");
        if editorial {
            c.text(&t.name, &format!("{p}.name"));
        }
        c.refs(t.articles.iter().map(|x| x.as_str()), &articles, "article", &format!("{p}.articles"));
        c.refs(t.conditions.iter().map(|x| x.as_str()), &conditions, "condition", &format!("{p}.conditions"));
        for (k, aid) in t.articles.iter().enumerate().filter(|_| editorial) {
            if let Some(a) = kb.articles.iter().find(|a| &a.id == aid) {
                if !a.topics.contains(&t.id) {
                    c.warn(format!("{p}.articles[{k}]"), format!("article `{aid}` does not list topic `{}`", t.id));
                }
            }
        }
    }

    // Unused findings and sources are probably mistakes.
    if editorial {
        let mut used: HashSet<&str> = HashSet::new();
        for d in &kb.conditions {
            used.extend(d.evidence.iter().map(|e| e.finding.as_str()));
            used.extend(d.escalation.iter().filter_map(|e| e.when.finding.as_ref().map(|f| f.as_str())));
        }
        for r in &kb.red_flags {
            used.extend(r.when.all.iter().chain(&r.when.any).chain(&r.when.none).map(|f| f.as_str()));
        }
        // A finding that others give way to ("fell asleep" is not a fall) is used.
        // So is one that another finding is derived from.
        for f in &kb.findings {
            used.extend(f.not_with.iter().map(|x| x.as_str()));
            used.extend(f.derived.iter().flat_map(|d| d.all_of.iter().chain(&d.told_before)).map(|x| x.as_str()));
        }
        for (i, f) in kb.findings.iter().enumerate() {
            if !used.contains(f.id.as_str()) {
                c.warn(format!("$.findings[{i}]"), format!("finding `{}` is used by no condition or red flag", f.id));
            }
        }
        let cited: HashSet<&str> = kb
            .conditions
            .iter()
            .flat_map(|d| d.sources.iter())
            .chain(kb.articles.iter().flat_map(|a| a.sources.iter()))
            .chain(kb.red_flags.iter().flat_map(|r| r.sources.iter()))
            .map(|s| s.as_str())
            .collect();
        for (i, s) in m.sources.iter().enumerate() {
            if !cited.contains(s.id.as_str()) {
                c.warn(format!("$.meta.sources[{i}]"), format!("source `{}` is never cited", s.id));
            }
        }
    }
    if editorial {
        c.out.extend(crate::kb::hazards::check(kb));
    }
    c.out
}

/// A number as the KB's JSON writes it (`1.5`, `-2.0`, `1e+300`). serde_json's float writer is in the
/// .wasm already; `Display for f64` would link the standard library's float printing as well.
fn json_number(x: f64) -> String {
    serde_json::to_string(&x).unwrap_or_default()
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_icd10(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_digit()
        && b[2].is_ascii_alphanumeric()
        && (b.len() == 3 || b[3] == b'.' && b.len() > 4 && b[4..].iter().all(|c| c.is_ascii_alphanumeric()))
}

fn is_age_band(s: &str) -> bool {
    match s.split_once('-') {
        Some((a, b)) => a.parse::<u32>().is_ok_and(|a| b.parse::<u32>().is_ok_and(|b| a <= b)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_without_one_language_is_a_missing_translation() {
        let mut kb: serde_json::Value = serde_json::from_str(crate::BUNDLED_CORE).expect("bundled KB");
        if let Some(label) = kb["findings"][0]["label"].as_object_mut() {
            label.remove("zh-TW");
        }
        let report = crate::kb::load::lint(&kb.to_string());
        assert!(!report.is_ok());
        let d = report.diagnostics.iter().find(|d| d.path == "$.findings[0].label.zh-TW").expect("reported");
        assert!(d.message.contains("missing translation"), "{}", d.message);
    }

    #[test]
    fn a_kb_without_an_emergency_red_flag_is_refused_unless_the_screen_brings_one() {
        // Unmerged (as the widget's build reads a clinic KB): refused.
        let mut kb = crate::kb::load::parse(crate::BUNDLED_CORE).expect("bundled KB");
        kb.red_flags.retain(|r| r.level != crate::Triage::Emergency);
        let diags = validate(&kb, &PhraseIndex::build(&kb));
        let d = diags.iter().find(|d| d.path == "$.red_flags").expect("reported");
        assert!(d.message.contains("no emergency red flag"), "{}", d.message);
        // With the general screen merged (every native load): its emergencies count.
        let mut merged = kb.clone();
        crate::kb::screen::merge(&mut merged, crate::kb::screen::bundled());
        assert!(validate(&merged, &PhraseIndex::build(&merged)).iter().all(|d| d.path != "$.red_flags"));
    }

    #[test]
    fn out_of_range_numbers_are_quoted_as_the_kb_wrote_them() {
        let mut kb = crate::kb::load::parse(crate::BUNDLED_CORE).expect("bundled KB");
        kb.conditions[0].prior = 1.5;
        kb.findings[0].base_rate = Some(-0.25);
        let diags = validate(&kb, &PhraseIndex::build(&kb));
        let msg = |path: &str| diags.iter().find(|d| d.path == path).map(|d| d.message.clone());
        assert_eq!(msg("$.conditions[0].prior").as_deref(), Some("1.5 must be in (0, 1]"));
        assert_eq!(msg("$.findings[0].base_rate").as_deref(), Some("-0.25 must be between 0 and 1 (exclusive)"));
        assert_eq!(json_number(2.0), "2.0");
        assert_eq!(json_number(1e300), "1e+300");
    }

    #[test]
    fn not_with_names_other_known_findings() {
        let mut kb = crate::kb::load::parse(crate::BUNDLED_CORE).expect("bundled KB");
        let own = kb.findings[0].id.clone();
        let other = kb.findings[1].id.clone();
        kb.findings[0].not_with = vec![other, crate::schema::ids::FindingId::from("no_such_finding"), own];
        let diags = validate(&kb, &PhraseIndex::build(&kb));
        let msg = |path: &str| diags.iter().find(|d| d.path == path).map(|d| d.message.clone());
        assert_eq!(msg("$.findings[0].not_with[0]"), None);
        assert_eq!(msg("$.findings[0].not_with[1]").as_deref(), Some("unknown finding id `no_such_finding`"));
        assert_eq!(msg("$.findings[0].not_with").as_deref(), Some("a finding cannot give way to itself"));
    }
}
