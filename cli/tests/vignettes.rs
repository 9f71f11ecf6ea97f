//! The vignette suites through the real CLI. The neurology suite (`eval/vignettes.jsonl`) fails
//! on any missed emergency, on any under-triaged case, on an out-of-scope message that gets a
//! cause, and below the figures reached after the engine issue (triage >= 97%, top-3 >= 97%,
//! top-1 >= 90%; the targets were 95/94/86). The general suite (`eval/general.jsonl`:
//! cases across medicine from blind batches, a third in Traditional Chinese, a third in a
//! nurse's or a letter's words with vital signs, a third emergencies) is scored apart: every
//! emergency caught, nothing under-triaged, triage >= 89% (issue 21 asked for 85%). Each batch
//! was scored once as written before it joined the suite (issue 21's notes); the work on the
//! general screen used them since, so the suite measures regressions, not understanding.
//! The general suite holds batches general-a to general-z and general-aa to general-ai (2342 cases).
//! The blind neurology suite (`eval/neuro-blind.jsonl`: the blind batches neuro-n1 to n33 in
//! patients' and letters' words, issue 22) is held to no missed emergency, no under-triage,
//! triage >= 87% and top-3 >= 95%, the figures reached once its batches had been worked on
//! (2200 cases).

use std::process::Command;

fn figure(line: &str, key: &str) -> f64 {
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
        .and_then(|v| v.trim_end_matches('%').split('/').next().and_then(|x| x.parse().ok()))
        .unwrap_or(-1.0)
}

/// The figure line of `symptom-check eval eval/FILE --show` (the misses are printed).
fn eval_line(file: &str) -> String {
    let root = format!("{}/..", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_symptom-check"))
        .args(["eval", &format!("{root}/eval/{file}"), "--show"])
        .output()
        .expect("run symptom-check eval");
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(out.status.success(), "eval failed:\n{text}\n{}", String::from_utf8_lossy(&out.stderr));
    text.lines().last().unwrap_or_default().to_string()
}

#[test]
fn general_suite_does_not_fall_below_its_figures() {
    let last = eval_line("general.jsonl");
    assert!(figure(&last, "cases") >= 2342.0, "{last}");
    assert_eq!(figure(&last, "emergency_recall"), 100.0, "a missed emergency: {last}");
    assert_eq!(figure(&last, "under_triage"), 0.0, "under-triaged cases: {last}");
    assert!(figure(&last, "triage") >= 89.0, "triage accuracy below 89%: {last}");
}

#[test]
fn blind_neurology_suite_does_not_fall_below_its_figures() {
    let last = eval_line("neuro-blind.jsonl");
    assert!(figure(&last, "cases") >= 2200.0, "{last}");
    assert_eq!(figure(&last, "emergency_recall"), 100.0, "a missed emergency: {last}");
    assert_eq!(figure(&last, "under_triage"), 0.0, "under-triaged cases: {last}");
    assert!(figure(&last, "triage") >= 87.0, "triage accuracy below 87%: {last}");
    assert!(figure(&last, "top3") >= 95.0, "top-3 below 95%: {last}");
}

#[test]
fn vignette_suite_meets_safety_rules_and_targets() {
    let last = eval_line("vignettes.jsonl");
    let last = last.as_str();
    assert!(figure(last, "cases") >= 80.0, "the suite needs at least 80 cases: {last}");
    assert_eq!(figure(last, "emergency_recall"), 100.0, "{last}");
    assert!(figure(last, "triage") >= 97.0, "triage accuracy below 97%: {last}");
    assert_eq!(figure(last, "under_triage"), 0.0, "under-triaged cases: {last}");
    let oos = last.split_whitespace().find_map(|kv| kv.strip_prefix("out_of_scope=")).unwrap_or("");
    let (got, all) = oos.split_once('/').unwrap_or(("", "-"));
    assert_eq!(got, all, "every out-of-scope message gets no cause: {last}");
    assert!(figure(last, "top3") >= 97.0, "top-3 below 97%: {last}");
    assert!(figure(last, "top1") >= 90.0, "top-1 below 90%: {last}");
}
