//! Words that name a symptom without the patient having it now: a guess or a question about a
//! cause or a treatment, a cough or a sneeze named as what makes a pain worse, a time that
//! belongs to another episode, and a Chinese "worse" that follows a trigger. Each is read as
//! what it is, so it neither raises a warning sign nor sets the complaint's duration.

use symptom_engine::{CheckResult, Engine, Request};

fn engine() -> Engine {
    Engine::bundled().expect("bundled KB")
}

fn check(engine: &Engine, text: &str, age: f64) -> CheckResult {
    let req: Request = serde_json::from_value(serde_json::json!({"text": text, "age": age})).expect("request");
    engine.check(&req)
}

fn present(r: &CheckResult) -> Vec<&str> {
    r.findings.iter().filter(|f| f.present).map(|f| f.id.0.as_str()).collect()
}

fn flags(r: &CheckResult) -> Vec<&str> {
    r.red_flags.iter().map(|f| f.id.as_str()).collect()
}

#[test]
fn a_guess_or_a_question_about_a_cause_or_a_treatment_is_not_a_finding() {
    let engine = engine();
    for (text, not) in [
        ("just as i drift off my whole body jolts and wakes my boyfriend up. is that a seizure??", "witnessed_seizure"),
        ("pins and needles in both feet for months, friend said could be MS??", "ms_history"),
        ("sore throat and runny nose since yesterday, no fever. do i need antibiotics??", "new_medicine"),
        ("pee was pink this morning, maybe it was the beetroot?", "red_food"),
        ("腳麻麻的好幾個月 朋友說會不會是多發性硬化", "ms_history"),
    ] {
        let r = check(&engine, text, 40.0);
        assert!(!present(&r).contains(&not), "{text}: {:?}", present(&r));
    }
    // The same words said as a fact are read.
    let r = check(&engine, "she had a seizure at school, shaking all over", 12.0);
    assert!(present(&r).contains(&"witnessed_seizure"));
}

#[test]
fn a_cough_or_a_sneeze_that_makes_a_pain_worse_is_a_trigger_not_a_cough() {
    let engine = engine();
    for text in [
        "headaches for a month, worse when i cough or bend over",
        "頭痛一個多月 咳嗽彎腰更痛",
        "my headache gets worse when I sneeze",
    ] {
        let r = check(&engine, text, 55.0);
        assert!(!present(&r).contains(&"cough"), "{text}: {:?}", present(&r));
        assert!(present(&r).contains(&"valsalva_trigger"), "{text}: {:?}", present(&r));
        assert!(flags(&r).contains(&"headache_cough_strain"), "{text}: {:?}", flags(&r));
    }
    // A cough of its own stays a cough, and blood coughed up is still read.
    assert!(present(&check(&engine, "I've had a dry cough for a week", 30.0)).contains(&"cough"));
    assert!(flags(&check(&engine, "when i cough i bring up blood", 60.0)).contains(&"coughing_blood"));
}

#[test]
fn the_time_of_another_episode_is_not_how_long_the_complaint_has_lasted() {
    let engine = engine();
    let r = check(
        &engine,
        "Over the last 8 days my feet went numb and it has crept up both legs. About 2 yrs ago I lost the colour in my right eye for a few weeks, it got better on its own.",
        29.0,
    );
    assert_eq!(r.duration_days, Some(8.0));
    let r = check(&engine, "右腳大拇趾又紅又腫又熱，昨天晚上開始痛。三年前也痛過一次，那時醫生說是痛風。", 52.0);
    assert_eq!(r.duration_days, Some(1.0), "{:?}", present(&r));
    // A sentence that gives only the time still gives it.
    let r = check(&engine, "My hands tingle at night. It has been going on for 3 weeks.", 45.0);
    assert_eq!(r.duration_days, Some(21.0));
}

#[test]
fn a_chinese_worse_after_a_trigger_is_not_a_complaint_getting_worse() {
    let engine = engine();
    let r = check(&engine, "兩週前起右側頸部疼痛放射至大拇指，低頭時加劇，右手握力稍差", 50.0);
    assert!(!present(&r).contains(&"getting_worse"), "{:?}", present(&r));
    assert!(!flags(&r).contains(&"progressive_weakness"), "{:?}", flags(&r));
    let r = check(&engine, "右手越來越沒力，握不住杯子", 50.0);
    assert!(flags(&r).contains(&"progressive_weakness"), "{:?}", flags(&r));
}
