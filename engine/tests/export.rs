//! The export of a check (`symptom_engine::export`): the FHIR R4 QuestionnaireResponse in both
//! languages, with answers, two complaints, an emergency and a blank result, keeps the R4 rules
//! this crate can check without the FHIR definitions (an item has an answer or items, never
//! both; linkIds unique; no null, empty string, array or object; the narrative escaped), and
//! the plain JSON document has its documented fields. `tests/fhir/` checks the
//! QuestionnaireResponse against the official R4 schema and StructureDefinition.

use std::collections::BTreeSet;

use serde_json::{json, Value};
use symptom_engine::export::{
    plain_json, questionnaire_response, AnsweredQuestion, ExportInput, PLAIN_FORMAT, TRIAGE_SYSTEM,
};
use symptom_engine::{Answer, CheckResult, Engine, Request};

fn engine() -> Engine {
    Engine::bundled().expect("bundled KB")
}

/// A request, its result and the questions it answers.
fn checked(engine: &Engine, req: Value) -> (Request, CheckResult, Vec<AnsweredQuestion>) {
    let req: Request = serde_json::from_value(req).expect("request");
    let result = engine.check(&req);
    let answers = engine.answered_questions(&req, result.lang);
    (req, result, answers)
}

fn input<'a>(req: &'a Request, result: &'a CheckResult, answers: &'a [AnsweredQuestion]) -> ExportInput<'a> {
    ExportInput { date: "2026-12-07", text: &req.text, about_someone_else: false, result, answers }
}

fn fhir(engine: &Engine, req: Value) -> Value {
    let (req, result, answers) = checked(engine, req);
    let qr = questionnaire_response(&input(&req, &result, &answers));
    well_formed(&qr);
    qr
}

/// No null, empty string, empty array or empty object anywhere; every item has a linkId and
/// either an answer or items (not both: qrs-1), each answer one value[x]; linkIds unique.
fn well_formed(qr: &Value) {
    fn no_empty(v: &Value, path: &str) {
        match v {
            Value::Null => panic!("null at {path}"),
            Value::String(s) => assert!(!s.trim().is_empty(), "empty string at {path}"),
            Value::Array(a) => {
                assert!(!a.is_empty(), "empty array at {path}");
                a.iter().enumerate().for_each(|(i, x)| no_empty(x, &format!("{path}[{i}]")));
            }
            Value::Object(o) => {
                assert!(!o.is_empty(), "empty object at {path}");
                o.iter().for_each(|(k, x)| no_empty(x, &format!("{path}.{k}")));
            }
            _ => {}
        }
    }
    fn items(list: &Value, seen: &mut BTreeSet<String>) {
        for item in list.as_array().expect("item is an array") {
            let link = item["linkId"].as_str().expect("linkId").to_string();
            assert!(seen.insert(link.clone()), "linkId {link} twice");
            let (answer, children) = (item.get("answer"), item.get("item"));
            assert!(answer.is_some() != children.is_some(), "{link}: an answer or items, not both nor neither");
            if let Some(children) = children {
                items(children, seen);
            }
            for a in answer.map(|a| a.as_array().expect("answer array").clone()).unwrap_or_default() {
                let values: Vec<&String> = a.as_object().expect("answer object").keys().collect();
                assert!(values.len() == 1 && values[0].starts_with("value"), "{link}: {a}");
            }
        }
    }
    no_empty(qr, "$");
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(qr["status"], "completed");
    assert_eq!(qr["text"]["status"], "generated");
    let div = qr["text"]["div"].as_str().expect("div");
    assert!(div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">") && div.ends_with("</div>"), "{div}");
    let mut seen = BTreeSet::new();
    if let Some(list) = qr.get("item") {
        items(list, &mut seen);
    }
}

/// The item of `link`, at any depth.
fn find<'a>(qr: &'a Value, link: &str) -> Option<&'a Value> {
    qr.get("item")?.as_array()?.iter().find_map(|i| if i["linkId"] == link { Some(i) } else { find(i, link) })
}

fn coding<'a>(qr: &'a Value, link: &str) -> &'a Value {
    &find(qr, link).unwrap_or_else(|| panic!("no item {link}: {qr:#}"))["answer"][0]["valueCoding"]
}

