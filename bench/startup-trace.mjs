// Where the page's start-up time goes beyond the floor, from Chrome traces (headless Chromium,
// the flags of tests/e2e/browser.mjs): N fresh navigations to the release page, each traced
// until the widget is interactive; medians of
//   - the widget's first task (the one call into the .wasm that reads the KB, compiles the engine
//     and renders the start step) and, inside it, V8's lazy compilation of .wasm functions
//     (`wasm.CompileLazy`: V8 compiles a function with Liftoff on its first call, so code that
//     runs at start-up is compiled then, on the main thread; the floor calls no function);
//   - the number of functions and the bytes of code compiled so;
//   - the first style and layout after that task (the start step's first layout).
// Tracing slows the page down: these are for the split, not for the start-up time itself
// (bench/browser.mjs measures that, untraced).
// usage: node bench/startup-trace.mjs [--runs N] [--dist DIR] [--out FILE]
// Prints the medians and writes them as JSON (default target/bench/startup-trace.json).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { functionBodies } from '../scripts/wasm-module.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const RUNS = Number(arg('runs', 7));
const dist = path.resolve(arg('dist', path.join(root, 'dist')));
const out = path.resolve(arg('out', path.join(root, 'target/bench/startup-trace.json')));
const SELECTOR = '#symptom-checker textarea, #symptom-checker button';
const wasmFile = fs.readdirSync(dist).find((f) => /^symptom-checker-[0-9a-f]+_bg\.wasm$/.test(f));
if (!wasmFile) throw new Error(`no symptom-checker-*_bg.wasm in ${dist}: build the page first`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const r1 = (x) => Math.round(x * 10) / 10;
const sizes = new Map([...functionBodies(fs.readFileSync(path.join(dist, wasmFile))).bodies].map(([i, body]) => [i, body.length]));
const codeBytes = [...sizes.values()].reduce((a, b) => a + b, 0);

const { server, url } = await serve(root);
const browser = await launchBrowser();
const runs = [];
try {
  const pageUrl = `${url}${path.relative(root, dist).split(path.sep).join('/')}/`;
  for (let i = 0; i <= RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      const seen = () => {
        if (window.__ready) return;
        const el = document.querySelector(selector);
        if (!el) return;
        el.focus();
        if (document.activeElement === el) {
          window.__ready = performance.now();
          console.debug('__ready');
        }
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
    }, SELECTOR);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink'] });
    const ready = page.waitForEvent('console', { predicate: (m) => m.text() === '__ready', timeout: 30000 });
    await page.goto(pageUrl, { waitUntil: 'commit' });
    await ready;
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    await context.close();
    if (i === 0) continue; // warm-up, not counted
    const mainThreads = new Set(
      traceEvents.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    const main = traceEvents.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
    // The widget's first task: the longest call into script that compiles .wasm functions.
    const lazy = main.filter((e) => e.name === 'wasm.CompileLazy');
    const inside = (outer) => (e) => e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;
    const call = main
      .filter((e) => e.name === 'FunctionCall' && lazy.some(inside(e)))
      .sort((a, b) => b.dur - a.dur)[0];
    if (!call) throw new Error('no call into the .wasm found in the trace');
    const compiled = lazy.filter(inside(call));
    const after = (name) => main.filter((e) => e.name === name && e.ts >= call.ts + call.dur).sort((a, b) => a.ts - b.ts)[0];
    runs.push({
      first_task_ms: call.dur / 1000,
      lazy_compile_ms: compiled.reduce((t, e) => t + e.dur, 0) / 1000,
      lazy_functions: compiled.length,
      lazy_bytes: compiled.reduce((t, e) => t + (sizes.get(e.args?.func_index) ?? 0), 0),
      first_style_ms: (after('UpdateLayoutTree')?.dur ?? NaN) / 1000,
      first_layout_ms: (after('Layout')?.dur ?? NaN) / 1000,
    });
  }
} finally {
  await browser.close();
  server.close();
}
const result = { runs: RUNS, code_bytes: codeBytes, functions: sizes.size };
for (const key of Object.keys(runs[0])) result[key] = r1(median(runs.map((r) => r[key])));
console.log(
  `start-up trace (median of ${RUNS}): first task ${result.first_task_ms} ms, of which lazy compilation ${result.lazy_compile_ms} ms ` +
    `(${result.lazy_functions} of ${result.functions} functions, ${(result.lazy_bytes / 1000).toFixed(1)} of ${(codeBytes / 1000).toFixed(1)} KB of code); ` +
    `first style ${result.first_style_ms} ms, first layout ${result.first_layout_ms} ms`,
);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
