//! The vignette suite through the real CLI. Fails on any missed emergency, on any under-triaged
//! case, on an out-of-scope message that gets a cause, and below the figures reached after the
//! engine issue (triage >= 97%, top-3 >= 97%, top-1 >= 90%; the targets were 95/94/86).

use std::process::Command;

fn figure(line: &str, key: &str) -> f64 {
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix(&format!("{key}=")))
        .and_then(|v| v.trim_end_matches('%').split('/').next().and_then(|x| x.parse().ok()))
        .unwrap_or(-1.0)
}

#[test]
fn vignette_suite_meets_safety_rules_and_targets() {
    let root = format!("{}/..", env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_symptom-check"))
        .args(["eval", &format!("{root}/eval/vignettes.jsonl"), "--show"])
        .output()
        .expect("run symptom-check eval");
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(out.status.success(), "eval failed:\n{text}\n{}", String::from_utf8_lossy(&out.stderr));
    let last = text.lines().last().unwrap_or_default();
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
