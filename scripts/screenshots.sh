#!/usr/bin/env bash
# Refreshes the screenshots in docs/screenshots/: builds the release page and walks through it
# with the end-to-end tests, which photograph each step there (`make test` photographs into a
# temporary folder and leaves the committed pictures alone).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/setup.sh
scripts/build.sh
SCREENSHOTS_DIR="$PWD/docs/screenshots" node --test --test-concurrency=1 tests/e2e/widget.test.mjs tests/e2e/embed.test.mjs
