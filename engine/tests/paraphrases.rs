//! The blind paraphrase corpus (`eval/paraphrases.jsonl`): for the findings of the neurology KB's
//! red flags and its most used symptoms, 20 patient phrasings per language each, written by
//! helpers who saw only the finding's label (issue 22). Each line must be read as its finding.
//!
//! Issue 22 asks for every red-flag finding read from 100% of its corpus and the others from
//! at least 90%. The corpus was scored once as written (docs/engine.md gives the figures); this
//! test holds the reading rates at or above where the work on it has brought them, so they
//! can only rise, and prints the findings read least.

use std::collections::BTreeMap;

use serde::Deserialize;
use symptom_engine::{Engine, Lang, Request};

#[derive(Deserialize)]
struct Line {
    finding: String,
    lang: String,
    text: String,
}

/// Reading rates (percent) the corpus may not fall below: all lines, English, Chinese.
const FLOOR_ALL: f64 = 56.5;
const FLOOR_EN: f64 = 59.0;
const FLOOR_ZH: f64 = 53.5;

#[test]
fn the_paraphrase_corpus_is_read_at_or_above_its_floor() {
    let engine = Engine::bundled().expect("bundled KB");
    let corpus = include_str!("../../eval/paraphrases.jsonl");
    let mut per: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    for raw in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let line: Line = serde_json::from_str(raw).expect("a corpus line");
        let lang = if line.lang == "zh-TW" { Lang::ZhTw } else { Lang::En };
        let r = engine.check(&Request { text: line.text.clone(), lang: Some(lang), ..Request::default() });
        let read = r.findings.iter().any(|f| f.present && f.id == line.finding);
        let e = per.entry((line.finding, line.lang)).or_default();
        e.1 += 1;
        if read {
            e.0 += 1;
        }
    }
    let rate = |lang: Option<&str>| {
        let (h, t) = per
            .iter()
            .filter(|((_, l), _)| lang.is_none_or(|x| x == l))
            .fold((0, 0), |(h, t), (_, (a, b))| (h + a, t + b));
        100.0 * h as f64 / t.max(1) as f64
    };
    let mut worst: Vec<_> = per.iter().map(|((f, l), (h, t))| (*h as f64 / *t as f64, f, l)).collect();
    worst.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (r, f, l) in worst.iter().take(15) {
        println!("{:>5.1}%  {f} ({l})", 100.0 * r);
    }
    let (all, en, zh) = (rate(None), rate(Some("en")), rate(Some("zh-TW")));
    println!("read: all {all:.1}%, en {en:.1}%, zh-TW {zh:.1}% of {} lines", corpus.lines().count());
    assert!(per.len() >= 150, "the corpus covers {} finding-language pairs", per.len());
    assert!(
        all >= FLOOR_ALL && en >= FLOOR_EN && zh >= FLOOR_ZH,
        "below the floor: all {all:.1}, en {en:.1}, zh {zh:.1}"
    );
}
