//! Unit tests of the vital signs read from notes and patients' words in both languages.

use super::*;

fn read(t: &str) -> Vitals {
    read_vitals(&crate::text::normalize::normalize(t))
}

#[test]
fn clinical_notes_in_both_languages() {
    let v = read("Presents with cough. T 39.4, HR 124, RR 28, BP 85/50, SpO2 92% on room air, GCS 13/15.");
    assert_eq!(v.get(VitalSign::Temperature), Some(39.4));
    assert_eq!(v.get(VitalSign::HeartRate), Some(124.0));
    assert_eq!(v.get(VitalSign::RespiratoryRate), Some(28.0));
    assert_eq!(v.get(VitalSign::SystolicBp), Some(85.0));
    assert_eq!(v.get(VitalSign::DiastolicBp), Some(50.0));
    assert_eq!(v.get(VitalSign::Spo2), Some(92.0));
    assert_eq!(v.get(VitalSign::Gcs), Some(13.0));
    let z = read("體溫 39.2 度，心跳 130，血氧只有 91%，血壓 88/52，血糖 45");
    assert_eq!(z.get(VitalSign::Temperature), Some(39.2));
    assert_eq!(z.get(VitalSign::HeartRate), Some(130.0));
    assert_eq!(z.get(VitalSign::Spo2), Some(91.0));
    assert_eq!(z.get(VitalSign::SystolicBp), Some(88.0));
    assert_eq!(z.get(VitalSign::Glucose), Some(2.5));
}

#[test]
fn units_and_patients_words() {
    assert_eq!(read("my fever was 104F last night").get(VitalSign::Temperature), Some(40.0));
    assert_eq!(read("his sugar was 2.1 mmol/L").get(VitalSign::Glucose), Some(2.1));
    assert_eq!(read("on lithium, 12-h level yesterday 1.1 mmol/L").get(VitalSign::Glucose), None);
    assert_eq!(read("cholesterol 6.2 mmol/L").get(VitalSign::Glucose), None);
    assert_eq!(read("blood sugar 450 mg/dl").get(VitalSign::Glucose), Some(25.0));
    assert_eq!(read("the oximeter says 88").get(VitalSign::Spo2), Some(88.0));
    assert_eq!(read("pulse ox 89%").get(VitalSign::Spo2), Some(89.0));
    assert_eq!(read("it was 38.5°C this morning").get(VitalSign::Temperature), Some(38.5));
    assert_eq!(read("she felt hot, 38.3 under the arm").get(VitalSign::Temperature), Some(38.3));
    assert_eq!(read("she felt hot, 38.3 in the ear").get(VitalSign::Temperature), Some(38.3));
    assert_eq!(read("she felt hot, 37.5 kg").get(VitalSign::Temperature), None);
    // An age in a note's shorthand is not a reading.
    assert_eq!(read("bp check: 49m, htn on amlodipine").get(VitalSign::SystolicBp), None);
    assert_eq!(read("pulse 49, bp 158/96").get(VitalSign::HeartRate), Some(49.0));
    assert_eq!(read("she felt hot, under her arm it's 38.4").get(VitalSign::Temperature), Some(38.4));
    assert_eq!(read("she weighs 38.4 kg and feels hot").get(VitalSign::Temperature), None);
    assert_eq!(read("had the shakes really bad and 38.7 this morning").get(VitalSign::Temperature), Some(38.7));
    assert_eq!(read("my hands shake, I ran 38.7 km this week").get(VitalSign::Temperature), None);
    let bp = read("the nurse got 172/98 and at home it's been 160-170 over 95");
    assert_eq!(bp.get(VitalSign::SystolicBp), Some(172.0));
    assert_eq!(bp.get(VitalSign::DiastolicBp), Some(98.0));
    let shock = read("BP was 130/80 this morning, now 82/50");
    assert_eq!(shock.get(VitalSign::SystolicBp), Some(82.0));
    assert_eq!(read("耳溫37.9，一小時後再量38.1").get(VitalSign::Temperature), Some(38.1));
    assert!(read("pain is 7/10, since 12/05").get(VitalSign::SystolicBp).is_none());
}

#[test]
fn glycated_haemoglobin_is_not_haemoglobin() {
    assert_eq!(read("我有糖尿病 糖化血色素6.8").get(VitalSign::Haemoglobin), None);
    assert_eq!(read("my hb a1c was 6.8").get(VitalSign::Haemoglobin), None);
    assert_eq!(read("血色素 6.8").get(VitalSign::Haemoglobin), Some(6.8));
}

#[test]
fn a_blood_thinners_inr_is_read() {
    let inr = |t: &str| read(t).get(VitalSign::Inr);
    assert_eq!(inr("on warfarin (target INR 2-3). Point-of-care INR today 7.8."), Some(7.8));
    assert_eq!(inr("my inr was 2.4 last week"), Some(2.4));
}

#[test]
fn tablets_taken_are_counted() {
    let n = |t: &str| read(t).get(VitalSign::TabletCount);
    assert_eq!(n("last night i took about 30 paracetamol (the 500mg ones)"), Some(30.0));
    assert_eq!(n("he swallowed 12 of his sleeping tablets"), Some(12.0));
    assert_eq!(n("她昨天吞了二十幾顆安眠藥"), Some(23.0));
    assert_eq!(n("吃了 15 顆普拿疼"), Some(15.0));
    assert_eq!(n("I take 2 tablets of 500mg twice a day"), Some(2.0));
    assert_eq!(n("there are 30 tablets in the box"), None);
    assert_eq!(n("last night i took a lot of paracetamol, maybe 20 or 24 i didnt count"), Some(24.0));
    assert_eq!(n("took some of my nans sleeping pills, amitriptyline i think, maybe 8 or 10 of them?"), Some(10.0));
    assert_eq!(n("i took paracetamol for the pain, about 500 mg"), None);
    assert_eq!(n("i took my tablets this morning, around 8am"), None);
    assert_eq!(n("had my usual aura, took my tablets, the zigzag lasted about 20 min"), None);
    assert_eq!(n("醫生開了三十顆藥給我"), None);
}

#[test]
fn pregnancy_weeks_are_read() {
    let w = |t: &str| read(t).get(VitalSign::PregnancyWeeks);
    assert_eq!(w("I'm 36 weeks with my first"), Some(36.0));
    assert_eq!(w("37+2 weeks w my second"), Some(37.0));
    assert_eq!(w("im 34 weeks and bubs has been quiet"), Some(34.0));
    assert_eq!(w("i'm 2 weeks post-op"), None);
    assert_eq!(w("I'm 20 weeks into this cough"), None);
    assert_eq!(w("she is 28 weeks pregnant"), Some(28.0));
    assert_eq!(w("懷孕 30 週，肚子很痛"), Some(30.0));
    assert_eq!(w("我懷孕五個月了"), Some(21.5));
    assert_eq!(w("I've had this cough for 3 weeks with my asthma"), None);
    assert_eq!(w("咳嗽 3 週了"), None);
}

#[test]
fn numbers_that_are_not_vital_signs() {
    let v = read("I'm 45, on 2 tablets of B12, for 3 days, room 39, SpO2 98% on 2L oxygen");
    assert_eq!(v.get(VitalSign::Spo2), Some(98.0));
    assert_eq!(v.get(VitalSign::Temperature), None);
    assert_eq!(v.get(VitalSign::HeartRate), None);
    assert!(read("my 3 year old has a cough").is_empty());
    assert!(read("I had a fever for 3 days").get(VitalSign::Temperature).is_none());
}
