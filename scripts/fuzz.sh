#!/usr/bin/env bash
# Bounded fuzzing of the engine with cargo-fuzz (libFuzzer, nightly):
#   check_text    - any bytes as patient text through the whole pipeline
#   load_kb       - any bytes as a clinic KB file through parsing and validation
#   check_request - any bytes as a CLI request through parsing and the check
# Each target starts from its committed seed corpus in fuzz/corpus/<target>/ and runs for
# FUZZ_SECONDS (default 60; check_request gets a third of that). New inputs go to a temporary
# directory, so the committed corpus stays as it is. A crash or a timeout (>10 s for one
# input) fails the run and leaves the input in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${FUZZ_SECONDS:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo +nightly fuzz build -O
for target in check_text load_kb check_request; do
  t=$secs
  [ "$target" = check_request ] && t=$((secs / 3))
  mkdir -p "$work/$target"
  echo "fuzzing $target for ${t}s"
  rc=0
  cargo +nightly fuzz run -O "$target" "$work/$target" "corpus/$target" -- \
    -max_total_time="$t" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$work/$target.log" 2>&1 || rc=$?
  grep -E '^(Done|stat::number_of_executed_units|SUMMARY|==[0-9]+==)' "$work/$target.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -n 40 "$work/$target.log"
    echo "fuzz target $target failed (exit $rc): see fuzz/artifacts/$target"
    exit 1
  fi
done
echo "fuzzing: no crash, no timeout"
