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
# The standard library is compiled with the page's own size settings (nightly's build-std),
# without the file and line of each panic and with `{:?}` formatting as a no-op (nothing the
# page shows uses it): about 10 KB gzipped less than the prebuilt one, room the KB grows into
# (docs/performance.md). A panic aborts at once (-Cpanic=immediate-abort: no panic message, no
# hook, about 9 KB less): it reaches the page as an uncaught WebAssembly.RuntimeError, on which
# the page's script shows the crash message (embed/load-failure.js, src/crash.rs).
# scripts/setup.sh installs rust-src and fetches std's crates.
export RUSTUP_TOOLCHAIN="${RUSTUP_TOOLCHAIN:-nightly}"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS -Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort"
trunk build --release --offline
node scripts/postbuild.mjs dist
