//! A check exported as a file a clinic can take in, made on the patient's device: nothing
//! leaves it unless the patient hands the file over.
//!
//! Two forms: [`questionnaire_response`], a FHIR R4 (4.0.1) `QuestionnaireResponse` that a
//! clinic's record system can import (its items coded with LOINC answers, ICD-10,
//! administrative gender, UCUM days and the project's triage code system,
//! [`TRIAGE_SYSTEM`]), and [`plain_json`], a small documented JSON document for anything
//! else (`docs/engine.md`, "Exporting a check"). Both leave out what is unknown: no null, no
//! empty string or array.
//!
//! This code is for the widget too, whose size budget is nearly full, so it is kept small:
//! `serde_json` values built by a few small helpers, no type or table of its own, no
//! `json!` (it serializes each value it is given, one serializer per type) and no `f64`
//! formatting, sorting or removing from a map (each compiled more code, measured). In an
//! `opt-level = "z"` LTO build for wasm32 of a check alone, the two exports and
//! [`crate::Engine::answered_questions`] add about 26 KB, 10.6 KB gzipped (the
//! QuestionnaireResponse 7.7 KB of it).

use serde_json::Value;

use crate::contract::{Answer, CheckResult, ConditionResult};
use crate::schema::{Lang, Sex};
use crate::triage::Triage;

/// The code system of the triage levels (`emergency`, `urgent`, `soon`, `self_care`).
pub const TRIAGE_SYSTEM: &str = "https://symptom-checker.example/fhir/CodeSystem/triage";

/// `format` of the plain JSON export ([`plain_json`]); its `version` is [`PLAIN_VERSION`].
pub const PLAIN_FORMAT: &str = "symptom-checker/check";

/// `version` of the plain JSON export.
pub const PLAIN_VERSION: u32 = 1;

const LOINC: &str = "http://loinc.org";

/// A question the patient answered, as it was put.
#[derive(Debug, Clone, PartialEq)]
pub struct AnsweredQuestion {
    /// Question id.
    pub id: String,
    /// The question, in the result's language.
    pub text: String,
    /// The answer.
    pub answer: Answer,
}

/// What an export is made from.
#[derive(Debug, Clone)]
pub struct ExportInput<'a> {
    /// The day of the check, `YYYY-MM-DD`.
    pub date: &'a str,
    /// What the patient wrote.
    pub text: &'a str,
    /// The check was made for another person.
    pub about_someone_else: bool,
    /// The engine's result.
    pub result: &'a CheckResult,
    /// The questions answered, in the order asked ([`crate::Engine::answered_questions`]).
    pub answers: &'a [AnsweredQuestion],
}

/// `en` in English, `zh` in Chinese.
fn t(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::ZhTw => zh,
    }
}

fn triage_words(lang: Lang, level: Triage) -> &'static str {
    match level {
        Triage::Emergency => t(lang, "Emergency", "緊急"),
        Triage::Urgent => t(lang, "Urgent: today or tomorrow", "盡快：今天或明天就醫"),
        Triage::Soon => t(lang, "See a doctor soon", "近期就醫"),
        Triage::SelfCare => t(lang, "Self-care at home", "居家自我照護"),
    }
}

/// A JSON object of `pairs` (serde_json writes the keys in order of their names).
/// (Inserted one by one: collecting would compile a sort into the widget.)
fn obj(pairs: Vec<(&str, Value)>) -> Value {
    let mut map = serde_json::Map::new();
    for (k, v) in pairs {
        map.insert(k.to_string(), v);
    }
    Value::Object(map)
}

fn coding(system: &str, code: &str, display: &str) -> Value {
    obj(vec![("system", system.into()), ("code", code.into()), ("display", display.into())])
}

/// LOINC's answer for yes (`LA33-6`), no (`LA32-8`) or unknown (`LA4489-6`).
fn answer_coding(answer: Answer) -> Value {
    match answer {
        Answer::Yes => coding(LOINC, "LA33-6", "Yes"),
        Answer::No => coding(LOINC, "LA32-8", "No"),
        Answer::Unsure => coding(LOINC, "LA4489-6", "Unknown"),
    }
}

fn yes_no(present: bool) -> Answer {
    if present {
        Answer::Yes
    } else {
        Answer::No
    }
}

fn sex_str(sex: Sex) -> &'static str {
    match sex {
        Sex::Female => "female",
        Sex::Male => "male",
    }
}

/// An item answered by one `value[x]`, or null (left out) when the value is null or empty.
fn item(link: &str, text: &str, kind: &str, value: Value) -> Value {
    if value.is_null() || value == "" {
        return Value::Null;
    }
    obj(vec![("linkId", link.into()), ("text", text.into()), ("answer", vec![obj(vec![(kind, value)])].into())])
}

/// A group of items, or null (left out) when none of them is there.
fn group(link: &str, text: &str, mut items: Vec<Value>) -> Value {
    items.retain(|i| !i.is_null());
    if items.is_empty() {
        return Value::Null;
    }
    obj(vec![("linkId", link.into()), ("text", text.into()), ("item", items.into())])
}

