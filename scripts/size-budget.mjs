// Transfer-size budget of the release page, read from dist/ after `trunk build --release --offline`
// (and scripts/postbuild.mjs). Prints the raw, gzip and brotli (q11) size of every file the
// page loads (gzip: the shipped Zopfli FILE.gz, else zlib -9), with the bundled KB as the page
// loads it (kb.<lang>.json and screen.<lang>.json, one language; the larger language's page is
// the page total; the `-more` files and the Q&A articles are listed apart: the widget loads
// them once the patient presses Start), the KB's source size, and a breakdown of the .wasm by
// section and by crate ("where the bytes go"). Exits 1 when the page is above the budget: SIZE_BUDGET_KB (default
// 350) kilobytes (1 KB = 1000 bytes) gzipped.
// usage: node scripts/size-budget.mjs [dist] [--json FILE] [--quiet]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { functionBodies, functionNames, sections } from './wasm-module.mjs';
import { embeddedKb } from './kb-text.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const jsonOut = flag('json');
const quiet = args.includes('--quiet');
const dist = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(root, 'dist'));
const BUDGET = Number(process.env.SIZE_BUDGET_KB || 350) * 1000;

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const br = (buf) => zlib.brotliCompressSync(buf, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
}).length;
const kb = (n) => (n / 1000).toFixed(1);
const log = (...a) => { if (!quiet) console.log(...a); };

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`size-budget: no ${dist}/index.html; run trunk build --release --offline first`);
  process.exit(1);
}