#[test]
fn an_english_check_is_coded() {
    let qr = fhir(
        &engine(),
        json!({"text": "my left eyelid has twitched for four days", "age": 29, "sex": "female", "lang": "en"}),
    );
    assert_eq!(qr["language"], "en");
    assert_eq!(qr["authored"], "2026-12-07");
    assert_eq!(find(&qr, "age").unwrap()["answer"][0]["valueInteger"], 29);
    assert_eq!(find(&qr, "age").unwrap()["text"], "Age (years)");
    assert_eq!(
        *coding(&qr, "sex"),
        json!({"system": "http://hl7.org/fhir/administrative-gender", "code": "female", "display": "Female"})
    );
    let days = &find(&qr, "duration").unwrap()["answer"][0]["valueQuantity"];
    assert_eq!(
        (days["value"].as_f64(), &days["code"], &days["system"]),
        (Some(4.0), &json!("d"), &json!("http://unitsofmeasure.org"))
    );
    assert_eq!(
        find(&qr, "description").unwrap()["answer"][0]["valueString"],
        "my left eyelid has twitched for four days"
    );
    assert_eq!(find(&qr, "about-someone-else").unwrap()["answer"][0]["valueBoolean"], false);
    let twitch = coding(&qr, "finding.eyelid_twitch");
    assert_eq!((&twitch["system"], &twitch["code"]), (&json!("http://loinc.org"), &json!("LA33-6")));
    let level = coding(&qr, "triage");
    assert_eq!((level["system"].as_str(), level["code"].as_str()), (Some(TRIAGE_SYSTEM), Some("self_care")));
    assert!(find(&qr, "action").unwrap()["answer"][0]["valueString"].as_str().is_some());
    let causes = find(&qr, "causes").expect("causes")["item"].as_array().unwrap();
    assert!(causes.iter().any(|c| c["linkId"] == "cause.eyelid_myokymia"), "{causes:?}");
    for c in causes {
        let code = &c["answer"][0]["valueCoding"];
        assert_eq!(code["system"], "http://hl7.org/fhir/sid/icd-10", "{c}");
        assert_eq!(code["display"], c["text"]);
    }
    // Nothing about someone else, no complaints, no answers: left out, not empty.
    assert!(find(&qr, "questions").is_none() && find(&qr, "complaint.1").is_none());
}