/// The items of a triage level and its action, under `prefix`.
fn level_items(prefix: &str, lang: Lang, level: Option<Triage>, action: Option<&str>) -> [Value; 2] {
    let level = level.map(|l| coding(TRIAGE_SYSTEM, l.as_str(), triage_words(lang, l)));
    [
        item(&format!("{prefix}triage"), t(lang, "Triage level", "緊急程度"), "valueCoding", level.into()),
        item(&format!("{prefix}action"), t(lang, "What to do", "建議做法"), "valueString", action.into()),
    ]
}

/// The group of possible causes, under `prefix`: each coded in ICD-10 when it has a code.
fn causes_group(prefix: &str, lang: Lang, causes: &[ConditionResult]) -> Value {
    let items = causes.iter().map(|c| {
        let link = format!("{prefix}cause.{}", c.id);
        let name = if c.name.is_empty() { c.id.as_str() } else { &c.name };
        match c.icd10.first() {
            Some(code) => item(&link, name, "valueCoding", coding("http://hl7.org/fhir/sid/icd-10", code, name)),
            None => item(&link, name, "valueString", name.into()),
        }
    });
    group(
        &format!("{prefix}causes"),
        t(lang, "Possible causes (not a diagnosis)", "可能的原因（並非診斷）"),
        items.collect(),
    )
}

/// The check as a FHIR R4 `QuestionnaireResponse` (status `completed`, authored on the day of
/// the check, in the result's language), with a generated narrative of the same lines.
pub fn questionnaire_response(input: &ExportInput) -> Value {
    let r = input.result;
    let lang = r.lang;
    let coded = |link: String, text: &str, answer: Answer| item(&link, text, "valueCoding", answer_coding(answer));
    let sex = r.sex.map(|s| {
        let code = sex_str(s);
        coding("http://hl7.org/fhir/administrative-gender", code, if s == Sex::Female { "Female" } else { "Male" })
    });
    let days = r.duration_days.map(|d| {
        let ucum = "http://unitsofmeasure.org";
        obj(vec![("value", d.into()), ("unit", "d".into()), ("system", ucum.into()), ("code", "d".into())])
    });
    let mut items = vec![
        item("description", t(lang, "What the patient wrote", "病人的描述"), "valueString", input.text.trim().into()),
        item("age", t(lang, "Age (years)", "年齡（歲）"), "valueInteger", r.age.into()),
        item("sex", t(lang, "Sex", "性別"), "valueCoding", sex.into()),
        item("duration", t(lang, "How long it has lasted (days)", "持續多久（天）"), "valueQuantity", days.into()),
        item(
            "about-someone-else",
            t(lang, "Asked for someone else", "為他人詢問"),
            "valueBoolean",
            input.about_someone_else.into(),
        ),
        group(
            "findings",
            t(lang, "What was understood", "讀到的症狀"),
            r.findings.iter().map(|f| coded(format!("finding.{}", f.id), &f.label, yes_no(f.present))).collect(),
        ),
        group(
            "questions",
            t(lang, "Questions answered", "回答的問題"),
            input.answers.iter().map(|a| coded(format!("question.{}", a.id), &a.text, a.answer)).collect(),
        ),
        group(
            "warning-signs",
            t(lang, "Warning signs", "警訊"),
            r.red_flags
                .iter()
                .map(|f| {
                    let level = coding(TRIAGE_SYSTEM, f.level.as_str(), triage_words(lang, f.level));
                    item(&format!("warning-sign.{}", f.id), &f.label, "valueCoding", level)
                })
                .collect(),
        ),
    ];
    items.extend(level_items("", lang, r.triage, r.action.as_deref()));
    items.push(causes_group("", lang, &r.conditions));
    for (k, c) in r.complaints.iter().enumerate() {
        let prefix = format!("complaint.{}.", k + 1);
        let [level, action] = level_items(&prefix, lang, c.triage, c.action.as_deref());
        let parts = vec![level, action, causes_group(&prefix, lang, &c.conditions)];
        let label = format!("{} {}{}{}", t(lang, "Complaint", "症狀"), k + 1, t(lang, ": ", "："), c.label);
        items.push(group(&format!("complaint.{}", k + 1), label.trim_end_matches([':', ' ', '：']), parts));
    }
    let mut div = format!(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{} {}</p>",
        t(
            lang,
            "Symptom check made on the patient's device, not a diagnosis:",
            "在病人裝置上完成的症狀檢查，並非診斷："
        ),
        esc(input.date)
    );
    for i in items.iter().filter(|i| !i.is_null()) {
        div.push_str("<p>");
        narrate(i, lang, &mut div);
        div.push_str("</p>");
    }
    div.push_str("</div>");
    let mut v = obj(vec![
        ("resourceType", "QuestionnaireResponse".into()),
        ("language", lang.tag().into()),
        ("text", obj(vec![("status", "generated".into()), ("div", div.into())])),
        ("status", "completed".into()),
        ("authored", input.date.into()),
        ("item", items.into()),
    ]);
    prune(&mut v);
    v
}

