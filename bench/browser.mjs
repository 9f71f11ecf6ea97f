// Browser benchmarks, all in one headless Chromium run (Debian's /usr/bin/chromium):
//  1. start-up: navigation to the release page (dist/) until the widget is interactive (its text
//     box exists and takes focus), median of RUNS fresh contexts, beside the floor measured in the
//     same run: bench/web/floor.html compiles and instantiates the same .wasm and JSON.parses the
//     same KB (dist/kb.en.json, the file the page loads before it starts: the KB without its
//     articles, which the page loads after it is interactive), nothing else. Runs alternate
//     app/floor so that drift hits both. A second floor, bench/web/floor-ui.html, does the same
//     work on a page that also shows the widget's start step as static HTML with the widget's
//     stylesheet (captured from the page in this run; no widget code runs): what the first
//     screen alone costs, the least that any page showing it can reach.
//  2. engine: symptom-engine in wasm (bench/wasm, built by scripts/bench.sh): KB load, a full
//     check of typical English and Chinese messages, similar-question retrieval.
//  3. side by side: the engine's retrieval and MiniSearch (npm) over the same article corpus
//     (title, question, answer in both languages from kb/neuro.json): latency per query and
//     quality on bench/queries.json (recall@3, MRR).
// usage: node bench/browser.mjs [--runs N] [--dist DIR] [--pkg DIR] [--out FILE] [--kb FILE] [--startup-only]
// (--startup-only: the start-up part alone, printed, and written only to an --out given.)
// Prints a summary and writes the numbers as JSON (default target/bench/browser.json).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { launchBrowser } from '../tests/e2e/browser.mjs';
import { inLang, LANGS } from '../scripts/kb-text.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const RUNS = Number(arg('runs', process.env.RUNS || 15));
const STARTUP_ONLY = process.argv.includes('--startup-only');
class StartupOnly extends Error {}
const dist = path.resolve(arg('dist', path.join(root, 'dist')));
const pkg = path.resolve(arg('pkg', path.join(root, 'target/bench-web/pkg')));
const out = path.resolve(arg('out', path.join(root, 'target/bench/browser.json')));
// The KB of the engine and retrieval benchmarks (the page always has its bundled KB).
const kbFile = path.resolve(arg('kb', path.join(root, 'kb/neuro.json')));
// What "interactive" waits for: the first focusable control the widget renders (its text box, or
// the buttons of its first step, which the app renders from the parsed KB); TTI_SELECTOR overrides.
const SELECTOR = process.env.TTI_SELECTOR || '#symptom-checker textarea, #symptom-checker button';

