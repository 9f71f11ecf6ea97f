// End-to-end smoke test: the release page, served on loopback, recognises symptoms typed by a
// patient (with whatever KB is bundled).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launchBrowser } from './browser.mjs';

let server, url, browser;
before(async () => {
  ({ server, url } = await serve(process.env.DIST || 'dist'));
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); server?.close(); });

test('a typed message shows the recognised symptoms as chips', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', 'My left eyelid has been twitching for four days');
  await page.waitForSelector('.sc-chip');
  const found = await page.$$eval('.sc-chip', (els) => els.map((e) => e.dataset.finding));
  assert.ok(found.includes('eyelid_twitch'), `found: ${found}`);
  assert.deepEqual(errors, []);
  await context.close();
});
