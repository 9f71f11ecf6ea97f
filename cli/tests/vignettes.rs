//! The vignette suite through the real CLI. Fails on any missed emergency, on any under-triaged
//! case, on an out-of-scope message that gets a cause, and below the engine issue's targets
//! (triage >= 95%, top-3 >= 90%) and a top-1 floor of 85%.

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
    assert!(figure(last, "triage") >= 95.0, "triage accuracy below 95%: {last}");
    assert_eq!(figure(last, "under_triage"), 0.0, "under-triaged cases: {last}");
    let oos = last.split_whitespace().find_map(|kv| kv.strip_prefix("out_of_scope=")).unwrap_or("");
    let (got, all) = oos.split_once('/').unwrap_or(("", "-"));
    assert_eq!(got, all, "every out-of-scope message gets no cause: {last}");
    assert!(figure(last, "top3") >= 90.0, "top-3 below 90%: {last}");
    assert!(figure(last, "top1") >= 85.0, "top-1 below 85%: {last}");
}
