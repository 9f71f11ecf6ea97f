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
}

/// The label of an absent finding ("no weakness" / "沒有無力").
pub fn absent_label(lang: Lang, label: &str) -> String {
    let label = match lang {
        Lang::En => symptom_engine::text::normalize::lower_first(label),
        Lang::ZhTw => label.to_string(),
    };
    fill(t(lang).chip_absent, &[("label", &label)])
}

/// Builds the plain-text summary.
pub fn summary(input: &SummaryInput) -> String {
    let lang = input.lang;
    let s = t(lang);
    let r = input.result;
    let sep = match lang {
        Lang::En => "; ",
        Lang::ZhTw => "；",
    };
    let colon = match lang {
        Lang::En => ": ",
        Lang::ZhTw => "：",
    };
    let mut out = String::new();
    let mut line = |l: &str| {
        out.push_str(l);
        out.push('\n');
    };
    line(s.summary_title);
    line(&fill(s.summary_date, &[("date", input.date)]));
    line(s.summary_device);
    line("");
    if !input.text.trim().is_empty() {
        line(&format!("{}{colon}", s.summary_text));
        for l in input.text.trim().lines() {
            line(&format!("  {l}"));
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
        line(&about.join(sep));
    }
    if let Some(days) = r.duration_days {
        line(&fill(s.summary_duration, &[("days", &duration_words(lang, days))]));
    }
    line("");
    line(&format!("{}{colon}", s.summary_findings));
    let present: Vec<&str> = r.findings.iter().filter(|f| f.present).map(|f| f.label.as_str()).collect();
    let absent: Vec<String> = r.findings.iter().filter(|f| !f.present).map(|f| f.label.clone()).collect();
    line(&format!(
        "  {}{colon}{}",
        s.summary_present,
        if present.is_empty() { s.none.to_string() } else { present.join(sep) }
    ));
    if !absent.is_empty() {
        line(&format!("  {}{colon}{}", s.summary_absent, absent.join(sep)));
    }
    if !input.answers.is_empty() {
        line("");
        line(&format!("{}{colon}", s.summary_answers));
        for (q, a) in &input.answers {
            line(&format!("  - {q} {}", answer_words(lang, *a)));
        }
    }
    line("");
    match r.triage {
        Some(level) => {
            line(&format!("{}{colon}{}", s.summary_triage, triage_words(lang, level)));
            if let Some(action) = &r.action {
                line(&format!("  {action}"));
            }
        }
        None => line(&format!("{}{colon}{}", s.summary_triage, r.message)),
    }
    for rf in &r.red_flags {
        line(&format!("  ! {}", rf.label));
    }
    let causes = |line: &mut dyn FnMut(&str), conditions: &[ConditionResult]| {
        if conditions.is_empty() {
            line(&format!("  {}", s.none));
        }
        for (i, c) in conditions.iter().enumerate() {
            let codes = if c.icd10.is_empty() { String::new() } else { format!(" ({})", c.icd10.join(", ")) };
            line(&format!("  {}. {}{codes}", i + 1, c.name));
            if !c.why.for_.is_empty() {
                line(&format!("     {}{colon}{}", s.why_for, c.why.for_.join(sep)));
            }
            if !c.why.against.is_empty() {
                line(&format!("     {}{colon}{}", s.why_against, c.why.against.join(sep)));
            }
        }
    };
    if r.complaints.is_empty() {
        line("");
        line(&format!("{}{colon}", s.summary_causes));
        causes(&mut line, &r.conditions);
    }
    // Two or more complaints: each with its level, action and causes.
    for (k, c) in r.complaints.iter().enumerate() {
        line("");
        line(&fill(s.summary_complaint, &[("n", &(k + 1).to_string()), ("label", &c.label)]));
        if let Some(level) = c.triage {
            line(&format!("  {}{colon}{}", s.summary_triage, triage_words(lang, level)));
        }
        if let Some(action) = &c.action {
            line(&format!("  {action}"));
        }
        line(&format!("  {}{colon}", s.summary_causes));
        causes(&mut line, &c.conditions);
    }
    line("");
    line(s.summary_disclaimer);
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
        });
        assert!(out.contains("Date: 2026-11-22"), "{out}");
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
        let level = result.triage.expect("a triage");
        assert!(out.contains(triage_words(Lang::En, level)), "{out}");
    }

    #[test]
    fn two_complaints_are_summarised_apart() {
        let engine = Engine::bundled().unwrap();
        let text = "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side";
        let result = engine.check_with_number(&Request::text(text), "119");
        assert_eq!(result.complaints.len(), 2);
        let out = summary(&SummaryInput { lang: Lang::En, date: "2026-12-07", text, result: &result, answers: vec![] });
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
