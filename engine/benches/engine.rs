//! `cargo bench -p symptom-engine --bench engine`: the engine's hot paths on the bundled KB.
//!
//! - `check/en`, `check/zh`: a full check of a typical message (text → findings → red flags →
//!   ranked causes → triage → next questions → similar articles).
//! - `interview_step`: the same English message with one follow-up question answered.
//! - `similar/en`, `similar/zh`: similar-question retrieval on its own.
//! - `load/bundled_kb`: `Engine::from_json` of the bundled KB (parse, validate, compile).
//!
//! `KB=FILE` benchmarks another KB instead of the bundled one.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use symptom_engine::{Answer, Engine, Request};

#[allow(dead_code)]
mod common;
use common::{kb_json, MESSAGE_EN, MESSAGE_ZH};

fn benches(c: &mut Criterion) {
    let json = kb_json();
    let engine = Engine::from_json(&json).expect("the KB is valid");

    let mut g = c.benchmark_group("check");
    for (name, text) in [("en", MESSAGE_EN), ("zh", MESSAGE_ZH)] {
        let req = Request::text(text);
        g.bench_function(name, |b| b.iter(|| engine.check(black_box(&req))));
    }
    g.finish();

    // One interview step: the first question the engine asks, answered "no".
    let mut req = Request::text(MESSAGE_EN);
    if let Some(q) = engine.check(&req).questions.first() {
        req.answers.insert(q.id.0.clone(), Answer::No);
    }
    c.bench_function("interview_step", |b| b.iter(|| engine.check(black_box(&req))));

    let mut g = c.benchmark_group("similar");
    for (name, text) in [("en", MESSAGE_EN), ("zh", MESSAGE_ZH)] {
        g.bench_function(name, |b| b.iter(|| engine.similar(black_box(text), 5)));
    }
    g.finish();

    c.bench_function("load/bundled_kb", |b| {
        b.iter(|| Engine::from_json(black_box(&json)).map(|e| e.kb().findings.len()))
    });
}

criterion_group! {
    name = engine;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(engine);
