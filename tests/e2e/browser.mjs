// Shared Playwright set-up: Debian's Chromium, headless, no background networking.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Launches a fresh headless Chromium with its own profile directory. */
export async function launch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-chromium-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  return { context, close: async () => { await context.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

/** Launches a browser (for tests that need browser.newContext(), e.g. axe). */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** Where the tests' screenshots go: `SCREENSHOTS_DIR` (`make screenshots` sets docs/screenshots),
 * else a temporary folder, so that `make test` leaves the committed pictures as they are. */
export function shotsDir() {
  const dir = process.env.SCREENSHOTS_DIR || path.join(os.tmpdir(), 'symptom-checker-screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.resolve(dir);
}