#[test]
fn a_chinese_check_is_in_chinese() {
    let qr = fhir(&engine(), json!({"text": "眼皮一直跳了四天", "age": 29}));
    assert_eq!(qr["language"], "zh-TW");
    assert_eq!(find(&qr, "age").unwrap()["text"], "年齡（歲）");
    assert!(find(&qr, "sex").is_none(), "an unknown sex is left out");
    let level = coding(&qr, "triage");
    assert_eq!(level["display"], "居家自我照護");
    let div = qr["text"]["div"].as_str().unwrap();
    assert!(div.contains("眼皮一直跳了四天") && div.contains("並非診斷"), "{div}");
    let eyelid = find(&qr, "finding.eyelid_twitch").expect("the twitch read");
    assert!(eyelid["text"].as_str().unwrap().chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{eyelid}");
}

#[test]
fn the_answers_come_in_the_order_asked_with_loinc_codes() {
    let engine = engine();
    // The warning signs of the seed question, then the first question asked alone.
    let mut req = json!({"text": "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side", "age": 45, "answers": {}});
    let mut asked = Vec::new();
    for _ in 0..2 {
        let r = engine.check(&serde_json::from_value(req.clone()).unwrap());
        let screen: Vec<_> = match r.questions.iter().take_while(|q| q.red_flag).count() {
            0 => r.questions.iter().take(1).collect(),
            n => r.questions.iter().take(n).collect(),
        };
        assert!(!screen.is_empty(), "{r:#?}");
        for q in screen {
            asked.push(q.id.to_string());
            req["answers"][q.id.as_str()] = json!("no");
        }
    }
    let first = asked[0].clone();
    req["answers"][&first] = json!("unsure");
    req["answers"]["no_such_question"] = json!("yes");
    let (r, result, answers) = checked(&engine, req);
    assert_eq!(
        answers.iter().map(|a| a.id.clone()).collect::<Vec<_>>(),
        asked,
        "in the order asked, unknown ids left out"
    );
    assert_eq!(answers[0].answer, Answer::Unsure);
    assert_eq!(answers[0].text, engine.question_text(&first, result.lang).unwrap());
    let qr = questionnaire_response(&input(&r, &result, &answers));
    well_formed(&qr);
    let group = find(&qr, "questions").expect("questions group")["item"].as_array().unwrap().clone();
    let links: Vec<String> = group.iter().map(|i| i["linkId"].as_str().unwrap().to_string()).collect();
    assert_eq!(links, asked.iter().map(|id| format!("question.{id}")).collect::<Vec<_>>());
    assert_eq!(coding(&qr, &format!("question.{first}"))["code"], "LA4489-6");
    assert_eq!(coding(&qr, &links[1])["code"], "LA32-8");
    assert_eq!(group[1]["text"], json!(answers[1].text));
    let plain = plain_json(&input(&r, &result, &answers));
    assert_eq!(plain["answers"][0], json!({"id": first, "question": answers[0].text, "answer": "unsure"}));
    assert_eq!(plain["answers"].as_array().unwrap().len(), asked.len());
}

#[test]
fn questions_about_someone_else_are_in_the_third_person() {
    let engine = engine();
    let text = "my dad's left arm and face went numb an hour ago";
    let req: Request = serde_json::from_value(json!({"text": text, "answers": {"q_arm_weakness": "yes"}})).unwrap();
    assert!(engine.about_someone_else(&req));
    assert!(!engine.about_someone_else(&Request::text("my left arm went numb")));
    let mut told = Request::text("my left arm went numb");
    told.about_someone_else = Some(true);
    assert!(engine.about_someone_else(&told));
    let answers = engine.answered_questions(&req, symptom_engine::Lang::En);
    let q = engine.kb().questions.iter().find(|q| q.id.as_str() == "q_arm_weakness").unwrap();
    assert_eq!(answers.len(), 1);
    assert_eq!(answers[0].text, q.text_other.en, "put as it was asked");
}

#[test]
fn two_complaints_are_two_groups() {
    for text in [
        "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side",
        "眼皮一直跳兩個禮拜了，另外醒來兩手手掌麻麻的",
    ] {
        let engine = engine();
        let (req, result, answers) = checked(&engine, json!({ "text": text }));
        assert_eq!(result.complaints.len(), 2, "{text}");
        let qr = questionnaire_response(&input(&req, &result, &answers));
        well_formed(&qr);
        for (k, c) in result.complaints.iter().enumerate() {
            let group = find(&qr, &format!("complaint.{}", k + 1)).expect("a group per complaint");
            assert!(group["text"].as_str().unwrap().ends_with(&c.label), "{group}");
            let level = coding(group, &format!("complaint.{}.triage", k + 1));
            assert_eq!(level["code"].as_str(), c.triage.map(|t| t.as_str()));
            let causes = find(group, &format!("complaint.{}.causes", k + 1)).expect("its causes")["item"].clone();
            assert_eq!(causes.as_array().unwrap().len(), c.conditions.len());
            assert!(find(group, &format!("complaint.{}.action", k + 1)).is_some());
        }
        assert!(find(&qr, "complaint.3").is_none());
        let plain = plain_json(&input(&req, &result, &answers));
        let complaints = plain["complaints"].as_array().unwrap();
        assert_eq!(complaints.len(), 2);
        assert_eq!(complaints[0]["label"], json!(result.complaints[0].label));
        assert!(complaints[0]["causes"].as_array().is_some_and(|c| !c.is_empty()));
    }
}

#[test]
fn an_emergency_is_coded_with_its_warning_signs() {
    let engine = engine();
    let (req, result, answers) = checked(
        &engine,
        json!({"text": "sudden weakness of my right arm and my face droops, I cannot speak properly", "age": 70}),
    );
    assert_eq!(result.triage, Some(symptom_engine::Triage::Emergency));
    let qr = questionnaire_response(&input(&req, &result, &answers));
    well_formed(&qr);
    assert_eq!(coding(&qr, "triage")["code"], "emergency");
    assert_eq!(coding(&qr, "triage")["display"], "Emergency");
    let flag = &result.red_flags[0];
    assert_eq!(coding(&qr, &format!("warning-sign.{}", flag.id))["code"], flag.level.as_str());
    assert!(qr["text"]["div"].as_str().unwrap().contains("Emergency"));
    let plain = plain_json(&input(&req, &result, &answers));
    assert_eq!(plain["triage"], "emergency");
    assert_eq!(plain["red_flags"][0]["id"], json!(flag.id));
    assert_eq!(plain["red_flags"][0]["level"], "emergency");
}

#[test]
fn a_blank_check_leaves_out_what_is_unknown() {
    let engine = engine();
    for text in ["", "   "] {
        let (req, result, answers) = checked(&engine, json!({ "text": text }));
        let qr = questionnaire_response(&input(&req, &result, &answers));
        well_formed(&qr);
        let links: Vec<&str> = qr["item"].as_array().unwrap().iter().map(|i| i["linkId"].as_str().unwrap()).collect();
        assert_eq!(links, ["about-someone-else"], "{qr:#}");
        let plain = plain_json(&input(&req, &result, &answers));
        for gone in
            ["text", "age", "sex", "duration_days", "triage", "action", "findings", "answers", "causes", "complaints"]
        {
            assert!(plain.get(gone).is_none(), "{gone} in {plain}");
        }
        assert_eq!((plain["format"].as_str(), plain["version"].as_u64()), (Some(PLAIN_FORMAT), Some(1)));
    }
    // With no date either, the date is left out rather than empty.
    let (req, result, answers) = checked(&engine, json!({ "text": "" }));
    let qr = questionnaire_response(&ExportInput { date: "", ..input(&req, &result, &answers) });
    well_formed(&qr);
    assert!(qr.get("authored").is_none());
}

#[test]
fn the_narrative_escapes_every_text() {
    let engine = engine();
    let text = "my eyelid <script>alert(1)</script> twitches & jumps \"often\" for a week";
    let (req, result, answers) = checked(&engine, json!({ "text": text }));
    let qr = questionnaire_response(&input(&req, &result, &answers));
    well_formed(&qr);
    let div = qr["text"]["div"].as_str().unwrap();
    assert!(div.contains("&lt;script&gt;alert(1)&lt;/script&gt; twitches &amp; jumps &quot;often&quot;"), "{div}");
    assert!(!div.contains("<script>") && !div.contains("& "), "{div}");
    // Only the narrative's own tags remain.
    let tags: BTreeSet<&str> = div.split('<').skip(1).map(|t| t.split(['>', ' ']).next().unwrap()).collect();
    assert!(tags.iter().all(|t| ["div", "/div", "p", "/p", "br/"].contains(t)), "{tags:?}");
    assert_eq!(find(&qr, "description").unwrap()["answer"][0]["valueString"], text, "the value is the text as written");
}

#[test]
fn the_plain_document_has_its_fields() {
    let engine = engine();
    let (req, result, answers) =
        checked(&engine, json!({"text": "my left eyelid has twitched for four days", "age": 29, "sex": "male"}));
    let plain = plain_json(&ExportInput { about_someone_else: true, ..input(&req, &result, &answers) });
    assert_eq!(plain["format"], PLAIN_FORMAT);
    assert_eq!(plain["version"], 1);
    assert_eq!(plain["date"], "2026-12-07");
    assert_eq!(plain["lang"], "en");
    assert_eq!(plain["text"], "my left eyelid has twitched for four days");
    assert_eq!(plain["about_someone_else"], true);
    assert_eq!((plain["age"].as_u64(), plain["sex"].as_str()), (Some(29), Some("male")));
    assert_eq!(plain["duration_days"].as_f64(), Some(4.0));
    assert_eq!(plain["triage"], "self_care");
    assert_eq!(plain["action"], json!(result.action));
    let finding = plain["findings"].as_array().unwrap().iter().find(|f| f["id"] == "eyelid_twitch").unwrap();
    assert_eq!(finding["present"], true);
    assert!(finding["label"].as_str().is_some_and(|l| !l.is_empty()));
    let cause = &plain["causes"][0];
    assert_eq!(cause["id"], json!(result.conditions[0].id));
    assert_eq!(cause["icd10"], json!(result.conditions[0].icd10));
    assert_eq!(cause["triage"], result.conditions[0].triage.as_str());
    assert!(plain.get("complaints").is_none() && plain.get("answers").is_none() && plain.get("red_flags").is_none());
    let keys: BTreeSet<&str> = plain.as_object().unwrap().keys().map(String::as_str).collect();
    let documented: BTreeSet<&str> = [
        "format",
        "version",
        "date",
        "lang",
        "text",
        "about_someone_else",
        "age",
        "sex",
        "duration_days",
        "triage",
        "action",
        "findings",
        "answers",
        "red_flags",
        "causes",
        "complaints",
    ]
    .into();
    assert!(keys.is_subset(&documented), "{keys:?}");
}
