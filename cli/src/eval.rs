//! `symptom-check eval`: scores patient vignettes the way `shared/eval/score_vignettes.py`
//! does, and fails on any broken safety rule.

use serde::Deserialize;
use symptom_engine::{Request, Triage};

use crate::{flag_value, load_engine, CliError};

/// One vignette line.
#[derive(Debug, Deserialize)]
pub struct Vignette {
    /// Case id.
    pub id: String,
    /// Patient text.
    pub text: String,
    /// Language.
    #[serde(default)]
    pub lang: Option<String>,
    /// Age in years (a fraction for a baby: 0.1).
    #[serde(default)]
    pub age: Option<f64>,
    /// Sex.
    #[serde(default)]
    pub sex: Option<String>,
    /// Accepted triage levels; `[null]` means "not enough information".
    pub triage: Vec<Option<Triage>>,
    /// Accepted cause substrings.
    #[serde(default)]
    pub accept: Vec<String>,
    /// Out of scope: no cause may be returned.
    #[serde(default)]
    pub expect_no_conditions: bool,
}

/// Figures of one run.
#[derive(Debug, Default)]
pub struct Score {
    pub cases: usize,
    pub triage_ok: usize,
    pub emergencies: usize,
    pub emergencies_ok: usize,
    pub under: Vec<String>,
    pub with_accept: usize,
    pub top1: usize,
    pub top3: usize,
    pub oos: usize,
    pub oos_ok: usize,
    pub misses: Vec<String>,
}

fn pct(k: usize, n: usize) -> f64 {
    if n == 0 {
        100.0
    } else {
        100.0 * k as f64 / n as f64
    }
}

impl Score {
    /// The one-line figure.
    pub fn line(&self) -> String {
        format!(
            "cases={} triage={:.0}% emergency_recall={:.0}% under_triage={} top1={:.0}% top3={:.0}% out_of_scope={}/{}",
            self.cases,
            pct(self.triage_ok, self.cases),
            pct(self.emergencies_ok, self.emergencies),
            self.under.len(),
            pct(self.top1, self.with_accept),
            pct(self.top3, self.with_accept),
            self.oos_ok,
            self.oos
        )
    }

    /// True when no safety rule broke: every emergency caught, nothing under-triaged,
    /// nothing guessed for out-of-scope text.
    pub fn safe(&self) -> bool {
        self.under.is_empty() && self.emergencies_ok == self.emergencies && self.oos_ok == self.oos
    }
}

fn matches(c: &symptom_engine::contract::ConditionResult, accept: &[String]) -> bool {
    let hay = format!("{} {} {}", c.name, c.id, c.icd10.join(" ")).to_lowercase();
    accept.iter().any(|a| hay.contains(&a.to_lowercase()))
}

/// Scores vignettes with an engine.
pub fn score(engine: &symptom_engine::Engine, vignettes: &[Vignette]) -> Score {
    let mut s = Score::default();
    for v in vignettes {
        // Read as the CLI reads a request, so a baby's fractional age counts in months.
        let req: Request = serde_json::from_value(serde_json::json!({"text": v.text, "age": v.age}))
            .map(|r: Request| Request {
                sex: v
                    .sex
                    .as_deref()
                    .and_then(|x| serde_json::from_value(serde_json::Value::String(x.to_string())).ok()),
                lang: v.lang.as_deref().and_then(symptom_engine::Lang::from_tag),
                ..r
            })
            .unwrap_or_else(|_| Request::text(&v.text));
        let r = engine.check(&req);
        s.cases += 1;
        let ok = v.triage.contains(&r.triage);
        s.triage_ok += usize::from(ok);
        let levels: Vec<Triage> = v.triage.iter().flatten().copied().collect();
        if let Some(min) = levels.iter().min() {
            if r.triage.is_none_or(|t| t < *min) {
                s.under.push(format!("{}:{}<{}", v.id, r.triage.map(|t| t.as_str()).unwrap_or("null"), min.as_str()));
            }
        }
        if v.triage == [Some(Triage::Emergency)] {
            s.emergencies += 1;
            s.emergencies_ok += usize::from(r.triage == Some(Triage::Emergency));
        }
        let mut hit3 = true;
        if !v.accept.is_empty() {
            s.with_accept += 1;
            hit3 = r.conditions.iter().take(3).any(|c| matches(c, &v.accept));
            s.top3 += usize::from(hit3);
            s.top1 += usize::from(r.conditions.first().is_some_and(|c| matches(c, &v.accept)));
        }
        if v.expect_no_conditions {
            s.oos += 1;
            s.oos_ok += usize::from(r.conditions.is_empty());
        }
        if !ok || !hit3 {
            let names: Vec<String> = r.conditions.iter().take(3).map(|c| c.id.0.clone()).collect();
            s.misses.push(format!(
                "  {} triage={} want={:?} top3={:?} found={:?}",
                v.id,
                r.triage.map(|t| t.as_str()).unwrap_or("null"),
                v.triage.iter().map(|t| t.map(|t| t.as_str()).unwrap_or("null")).collect::<Vec<_>>(),
                names,
                r.findings.iter().filter(|f| f.present).map(|f| f.id.as_str()).collect::<Vec<_>>()
            ));
        }
    }
    s
}

/// Reads a JSON-lines vignette file.
pub fn read_vignettes(path: &str) -> Result<Vec<Vignette>, CliError> {
    let text = crate::io::read_file(path)?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| CliError::Input(format!("{path}:{}: {e}", i + 1))))
        .collect()
}

/// The `eval` command.
pub fn run(args: &[String]) -> Result<(), CliError> {
    let path = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--kb"))
        .map(|(_, a)| a.clone())
        .ok_or_else(|| CliError::Usage("eval needs a FILE".into()))?;
    let engine = load_engine(flag_value(args, "--kb")?)?;
    let vignettes = read_vignettes(&path)?;
    let s = score(&engine, &vignettes);
    if args.iter().any(|a| a == "--show") {
        for m in &s.misses {
            crate::io::out(&crate::io::plain(m, 4000))?;
        }
    }
    if !s.under.is_empty() {
        crate::io::out(&format!("  under-triaged: {}", s.under.join(", ")))?;
    }
    crate::io::out(&s.line())?;
    if args.iter().any(|a| a == "--strict") && !s.safe() {
        return Err(CliError::Failed("a safety rule broke (see above)".into()));
    }
    Ok(())
}
