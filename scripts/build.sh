#!/usr/bin/env bash
# The release build: `trunk build --release --offline` (never downloads a tool), then
# scripts/postbuild.mjs, which moves the start-up script out of the page (strict CSP) and writes
# the custom element (symptom-checker.js), the service worker (sw.js) and the single-file build
# (symptom-checker.html) into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Crate sources are named without the machine's cargo home (panic locations in the .wasm): the
# same bytes on every machine, and about 2 KB less text.
reg="${CARGO_HOME:-$HOME/.cargo}/registry/src"
remap=""
for d in "$reg"/*/; do [ -d "$d" ] && remap="$remap --remap-path-prefix=$d="; done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-}$remap --remap-path-prefix=$PWD/="
trunk build --release --offline
node scripts/postbuild.mjs dist
