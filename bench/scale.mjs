// The widget at scale, in headless Chromium on the release build, each as a ratio to today's small
// case (run by scripts/bench.sh, written into docs/performance.md by bench/report.mjs):
//  1. typing with a clinic KB 100 times the shipped one against one of the shipped size (1x): the
//     custom element with a KB from the scaling generator (`cargo run --release -p symptom-engine
//     --example scaled_kb -- N`) as its `kb` attribute. For each typed character, the time from the
//     input event to the end of the work it causes (the check, the render, and the tasks queued by
//     them: measured to a zero-delay timeout queued after them); median, 95th percentile, max.
//  2. the diary with 10,000 episodes against 10: the standalone page with the diary in
//     localStorage; the time to the first step (the diary is read at start) and from the click on
//     the diary's button to its list.
// usage: node bench/scale.mjs [--dist DIR] [--kb1 FILE] [--kb100 FILE] [--out FILE]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { launchBrowser } from '../tests/e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : def;
};
const dist = path.resolve(arg('dist', path.join(root, 'dist')));
const kbs = { '1x': arg('kb1', path.join(root, 'target/bench/kb-1x.json')), '100x': arg('kb100', path.join(root, 'target/bench/kb-100x.json')) };
const out = arg('out', path.join(root, 'target/bench/scale.json'));
// A message typed as a patient would, one character at a time.
const MESSAGE = 'my left eyelid has been twitching for four days';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-typing-'));
fs.cpSync(dist, site, { recursive: true });
for (const [name, file] of Object.entries(kbs)) {
  fs.copyFileSync(file, path.join(site, `kb-${name}.json`));
  fs.writeFileSync(path.join(site, `typing-${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>typing</title>
<script type="module" src="symptom-checker.js"></script></head><body><main><h1>typing</h1>
<symptom-checker id="c" kb="kb-${name}.json" load-timeout="600"></symptom-checker></main></body></html>`);
}
const { server, url } = await serve(site);
const browser = await launchBrowser();
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const result = {};
try {
  for (const name of Object.keys(kbs)) {
    const page = await browser.newPage();
    const loadStart = Date.now();
    await page.goto(new URL(`typing-${name}.html`, url).href);
    await page.locator('#c .sc-start-button').waitFor({ timeout: 600_000 });
    const ready = Date.now() - loadStart;
    await page.locator('#c .sc-start-button').click();
    await page.locator('#c textarea.sc-text').waitFor();
    const times = await page.evaluate(async (message) => {
      const area = document.getElementById('c').shadowRoot.querySelector('textarea.sc-text');
      const settle = () => new Promise((r) => setTimeout(r, 0));
      const per = [];
      for (const ch of message) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const t0 = performance.now();
        area.value += ch;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: ch, inputType: 'insertText' }));
        await settle();
        per.push(performance.now() - t0);
      }
      return per;
    }, MESSAGE);
    const chips = await page.locator('#c .sc-chip').count();
    result[name] = {
      kb_mb: +(fs.statSync(kbs[name]).size / 1e6).toFixed(2),
      ready_ms: ready,
      median_ms: +quantile(times, 0.5).toFixed(2),
      p95_ms: +quantile(times, 0.95).toFixed(2),
      max_ms: +Math.max(...times).toFixed(2),
      chips,
    };
    console.log(`typing with a ${name} clinic KB (${result[name].kb_mb} MB): ready in ${ready} ms; per character median ${result[name].median_ms} ms, p95 ${result[name].p95_ms} ms, max ${result[name].max_ms} ms (${chips} findings read)`);
    await page.close();
  }
  const ratio = (k) => +(result['100x'][k] / result['1x'][k]).toFixed(1);
  result.ratio = { median: ratio('median_ms'), p95: ratio('p95_ms') };
  console.log(`typing, 100x / 1x: median ${result.ratio.median}x, p95 ${result.ratio.p95}x`);

  result.diary = {};
  for (const n of [10, 10_000]) {
    const entries = Array.from({ length: n }, (_, i) => ({ date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, symptom: `Twitch ${i}` }));
    const context = await browser.newContext();
    await context.addInitScript((diary) => { if (!localStorage.getItem('symptom-checker.diary')) localStorage.setItem('symptom-checker.diary', diary); }, JSON.stringify({ version: 1, entries }));
    const page = await context.newPage();
    const loadStart = Date.now();
    await page.goto(url);
    await page.locator('.sc-start').waitFor({ timeout: 120_000 });
    const ready = Date.now() - loadStart;
    const open = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector('.sc-diary-toggle').click();
      while (!document.querySelector('.sc-diary-entry')) await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t0;
    });
    const listed = await page.locator('.sc-diary-entry').count();
    result.diary[n] = { ready_ms: ready, open_ms: +open.toFixed(1), listed };
    console.log(`diary of ${n} episodes: first step in ${ready} ms, opened (${listed} listed) in ${result.diary[n].open_ms} ms`);
    await context.close();
  }
  result.diary.ratio = { ready: +(result.diary[10_000].ready_ms / result.diary[10].ready_ms).toFixed(1), open: +(result.diary[10_000].open_ms / result.diary[10].open_ms).toFixed(1) };
  console.log(`diary, 10,000 / 10 episodes: first step ${result.diary.ratio.ready}x, open ${result.diary.ratio.open}x`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
} finally {
  await browser.close();
  server.close();
  fs.rmSync(site, { recursive: true, force: true });
}
