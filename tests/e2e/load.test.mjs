// End-to-end: what a patient sees when the widget's own files do not arrive (a failed or hanging
// .wasm, glue or KB), on the standalone page and in the custom element: a message in the page's
// language with the configured emergency number as a call link, and a retry that really
// requests the files again. The failures are made by Playwright routes in front of the served
// release build.
//
// Layout served (a temporary folder): dist/ at /, plus
//   /configured.html   index.html with data-emergency-number="999" data-load-timeout="2"
//   /element-zh.html   one <symptom-checker lang="zh-TW" emergency-number="119" load-timeout="2">
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from './server.mjs';
import { launchBrowser } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.DIST || path.join(ROOT, 'dist');
const WASM = /symptom-checker-[0-9a-f]+_bg\.wasm/;
const GLUE = /symptom-checker-[0-9a-f]+\.js/;

let site, server, url, browser;
before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-load-'));
  fs.cpSync(DIST, site, { recursive: true });
  // The precompressed copies would answer for index.html; the configured page has none.
  const page = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const configured = page.replace('<main id="symptom-checker"', '<main id="symptom-checker" data-emergency-number="999" data-load-timeout="2"');
  assert.notEqual(configured, page, 'index.html has the #symptom-checker element');
  fs.writeFileSync(path.join(site, 'configured.html'), configured);
  fs.writeFileSync(path.join(site, 'element-zh.html'), `<!doctype html><html lang="zh-TW"><head><meta charset="utf-8"><title>診所</title>
<script type="module" src="symptom-checker.js"></script></head>
<body><main><h1>診所</h1><div id="slot"><symptom-checker id="one" lang="zh-TW" emergency-number="119" load-timeout="2"></symptom-checker></div></main></body></html>`);
  ({ server, url } = await serve(site));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/** A fresh context whose requests matching `pattern` fail (`abort`) or never answer (`hang`). */
async function withBroken(pattern, how) {
  const context = await browser.newContext({ viewport: { width: 820, height: 900 }, serviceWorkers: 'block' });
  const held = [];
  const handler = (route) => (how === 'hang' ? held.push(route) : route.abort('connectionrefused'));
  await context.route(pattern, handler);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    page,
    errors,
    /** The network is back: the pattern answers again. */
    heal: () => context.unroute(pattern, handler),
    close: () => context.close(),
  };
}

async function noAxeViolations(page, step) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), [], `axe at ${step}`);
}

test('the standalone page: a .wasm that fails gives a message with the number and a retry that starts the widget', async () => {
  const { page, errors, heal, close } = await withBroken(WASM, 'abort');
  await page.goto(url);
  const alert = page.locator('#symptom-checker [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not load.*call 112/);
  assert.equal(await page.locator('#symptom-checker a.sc-call').getAttribute('href'), 'tel:112');
  await noAxeViolations(page, 'load failure');
  await heal();
  await page.locator('#symptom-checker .sc-retry').click();
  await page.locator('.sc-start').waitFor();
  assert.equal(await page.locator('#symptom-checker [role="alert"]').count(), 0);
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', 'My left eyelid has been twitching for four days');
  await page.locator('.sc-chip[data-finding="eyelid_twitch"]').waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('the standalone page: glue that never arrives is reported after data-load-timeout with data-emergency-number', async () => {
  // Only the first request hangs (a retry asks for `...js?retry=1`): the held one never answers.
  const { page, errors, close } = await withBroken(new RegExp(`${GLUE.source}$`), 'hang');
  const started = Date.now();
  await page.goto(new URL('configured.html', url).href, { waitUntil: 'domcontentloaded' });
  const alert = page.locator('#symptom-checker [role="alert"]');
  await alert.waitFor({ timeout: 10_000 });
  assert.ok(Date.now() - started >= 1500, 'not before the timeout');
  assert.match(await alert.textContent(), /call 999/);
  assert.equal(await page.locator('#symptom-checker a.sc-call').getAttribute('href'), 'tel:999');
  await page.locator('#symptom-checker .sc-retry').click();
  await page.locator('.sc-start').waitFor();
  assert.equal(await page.locator('.sc-emergency-strip a.sc-call').getAttribute('href'), 'tel:999');
  assert.deepEqual(errors, []);
  await close();
});

test('the custom element: a failed load is said in its language with its number; a retry and a new element load anew', async () => {
  const { page, errors, heal, close } = await withBroken(GLUE, 'abort');
  await page.goto(new URL('element-zh.html', url).href);
  const alert = page.locator('#one [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /無法載入.*119/);
  assert.equal(await page.locator('#one a.sc-call').getAttribute('href'), 'tel:119');
  assert.equal(await page.locator('#one .sc-retry').textContent(), '再試一次');
  await noAxeViolations(page, 'element load failure');
  await heal();
  // An element added once the network is back loads (the failed module is not kept) ...
  await page.evaluate(() => {
    const el = document.createElement('symptom-checker');
    el.id = 'two';
    el.setAttribute('lang', 'zh-TW');
    document.getElementById('slot').append(el);
  });
  await page.locator('#two .sc-start').waitFor();
  // ... and so does the first one on "try again".
  await page.locator('#one .sc-retry').click();
  await page.locator('#one .sc-start').waitFor();
  assert.equal(await page.locator('#one a.sc-call').first().getAttribute('href'), 'tel:119');
  assert.deepEqual(errors, []);
  await close();
});

test('offline, Chinese typed on the English page is read as far as it can be and the message says why, in English', async () => {
  const { page, errors, close } = await withBroken(/kb\.zh-TW\.json/, 'abort');
  await page.goto(url);
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', '我的眼皮一直跳了三天');
  await page.click('.sc-continue');
  const note = page.locator('.sc-need-more');
  await note.waitFor();
  const text = await note.textContent();
  assert.match(text, /Chinese words could not be loaded/);
  assert.doesNotMatch(text, /Loading|[\u4e00-\u9fff]/, 'one language, and no endless loading');
  await noAxeViolations(page, 'offline other language');
  // Written in English instead, it is read at once.
  await page.fill('textarea.sc-text', 'My left eyelid has been twitching for three days');
  await page.locator('.sc-chip[data-finding="eyelid_twitch"]').waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('a switch of language shows one language throughout: the old one until the new file is there', async () => {
  const context = await browser.newContext({ viewport: { width: 820, height: 900 }, serviceWorkers: 'block' });
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await context.route(/kb\.zh-TW\.json/, async (route) => { await gate; await route.continue(); });
  const page = await context.newPage();
  await page.goto(url);
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', 'My left eyelid has been twitching for four days');
  await page.locator('.sc-chip[data-finding="eyelid_twitch"]').waitFor();
  await page.click('.sc-lang-button[data-lang="zh-TW"]');
  await page.waitForTimeout(300);
  // Still all English while the Chinese file is on its way: the page, its strings and the chips.
  assert.equal(await page.getAttribute('.sc', 'lang'), 'en');
  const body = await page.textContent('.sc');
  assert.doesNotMatch(body.replace('中文（台灣）', ''), /[\u4e00-\u9fff]/, 'no Chinese yet');
  release();
  await page.waitForFunction(() => document.querySelector('.sc').lang === 'zh-TW');
  assert.match(await page.textContent('.sc-chip[data-finding="eyelid_twitch"]'), /[\u4e00-\u9fff]/);
  await context.close();
});