/// One item in the narrative: its text, then its answer or its items, HTML-escaped.
fn narrate(item: &Value, lang: Lang, out: &mut String) {
    let text = item["text"].as_str().unwrap_or_default();
    out.push_str(&esc(text));
    if let Some(children) = item["item"].as_array() {
        out.push_str(t(lang, ": ", "："));
        for (k, child) in children.iter().enumerate() {
            // A group within a group (a complaint's causes) on a line of its own.
            if child.get("item").is_some() {
                out.push_str("<br/>");
            } else if k > 0 {
                out.push_str(t(lang, "; ", "；"));
            }
            narrate(child, lang, out);
        }
        return;
    }
    let a = &item["answer"][0];
    let shown = match (a.get("valueCoding"), a.get("valueQuantity")) {
        (Some(c), _) => match (c["code"].as_str().unwrap_or_default(), c["display"].as_str()) {
            ("LA33-6", _) => t(lang, "yes", "是").to_string(),
            ("LA32-8", _) => t(lang, "no", "否").to_string(),
            ("LA4489-6", _) => t(lang, "not sure", "不確定").to_string(),
            // A cause named by the item's text: its ICD-10 code.
            (_, Some(display)) if display != text => display.to_string(),
            (code, _) => code.to_string(),
        },
        // Written by serde_json, not `f64`'s Display: one float formatter in the widget.
        (_, Some(q)) => {
            let days = Value::from(q["value"].as_f64().map(|d| (d * 100.0).round() / 100.0)).to_string();
            days.trim_end_matches(".0").to_string()
        }
        _ => match a.as_object().and_then(|o| o.values().next()) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Bool(b)) => t(lang, if *b { "yes" } else { "no" }, if *b { "是" } else { "否" }).to_string(),
            Some(other) => other.to_string(),
            None => String::new(),
        },
    };
    if shown != text {
        out.push_str(t(lang, ": ", "："));
        out.push_str(&esc(&shown));
    }
}

/// `s` with `&`, `<`, `>` and `"` escaped for XHTML.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Drops nulls, empty strings, arrays and objects, at every depth; false when `v` is one.
fn prune(v: &mut Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => {
            a.retain_mut(prune);
            !a.is_empty()
        }
        // Rebuilt rather than `retain`ed: removing from a map compiles more into the widget.
        Value::Object(o) => {
            for (k, mut x) in std::mem::take(o) {
                if prune(&mut x) {
                    o.insert(k, x);
                }
            }
            !o.is_empty()
        }
        _ => true,
    }
}

/// The check as a plain JSON document: `format` ([`PLAIN_FORMAT`]), `version`
/// ([`PLAIN_VERSION`]), the day, the language, the text, the patient, the level and action,
/// the findings, the answers, the warning signs, the causes and the complaints; what is
/// unknown is left out.
pub fn plain_json(input: &ExportInput) -> Value {
    let r = input.result;
    let causes = |list: &[ConditionResult]| -> Value {
        let cause = |c: &ConditionResult| {
            let codes: Vec<Value> = c.icd10.iter().map(|x| x.as_str().into()).collect();
            let triage = c.triage.as_str().into();
            obj(vec![
                ("id", c.id.as_str().into()),
                ("name", c.name.as_str().into()),
                ("icd10", codes.into()),
                ("triage", triage),
            ])
        };
        list.iter().map(cause).collect()
    };
    let findings = r.findings.iter().map(|f| {
        obj(vec![("id", f.id.as_str().into()), ("label", f.label.as_str().into()), ("present", f.present.into())])
    });
    let answers = input.answers.iter().map(|a| {
        obj(vec![
            ("id", a.id.as_str().into()),
            ("question", a.text.as_str().into()),
            ("answer", a.answer.as_str().into()),
        ])
    });
    let red_flags = r.red_flags.iter().map(|f| {
        obj(vec![("id", f.id.as_str().into()), ("label", f.label.as_str().into()), ("level", f.level.as_str().into())])
    });
    let complaints = r.complaints.iter().map(|c| {
        obj(vec![
            ("label", c.label.as_str().into()),
            ("triage", c.triage.map(Triage::as_str).into()),
            ("action", c.action.as_deref().into()),
            ("causes", causes(&c.conditions)),
        ])
    });
    let mut v = obj(vec![
        ("format", PLAIN_FORMAT.into()),
        ("version", PLAIN_VERSION.into()),
        ("date", input.date.into()),
        ("lang", r.lang.tag().into()),
        ("text", input.text.trim().into()),
        ("about_someone_else", input.about_someone_else.into()),
        ("age", r.age.into()),
        ("sex", r.sex.map(sex_str).into()),
        ("duration_days", r.duration_days.into()),
        ("triage", r.triage.map(Triage::as_str).into()),
        ("action", r.action.as_deref().into()),
        ("findings", findings.collect()),
        ("answers", answers.collect()),
        ("red_flags", red_flags.collect()),
        ("causes", causes(&r.conditions)),
        ("complaints", complaints.collect()),
    ]);
    prune(&mut v);
    v
}
