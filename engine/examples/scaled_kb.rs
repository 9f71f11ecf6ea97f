//! Writes a KB n times the shipped one (the scaling benchmark's generator) to stdout, for the
//! browser benchmarks that load it as a clinic KB: `cargo run --release -p symptom-engine
//! --example scaled_kb -- 100 > target/bench/kb-100x.json`.

#[path = "../benches/common/mod.rs"]
#[allow(dead_code)]
mod common;

use std::io::Write;

fn main() {
    let n = std::env::args().nth(1).and_then(|a| a.parse::<usize>().ok()).filter(|n| *n >= 1);
    let Some(n) = n else {
        eprintln!("usage: scaled_kb N   (N >= 1: the shipped KB N times over, as JSON on stdout)");
        std::process::exit(2);
    };
    let kb = common::scaled_kb(symptom_engine::BUNDLED_KB, n);
    if let Err(e) = std::io::stdout().lock().write_all(kb.as_bytes()) {
        eprintln!("scaled_kb: cannot write: {e}");
        std::process::exit(2);
    }
}
