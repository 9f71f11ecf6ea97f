//! `symptom-check`: the command-line interface to the symptom-checker engine.
//!
//! ```text
//! symptom-check                      print the KB's title and the usage
//! symptom-check check [--kb FILE] [--json | --fhir | --export] [--date YYYY-MM-DD]
//!                                    read one JSON request on stdin, print the result (or
//!                                    export the check: a FHIR R4 QuestionnaireResponse, or
//!                                    the plain JSON document, dated today in UTC or --date)
//! symptom-check lint FILE [--json]   validate a KB file; exit 1 on any error
//! symptom-check schema               print the KB's JSON Schema
//! symptom-check eval FILE [--kb FILE] [--show]   score a vignette file; exit 1 if a safety rule breaks
//! ```

use std::process::ExitCode;

use symptom_engine::dates::{date_of, day_number};
use symptom_engine::kb::{lint, Severity};
use symptom_engine::{Engine, Request};

mod eval;
mod io;

use io::out;

const USAGE: &str = "usage:
  symptom-check                          print the bundled KB's title and this help
  symptom-check check [--kb FILE] [--json | --fhir | --export] [--date YYYY-MM-DD]
                                         read one JSON request on stdin and print the result;
                                         --fhir: the check as a FHIR R4 QuestionnaireResponse,
                                         --export: as plain JSON (dated --date, default today UTC)
  symptom-check lint FILE [--json]       validate a knowledge-base file
  symptom-check schema                   print the JSON Schema of knowledge-base files
  symptom-check eval FILE [--kb FILE] [--show] [--strict]
                                         score patient vignettes (JSON lines)";

/// A failure with its exit code: 2 for bad input, 1 for a failed check.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    Failed(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Failed(msg)) => {
            if !msg.is_empty() {
                io::err(&io::message(&msg));
            }
            ExitCode::from(1)
        }
        Err(e) => {
            io::err(&format!("symptom-check: {}", io::message(&e.to_string())));
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), CliError> {
    let Some(cmd) = args.first() else {
        let engine = load_engine(None)?;
        out(&engine.kb().meta.title.en)?;
        out(&engine.kb().meta.title.zh_tw)?;
        return out(USAGE);
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "check" => check(rest),
        "lint" => lint_cmd(rest),
        "schema" => out(&schema_json()),
        "eval" => eval::run(rest),
        "-h" | "--help" | "help" => out(USAGE),
        other => Err(CliError::Usage(format!("unknown command {}\n{USAGE}", io::quote(other)))),
    }
}

/// Value of `--name VALUE` in the arguments.
fn flag_value<'a>(args: &'a [String], name: &str) -> Result<Option<&'a str>, CliError> {
    match args.iter().position(|a| a == name) {
        None => Ok(None),
        Some(i) => {
            args.get(i + 1).map(|s| Some(s.as_str())).ok_or_else(|| CliError::Usage(format!("{name} needs a value")))
        }
    }
}

fn load_engine(kb: Option<&str>) -> Result<Engine, CliError> {
    match kb {
        None => Engine::bundled().map_err(|e| CliError::Input(format!("the bundled knowledge base is invalid: {e}"))),
        Some(path) => {
            let json = io::read_file(path)?;
            let shown = io::quote(path);
            io::no_duplicate_keys(&json)
                .map_err(|e| CliError::Input(format!("{shown} is not a valid knowledge base: {e}")))?;
            Engine::from_json(&json).map_err(|e| {
                let lines: Vec<String> = e.errors().map(|d| format!("  {}", io::plain(&d.to_string(), 300))).collect();
                CliError::Input(format!("{shown} is not a valid knowledge base:\n{}", lines.join("\n")))
            })
        }
    }
}

fn check(args: &[String]) -> Result<(), CliError> {
    let engine = load_engine(flag_value(args, "--kb")?)?;
    let json = args.iter().any(|a| a == "--json");
    let input = io::read_limited(std::io::stdin().lock(), io::MAX_REQUEST_BYTES, "the request on stdin")?;
    let req = parse_request(&input)?;
    let result = engine.check(&req);
    let fhir = args.iter().any(|a| a == "--fhir");
    if fhir || args.iter().any(|a| a == "--export") {
        let date = match flag_value(args, "--date")? {
            Some(d) => valid_date(d)?.to_string(),
            None => today_utc(),
        };
        let answers = engine.answered_questions(&req, result.lang);
        let input = symptom_engine::export::ExportInput {
            date: &date,
            text: &req.text,
            about_someone_else: engine.about_someone_else(&req),
            result: &result,
            answers: &answers,
        };
        let doc = if fhir {
            symptom_engine::export::questionnaire_response(&input)
        } else {
            symptom_engine::export::plain_json(&input)
        };
        return out(&doc.to_string());
    }
    if json {
        let text = serde_json::to_string(&result).map_err(|e| CliError::Failed(e.to_string()))?;
        return out(&text);
    }
    // KB texts reach a terminal here: control characters are escaped (io::plain).
    let line = |s: &str| out(&io::plain(s, 2000));
    line(&format!("triage: {}", result.triage.map(|t| t.as_str()).unwrap_or("not enough information")))?;
    line(&result.message)?;
    let cause = |c: &symptom_engine::contract::ConditionResult| {
        format!("  {:.2}  {} ({})  for: {}", c.score, c.name, c.icd10.join(", "), c.why.for_.join("; "))
    };
    if result.complaints.is_empty() {
        for c in &result.conditions {
            line(&cause(c))?;
        }
    }
    // Two or more complaints: each apart, with its level and its causes.
    for (k, complaint) in result.complaints.iter().enumerate() {
        let level = complaint.triage.map(|t| t.as_str()).unwrap_or("not enough information");
        line(&format!("complaint {}: {} ({level})", k + 1, complaint.label))?;
        for c in &complaint.conditions {
            line(&cause(c))?;
        }
    }
    match result.interview {
        Some(symptom_engine::contract::InterviewStep::WarningSigns) => line("warning signs, asked together:")?,
        Some(symptom_engine::contract::InterviewStep::Question { number, at_most }) => {
            line(&format!("question {number} of at most {at_most}:"))?
        }
        None => {}
    }
    for q in &result.questions {
        line(&format!("  ? {} [{}]", q.text, q.id))?;
    }
    Ok(())
}

