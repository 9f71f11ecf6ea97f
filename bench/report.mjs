// Writes the numbers of one scripts/bench.sh run into docs/performance.md (between its
// <!-- bench:NAME --> ... <!-- /bench:NAME --> markers) and draws docs/img/scaling.svg.
// Reads target/criterion/**/new/estimates.json (cargo bench --bench engine), and
// target/bench/{scaling,size,browser}.json (the scaling bench, scripts/size-budget.mjs,
// bench/browser.mjs). Missing inputs leave their section as it was.
// usage: node bench/report.mjs [--print]   (--print: print the sections, do not write files)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const print = process.argv.includes('--print');
const read = (p) => {
  try { return JSON.parse(fs.readFileSync(path.join(root, p), 'utf8')); } catch { return null; }
};
const f = (x, d = 2) => (x == null || Number.isNaN(x) ? 'n/a' : Number(x).toFixed(d));
const kb = (n) => (n / 1000).toFixed(1);
const sections = {};

// ---- native (criterion) -----------------------------------------------------------------------
const crit = (id) => {
  // Criterion keeps a benchmark named `group/name` under group/name, and a plain name that
  // contains a slash (`load/bundled_kb` from bench_function) under load_bundled_kb.
  const e = read(`target/criterion/${id}/new/estimates.json`) || read(`target/criterion/${id.replaceAll('/', '_')}/new/estimates.json`);
  return e ? e.median.point_estimate : null; // ns
};
const native = [
  ['check/en', 'full check, typical English message'],
  ['check/zh', 'full check, typical Chinese message'],
  ['interview_step', 'one interview step (the English message + one answer)'],
  ['similar/en', 'similar-question retrieval alone, English'],
  ['similar/zh', 'similar-question retrieval alone, Chinese'],
  ['load/bundled_kb', 'KB load: `Engine::from_json(BUNDLED_KB)`'],
].map(([id, what]) => ({ id, what, ns: crit(id) }));
if (native.some((r) => r.ns != null)) {
  const t = (ns) => (ns == null ? 'n/a' : ns >= 1e6 ? `${f(ns / 1e6)} ms` : `${f(ns / 1e3, 1)} µs`);
  sections.native = [
    '| benchmark | what | median |', '|---|---|---:|',
    ...native.map((r) => `| \`${r.id}\` | ${r.what} | ${t(r.ns)} |`),
  ].join('\n');
}

// ---- scaling --------------------------------------------------------------------------------
// Scales too slow for scripts/bench.sh (100x) may be measured alone with
// `SCALES=100 BENCH_OUT=/tmp/s cargo bench -p symptom-engine --bench scaling` and copied to
// target/bench/scaling-100.json; they are added, marked as a separate run.
const scaling = read('target/bench/scaling.json');
const extra = (read('target/bench/scaling-100.json') || []).filter((r) => !scaling?.some((q) => q.scale === r.scale));
if (scaling) for (const r of extra) scaling.push({ ...r, separate: true });
if (scaling && scaling.length) {
  const b = scaling[0];
  sections.scaling = [
    '| scale | KB JSON | findings | conditions | articles | load | × 1× | retained memory | peak while loading | check en | check zh | × 1× (en) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...scaling.map((r) => `| ${r.scale}×${r.separate ? ' (separate run)' : ''} | ${f(r.kb_bytes / 1e6, 2)} MB | ${r.findings} | ${r.conditions} | ${r.articles} | ${r.load_ms >= 1000 ? `${f(r.load_ms / 1000, 1)} s` : `${f(r.load_ms, 1)} ms`} | ${f(r.load_ms / b.load_ms, 1)} | ${f(r.retained_mb, 1)} MB | ${f(r.peak_mb, 1)} MB | ${f(r.check_en_us, 0)} µs | ${f(r.check_zh_us, 0)} µs | ${f(r.check_en_us / b.check_en_us, 1)} |`),
  ].join('\n');
  if (extra.length) sections.scaling += '\n\nRows marked *separate run* were measured alone (the same binary and base KB), so their ratios are against the 1× of the table\'s main run.';
  if (!print) fs.writeFileSync(path.join(root, 'docs/img/scaling.svg'), chart(scaling));
}

