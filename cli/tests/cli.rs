//! The `symptom-check` binary: its contract with outside callers.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_symptom-check"))
}

fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child =
        bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    // The CLI may exit before reading stdin (e.g. a missing KB): a broken pipe here is fine.
    let _ = child.stdin.take().expect("stdin").write_all(stdin.as_bytes());
    child.wait_with_output().expect("wait")
}

fn root(path: &str) -> String {
    format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn prints_the_kb_title_without_arguments() {
    let out = bin().output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let kb: serde_json::Value = serde_json::from_str(symptom_engine::BUNDLED_KB).expect("kb");
    assert!(text.contains(kb["meta"]["title"]["en"].as_str().expect("title")), "{text}");
}

#[test]
fn check_json_follows_the_contract() {
    let out = run_with_stdin(
        &["check", "--json"],
        r#"{"text": "My left eyelid has been twitching for four days", "age": 29, "sex": "male", "lang": "en"}"#,
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for key in ["triage", "conditions", "findings", "red_flags", "questions", "similar", "message"] {
        assert!(v.get(key).is_some(), "missing {key}: {v}");
    }
    let c = &v["conditions"][0];
    for key in ["id", "name", "icd10", "score", "why"] {
        assert!(c.get(key).is_some(), "condition misses {key}: {c}");
    }
    assert!(c["why"]["for"].is_array() && c["why"]["against"].is_array());
    assert!(v["findings"][0].get("present").is_some());
}

#[test]
fn two_complaints_are_answered_apart() {
    let seed = r#"{"text": "Twitching below my nose for several days; I also wake with tingling in both palms after sleeping on my side"}"#;
    let out = run_with_stdin(&["check", "--json"], seed);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let complaints = v["complaints"].as_array().expect("complaints");
    assert_eq!(complaints.len(), 2, "{v}");
    for c in complaints {
        for key in ["findings", "label", "triage", "action", "conditions"] {
            assert!(c.get(key).is_some(), "complaint without {key}: {c}");
        }
    }
    let out = run_with_stdin(&["check"], seed);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("complaint 1: ") && text.contains("complaint 2: Twitching"), "{text}");
    // One complaint: no `complaints` key, the causes under the level.
    let out = run_with_stdin(&["check", "--json"], r#"{"text": "My left eyelid has been twitching for four days"}"#);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v.get("complaints").is_none(), "{v}");
}

#[test]
fn check_fhir_and_export_write_the_check_dated_as_asked() {
    let req = r#"{"text": "My left eyelid has been twitching for four days", "age": 29, "lang": "en", "answers": {"q_facial_droop": "no", "not_a_question": "yes"}}"#;
    let out = run_with_stdin(&["check", "--fhir", "--date", "2026-12-07"], req);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let qr: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        (qr["resourceType"].as_str(), qr["status"].as_str()),
        (Some("QuestionnaireResponse"), Some("completed"))
    );
    assert_eq!(qr["authored"], "2026-12-07");
    assert_eq!(qr["language"], "en");
    let items = qr["item"].as_array().expect("items");
    let questions = items.iter().find(|i| i["linkId"] == "questions").expect("the answered questions");
    assert_eq!(questions["item"][0]["linkId"], "question.q_facial_droop");
    assert_eq!(questions["item"][0]["answer"][0]["valueCoding"]["code"], "LA32-8");
    assert_eq!(questions["item"].as_array().map(Vec::len), Some(1), "an unknown id is left out");

    let out = run_with_stdin(&["check", "--export", "--date", "2025-02-28"], req);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plain: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!((plain["format"].as_str(), plain["version"].as_u64()), (Some("symptom-checker/check"), Some(1)));
    assert_eq!(plain["date"], "2025-02-28");
    assert_eq!(
        plain["answers"][0],
        serde_json::json!({"id": "q_facial_droop", "question": questions["item"][0]["text"], "answer": "no"})
    );
    assert_eq!(plain["triage"], "self_care");

    // Without --date: today in UTC, a day written YYYY-MM-DD.
    let out = run_with_stdin(&["check", "--export"], req);
    let plain: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let date = plain["date"].as_str().expect("a date");
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs() / 86_400;
    let year = 1970 + days / 365;
    assert!(
        date.len() == 10 && (date.starts_with(&(year - 1).to_string()) || date.starts_with(&year.to_string())),
        "{date}"
    );
    assert!(date[5..7].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)), "{date}");

    for bad in ["2026-13-01", "07-12-2026", "2026-12-7", "today"] {
        let out = run_with_stdin(&["check", "--fhir", "--date", bad], req);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"), "{bad}");
    }
    let out = run_with_stdin(&["check", "--fhir", "--date"], req);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn malformed_requests_exit_2_with_a_message() {
    for bad in [
        "",
        "not json",
        "[1,2]",
        r#"{"age": 4}"#,
        r#"{"text": 5}"#,
        r#"{"text": "x", "sex": "other"}"#,
        r#"{"text": "x", "answers": {"q": "maybe"}}"#,
        r#"{"text": "x", "age": -3}"#,
    ] {
        let out = run_with_stdin(&["check", "--json"], bad);
        assert_eq!(out.status.code(), Some(2), "input {bad:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("symptom-check: "), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_missing_kb_file_exits_2() {
    let out = run_with_stdin(&["check", "--json", "--kb", "/nonexistent/kb.json"], r#"{"text": "x"}"#);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn lint_passes_the_bundled_kb_and_fails_a_broken_one() {
    let ok = bin().args(["lint", &root("kb/neuro.json")]).output().expect("run");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stdout));
    let dir = std::env::temp_dir().join(format!("sc-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"meta\": [}").expect("write");
    let out = bin().args(["lint", bad.to_str().expect("path")]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("line 1, column"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn committed_schema_matches_the_code() {
    let out = bin().arg("schema").output().expect("run");
    assert!(out.status.success());
    let generated = String::from_utf8_lossy(&out.stdout);
    let committed = std::fs::read_to_string(root("docs/kb.schema.json")).expect("docs/kb.schema.json exists");
    assert_eq!(
        committed.trim(),
        generated.trim(),
        "docs/kb.schema.json is out of date: run `cargo run --bin symptom-check -- schema > docs/kb.schema.json`"
    );
}

fn triage_of(request: &str) -> serde_json::Value {
    let out = run_with_stdin(&["check", "--json"], request);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    v
}

#[test]
fn reads_are_bounded_and_only_from_regular_files() {
    // A request larger than the limit is refused without being read into memory.
    let big = format!(r#"{{"text": "{}"}}"#, "a".repeat(2 << 20));
    let out = run_with_stdin(&["check", "--json"], &big);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("larger than"));
    // Devices and FIFOs are refused before they can be read (or hang).
    for path in ["/dev/zero", "/dev/null"] {
        let out = bin().args(["lint", path]).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{path}");
        let out = run_with_stdin(&["check", "--json", "--kb", path], r#"{"text": "x"}"#);
        assert_eq!(out.status.code(), Some(2), "{path}");
    }
    let fifo = std::env::temp_dir().join(format!("symptom-check-fifo-{}", std::process::id()));
    let made = Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    if made {
        let out = bin().args(["lint", fifo.to_str().expect("path")]).output().expect("run");
        let _ = std::fs::remove_file(&fifo);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
    }
}

#[test]
fn a_closed_or_full_stdout_is_an_error_not_a_panic() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
    if let Ok(full) = full {
        let mut child = bin()
            .args(["check", "--json"])
            .stdin(Stdio::piped())
            .stdout(full)
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let _ = child.stdin.take().expect("stdin").write_all(br#"{"text": "my lip twitches"}"#);
        let out = child.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("cannot write the output") && !err.contains("panicked"), "{err}");
    }
}

#[test]
fn duplicate_keys_a_bom_and_hostile_values_are_handled() {
    // Last-wins would turn a stroke message into an eyelid one.
    let out = run_with_stdin(
        &["check", "--json"],
        r#"{"text": "my face droops and my arm is weak", "text": "my eyelid twitches"}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate key `text`"));
    // A byte-order mark is skipped.
    let v = triage_of("\u{feff}{\"text\": \"my lip twitches\"}");
    assert!(v["triage"].is_string());
    // A value echoed in an error is one line, escaped and cut.
    let hostile = format!(r#"{{"text": "x", "sex": "male\nsymptom-check: forged \u001b[31m{}"}}"#, "z".repeat(5000));
    let out = run_with_stdin(&["check", "--json"], &hostile);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(!err.contains('\u{1b}') && err.len() < 1000, "{err}");
    // A KB file with a duplicate key is refused by lint and by check.
    let dir = std::env::temp_dir().join(format!("symptom-check-dup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let kb = dir.join("kb.json");
    let text = symptom_engine::BUNDLED_KB.replacen("{", r#"{"lexicon": [],"#, 1);
    std::fs::write(&kb, text).expect("write");
    let out = bin().args(["lint", kb.to_str().expect("path")]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("duplicate key `lexicon`"));
    let out = run_with_stdin(&["check", "--json", "--kb", kb.to_str().expect("path")], r#"{"text": "x"}"#);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn contradictory_or_odd_requests_read_the_safer_way() {
    // A finding both picked and denied is present.
    let v = triage_of(
        r#"{"text": "my face droops and my arm is weak", "picked": ["facial_droop"], "denied": ["facial_droop"]}"#,
    );
    assert_eq!(v["triage"], "emergency", "{v}");
    // "for -5 days" is no duration at all.
    let v = triage_of(r#"{"text": "my eyelid twitches for -5 days"}"#);
    assert!(v["duration_days"].is_null(), "{v}");
    // Ages outside 0-130 are refused.
    for age in ["200", "1000000000", "-1"] {
        let out = run_with_stdin(&["check", "--json"], &format!(r#"{{"text": "x", "age": {age}}}"#));
        assert_eq!(out.status.code(), Some(2), "age {age}");
    }
}