/// `date` when it is a real day written `YYYY-MM-DD`.
fn valid_date(date: &str) -> Result<&str, CliError> {
    match day_number(date) {
        Some(_) => Ok(date),
        None => Err(CliError::Usage(format!("--date needs a day written YYYY-MM-DD, not {}", io::quote(date)))),
    }
}

/// Today's date in UTC, `YYYY-MM-DD`, from the system clock.
fn today_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    date_of((secs / 86_400) as i64)
}

/// Parses a request, with a message that says what is wrong.
fn parse_request(input: &str) -> Result<Request, CliError> {
    if input.trim().is_empty() {
        return Err(CliError::Input(
            "empty request: send a JSON object such as {\"text\": \"my eyelid twitches\"} on stdin".into(),
        ));
    }
    let value: serde_json::Value = serde_json::from_str(input)
        .map_err(|e| CliError::Input(format!("the request is not valid JSON: {}", io::plain(&e.to_string(), 200))))?;
    io::no_duplicate_keys(input).map_err(|e| CliError::Input(format!("the request is not valid: {e}")))?;
    if !value.is_object() {
        return Err(CliError::Input("the request must be a JSON object with a \"text\" field".into()));
    }
    if value.get("text").is_none_or(|t| !t.is_string()) {
        return Err(CliError::Input("the request needs a \"text\" field with a string".into()));
    }
    let r: Result<Request, _> = serde_path_to_error_like(value);
    r
}

fn serde_path_to_error_like(value: serde_json::Value) -> Result<Request, CliError> {
    serde_json::from_value::<Request>(value).map_err(|e| CliError::Input(format!("invalid request: {} (text: string, age: number, sex: \"female\"|\"male\"|null, lang: \"en\"|\"zh-TW\"|null, answers: {{id: \"yes\"|\"no\"|\"unsure\"}})", io::plain(&e.to_string(), 200))))
}

struct Report {
    diagnostics: Vec<symptom_engine::kb::Diagnostic>,
}

fn lint_cmd(args: &[String]) -> Result<(), CliError> {
    let path = args.iter().find(|a| !a.starts_with("--")).ok_or_else(|| CliError::Usage("lint needs a FILE".into()))?;
    let json = io::read_file(path)?;
    let path = &io::plain(path, 200);
    // A general-screen file (`kb/screen.json`) is checked on its own; a KB with the screen merged.
    let mut diagnostics = match io::no_duplicate_keys(&json) {
        Err(e) => vec![symptom_engine::kb::Diagnostic::error("$", e)],
        Ok(()) => Vec::new(),
    };
    diagnostics.extend(if symptom_engine::kb::screen::is_screen_file(&json) {
        symptom_engine::kb::screen::lint(&json)
    } else {
        lint(&json).diagnostics
    });
    let report = Report { diagnostics };
    let errors = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = report.diagnostics.len() - errors;
    if args.iter().any(|a| a == "--json") {
        let json = serde_json::json!({"ok": errors == 0, "errors": errors, "warnings": warnings, "diagnostics": report.diagnostics});
        out(&json.to_string())?;
    } else {
        for d in &report.diagnostics {
            out(&io::plain(&d.to_string(), 2000))?;
        }
        out(&format!("{path}: {errors} error(s), {warnings} warning(s)"))?;
    }
    if errors > 0 {
        Err(CliError::Failed(String::new()))
    } else {
        Ok(())
    }
}

/// The JSON Schema of the KB file format, as committed in `docs/kb.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(symptom_engine::schema::KnowledgeBase);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_must_be_a_day_written_yyyy_mm_dd() {
        assert!(super::valid_date("2026-12-07").is_ok());
        for bad in
            ["2026-12-7", "2026/12/07", "2026-00-07", "2026-12-32", "2026-02-30", "+026-12-07", "2026-12-07T10:00", ""]
        {
            assert!(super::valid_date(bad).is_err(), "{bad}");
        }
    }
}