// A log-log chart of each measure relative to its 1× value, with the linear reference y = x.
function chart(rows) {
  const W = 640; const H = 400; const L = 64; const R = 170; const T = 36; const B = 52;
  const series = [
    { key: 'load_ms', name: 'load time', color: '#c0392b' },
    { key: 'retained_mb', name: 'memory (retained)', color: '#8e44ad' },
    { key: 'check_en_us', name: 'check, English', color: '#2471a3' },
    { key: 'check_zh_us', name: 'check, Chinese', color: '#17a589' },
  ];
  const base = rows[0];
  const xs = rows.map((r) => r.scale);
  const pts = series.map((s) => rows.map((r) => ({ x: r.scale / base.scale, y: r[s.key] / base[s.key] })));
  const all = pts.flat().map((p) => p.y).concat(xs.map((x) => x / base.scale));
  const xMax = Math.max(...xs) / base.scale;
  const yMin = Math.min(1, ...all.filter((y) => y > 0));
  const yMax = Math.max(...all);
  const lx0 = 0; const lx1 = Math.log10(Math.max(xMax, 10));
  const ly0 = Math.floor(Math.log10(yMin)); const ly1 = Math.max(Math.ceil(Math.log10(yMax)), 1);
  const X = (x) => L + ((Math.log10(x) - lx0) / (lx1 - lx0)) * (W - L - R);
  const Y = (y) => T + (1 - (Math.log10(y) - ly0) / (ly1 - ly0)) * (H - T - B);
  const o = [];
  o.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`);
  o.push('<title>Scaling: load time, memory and check latency relative to the shipped KB (log-log)</title>');
  o.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  o.push(`<text x="${L}" y="20" font-size="14" font-weight="bold">Growth with KB size, relative to 1× (log-log)</text>`);
  for (let e = ly0; e <= ly1; e++) {
    const y = Y(10 ** e);
    o.push(`<line x1="${L}" y1="${y.toFixed(1)}" x2="${W - R}" y2="${y.toFixed(1)}" stroke="#ddd"/>`);
    o.push(`<text x="${L - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end">${10 ** e >= 1 ? `${10 ** e}×` : `${10 ** e}×`}</text>`);
  }
  for (let e = 0; e <= lx1; e++) {
    const x = X(10 ** e);
    o.push(`<line x1="${x.toFixed(1)}" y1="${T}" x2="${x.toFixed(1)}" y2="${H - B}" stroke="#ddd"/>`);
    o.push(`<text x="${x.toFixed(1)}" y="${H - B + 16}" text-anchor="middle">${10 ** e}×</text>`);
  }
  o.push(`<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">KB size (findings, conditions, articles) relative to the shipped KB</text>`);
  o.push(`<text transform="translate(16 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">relative to 1×</text>`);
  o.push(`<line x1="${X(1).toFixed(1)}" y1="${Y(1).toFixed(1)}" x2="${X(xMax).toFixed(1)}" y2="${Y(xMax).toFixed(1)}" stroke="#777" stroke-dasharray="5 4"/>`);
  o.push(`<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="none" stroke="#999"/>`);
  series.forEach((s, i) => {
    const p = pts[i].filter((q) => q.y > 0);
    o.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${p.map((q) => `${X(q.x).toFixed(1)},${Y(q.y).toFixed(1)}`).join(' ')}"/>`);
    for (const q of p) o.push(`<circle cx="${X(q.x).toFixed(1)}" cy="${Y(q.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const ly = T + 14 + i * 20;
    o.push(`<line x1="${W - R + 12}" y1="${ly - 4}" x2="${W - R + 32}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"/>`);
    o.push(`<text x="${W - R + 38}" y="${ly}">${s.name}</text>`);
  });
  const ly = T + 14 + series.length * 20;
  o.push(`<line x1="${W - R + 12}" y1="${ly - 4}" x2="${W - R + 32}" y2="${ly - 4}" stroke="#777" stroke-dasharray="5 4"/>`);
  o.push(`<text x="${W - R + 38}" y="${ly}">linear (y = x)</text>`);
  o.push('</svg>');
  return o.join('\n') + '\n';
}

// ---- transfer size --------------------------------------------------------------------------
const size = read('target/bench/size.json');
if (size) {
  const rows = size.files.map((x) => `| \`${x.file.replace(/-[0-9a-f]{12,16}/, '-HASH')}\` | ${kb(x.raw)} | ${kb(x.gzip)} | ${kb(x.brotli)} |`);
  sections.size = [
    '| file (the page loads) | raw KB | gzip KB | brotli KB |', '|---|---:|---:|---:|', ...rows,
    `| **page total** | **${kb(size.total.raw)}** | **${kb(size.total.gzip)}** | **${kb(size.total.brotli)}** |`,
    ...(size.total.gzip_9 ? [`| page total with zlib \`gzip -9\` instead of the shipped Zopfli \`.gz\` | | ${kb(size.total.gzip_9)} | |`] : []),
    ...(size.by_lang || []).slice(1).map((l) => `| page in ${l.lang} (its \`kb\` and \`articles\` files instead) | ${kb(l.total.raw)} | ${kb(l.total.gzip)} | ${kb(l.total.brotli)} |`),
    ...size.others.filter((x) => /^(kb|articles)\./.test(x.file)).map((x) => `| \`${x.file}\` (loaded only on a switch of language, or \`kb\` for a message in that language) | ${kb(x.raw)} | ${kb(x.gzip)} | ${kb(x.brotli)} |`),
    `| KB \`kb/neuro.json\` source file | ${kb(size.kb.raw)} | ${kb(size.kb.gzip)} | ${kb(size.kb.brotli)} |`,
    `| KB in both languages, no whitespace, no articles (for comparison: what the .wasm carried before) | ${kb(size.kb.minified.raw)} | ${kb(size.kb.minified.gzip)} | ${kb(size.kb.minified.brotli)} |`,
    ...(size.kb.in_wasm ? ['| **the KB texts were found inside the .wasm as well** | | | |'] : []),
    '',
    `Budget: ${kb(size.budget)} KB gzipped for the page: **${size.ok ? 'within budget' : 'over budget'}** (${f((size.total.gzip / size.budget) * 100, 0)}% used).`,
  ].join('\n');
  const sec = size.where.sections.filter((s) => s.raw > 500);
  const cr = size.where.crates;
  sections.where = [
    '| part of the page | gzip KB (alone) | raw KB |', '|---|---:|---:|',
    ...sec.map((s) => `| .wasm section \`${s.name}\` | ${kb(s.gzip)} | ${kb(s.raw)} |`),
    ...cr.map((c) => `| code: ${c.group} (${(c.share * 100).toFixed(1)}% of code) | ≈${kb(c.est_gzip)} | ≈${kb(c.est_raw)} |`),
    ...Object.entries(size.byKind).filter(([k]) => k !== 'wasm').map(([k, v]) => `| ${k} files | ${kb(v.gzip)} | ${kb(v.raw)} |`),
  ].join('\n');
}

// ---- browser --------------------------------------------------------------------------------
const br = read('target/bench/browser.json');
if (br && br.startup && br.startup.app_ms) {
  const s = br.startup;
  sections.startup = [
    `| median of ${br.runs} navigations (${br.chromium}) | ms |`, '|---|---:|',
    `| release page: navigation start → widget interactive (\`${br.selector}\` exists and takes focus) | ${f(s.app_ms, 1)} |`,
    `| floor: navigation start → same .wasm compiled and instantiated + same KB \`JSON.parse\`d | ${f(s.floor_ms, 1)} |`,
    `| **ratio** | **${f(s.ratio)}×** |`,
    ...(s.floor_ui_ms != null
      ? [
        `| floor with the start step: the floor's work on a page that also shows the widget's start step as static HTML with its stylesheet (no widget code runs) | ${f(s.floor_ui_ms, 1)} |`,
        `| … ÷ floor (what the first screen alone costs; the least any page showing it reaches) / page ÷ it | ${f(s.floor_ui_ratio)}× / ${f(s.app_vs_floor_ui)}× |`,
      ]
      : []),
    `| (.wasm downloaded: page / floor) | ${f(s.app_wasm_loaded_ms, 1)} / ${f(s.floor_wasm_loaded_ms, 1)} |`,
    ...(s.app_instantiated_ms != null
      ? [`| (.wasm instantiated: page / floor; the page's time after it is the widget's run, render and first layout) | ${f(s.app_instantiated_ms, 1)} / ${f(s.floor_instantiated_ms, 1)} |`]
      : []),
    ...(s.longest_task_after_interactive_ms != null
      ? [`| longest main-thread task in the 1.5 s after the widget is interactive (index warm-up; 0 = none over 50 ms) | ${f(s.longest_task_after_interactive_ms, 0)} |`]
      : []),
  ].join('\n');
}
const tr = read('target/bench/startup-trace.json');
if (tr && tr.first_task_ms != null) {
  sections['startup-trace'] = [
    `| traced, median of ${tr.runs} navigations (tracing slows the page: for the split only) | |`, '|---|---:|',
    `| the widget's first task (one call into the .wasm: read the KB, compile the engine, render the start step) | ${f(tr.first_task_ms, 1)} ms |`,
    `| … of which V8's lazy compilation of .wasm functions on their first call (\`wasm.CompileLazy\`) | ${f(tr.lazy_compile_ms, 1)} ms |`,
    `| functions compiled so / in the .wasm | ${tr.lazy_functions} / ${tr.functions} |`,
    `| their code / all code of the .wasm | ${f(tr.lazy_bytes / 1000, 1)} KB / ${f(tr.code_bytes / 1000, 1)} KB |`,
    `| the first style recalculation and layout after that task (the start step) | ${f(tr.first_style_ms, 1)} + ${f(tr.first_layout_ms, 1)} ms |`,
  ].join('\n');
}
if (br && br.engine && br.engine.check_en_ms != null) {
  const e = br.engine;
  sections['browser-engine'] = [
    '| in Chromium, engine compiled to wasm (`bench/wasm`, release profile) | ms |', '|---|---:|',
    `| full check, typical English message | ${f(e.check_en_ms, 3)} |`,
    `| full check, typical Chinese message | ${f(e.check_zh_ms, 3)} |`,
    `| KB load (\`Engine::from_json\`) | ${f(e.load_ms, 1)} |`,
    `| first use: KB load + the benchmark's own retrieval indexes | ${f(e.first_init_ms, 1)} |`,
  ].join('\n');
}
if (br && br.retrieval && br.retrieval.systems) {
  const r = br.retrieval;
  const base = r.systems.minisearch_cjk?.query_ms;
  const label = {
    engine_check: 'engine: similar questions of a full check',
    engine_similar: 'engine: retrieval alone (BM25 + shared findings, no inference)',
    engine_bm25: 'engine: BM25 alone',
    minisearch_default: 'MiniSearch, default options',
    minisearch_cjk: 'MiniSearch + Chinese bigram tokenizer',
    minisearch_cjk_fuzzy: 'MiniSearch + bigrams, prefix, fuzzy 0.2, title boost 2',
    engine_check_one_language: "engine: similar questions of a full check, each query against its language's articles only (what the widget shows)",
    minisearch_cjk_one_language: "MiniSearch + bigrams, each query against its language's articles only",
  };
  sections.retrieval = [
    `${r.queries} labelled queries (${r.queries_en} English, ${r.queries_zh} Chinese) over ${r.articles} articles.`,
    '',
    '| system | ms / query | vs MiniSearch + bigrams | recall@3 | MRR | en recall@3 / MRR | zh recall@3 / MRR |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(r.systems).map(([k, s]) => `| ${label[k] || k} | ${f(s.query_ms, 3)} | ${base ? `${f(s.query_ms / base)}×` : ''} | ${f(s.recall_at_3, 3)} | ${f(s.mrr, 3)} | ${f(s.en.recall_at_3, 3)} / ${f(s.en.mrr, 3)} | ${f(s.zh.recall_at_3, 3)} / ${f(s.zh.mrr, 3)} |`),
    '',
    `MiniSearch index build: ${Object.entries(r.index_ms).map(([k, v]) => `${k} ${f(v, 1)} ms`).join(', ')}.`,
  ].join('\n');
}

// ---- summary --------------------------------------------------------------------------------
{
  const rows = [];
  const yes = (ok) => (ok ? '✅' : '❌');
  if (size) rows.push(`| transfer: whole page gzipped (shipped \`.gz\`), in its larger language, with that language's KB and screen files (the `-more` files and the articles load once Start is pressed) | ≤ ${kb(size.budget)} KB | ${yes(size.ok)} ${kb(size.total.gzip)} KB (brotli ${kb(size.total.brotli)} KB) |`);
  if (br?.startup?.ratio) rows.push(`| start-up: page interactive ÷ floor (wasm instantiate + KB JSON.parse), median of ${br.runs} | ≤ 1.5× | ${yes(br.startup.ratio <= 1.5)} ${f(br.startup.ratio)}× (${f(br.startup.app_ms, 0)} ms vs ${f(br.startup.floor_ms, 0)} ms)${br.startup.floor_ui_ratio != null ? `; the start step alone as static HTML: ${f(br.startup.floor_ui_ratio)}×` : ''} |`);
  const ce = native.find((r) => r.id === 'check/en')?.ns;
  const cz = native.find((r) => r.id === 'check/zh')?.ns;
  if (ce != null) rows.push(`| full check, native | < 1 ms | ${yes(Math.max(ce, cz ?? 0) < 1e6)} en ${f(ce / 1e3, 0)} µs, zh ${f(cz / 1e3, 0)} µs |`);
  if (br?.engine?.check_en_ms != null) rows.push(`| full check, in Chromium (wasm) | < 5 ms | ${yes(Math.max(br.engine.check_en_ms, br.engine.check_zh_ms) < 5)} en ${f(br.engine.check_en_ms, 2)} ms, zh ${f(br.engine.check_zh_ms, 2)} ms |`);
  if (scaling && scaling.length > 1) {
    const a = scaling[0];
    const z = scaling[scaling.length - 1];
    const k = z.scale / a.scale;
    const load = z.load_ms / a.load_ms;
    const chk = z.check_en_us / a.check_en_us;
    rows.push(`| scaling ${a.scale}× → ${z.scale}×: load about linear | ≈ ${k}× | ${yes(load <= 2 * k)} ${f(load, 1)}× |`);
    rows.push(`| scaling ${a.scale}× → ${z.scale}×: check sub-linear | < ${k}× | ${yes(chk < k)} ${f(chk, 1)}× (zh ${f(z.check_zh_us / a.check_zh_us, 1)}×) |`);
  }
  const sys = br?.retrieval?.systems;
  if (sys?.engine_check && sys?.minisearch_cjk) {
    const e = sys.engine_check; const m = sys.minisearch_cjk; const e2 = sys.engine_similar;
    rows.push(`| similar questions vs MiniSearch (+ bigrams): quality, both languages' articles | ≥ | ${yes(e.recall_at_3 >= m.recall_at_3 && e.mrr >= m.mrr)} recall@3 ${f(e.recall_at_3, 3)} vs ${f(m.recall_at_3, 3)}, MRR ${f(e.mrr, 3)} vs ${f(m.mrr, 3)} |`);
    const e1 = sys.engine_check_one_language; const m1 = sys.minisearch_cjk_one_language;
    if (e1 && m1) rows.push(`| similar questions vs MiniSearch (+ bigrams): quality, the query's language's articles (as shipped) | ≥ | ${yes(e1.recall_at_3 >= m1.recall_at_3 && e1.mrr >= m1.mrr)} recall@3 ${f(e1.recall_at_3, 3)} vs ${f(m1.recall_at_3, 3)}, MRR ${f(e1.mrr, 3)} vs ${f(m1.mrr, 3)} |`);
    rows.push(`| similar questions vs MiniSearch (+ bigrams): time per query | faster | ${yes(e2.query_ms < m.query_ms)} ${f(e2.query_ms / m.query_ms)}× (retrieval alone), ${f(sys.engine_bm25.query_ms / m.query_ms)}× (BM25 alone) |`);
  }
  const k = br?.kb;
  const about = k ? [`Measured with the KB \`${k.file}\` (${k.id} ${k.version}: ${k.findings} findings, ${k.conditions} conditions, ${k.articles} articles) on ${new Date().toISOString().slice(0, 10)}.`, ''] : [];
  if (rows.length) sections.summary = [...about, '| what | target | result |', '|---|---|---|', ...rows].join('\n');
}

// ---- the widget at scale (bench/scale.mjs) ---------------------------------------------------
const sc = read('target/bench/scale.json');
if (sc?.['1x'] && sc?.['100x']) {
  const a = sc['1x']; const z = sc['100x'];
  const rows = [
    '| case | small | large | × small |',
    '|---|---:|---:|---:|',
    `| typing, per character, median (clinic KB 1× ${a.kb_mb} MB vs 100× ${z.kb_mb} MB) | ${f(a.median_ms, 1)} ms | ${f(z.median_ms, 1)} ms | ${f(sc.ratio.median, 1)} |`,
    `| typing, per character, 95th percentile | ${f(a.p95_ms, 1)} ms | ${f(z.p95_ms, 1)} ms | ${f(sc.ratio.p95, 1)} |`,
    `| typing, slowest character | ${f(a.max_ms, 1)} ms | ${f(z.max_ms, 1)} ms | ${f(z.max_ms / a.max_ms, 1)} |`,
  ];
  const d = sc.diary;
  if (d?.[10] && d?.[10000]) {
    rows.push(`| diary, page to first step (10 vs 10,000 episodes) | ${d[10].ready_ms} ms | ${d[10000].ready_ms} ms | ${f(d.ratio.ready, 1)} |`);
    rows.push(`| diary, open to its list (${d[10000].listed} listed) | ${f(d[10].open_ms, 1)} ms | ${f(d[10000].open_ms, 1)} ms | ${f(d.ratio.open, 1)} |`);
  }
  sections['widget-scale'] = rows.join('\n');
}

// ---- write ----------------------------------------------------------------------------------
const doc = path.join(root, 'docs/performance.md');
let text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '';
for (const [name, body] of Object.entries(sections)) {
  if (print) { console.log(`--- ${name}\n${body}\n`); continue; }
  const re = new RegExp(`(<!-- bench:${name} -->)[\\s\\S]*?(<!-- /bench:${name} -->)`);
  if (re.test(text)) text = text.replace(re, (_, a, b) => `${a}\n${body}\n${b}`);
  else console.warn(`report: docs/performance.md has no <!-- bench:${name} --> block`);
}
if (!print) {
  fs.writeFileSync(doc, text);
  console.log(`updated docs/performance.md (${Object.keys(sections).join(', ')})${scaling ? ' and docs/img/scaling.svg' : ''}`);
}
