// End-to-end: the widget embedded the ways a clinic would (custom element from a sub-path, strict
// CSP as a response header, two instances, a clinic KB), offline after the first visit, the
// single-file build from file://, a hostile KB, and the panic hook of the release build.
//
// Layout served (a temporary folder):
//   /clinic/index.html, clinic.css, clinic.js, iframe.html   from embed/examples/
//   /clinic/plain.html                                        the same page without clinic.css
//   /clinic/kb-*.html, /clinic/kb/*.json                      clinic KB cases
//   /clinic/assets/symptom-checker/                           dist/ (the release build)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { serve } from './server.mjs';
import { launchBrowser, shotsDir } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.DIST || path.join(ROOT, 'dist');
const EXAMPLES = path.join(ROOT, 'embed', 'examples');
const SHOTS = shotsDir();
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TWITCH = 'My left eyelid has been twitching for four days';
const SEED_EN = 'For several days I have had intermittent twitching in the philtrum, the area below my nose. '
  + 'I also sleep on my side and change position a lot, and now and then I wake up with tingling in both palms.';

let site, strict, loose, browser;

/** Writes the clinic site into a temporary folder. */
function buildSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-site-'));
  const clinic = path.join(dir, 'clinic');
  fs.cpSync(path.join(EXAMPLES, 'clinic'), clinic, { recursive: true });
  fs.copyFileSync(path.join(EXAMPLES, 'iframe.html'), path.join(clinic, 'iframe.html'));
  fs.cpSync(DIST, path.join(clinic, 'assets', 'symptom-checker'), { recursive: true });
  const page = fs.readFileSync(path.join(clinic, 'index.html'), 'utf8');
  fs.writeFileSync(path.join(clinic, 'plain.html'), page.replace(/\s*<link rel="stylesheet" href="clinic.css">/, ''));
  // One instance with a clinic KB attribute.
  const one = (kb, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>KB case</title>
<script type="module" src="assets/symptom-checker/symptom-checker.js"></script></head>
<body><main><h1>KB case</h1><symptom-checker id="checker" kb="${kb}" ${extra}></symptom-checker></main></body></html>`;
  fs.mkdirSync(path.join(clinic, 'kb'));
  fs.copyFileSync(path.join(ROOT, 'tests', 'fixtures', 'kb.json'), path.join(clinic, 'kb', 'clinic.json'));
  fs.writeFileSync(path.join(clinic, 'kb', 'invalid.json'), '{"meta": {"id": "x"}, "findings": [');
  // Hostile strings in a KB that validates: they must render as text and never run.
  const kb = JSON.parse(fs.readFileSync(path.join(ROOT, 'kb', 'neuro.json'), 'utf8'));
  kb.meta.title.en = '<img src=x onerror="window.__pwned=1">Clinic <script>window.__pwned=2</script>';
  const c = kb.conditions.find((x) => x.id === 'eyelid_myokymia');
  c.name.en = 'Eyelid twitch <img src=x onerror="window.__pwned=3"><b>bold</b>';
  c.description.en = '<script>window.__pwned=4</script> A harmless twitch. <a href="javascript:window.__pwned=5">click</a>';
  fs.writeFileSync(path.join(clinic, 'kb', 'hostile.json'), JSON.stringify(kb));
  fs.writeFileSync(path.join(clinic, 'kb-ok.html'), one('kb/clinic.json'));
  fs.writeFileSync(path.join(clinic, 'kb-missing.html'), one('kb/missing.json'));
  fs.writeFileSync(path.join(clinic, 'kb-invalid.html'), one('kb/invalid.json'));
  fs.writeFileSync(path.join(clinic, 'kb-hostile.html'), one('kb/hostile.json'));
  return dir;
}

before(async () => {
  site = buildSite();
  strict = await serve(site, 0, { 'content-security-policy': CSP });
  loose = await serve(site, 0);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  strict?.server.close();
  loose?.server.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/** A fresh context and page that records requests, page errors and CSP violations. */
async function open(base, pathName, options = {}) {
  const context = await browser.newContext({ viewport: { width: 900, height: 1100 }, ...options });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(new URL(pathName, base.url).href);
  return {
    page,
    context,
    errors,
    requests,
    done: async () => { assert.deepEqual(errors, [], 'no page errors or CSP violations'); await context.close(); },
  };
}

/** Runs a check inside the widget under `host`: start, describe, answer "no" until the result. */
async function check(page, host, text) {
  const h = page.locator(host);
  await h.locator('.sc-start-button').click();
  await h.locator('textarea.sc-text').fill(text);
  await h.locator('.sc-chip').first().waitFor();
  await h.locator('.sc-continue').click();
  for (let n = 0; n < 15; n += 1) {
    await h.locator('.sc-question, .sc-result').first().waitFor();
    if (await h.locator('.sc-result').count()) break;
    const q = await h.locator('.sc-question').getAttribute('data-question');
    await h.locator('.sc-answer-no').click();
    await h.locator(`.sc-question:not([data-question="${q}"]), .sc-result`).first().waitFor();
  }
  await h.locator('.sc-result').waitFor();
  return h.locator('.sc-triage').getAttribute('data-triage');
}

/** Files the clinic page may load: its own and the widget folder's. */
function ownAssets() {
  const own = new Set(['/clinic/', '/clinic/clinic.css', '/clinic/clinic.js']);
  for (const f of fs.readdirSync(DIST)) own.add(`/clinic/assets/symptom-checker/${f}`);
  return own;
}

test('the clinic page under a strict CSP: two instances, a check inside the custom element, events, own assets only', async () => {
  const { page, requests, errors, context } = await open(strict, '/clinic/');
  await page.locator('#checker-en .sc-start').waitFor();
  await page.locator('#checker-zh .sc-start').waitFor();
  // Two instances, each in its own language, with its own number.
  assert.equal(await page.locator('#checker-en .sc').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#checker-zh .sc').getAttribute('lang'), 'zh-TW');
  assert.match(await page.locator('#checker-en .sc-emergency-rule').textContent(), /911/);
  assert.match(await page.locator('#checker-zh .sc-emergency-rule').textContent(), /119/);
  assert.match(await page.locator('#checker-zh .sc-start-button').textContent(), /[\u4e00-\u9fff]/);
  // Rendered in an open shadow root, not in the page's DOM.
  assert.equal(await page.evaluate(() => document.querySelectorAll('.sc').length), 0);
  assert.equal(await page.evaluate(() => document.getElementById('checker-en').shadowRoot.querySelectorAll('.sc').length), 1);

  await page.evaluate(() => {
    window.__levels = [];
    document.addEventListener('symptom-checker:triage', (e) => window.__levels.push([e.target.id, e.detail.level]));
  });
  const level = await check(page, '#checker-en', SEED_EN);
  assert.ok(['soon', 'self_care'].includes(level), `triage ${level}`);
  const ids = await page.locator('#checker-en .sc-cause').evaluateAll((els) => els.map((e) => e.dataset.condition));
  assert.ok(ids.includes('carpal_tunnel'), `causes: ${ids}`);
  // The event reached the page (bubbling out of the shadow root) and the clinic offered booking.
  await page.waitForFunction(() => window.__levels.length > 0);
  assert.deepEqual(await page.evaluate(() => window.__levels.at(-1)), ['checker-en', level]);
  assert.ok(await page.isVisible('#booking'));
  // The other instance did not move.
  assert.equal(await page.locator('#checker-zh .sc-start').count(), 1);
  // Printed, the summary is a page with headings: the level first, then the clinic the page
  // names, then a section per complaint.
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('#checker-en .sc-print-summary');
  assert.ok(await printed.isVisible(), 'the print stylesheet shows the summary page');
  const blocks = await printed.locator(':scope > *').evaluateAll((els) => els.map((e) => [e.tagName, e.className, e.textContent]));
  assert.deepEqual(blocks.slice(0, 2).map((b) => b[0]), ['H2', 'P']);
  assert.equal(blocks[1][1], 'sc-print-level');
  assert.match(blocks[1][2], /How urgent: (See a doctor soon|Self-care at home)/);
  assert.ok(blocks.some((b) => b[0] === 'P' && b[2] === 'Clinic: Riverside Clinic, 555 0100'), 'the clinic is named');
  const headings = blocks.filter((b) => b[0] === 'H3').map((b) => b[2]);
  assert.ok(headings.includes('Symptoms') && headings.filter((h) => /^Complaint \d: /.test(h)).length === 2, `headings: ${headings}`);
  assert.ok(!(await page.locator('#checker-en .sc-causes').first().isVisible()), 'the screen view is not printed');
  await page.emulateMedia({ media: 'screen' });

  // The Chinese instance works on its own.
  const zh = await check(page, '#checker-zh', '這幾天左眼皮一直跳');
  assert.ok(['soon', 'self_care'].includes(zh), `triage ${zh}`);
  assert.match(await page.locator('#checker-zh .sc-triage-words').textContent(), /近期就醫|居家自我照護/);
  // Each instance shows similar questions in its language, from the articles file beside the
  // element's script (one per language, each fetched once for the two instances' needs).
  for (const [host, script] of [['#checker-en', /^[^\u4e00-\u9fff]*[a-z][^\u4e00-\u9fff]*$/i], ['#checker-zh', /[\u4e00-\u9fff]/]]) {
    await page.locator(`${host} .sc-similar summary`).first().waitFor();
    for (const title of await page.locator(`${host} .sc-similar summary`).allTextContents()) assert.match(title, script, `${host}: ${title}`);
  }
  const kbFiles = requests.map((r) => new URL(r).pathname).filter((p) => /\/(kb|articles)\./.test(p));
  assert.deepEqual([...new Set(kbFiles)].sort(), ['articles.en.json', 'articles.zh-TW.json', 'kb.en.json', 'kb.zh-TW.json'].map((f) => `/clinic/assets/symptom-checker/${f}`));

  // Checked before the axe scan: axe-core itself adds a <style> element, which the CSP blocks.
  assert.deepEqual(errors, [], 'no page errors or CSP violations');
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), []);
  await page.screenshot({ path: path.join(SHOTS, 'clinic.png'), fullPage: true });

  // Nothing but the page's own assets was requested, from this origin only.
  const own = ownAssets();
  const origin = new URL(strict.url).origin;
  const foreign = requests.filter((r) => new URL(r).origin !== origin || !own.has(new URL(r).pathname));
  assert.deepEqual(foreign, [], 'no request beyond the page and the widget files');
  const count = requests.length;
  await page.waitForTimeout(300);
  assert.equal(requests.length, count, 'no request after the check');
  await context.close();
});

test('attributes change live: language, emergency number, theme', async () => {
  const { page, done } = await open(strict, '/clinic/');
  await page.locator('#checker-en .sc-start').waitFor();
  await page.evaluate(() => {
    const el = document.getElementById('checker-en');
    el.setAttribute('lang', 'zh-TW');
    el.setAttribute('emergency-number', '000');
    el.setAttribute('theme', 'dark');
  });
  await page.waitForFunction(() => document.getElementById('checker-en').shadowRoot.querySelector('.sc').lang === 'zh-TW');
  assert.match(await page.locator('#checker-en .sc-emergency-strip').textContent(), /000/);
  assert.match(await page.locator('#checker-en .sc').getAttribute('class'), /sc-theme-dark/);
  // Removed from the page: unmounted; added back: a working widget again.
  await page.evaluate(() => {
    const el = document.getElementById('checker-en');
    const parent = el.parentNode;
    el.remove();
    parent.append(el);
  });
  await page.locator('#checker-en .sc-start').waitFor();
  await done();
});

test('page CSS that styles button, p and * does not change the widget', async () => {
  const probe = async (pathName) => {
    const { page, done } = await open(strict, pathName);
    await page.locator('#checker-en .sc-start').waitFor();
    const look = await page.evaluate(() => {
      const root = document.getElementById('checker-en').shadowRoot;
      const props = ['fontFamily', 'fontSize', 'color', 'backgroundColor', 'letterSpacing', 'textTransform', 'borderTopStyle',
        'borderTopWidth', 'boxSizing', 'lineHeight'];
      const out = {};
      for (const sel of ['.sc', '.sc-title', '.sc-start-button', '.sc-start p', '.sc-emergency-strip', '.sc-lang-button']) {
        const el = root.querySelector(sel);
        const cs = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        out[sel] = { ...Object.fromEntries(props.map((p) => [p, cs[p]])), height: Math.round(box.height) };
      }
      return out;
    });
    await done();
    return look;
  };
  const plain = await probe('/clinic/plain.html');
  const hostile = await probe('/clinic/');
  assert.deepEqual(hostile, plain);
});

test('offline after the first visit: the service worker serves every asset', async () => {
  const { page, context, done } = await open(strict, '/clinic/assets/symptom-checker/index.html');
  await page.waitForSelector('.sc-start');
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.sc-start');
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'answered by the service worker');
  await page.click('.sc-start-button');
  await page.fill('textarea.sc-text', TWITCH);
  await page.waitForSelector('.sc-chip');
  assert.ok((await page.$$eval('.sc-chip', (els) => els.map((e) => e.dataset.finding))).includes('eyelid_twitch'));
  // The KB and articles of the page's language were kept too: similar questions offline.
  await page.reload();
  await page.waitForSelector('.sc-start');
  assert.ok(['soon', 'self_care'].includes(await check(page, '#symptom-checker', TWITCH)));
  await page.waitForSelector('.sc-similar details.sc-article');
  await context.setOffline(false);
  await done();
});

test('the single-file build works from file://', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(path.join(DIST, 'symptom-checker.html')).href);
  await page.waitForSelector('.sc-start');
  // A page of its own: the widget is its main landmark, and axe finds nothing.
  assert.equal(await page.locator('main#symptom-checker .sc-start').count(), 1);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => v.id), [], 'axe on the single file');
  const level = await check(page, '#symptom-checker', TWITCH);
  assert.ok(['soon', 'self_care'].includes(level), `triage ${level}`);
  // The KB and its articles are inlined: similar questions, in each language.
  await page.waitForSelector('.sc-similar details.sc-article');
  await page.click('.sc-lang-button[data-lang="zh-TW"]');
  await page.waitForFunction(() => /[\u4e00-\u9fff]/.test(document.querySelector('.sc-similar summary')?.textContent || ''));
  assert.deepEqual(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('data:')), [], 'no network request');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a clinic KB from the kb attribute is used', async () => {
  const { page, done } = await open(strict, '/clinic/kb-ok.html');
  await page.locator('#checker .sc-start').waitFor();
  assert.equal(await page.locator('#checker .sc-title').textContent(), 'Test symptom checker');
  assert.equal(await page.locator('#checker .sc-notice--warning').count(), 0);
  await done();
});

for (const [name, file, why] of [['a missing', 'kb-missing.html', /HTTP 404/], ['an invalid', 'kb-invalid.html', /\$|JSON|line/]]) {
  test(`${name} clinic KB: a clear message, and the bundled KB answers`, async () => {
    const { page, done } = await open(strict, `/clinic/${file}`);
    const notice = page.locator('#checker .sc-notice--warning');
    await notice.waitFor();
    const text = await notice.textContent();
    assert.match(text, /could not be used/);
    assert.match(text, why);
    assert.match(text, /built-in one is used instead/);
    const level = await check(page, '#checker', TWITCH);
    assert.ok(['soon', 'self_care'].includes(level), `triage ${level}`);
    await done();
  });
}

test('a KB on another origin is refused unless the page opts in', async () => {
  const { page, requests, done } = await open(strict, '/clinic/plain.html');
  await page.locator('#checker-en .sc-start').waitFor();
  const other = new URL('/clinic/kb/clinic.json', loose.url).href.replace('127.0.0.1', 'localhost');
  await page.evaluate((u) => document.getElementById('checker-en').setAttribute('kb', u), other);
  await page.locator('#checker-en .sc-notice--warning').waitFor();
  assert.match(await page.locator('#checker-en .sc-notice--warning').textContent(), /not on this site/);
  assert.ok(!requests.includes(other), 'the foreign KB was not requested');
  await done();
});

test('a hostile KB renders as text and its scripts never run (no CSP to help)', async () => {
  const { page, done } = await open(loose, '/clinic/kb-hostile.html');
  await page.locator('#checker .sc-start').waitFor();
  assert.match(await page.locator('#checker .sc-title').textContent(), /<img src=x onerror=/);
  await check(page, '#checker', TWITCH);
  const names = await page.locator('#checker .sc-cause-name').allTextContents();
  assert.ok(names.some((n) => n.includes('<b>bold</b>')), `names: ${names}`);
  await page.locator('#checker .sc-cause').first().locator('summary, button').first().click().catch(() => {});
  const injected = await page.evaluate(() => {
    const root = document.getElementById('checker').shadowRoot;
    return {
      pwned: window.__pwned ?? null,
      elements: root.querySelectorAll('script, img, b, a[href^="javascript"]').length,
    };
  });
  assert.deepEqual(injected, { pwned: null, elements: 0 });
  await done();
});

test('a panic shows a friendly message with the emergency number in every instance (release build)', async () => {
  const { page, errors, context } = await open(strict, '/clinic/');
  await page.locator('#checker-en .sc-start').waitFor();
  await page.locator('#checker-zh .sc-start').waitFor();
  const js = fs.readdirSync(DIST).find((f) => /^symptom-checker-[0-9a-f]+\.js$/.test(f));
  // As a panic in an event handler would: uncaught, so it reaches the page's error event.
  await page.evaluate(async (file) => {
    const m = await import(new URL(`assets/symptom-checker/${file}`, location.href).href);
    setTimeout(() => m.panicSelfTest(), 0);
  }, js);
  await page.locator('#checker-en .sc-crashed').waitFor();
  assert.ok(errors.some((e) => /RuntimeError|unreachable/.test(e)), `the panic aborted the .wasm: ${errors}`);
  const en = await page.locator('#checker-en .sc-crashed').textContent();
  assert.match(en, /stopped working/);
  assert.match(en, /911/);
  const zh = await page.locator('#checker-zh .sc-crashed').textContent();
  assert.match(zh, /停止運作/);
  assert.match(zh, /119/);
  assert.equal(await page.locator('#checker-en .sc-crashed a.sc-call').getAttribute('href'), 'tel:911');
  assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused/.test(e)), []);
  await context.close();
});

test("the .wasm's file name carries the hash of its final bytes, and every file that names it uses that name", () => {
  // Trunk names the .wasm before wasm-opt runs; scripts/postbuild.mjs renames it, so that new bytes
  // never ship under an old name (a cache keyed by name would serve stale code).
  const wasm = fs.readdirSync(DIST).filter((f) => /_bg\.wasm$/.test(f));
  assert.equal(wasm.length, 1, `one .wasm in dist: ${wasm}`);
  const digest = createHash('sha256').update(fs.readFileSync(path.join(DIST, wasm[0]))).digest('hex').slice(0, 16);
  assert.equal(wasm[0], `symptom-checker-${digest}_bg.wasm`);
  const boot = fs.readdirSync(DIST).find((f) => /^boot-[0-9a-f]+\.js$/.test(f));
  for (const file of ['index.html', boot, 'symptom-checker.js', 'sw.js']) {
    const text = fs.readFileSync(path.join(DIST, file), 'utf8');
    const named = [...text.matchAll(/symptom-checker-[0-9a-f]+_bg\.wasm/g)].map((m) => m[0]);
    assert.ok(named.length > 0, `${file} names the .wasm`);
    assert.deepEqual([...new Set(named)], [wasm[0]], `${file} names the shipped .wasm`);
  }
});
