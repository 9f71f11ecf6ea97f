#!/usr/bin/env bash
# Runs every check and test suite and ends with one line: "summary: N passed, N failed".
# Suites: formatting, clippy (native and wasm), native tests (engine, KB, CLI, vignettes,
# property tests), the exported FHIR QuestionnaireResponse against the R4 definitions
# (tests/fhir/), bounded fuzzing (scripts/fuzz.sh),
# component tests in headless Chromium, the release build, a guard on its transfer size, and
# end-to-end tests against the release page served on loopback.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/setup.sh || { echo "summary: 0 passed, 1 failed"; exit 1; }
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TERM_COLOR=never

logs=$(mktemp -d)
passed=0
failed=0
failures=()

# count LOG: prints "P F" from cargo's "test result" lines and node's "# pass/# fail" lines.
count() {
  awk '
    /^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
    /^# pass /  { p += $3 }
    /^# fail /  { f += $3 }
    END { printf "%d %d\n", p, f }' "$1"
}

# step NAME KIND COMMAND...: KIND is "tests" (count test results) or "check" (one pass/fail).
step() {
  local name=$1 kind=$2; shift 2
  local log="$logs/$name.log" start=$SECONDS rc p f
  printf '== %s: %s\n' "$name" "$*"
  "$@" >"$log" 2>&1
  rc=$?
  if [ "$kind" = tests ]; then
    read -r p f < <(count "$log")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  elif [ "$rc" -eq 0 ]; then p=1; f=0; else p=0; f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then
    failures+=("$name")
    tail -n 80 "$log"
  else
    grep -E '^(test result:|# (pass|fail) |cases=|summary)' "$log" | sed 's/^/   /' || true
  fi
  printf '   %s: %d passed, %d failed (%ds)\n' "$name" "$p" "$f" $((SECONDS - start))
}

step fmt check cargo fmt --all --check
step clippy check cargo clippy --workspace --all-targets -- -D warnings
step clippy-wasm check cargo clippy -p symptom-checker --target wasm32-unknown-unknown --all-targets -- -D warnings
step native tests cargo test --workspace
# `cargo test --workspace` has just built the CLI's debug binary (the CLI's tests run it).
step fhir tests env SYMPTOM_CHECK="${CARGO_TARGET_DIR:-target}/debug/symptom-check" node --test tests/fhir/
step fuzz check scripts/fuzz.sh
step component tests cargo test -p symptom-checker --target wasm32-unknown-unknown
step build check scripts/build.sh
# The transfer budget: fails when the page (in its larger language) is above SIZE_GUARD_KB
# (default 350) KB gzipped, the budget of docs/performance.md.
step size-budget check env SIZE_BUDGET_KB="${SIZE_GUARD_KB:-350}" node scripts/size-budget.mjs dist --quiet
step e2e tests node --test --test-concurrency=1 tests/e2e/

if [ ${#failures[@]} -gt 0 ]; then
  echo "failed suites: ${failures[*]}"
fi
echo "summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
