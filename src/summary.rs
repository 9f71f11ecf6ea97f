//! The plain-text summary to take to a doctor (copied or printed). Generated on the device.

use symptom_engine::contract::ConditionResult;
use symptom_engine::{Answer, CheckResult, Lang};

use crate::i18n::{answer_words, duration_words, fill, sex_words, t, triage_words};

/// What the summary is made from.
#[derive(Debug, Clone)]
pub struct SummaryInput<'a> {
    /// Language of the summary.
    pub lang: Lang,
    /// Today's date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// What the patient wrote.
    pub text: &'a str,
    /// The engine's result.
    pub result: &'a CheckResult,
    /// Answered questions, in the order asked: (question text, answer).
    pub answers: Vec<(String, Answer)>,
    /// The clinic the summary is for ("Riverside Clinic, 02 1234 5678"), when the page names one.
    pub clinic: Option<&'a str>,
}

/// The label of an absent finding ("no weakness" / "沒有無力").
pub fn absent_label(lang: Lang, label: &str) -> String {
    let label = match lang {
        Lang::En => symptom_engine::text::normalize::lower_first(label),
        Lang::ZhTw => label.to_string(),
    };
    fill(t(lang).chip_absent, &[("label", &label)])
}

/// What one line of the summary is, for the print page: the title, the level (first, after the
/// title), a section heading, or a line of a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The summary's title.
    Title,
    /// How urgent, and the action: printed large, before anything else.
    Level,
    /// A section's heading ("Symptoms"); the text version ends it with a colon.
    Heading,
    /// A line of a section.
    Line,
}

/// Builds the plain-text summary.
pub fn summary(input: &SummaryInput) -> String {
    let colon = colon(input.lang);
    let mut out = String::new();
    let mut first = true;
    for (part, l) in summary_parts(input) {
        if part == Part::Heading && !first {
            out.push('\n');
        }
        first = false;
        out.push_str(&l);
        if part == Part::Heading {
            out.push_str(colon.trim_end());
        }
        out.push('\n');
    }
    out
}

fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::ZhTw => "：",
    }
}