// The bundled KB comes in one file per language and kind (kb, screen, kb-more, screen-more,
// articles; each .<lang>.json): a patient loads one language's, the other's only on a switch
// of language. The page needs `kb` and `screen` before it starts; the rest comes once the
// patient presses Start, so it is not counted in the page.
const langFile = (n) => /^(kb|screen|kb-more|screen-more|articles)\.([\w-]+)\.json$/.exec(n);
const pageLangFile = (n) => /^(kb|screen)\./.test(n);
// The page: index.html and every dist file it names, and the files those name, transitively.
const names = fs.readdirSync(dist).filter((f) => fs.statSync(path.join(dist, f)).isFile() && !/\.(gz|br)$/.test(f));
const page = ['index.html'];
for (let i = 0; i < page.length; i++) {
  if (!/\.(html|js|css|mjs)$/.test(page[i])) continue;
  const text = fs.readFileSync(path.join(dist, page[i]), 'utf8');
  for (const n of names) if (!page.includes(n) && !langFile(n) && text.includes(n)) page.push(n);
}
const kind = (f) => (f.endsWith('.wasm') ? 'wasm' : f.endsWith('.js') ? 'js' : f.endsWith('.css') ? 'css' : f.endsWith('.html') ? 'html' : langFile(f)?.[1] ?? 'other');
// A file's gzip size is that of its precompressed copy FILE.gz (Zopfli, scripts/postbuild.mjs)
// when there is one, checked to unpack to the file itself; gzip_9 is zlib's level 9, for comparison.
const shipped = (f, buf, ext, unpack) => {
  const p = path.join(dist, `${f}.${ext}`);
  if (!fs.existsSync(p)) return null;
  const packed = fs.readFileSync(p);
  if (!unpack(packed).equals(buf)) {
    console.error(`size-budget: ${f}.${ext} does not unpack to ${f}; rebuild dist/`);
    process.exit(1);
  }
  return packed.length;
};
const measure = (f) => {
  const buf = fs.readFileSync(path.join(dist, f));
  const gzip9 = gz(buf);
  const gzip = Math.min(gzip9, shipped(f, buf, 'gz', zlib.gunzipSync) ?? gzip9);
  const brotli = shipped(f, buf, 'br', zlib.brotliDecompressSync) ?? br(buf);
  return { file: f, kind: kind(f), raw: buf.length, gzip, gzip_9: gzip9, brotli };
};
const sum = (fs_) => fs_.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, gzip_9: t.gzip_9 + f.gzip_9, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, gzip_9: 0, brotli: 0 });
const common = page.map(measure);
const langs = [...new Set(names.map((n) => langFile(n)?.[2]).filter(Boolean))].sort();
const byLang = langs.map((lang) => {
  const own = names.filter((n) => langFile(n)?.[2] === lang && pageLangFile(n)).sort().map(measure);
  return { lang, files: own, total: sum([...common, ...own]) };
}).sort((a, b) => b.total.gzip - a.total.gzip);
// The page total: the language whose page is larger.
const files = [...common, ...(byLang[0]?.files ?? [])];
const others = names.filter((n) => !files.some((f) => f.file === n)).map(measure);
const total = sum(files);
const byKind = {};
for (const f of files) {
  const k = (byKind[f.kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  k.raw += f.raw; k.gzip += f.gzip; k.brotli += f.brotli;
}

// The KB: its source size, and that it is no longer inside the .wasm.
const kbBuf = fs.readFileSync(path.join(root, 'kb/neuro.json'));
const kbMin = Buffer.from(embeddedKb(kbBuf.toString('utf8')));
const kbInfo = { raw: kbBuf.length, gzip: gz(kbBuf), brotli: br(kbBuf), minified: { raw: kbMin.length, gzip: gz(kbMin), brotli: br(kbMin) } };
const wasmFile = files.find((f) => f.kind === 'wasm');
let wasmBuf = null;
if (wasmFile) {
  wasmBuf = fs.readFileSync(path.join(dist, wasmFile.file));
  // A KB compiled into the .wasm again would be counted twice: say so.
  kbInfo.in_wasm = wasmBuf.includes(Buffer.from(JSON.stringify(JSON.parse(kbMin.toString()).meta.disclaimer.en)));
}

// Where the bytes go: the .wasm's sections, and its code by crate.
// Function body sizes by crate, from a wasm that still has its name section (the wasm-bindgen
// output before wasm-opt: target/wasm-bindgen/release/). Shares apply to the optimised code.
function crates(buf) {
  const fnNames = functionNames(buf);
  const { codeSize, bodies: fns } = functionBodies(buf);
  if (!codeSize || !fnNames.size) return null;
  const bodies = new Map();
  for (const [index, body] of fns) {
    const crate = crateOf(fnNames.get(index) || '?');
    const e = bodies.get(crate) || { bytes: 0, parts: [] };
    e.bytes += body.length;
    e.parts.push(body);
    bodies.set(crate, e);
  }
  return { total: codeSize, bodies };
}
function crateOf(name) {
  // v0-mangled names carry the crate's hash: `core[c5930c85a12de822]::fmt::write`.
  const n = name.replace(/\[[0-9a-f]{8,}\]/g, '').replace(/^[<&\s]+/, '').replace(/^(mut |dyn |impl )/, '').replace(/^[<&\s]+/, '');
  const m = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(n);
  return m ? m[1] : '(other)';
}

const where = { sections: [], crates: [] };
if (wasmBuf) {
  for (const s of sections(wasmBuf)) where.sections.push({ name: s.name, raw: s.size, gzip: gz(s.body) });
  const pre = path.join(root, 'target/wasm-bindgen/release/symptom-checker_bg.wasm');
  const info = fs.existsSync(pre) ? crates(fs.readFileSync(pre)) : null;
  const distCode = where.sections.find((s) => s.name === 'code');
  if (info && distCode) {
    const groups = {
      'symptom_engine (the engine)': ['symptom_engine'],
      'symptom_checker (the widget)': ['symptom_checker'],
      'yew + web-sys + wasm-bindgen (UI runtime)': ['yew', 'web_sys', 'wasm_bindgen', 'js_sys', 'wasm_bindgen_futures', 'gloo', 'gloo_utils', 'gloo_events', 'gloo_timers', 'implicit_clone', 'console_error_panic_hook', 'tracing', 'tracing_core', 'prokio', 'pinned', 'futures', 'futures_util', 'futures_core', 'futures_channel', 'slab', 'indexmap', 'hashbrown', 'bincode', 'anymap2', 'once_cell'],
      'serde + serde_json': ['serde', 'serde_json', 'serde_core', 'itoa', 'ryu', 'zmij', 'memchr'],
      'core + alloc + std (generic code)': ['core', 'alloc', 'std', 'compiler_builtins', 'dlmalloc', '__rustc', 'rustc_demangle'],
    };
    const total = [...info.bodies.values()].reduce((t, e) => t + e.bytes, 0);
    const rows = new Map();
    for (const [crate, e] of info.bodies) {
      const g = Object.entries(groups).find(([, cs]) => cs.includes(crate))?.[0] || 'other crates';
      const r = rows.get(g) || { bytes: 0, crates: new Set() };
      r.bytes += e.bytes;
      r.crates.add(crate);
      rows.set(g, r);
    }
    for (const [group, r] of [...rows].sort((a, b) => b[1].bytes - a[1].bytes)) {
      const share = r.bytes / total;
      where.crates.push({ group, share, est_raw: Math.round(share * distCode.raw), est_gzip: Math.round(share * distCode.gzip), crates: [...r.crates].sort().slice(0, 12) });
    }
  }
}

const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
log(`transfer size of ${path.relative(root, dist) || '.'}/ (1 KB = 1000 bytes)`);
log(`${pad('file', 44)}${num('raw KB', 9)}${num('gzip KB', 9)}${num('br KB', 9)}`);
for (const f of files) log(`${pad(f.file, 44)}${num(kb(f.raw), 9)}${num(kb(f.gzip), 9)}${num(kb(f.brotli), 9)}`);
log(`${pad('page total', 44)}${num(kb(total.raw), 9)}${num(kb(total.gzip), 9)}${num(kb(total.brotli), 9)}`);
if (total.gzip < total.gzip_9) log(`${pad('  (gzip: the shipped .gz files; zlib -9 gives', 44)}${num('', 9)}${num(kb(total.gzip_9), 9)})`);
for (const [k, v] of Object.entries(byKind)) log(`${pad(`  of which ${k}`, 44)}${num(kb(v.raw), 9)}${num(kb(v.gzip), 9)}${num(kb(v.brotli), 9)}`);
for (const l of byLang.slice(1)) log(`${pad(`page in ${l.lang} (its kb and screen files)`, 44)}${num(kb(l.total.raw), 9)}${num(kb(l.total.gzip), 9)}${num(kb(l.total.brotli), 9)}`);
log(`${pad('KB kb/neuro.json (source file)', 44)}${num(kb(kbInfo.raw), 9)}${num(kb(kbInfo.gzip), 9)}${num(kb(kbInfo.brotli), 9)}`);
log(`${pad('KB both languages, no whitespace, no articles', 44)}${num(kb(kbInfo.minified.raw), 9)}${num(kb(kbInfo.minified.gzip), 9)}${num(kb(kbInfo.minified.brotli), 9)}`);
if (kbInfo.in_wasm) log('KB: its texts were found inside the .wasm as well (counted twice)');
if (others.length) {
  log('not loaded by the page (the articles and the -more files, loaded once Start is pressed; the other language, on a switch):');
  for (const f of others) log(`${pad(`  ${f.file}`, 44)}${num(kb(f.raw), 9)}${num(kb(f.gzip), 9)}${num(kb(f.brotli), 9)}`);
}
if (where.sections.length) {
  log('the .wasm by section (gzip of each section alone):');
  for (const s of where.sections.filter((s) => s.raw > 500)) log(`${pad(`  ${s.name}`, 44)}${num(kb(s.raw), 9)}${num(kb(s.gzip), 9)}`);
}
if (where.crates.length) {
  log('the .wasm code section by crate (shares from the pre-wasm-opt names, applied to the shipped code):');
  for (const c of where.crates) log(`${pad(`  ${c.group}`, 44)}${num(kb(c.est_raw), 9)}${num(kb(c.est_gzip), 9)}  ${(c.share * 100).toFixed(1)}%`);
}
const ok = total.gzip <= BUDGET;
const line = `size budget: page ${kb(total.gzip)} KB gzipped (${kb(total.brotli)} KB brotli) of ${kb(BUDGET)} KB: ${ok ? 'ok' : 'OVER BUDGET'}`;
console.log(line);
if (jsonOut) {
  fs.mkdirSync(path.dirname(path.resolve(jsonOut)), { recursive: true });
  fs.writeFileSync(jsonOut, JSON.stringify({ budget: BUDGET, ok, files, others, total, byKind, by_lang: byLang.map(({ lang, total: t }) => ({ lang, total: t })), kb: kbInfo, where }, null, 1) + '\n');
}
process.exit(ok ? 0 : 1);
