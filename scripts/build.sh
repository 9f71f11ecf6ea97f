#!/usr/bin/env bash
# The release build: `trunk build --release --offline` (never downloads a tool), then
# scripts/postbuild.mjs, which moves the start-up script out of the page (strict CSP) and writes
# the custom element (symptom-checker.js), the service worker (sw.js) and the single-file build
# (symptom-checker.html) into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline
node scripts/postbuild.mjs dist
