#!/usr/bin/env bash
# Transfer size and start-up of this tree's page side by side with revision REV's (default
# HEAD), in one session of the same machine: builds both release pages, measures the transfer
# size of each (scripts/size-budget.mjs) and the start-up of each (bench/browser.mjs
# --startup-only, the median of RUNS runs, as a ratio to its own floor page), then prints both
# and the ratio of this tree's to REV's. For changes that must not cost transfer or start-up
# (a refactor). Exit 0 when neither is worse than REV's by more than the noise allowed
# (TOLERANCE, default 1.10 for start-up; transfer may not grow by more than 0.1 KB).
# usage: scripts/bench-side-by-side.sh [REV]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
rev="${1:-HEAD}"
runs="${RUNS:-9}"
out="target/bench/side-by-side"
rm -rf "$out"
mkdir -p "$out"
tree="${TMPDIR:-/tmp}/side-by-side-tree"
rm -rf "$tree"
git worktree prune
git worktree add -q --detach "$tree" "$rev"
trap 'git worktree remove --force "$tree"' EXIT
ln -s "$PWD/node_modules" "$tree/node_modules"
echo "== the page of $rev"
(cd "$tree" && CARGO_TARGET_DIR="$PWD/../side-by-side-target" scripts/build.sh > /dev/null)
cp -r "$tree/dist" "$out/before"
echo "== the page of this tree"
scripts/build.sh > /dev/null
cp -r dist "$out/after"
for side in before after; do
  node scripts/size-budget.mjs "$out/$side" --json "$out/$side-size.json" > /dev/null || true
  node bench/browser.mjs --startup-only --runs "$runs" --dist "$out/$side" --out "$out/$side-startup.json" > "$out/$side-startup.txt" 2>&1 || true
done
node - "$out" "${TOLERANCE:-1.10}" "$rev" <<'JS'
const fs = require('fs');
const [dir, tol, rev] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
const kb = (s) => Math.round(read(`${s}-size.json`).total.gzip / 100) / 10;
const st = (s) => read(`${s}-startup.json`).startup;
const [b, a] = [st('before'), st('after')];
const [kbB, kbA] = [kb('before'), kb('after')];
console.log(`transfer: ${rev} ${kbB} KB gzipped, this tree ${kbA} KB (${(kbA - kbB).toFixed(1)} KB)`);
console.log(`start-up: ${rev} ${b.app_ms} ms (${b.ratio}x its floor), this tree ${a.app_ms} ms (${a.ratio}x its floor); this tree / ${rev}: ${(a.ratio / b.ratio).toFixed(2)}`);
const ok = kbA <= kbB + 0.1 && a.ratio / b.ratio <= Number(tol);
console.log(ok ? 'side-by-side: no worse' : 'side-by-side: WORSE');
process.exit(ok ? 0 : 1);
JS
