#!/usr/bin/env bash
# Builds the release page and serves it on http://127.0.0.1:8080 (loopback only).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/setup.sh
scripts/build.sh
exec node tests/e2e/server.mjs dist "${PORT:-8080}"
