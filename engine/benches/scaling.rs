//! `cargo bench -p symptom-engine --bench scaling`: KB load time, memory and check latency for
//! generated KBs 1×, 10× and 100× the size of the bundled one (see `common::scaled_kb`).
//!
//! Memory is counted by this binary's global allocator: `retained` is what the loaded `Engine`
//! keeps, `peak` the most that was live at once while loading (both over what was live before;
//! the JSON text itself is not counted). Prints a table and writes
//! `target/bench/scaling.json` (or `$BENCH_OUT/scaling.json`) for `scripts/bench.mjs`.
//! Set `SCALES=1,10` to choose the sizes and `KB=FILE` to start from another KB.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use symptom_engine::{Engine, Request};

#[allow(dead_code)]
mod common;
use common::{kb_json, scaled_kb, MESSAGE_EN, MESSAGE_ZH};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// Median seconds per call of `f`, repeated until `budget` is spent (at least `min` times).
fn time(budget: Duration, min: usize, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut xs = Vec::new();
    while xs.len() < min || start.elapsed() < budget {
        let t = Instant::now();
        f();
        xs.push(t.elapsed().as_secs_f64());
        if xs.len() >= 10_000 {
            break;
        }
    }
    median(xs)
}

struct Row {
    scale: usize,
    kb_bytes: usize,
    findings: usize,
    conditions: usize,
    articles: usize,
    phrases: usize,
    load_ms: f64,
    retained_mb: f64,
    peak_mb: f64,
    check_en_us: f64,
    check_zh_us: f64,
}

fn measure(base: &str, scale: usize) -> Row {
    let json = scaled_kb(base, scale);
    // The first load is timed and its memory counted; more loads are timed while they fit in
    // 1.5 s (at most 10), so a large KB is loaded once.
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let t = Instant::now();
    let engine = match Engine::from_json(&json) {
        Ok(e) => e,
        Err(e) => {
            for d in e.diagnostics.iter().take(10) {
                eprintln!("{d:?}");
            }
            panic!("the {scale}x KB does not load");
        }
    };
    let first = t.elapsed().as_secs_f64();
    let retained = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
    let kb = engine.kb();
    let (findings, conditions, articles) = (kb.findings.len(), kb.conditions.len(), kb.articles.len());
    let phrases = kb.findings.iter().map(|f| f.phrases.en.len() + f.phrases.zh_tw.len()).sum();

    let mut loads = vec![first];
    let start = Instant::now();
    while loads.len() < 10 && start.elapsed().as_secs_f64() + first < 1.5 {
        let t = Instant::now();
        black_box(Engine::from_json(black_box(&json)).map(|e| e.kb().findings.len()).ok());
        loads.push(t.elapsed().as_secs_f64());
    }
    let load = median(loads);
    let en = Request::text(MESSAGE_EN);
    let zh = Request::text(MESSAGE_ZH);
    let budget = Duration::from_millis(700);
    let check_en = time(budget, 20, || {
        black_box(engine.check(black_box(&en)));
    });
    let check_zh = time(budget, 20, || {
        black_box(engine.check(black_box(&zh)));
    });
    Row {
        scale,
        kb_bytes: json.len(),
        findings,
        conditions,
        articles,
        phrases,
        load_ms: load * 1e3,
        retained_mb: retained as f64 / 1e6,
        peak_mb: peak as f64 / 1e6,
        check_en_us: check_en * 1e6,
        check_zh_us: check_zh * 1e6,
    }
}

fn main() {
    // `cargo bench` passes `--bench` (and a filter, if any) to a harness-less bench.
    let scales: Vec<usize> = std::env::var("SCALES")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 10, 100]);
    println!(
        "{:>5} {:>10} {:>8} {:>10} {:>8} {:>8} {:>10} {:>12} {:>9} {:>11} {:>11}",
        "scale",
        "KB bytes",
        "findings",
        "conditions",
        "articles",
        "phrases",
        "load ms",
        "retained MB",
        "peak MB",
        "check en µs",
        "check zh µs"
    );
    let base = kb_json();
    let mut rows = Vec::new();
    for s in scales {
        let r = measure(&base, s);
        println!(
            "{:>5} {:>10} {:>8} {:>10} {:>8} {:>8} {:>10.2} {:>12.2} {:>9.2} {:>11.1} {:>11.1}",
            r.scale,
            r.kb_bytes,
            r.findings,
            r.conditions,
            r.articles,
            r.phrases,
            r.load_ms,
            r.retained_mb,
            r.peak_mb,
            r.check_en_us,
            r.check_zh_us
        );
        rows.push(r);
    }
    let json: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            serde_json::json!({
                "scale": r.scale, "kb_bytes": r.kb_bytes, "findings": r.findings, "conditions": r.conditions,
                "articles": r.articles, "phrases": r.phrases, "load_ms": r.load_ms, "retained_mb": r.retained_mb,
                "peak_mb": r.peak_mb, "check_en_us": r.check_en_us, "check_zh_us": r.check_zh_us,
            })
        })
        .collect();
    let dir = std::env::var("BENCH_OUT")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../target/bench").to_string());
    let _ = std::fs::create_dir_all(&dir);
    let path = format!("{dir}/scaling.json");
    match std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap_or_default()) {
        Ok(()) => println!("wrote {path}"),
        Err(e) => eprintln!("could not write {path}: {e}"),
    }
}
