#!/usr/bin/env bash
# Runs every benchmark and writes the numbers into docs/performance.md and docs/img/scaling.svg.
#   1. native engine (criterion): check, interview step, retrieval, KB load      cargo bench --bench engine
#   2. scaling: generated KBs at 1x, 10x (and SCALES=...) the shipped size       cargo bench --bench scaling
#   3. transfer size of dist/ against the budget                                scripts/size-budget.mjs
#   4. in one headless Chromium run: start-up vs floor, the engine in wasm, and  bench/browser.mjs
#      retrieval side by side with MiniSearch on bench/queries.json
#   5. the page's start-up split from Chrome traces (lazy compilation, layout)  bench/startup-trace.mjs
#   6. the widget at scale: typing with a clinic KB 100x the shipped one, and a   bench/scale.mjs
#      diary of 10,000 episodes, each as a ratio to the small case
# Uses the release page in dist/ (built by `make test`/`make run`); --build rebuilds it first.
# Takes about 3 minutes on 2 cores (plus the build with --build). The 100x scale takes far longer (KB load is superlinear, see
# docs/performance.md): run it alone with `SCALES=100 cargo bench -p symptom-engine --bench scaling`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
[ -d node_modules/minisearch ] && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error
mkdir -p target/bench

if [ "${1:-}" = "--build" ] || [ ! -f dist/index.html ]; then
  echo "== release page (trunk build --release --offline)"
  scripts/build.sh
fi

echo "== native engine (criterion)"
cargo bench -p symptom-engine --bench engine 2>&1 | grep -E 'time:|^(check|similar|load|interview)' || true

echo "== scaling (SCALES=${SCALES:=1,3,10})"
SCALES="$SCALES" cargo bench -p symptom-engine --bench scaling 2>&1 | grep -vE '^\s*(Compiling|Finished|Running)' || true

echo "== transfer size"
size_rc=0
node scripts/size-budget.mjs dist --json target/bench/size.json || size_rc=$?

echo "== browser: start-up, engine in wasm, retrieval vs MiniSearch"
cargo build --release --target wasm32-unknown-unknown -p symptom-bench-wasm 2>&1 | grep -vE '^\s*(Compiling|Finished)' || true
wasm-bindgen --target web --out-dir target/bench-web/pkg target/wasm32-unknown-unknown/release/symptom_bench_wasm.wasm
node bench/browser.mjs --runs "${RUNS:-15}" ${KB:+--kb "$KB"}
echo "== browser: where the page's start-up goes (Chrome traces)"
node bench/startup-trace.mjs --runs 7
echo "== browser: typing with a 100x clinic KB, a diary of 10,000 episodes (bench/scale.mjs)"
cargo run -q --release -p symptom-engine --example scaled_kb -- 1 > target/bench/kb-1x.json
cargo run -q --release -p symptom-engine --example scaled_kb -- 100 > target/bench/kb-100x.json
node bench/scale.mjs

echo "== report"
node bench/report.mjs
[ "$size_rc" -eq 0 ] || echo "note: the page is over its transfer-size budget"