/// The summary, line by line, each with its [`Part`]: the title, the level and the clinic first,
/// then what was written, the symptoms, the answers and the causes.
pub fn summary_parts(input: &SummaryInput) -> Vec<(Part, String)> {
    let lang = input.lang;
    let s = t(lang);
    let r = input.result;
    let sep = match lang {
        Lang::En => "; ",
        Lang::ZhTw => "；",
    };
    let colon = colon(lang);
    let mut out: Vec<(Part, String)> = Vec::new();
    let mut add = |part: Part, l: String| out.push((part, l));
    add(Part::Title, s.summary_title.to_string());
    match r.triage {
        Some(level) => {
            add(Part::Level, format!("{}{colon}{}", s.summary_triage, triage_words(lang, level)));
            if let Some(action) = &r.action {
                add(Part::Level, action.clone());
            }
        }
        None => add(Part::Level, format!("{}{colon}{}", s.summary_triage, r.message)),
    }
    for rf in &r.red_flags {
        add(Part::Line, format!("! {}", rf.label));
    }
    if let Some(clinic) = input.clinic.filter(|c| !c.is_empty()) {
        add(Part::Line, format!("{}{colon}{clinic}", s.summary_clinic));
    }
    add(Part::Line, fill(s.summary_date, &[("date", input.date)]));
    add(Part::Line, s.summary_device.to_string());
    if !input.text.trim().is_empty() {
        add(Part::Heading, s.summary_text.to_string());
        for l in input.text.trim().lines() {
            add(Part::Line, format!("  {l}"));
        }
    }
    let mut about = Vec::new();
    if let Some(age) = r.age {
        about.push(fill(s.summary_age, &[("age", &age.to_string())]));
    }
    if let Some(sex) = r.sex {
        about.push(format!("{}{colon}{}", s.summary_sex, sex_words(lang, sex)));
    }
    if !about.is_empty() {
        add(Part::Line, about.join(sep));
    }
    if let Some(days) = r.duration_days {
        add(Part::Line, fill(s.summary_duration, &[("days", &duration_words(lang, days))]));
    }
    add(Part::Heading, s.summary_findings.to_string());
    let present: Vec<&str> = r.findings.iter().filter(|f| f.present).map(|f| f.label.as_str()).collect();
    let absent: Vec<String> = r.findings.iter().filter(|f| !f.present).map(|f| f.label.clone()).collect();
    add(
        Part::Line,
        format!(
            "  {}{colon}{}",
            s.summary_present,
            if present.is_empty() { s.none.to_string() } else { present.join(sep) }
        ),
    );
    if !absent.is_empty() {
        add(Part::Line, format!("  {}{colon}{}", s.summary_absent, absent.join(sep)));
    }
    if !input.answers.is_empty() {
        add(Part::Heading, s.summary_answers.to_string());
        for (q, a) in &input.answers {
            add(Part::Line, format!("  - {q} {}", answer_words(lang, *a)));
        }
    }
    let causes = |add: &mut dyn FnMut(Part, String), conditions: &[ConditionResult]| {
        if conditions.is_empty() {
            add(Part::Line, format!("  {}", s.none));
        }
        for (i, c) in conditions.iter().enumerate() {
            let codes = if c.icd10.is_empty() { String::new() } else { format!(" ({})", c.icd10.join(", ")) };
            add(Part::Line, format!("  {}. {}{codes}", i + 1, c.name));
            if !c.why.for_.is_empty() {
                add(Part::Line, format!("     {}{colon}{}", s.why_for, c.why.for_.join(sep)));
            }
            if !c.why.against.is_empty() {
                add(Part::Line, format!("     {}{colon}{}", s.why_against, c.why.against.join(sep)));
            }
        }
    };
    if r.complaints.is_empty() {
        add(Part::Heading, s.summary_causes.to_string());
        causes(&mut add, &r.conditions);
    }
    // Two or more complaints: each with its level, action and causes.
    for (k, c) in r.complaints.iter().enumerate() {
        add(Part::Heading, fill(s.summary_complaint, &[("n", &(k + 1).to_string()), ("label", &c.label)]));
        if let Some(level) = c.triage {
            add(Part::Line, format!("  {}{colon}{}", s.summary_triage, triage_words(lang, level)));
        }
        if let Some(action) = &c.action {
            add(Part::Line, format!("  {action}"));
        }
        add(Part::Line, format!("  {}{colon}", s.summary_causes));
        causes(&mut add, &c.conditions);
    }
    add(Part::Line, String::new());
    add(Part::Line, s.summary_disclaimer.to_string());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use symptom_engine::{Engine, Request};

    #[test]
    fn the_summary_names_findings_answers_triage_causes_and_date() {
        let engine = Engine::bundled().unwrap();
        let text = "My left eyelid has been twitching for four days";
        let result = engine.check_with_number(&Request { age: Some(30), ..Request::text(text) }, "119");
        let out = summary(&SummaryInput {
            lang: Lang::En,
            date: "2026-11-22",
            text,
            result: &result,
            answers: vec![("Is one side of your face weak?".into(), Answer::No)],
            clinic: Some("Riverside Clinic, 02 1234 5678"),
        });
        assert!(out.contains("Date: 2026-11-22"), "{out}");
        assert!(out.contains("Clinic: Riverside Clinic, 02 1234 5678"), "{out}");
        // The level comes first, right after the title.
        let level = result.triage.expect("a triage");
        assert!(out.lines().nth(1).is_some_and(|l| l.contains(triage_words(Lang::En, level))), "{out}");
        assert!(out.contains("Generated on this device"), "{out}");
        assert!(out.contains(text), "{out}");
        assert!(out.contains("Age: 30"), "{out}");
        assert!(out.contains("4 days"), "{out}");
        assert!(out.contains("Is one side of your face weak? No"), "{out}");
        for f in result.findings.iter().filter(|f| f.present) {
            assert!(out.contains(&f.label), "{out}");
        }
        for c in &result.conditions {
            assert!(out.contains(&c.name), "{out}");
        }
    }

    #[test]
    fn two_complaints_are_summarised_apart() {
        let engine = Engine::bundled().unwrap();
        let text = "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side";
        let result = engine.check_with_number(&Request::text(text), "119");
        assert_eq!(result.complaints.len(), 2);
        let out = summary(&SummaryInput {
            lang: Lang::En,
            date: "2026-12-07",
            text,
            result: &result,
            answers: vec![],
            clinic: None,
        });
        for (k, c) in result.complaints.iter().enumerate() {
            let heading = format!("Complaint {}: {}", k + 1, c.label);
            let at = out.find(&heading).unwrap_or_else(|| panic!("{heading} missing: {out}"));
            for cause in &c.conditions {
                assert!(out[at..].contains(&cause.name), "{out}");
            }
        }
        assert!(out.contains("Twitching of the face"), "the twitch is not left out: {out}");
    }

    #[test]
    fn absent_labels_read_naturally() {
        assert_eq!(absent_label(Lang::En, "Weakness"), "No weakness");
        assert_eq!(absent_label(Lang::ZhTw, "無力"), "沒有無力");
    }
}
