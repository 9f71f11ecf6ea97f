#!/usr/bin/env bash
# Shows that the working tree's engine gives byte-identical output to revision REV (default HEAD)
# on every request of scripts/snapshot.py: builds the CLI of both, snapshots both, compares.
# Exit 0 when identical; 1 with the first differences otherwise. For refactors (issue 20).
# usage: scripts/same-output.sh [REV]
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-HEAD}"
work="${TMPDIR:-/tmp}/same-output"
mkdir -p "$work"
rm -rf "$work/tree"
git worktree prune
git worktree add -q --detach "$work/tree" "$rev"
trap 'git worktree remove --force "$work/tree"' EXIT
# One target folder for both builds: only the engine and the CLI are rebuilt.
export CARGO_TARGET_DIR="$work/target"
(cd "$work/tree" && cargo build -q --release -p symptom-check)
cp "$CARGO_TARGET_DIR/release/symptom-check" "$work/before"
cargo build -q --release -p symptom-check
cp "$CARGO_TARGET_DIR/release/symptom-check" "$work/after"
# Both snapshots read this tree's eval files, so the requests are the same.
python3 scripts/snapshot.py "$work/before.jsonl" --bin "$work/before"
python3 scripts/snapshot.py "$work/after.jsonl" --bin "$work/after"
if cmp -s "$work/before.jsonl" "$work/after.jsonl"; then
  echo "same-output: identical to $rev on $(wc -l < "$work/after.jsonl") requests"
else
  echo "same-output: differs from $rev on $(diff "$work/before.jsonl" "$work/after.jsonl" | grep -c '^>') requests; first:"
  diff "$work/before.jsonl" "$work/after.jsonl" | head -6 | cut -c1-400
  exit 1
fi