const rel = (p) => path.relative(root, p).split(path.sep).join('/');
const wasmFile = fs.readdirSync(dist).find((f) => /^symptom-checker-[0-9a-f]+_bg\.wasm$/.test(f));
if (!wasmFile) throw new Error(`no symptom-checker-*_bg.wasm in ${dist}: run trunk build --release --offline first`);
if (!STARTUP_ONLY && !fs.existsSync(path.join(pkg, 'symptom_bench_wasm.js'))) throw new Error(`no ${pkg}/symptom_bench_wasm.js: run scripts/bench.sh`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const r2 = (x) => Math.round(x * 100) / 100;

const { server, url } = await serve(root);
const browser = await launchBrowser();
const result = { runs: RUNS, selector: SELECTOR, chromium: browser.version(), startup: {}, engine: {}, retrieval: {} };
try {
  // ---- 1. start-up --------------------------------------------------------------------------
  const appUrl = `${url}${rel(dist)}/`;
  const floorKb = path.join(dist, 'kb.en.json');
  if (!fs.existsSync(floorKb)) throw new Error(`no ${floorKb}: run scripts/build.sh first`);
  const floorUrl = `${url}bench/web/floor.html?wasm=/${rel(dist)}/${wasmFile}&kb=/${rel(floorKb)}`;
  const probe = (selector) => {
    // Runs before any page script. `window.__ready` (set here for the page, by floor.html for
    // the floor) is reported as a console message: the harness waits for that message instead
    // of polling the page, which would inject Playwright's helper script into the page's main
    // thread while it starts.
    let ready;
    Object.defineProperty(window, '__ready', {
      configurable: true,
      get: () => ready,
      set: (v) => {
        if (ready !== undefined) return;
        ready = v;
        console.debug(`__ready ${v}`);
      },
    });
    // When the .wasm has been instantiated (the glue and the floor both call
    // WebAssembly.instantiate), for the report's breakdown.
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = function (...args) {
      return instantiate.apply(this, args).then((r) => {
        window.__instantiated ??= performance.now();
        return r;
      });
    };
    if (!selector) return;
    // The page: the first moment the text box exists and takes focus.
    const seen = () => {
      if (window.__ready) return;
      const el = document.querySelector(selector);
      if (!el) return;
      el.focus();
      if (document.activeElement === el) window.__ready = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
    // Main-thread tasks over 50 ms (the widget's deferred warm-up must not block typing).
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  };
  // The start step as the page shows it once interactive, for the second floor: the same
  // stylesheet and markup, served as static HTML (target/bench/floor-ui.html).
  const cssFile = fs.readdirSync(dist).find((f) => /^widget-[0-9a-f]+\.css$/.test(f));
  if (!cssFile) throw new Error(`no widget-*.css in ${dist}`);
  const startStep = await (async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForSelector(SELECTOR);
    const html = await page.evaluate(() => document.querySelector('#symptom-checker').innerHTML);
    await context.close();
    return html;
  })();
  const floorUiFile = path.join(root, 'target/bench/floor-ui.html');
  fs.mkdirSync(path.dirname(floorUiFile), { recursive: true });
  fs.writeFileSync(floorUiFile, fs.readFileSync(path.join(root, 'bench/web/floor-ui.html'), 'utf8')
    .replace('__CSS__', `/${rel(dist)}/${cssFile}`)
    .replace('__START_STEP__', () => startStep));
  const floorUiUrl = `${url}${rel(floorUiFile)}?wasm=/${rel(dist)}/${wasmFile}&kb=/${rel(floorKb)}`;
  const once = async (target, isApp) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(probe, isApp ? SELECTOR : null);
    const ready = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('__ready '), timeout: 30000 });
    await page.goto(target, { waitUntil: 'commit' });
    const ms = Number((await ready).text().slice('__ready '.length));
    if (isApp) {
      // The longest task in the 1.5 s after the widget is interactive (0: none over 50 ms).
      await page.waitForTimeout(1500);
      appLongest.push(await page.evaluate(() => Math.max(0, ...window.__longTasks.filter((t) => t.start >= window.__ready).map((t) => t.ms))));
    }
    // When the .wasm finished downloading and was instantiated (for the report's breakdown).
    const [wasmEnd, instantiated] = await page.evaluate(() => [
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.responseEnd)[0] ?? null,
      window.__instantiated ?? null,
    ]);
    await context.close();
    if (errors.length) throw new Error(`${target}: ${errors.join('; ')}`);
    if (target !== floorUiUrl) {
      (isApp ? appWasm : floorWasm).push(wasmEnd);
      (isApp ? appInst : floorInst).push(instantiated);
    }
    return ms;
  };
  const appWasm = [];
  const floorWasm = [];
  const appInst = [];
  const floorInst = [];
  const appLongest = [];
  await once(appUrl, true); // warm-up (disk cache, browser process), not counted
  await once(floorUrl, false);
  await once(floorUiUrl, false);
  appWasm.length = 0;
  floorWasm.length = 0;
  appInst.length = 0;
  floorInst.length = 0;
  appLongest.length = 0;
  const app = [];
  const floor = [];
  const floorUi = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await once(appUrl, true));
    floor.push(await once(floorUrl, false));
    floorUi.push(await once(floorUiUrl, false));
  }
  result.startup = {
    app_ms: r2(median(app)), floor_ms: r2(median(floor)), ratio: r2(median(app) / median(floor)),
    app_wasm_loaded_ms: r2(median(appWasm)), floor_wasm_loaded_ms: r2(median(floorWasm)),
    app_instantiated_ms: r2(median(appInst)), floor_instantiated_ms: r2(median(floorInst)),
    floor_ui_ms: r2(median(floorUi)), floor_ui_ratio: r2(median(floorUi) / median(floor)),
    app_vs_floor_ui: r2(median(app) / median(floorUi)),
    app_all: app.map(r2), floor_all: floor.map(r2), floor_ui_all: floorUi.map(r2),
    longest_task_after_interactive_ms: r2(median(appLongest)), longest_task_all: appLongest.map(r2),
  };
  console.log(`start-up (median of ${RUNS}): page interactive ${r2(median(app))} ms, floor ${r2(median(floor))} ms, ratio ${result.startup.ratio}x; floor with the start step ${result.startup.floor_ui_ms} ms (${result.startup.floor_ui_ratio}x the floor) (.wasm downloaded at ${result.startup.app_wasm_loaded_ms} / ${result.startup.floor_wasm_loaded_ms} ms, instantiated at ${result.startup.app_instantiated_ms} / ${result.startup.floor_instantiated_ms} ms); longest main-thread task in the 1.5 s after interactive ${result.startup.longest_task_after_interactive_ms} ms`);

  // ---- 2 and 3. engine and retrieval in one page -----------------------------------------------
  if (STARTUP_ONLY) throw new StartupOnly();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', String(e)));
  await page.goto(`${url}bench/web/blank.html`);
  const kbText = fs.readFileSync(kbFile, 'utf8');
  const kb = JSON.parse(kbText);
  const queries = JSON.parse(fs.readFileSync(path.join(root, 'bench/queries.json'), 'utf8')).queries;
  const known = new Set(kb.articles.map((a) => a.id));
  const usable = queries
    .map((q) => ({ ...q, relevant: q.relevant.filter((id) => known.has(id)) }))
    .filter((q) => q.relevant.length > 0);
  // The articles as the widget loads them, one language per file (only for the bundled KB).
  const oneLanguage = path.resolve(kbFile) === path.join(root, 'kb/neuro.json')
    ? Object.fromEntries(LANGS.map((l) => [l, { docs: inLang(kb.articles, l), json: JSON.stringify(inLang(kb.articles, l)) }]))
    : null;
  const res = await page.evaluate(async ({ pkgUrl, msUrl, articles, queries, kbText, oneLanguage }) => {
    const wasm = await import(pkgUrl);
    await wasm.default();
    wasm.set_kb(kbText); // the same text as the bundled KB unless --kb names another file
    const { default: MiniSearch } = await import(msUrl);
    const now = () => performance.now();
    const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
    // Median over `reps` batches of the mean time of one call (performance.now() is coarse in
    // a page that is not cross-origin isolated, so single calls are not timed).
    const per = (fn, batch, reps) => {
      for (let i = 0; i < batch; i++) fn(i);
      const xs = [];
      for (let r = 0; r < reps; r++) {
        const t = now();
        for (let i = 0; i < batch; i++) fn(i);
        xs.push((now() - t) / batch);
      }
      return med(xs);
    };
    const out = {};
    let t = now();
    wasm.init();
    out.first_init_ms = now() - t; // the engine and the retrieval indexes, built once
    out.load_ms = per(() => wasm.load(), 3, 7); // Engine::from_json of the KB
    const en = 'My left eyelid has been twitching for four days and sometimes my lip jumps too. I sleep badly and drink a lot of coffee.';
    const zh = '最近這一週左邊眼皮一直跳，早上醒來兩手手掌會麻麻的，已經三四天了';
    out.check_en_ms = per(() => wasm.check(en), 20, 15);
    out.check_zh_ms = per(() => wasm.check(zh), 20, 15);

    // Retrieval: the same corpus for both engines.
    const texts = queries.map((q) => q.text);
    const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
    const bigrams = (text) => {
      const outT = [];
      for (const run of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (!run) continue;
        if (!cjk.test(run)) { outT.push(run); continue; }
        // Latin words inside the run, and bigrams of its Chinese characters.
        for (const part of run.split(/([\u3400-\u9fff\uf900-\ufaff]+)/u)) {
          if (!part) continue;
          if (!cjk.test(part)) { outT.push(part); continue; }
          const cs = [...part];
          if (cs.length === 1) outT.push(part);
          for (let i = 0; i + 1 < cs.length; i++) outT.push(cs[i] + cs[i + 1]);
        }
      }
      return outT;
    };
    const docs = articles.map((a) => ({
      id: a.id,
      // A one-language article has no text in the other language.
      title: `${a.title.en ?? ''} ${a.title['zh-TW'] ?? ''}`,
      question: `${a.question.en ?? ''} ${a.question['zh-TW'] ?? ''}`,
      answer: `${a.answer.en ?? ''} ${a.answer['zh-TW'] ?? ''}`,
    }));
    const fields = ['title', 'question', 'answer'];
    const configs = {
      minisearch_default: { fields },
      minisearch_cjk: { fields, tokenize: bigrams },
      minisearch_cjk_fuzzy: { fields, tokenize: bigrams, searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 } },
    };
    const systems = {
      engine_similar: (q) => JSON.parse(wasm.similar(q, 10)),
      engine_check: (q) => JSON.parse(wasm.check_similar(q)),
      engine_bm25: (q) => JSON.parse(wasm.bm25(q, 10)),
    };
    out.index_ms = {};
    for (const [name, opts] of Object.entries(configs)) {
      t = now();
      const ms = new MiniSearch(opts);
      ms.addAll(docs);
      out.index_ms[name] = now() - t;
      systems[name] = (q) => ms.search(q).slice(0, 10).map((r) => r.id);
    }
    out.systems = {};
    for (const [name, fn] of Object.entries(systems)) {
      const ranked = texts.map((q) => fn(q));
      const ms = per((i) => fn(texts[i % texts.length]), texts.length, 7);
      out.systems[name] = { query_ms: ms, ranked };
    }
    // As shipped: each query against the articles of its own language only (the widget loads
    // articles.<lang>.json), for the engine and for MiniSearch + bigrams alike.
    if (oneLanguage) {
      const shipped = { engine_check_one_language: (q) => JSON.parse(wasm.check_similar(q)), minisearch_cjk_one_language: null };
      for (const name of Object.keys(shipped)) out.systems[name] = { query_ms: 0, ranked: [] };
      for (const [lang, { docs: arts }] of Object.entries(oneLanguage)) {
        wasm.use_bundled_with_articles(oneLanguage[lang].json);
        const ms = new MiniSearch(configs.minisearch_cjk);
        ms.addAll(arts.map((a) => ({ id: a.id, title: a.title[lang], question: a.question[lang], answer: a.answer[lang] })));
        shipped.minisearch_cjk_one_language = (q) => ms.search(q).slice(0, 10).map((r) => r.id);
        const idx = queries.map((q, i) => (q.lang === lang ? i : -1)).filter((i) => i >= 0);
        for (const [name, fn] of Object.entries(shipped)) {
          for (const i of idx) out.systems[name].ranked[i] = fn(texts[i]);
          const t1 = per((k) => fn(texts[idx[k % idx.length]]), idx.length, 7);
          out.systems[name].query_ms += (t1 * idx.length) / texts.length;
        }
      }
    }
    return out;
  }, {
    pkgUrl: `/${rel(pkg)}/symptom_bench_wasm.js`,
    msUrl: '/node_modules/minisearch/dist/es/index.js',
    articles: kb.articles,
    queries: usable,
    kbText,
    oneLanguage,
  });
  await context.close();

  result.engine = {
    first_init_ms: r2(res.first_init_ms), load_ms: r2(res.load_ms),
    check_en_ms: Math.round(res.check_en_ms * 1000) / 1000, check_zh_ms: Math.round(res.check_zh_ms * 1000) / 1000,
  };
  console.log(`engine in wasm: KB load ${result.engine.load_ms} ms (first init with indexes ${result.engine.first_init_ms} ms), check en ${result.engine.check_en_ms} ms, zh ${result.engine.check_zh_ms} ms`);

  // Quality: recall@3 = share of an query's relevant articles in the top 3; MRR over the top 10.
  const score = (ranked) => {
    let recall = 0;
    let mrr = 0;
    const per = { en: { recall: 0, mrr: 0, n: 0 }, 'zh-TW': { recall: 0, mrr: 0, n: 0 } };
    usable.forEach((q, i) => {
      const top = ranked[i] || [];
      const rel3 = top.slice(0, 3).filter((id) => q.relevant.includes(id)).length / Math.min(3, q.relevant.length);
      const first = top.findIndex((id) => q.relevant.includes(id));
      const rr = first >= 0 ? 1 / (first + 1) : 0;
      recall += rel3;
      mrr += rr;
      const p = per[q.lang];
      if (p) { p.recall += rel3; p.mrr += rr; p.n += 1; }
    });
    const f = (x, n) => Math.round((x / Math.max(n, 1)) * 1000) / 1000;
    return {
      recall_at_3: f(recall, usable.length), mrr: f(mrr, usable.length),
      en: { recall_at_3: f(per.en.recall, per.en.n), mrr: f(per.en.mrr, per.en.n) },
      zh: { recall_at_3: f(per['zh-TW'].recall, per['zh-TW'].n), mrr: f(per['zh-TW'].mrr, per['zh-TW'].n) },
    };
  };
  result.kb = { file: path.relative(root, kbFile), id: kb.meta?.id, version: kb.meta?.version, findings: kb.findings.length, conditions: kb.conditions.length, articles: kb.articles.length };
  result.retrieval = {
    queries: usable.length, queries_en: usable.filter((q) => q.lang === 'en').length,
    queries_zh: usable.filter((q) => q.lang === 'zh-TW').length, articles: kb.articles.length,
    dropped_queries: queries.length - usable.length, index_ms: Object.fromEntries(Object.entries(res.index_ms).map(([k, v]) => [k, r2(v)])),
    systems: {},
  };
  for (const [name, s] of Object.entries(res.systems)) {
    result.retrieval.systems[name] = { query_ms: Math.round(s.query_ms * 10000) / 10000, ...score(s.ranked) };
  }
  // Recall@3 here divides by min(3, relevant), so a query with more than three relevant
  // articles is fully recalled by any three of them.
  const base = result.retrieval.systems.minisearch_cjk;
  console.log(`retrieval over ${kb.articles.length} articles, ${usable.length} labelled queries (${result.retrieval.queries_en} en, ${result.retrieval.queries_zh} zh-TW):`);
  for (const [name, s] of Object.entries(result.retrieval.systems)) {
    console.log(`  ${name.padEnd(22)} ${String(s.query_ms).padStart(8)} ms/query (${r2(s.query_ms / base.query_ms)}x minisearch_cjk)  recall@3 ${s.recall_at_3}  MRR ${s.mrr}  [en ${s.en.recall_at_3}/${s.en.mrr}, zh ${s.zh.recall_at_3}/${s.zh.mrr}]`);
  }
} catch (e) {
  if (!(e instanceof StartupOnly)) throw e;
} finally {
  await browser.close();
  server.close();
}
if (STARTUP_ONLY && !process.argv.includes('--out')) process.exit(0);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
console.log(`wrote ${path.relative(root, out)}`);
