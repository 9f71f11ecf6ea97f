// Runs after `trunk build --release --offline` and turns dist/ into the shippable set:
//  1. CSP: moves Trunk's inline start-up script into a hashed file (boot-<hash>.js), so the page
//     needs no inline script under `script-src 'self' 'wasm-unsafe-eval'`.
//  2. embed: writes symptom-checker.js, the custom element <symptom-checker> (stable name, loads
//     the hashed files relative to its own URL, so dist/ can be served from any sub-path).
//  3. offline: writes sw.js, a service worker whose cache list and version come from the hashed
//     file names of this build (no hand-kept list).
//  0. minify: the wasm-bindgen glue and the CSS (esbuild), with their integrity hashes in
//     index.html updated; the scripts written below are minified too.
//  0. the bundled KB, one language per file (the other language's texts and phrases left out):
//     kb.en.json and kb.zh-TW.json, the KB without its Q&A articles, which the widget loads
//     before it starts (index.html preloads the page language's), and articles.en.json and
//     articles.zh-TW.json, which it loads once it is interactive. The .wasm has no KB in it.
//  4. single file: writes symptom-checker.html with the WASM, JS, CSS, KB and articles inlined;
//     it works opened from file:// with no server.
//  5. precompressed: writes FILE.gz (Zopfli: a standard gzip stream, about 6% smaller than
//     gzip -9) and FILE.br (brotli, quality 11) beside every text and .wasm file, for hosts that
//     serve precompressed files (nginx gzip_static / brotli_static, Caddy `precompressed`, ...).
// usage: node scripts/postbuild.mjs [dist]
import { readFileSync, writeFileSync, readdirSync, statSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transformSync } from 'esbuild';
import { LANGS, inLang, embeddedKb } from './kb-text.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] || join(root, 'dist');
// Precompressed copies (step 5) of an earlier run are not assets.
const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile() && !/\.(gz|br)$/.test(f) && !/^(articles|kb|screen|kb-more|screen-more)\./.test(f));
const find = (re) => {
  const f = files.find((n) => re.test(n));
  if (!f) throw new Error(`postbuild: no file matching ${re} in ${dist}`);
  return f;
};
const hash = (buf) => createHash('sha256').update(buf).digest('hex').slice(0, 16);
const sri = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');

const js = find(/^symptom-checker-[0-9a-f]+\.js$/);
// The .wasm is renamed for a hash of its final bytes: Trunk names it before wasm-opt runs, so a
// build that changes only the optimisation flags would ship new bytes under the old name, and a
// cache that keeps files by name would serve the old ones (which the page's integrity check then
// refuses). A no-op when the name is already right (postbuild run twice).
const trunkWasm = find(/^symptom-checker-[0-9a-f]+_bg\.wasm$/);
const wasm = `symptom-checker-${hash(readFileSync(join(dist, trunkWasm)))}_bg.wasm`;
if (wasm !== trunkWasm) {
  renameSync(join(dist, trunkWasm), join(dist, wasm));
  files.splice(files.indexOf(trunkWasm), 1, wasm);
}
const css = find(/^widget-[0-9a-f]+\.css$/);

// 0. Minified glue and CSS. esbuild renames locals and drops whitespace and comments; exports and
// the property names of the glue's import object are kept. Trunk's own minifier cannot parse the
// glue's `export default`, and it also rewrites index.html.
// UTF-8 kept as it is (not \u escapes); scripts are ES modules, so their top-level names are local too.
const minify = (code, loader) => transformSync(code, { loader, minify: true, legalComments: 'none', target: 'es2022', charset: 'utf8', ...(loader === 'js' ? { format: 'esm' } : {}) }).code;
let html = readFileSync(join(dist, 'index.html'), 'utf8').replaceAll(`./${trunkWasm}`, `./${wasm}`);
for (const [file, loader] of [[js, 'js'], [css, 'css']]) {
  const out = minify(readFileSync(join(dist, file), 'utf8'), loader);
  writeFileSync(join(dist, file), out);
  const tag = new RegExp(`(href="\\./${file.replaceAll('.', '\\.')}"[^>]*integrity=")[^"]*"`);
  if (!tag.test(html)) throw new Error(`postbuild: no integrity attribute for ${file} in index.html`);
  html = html.replace(tag, `$1${sri(Buffer.from(out))}"`);
}

// Chromium ignores `integrity` on a preload of the .wasm (a fetch destination) and warns about it
// on every load; the .wasm is checked by nothing else there either, so the attribute goes.
html = html.replace(/(<link rel="preload"[^>]*?) integrity="[^"]*"([^>]*type="application\/wasm")/, '$1$2');

// 0. The bundled KB and its articles, one language per file.
const kbText = readFileSync(join(root, 'kb/neuro.json'), 'utf8');
const core = JSON.parse(embeddedKb(kbText));
// The widget does not show who asked an article's question: its articles files leave it out.
// Article ids are internal (no URL, diary or summary names one): the shipped files number them
// (`a0`, `a1`, ...), in the articles and in the topics that list them, which takes 1.5 KB off the
// gzipped page.
const shortId = new Map((JSON.parse(kbText).articles || []).map((a, i) => [a.id, `a${i.toString(36)}`]));
const kbArticles = (JSON.parse(kbText).articles || []).map(({ asker, ...rest }) => ({ ...rest, id: shortId.get(rest.id) }));
for (const t of core.topics || []) t.articles = (t.articles || []).map((id) => shortId.get(id) ?? id);
// A finding's `attributes` document which modifiers apply to it, for the lint; the engine reads
// only `subject` (a state of the whole person), the one kept.
for (const f of core.findings || []) {
  const kept = (f.attributes || []).filter((a) => a === 'subject');
  if (kept.length) f.attributes = kept; else delete f.attributes;
}
// The load-failure message of the boot script and the custom element (embed/load-failure.js), with
// the bundled KB's emergency number as the fallback.
const loadFailure = readFileSync(join(root, 'embed/load-failure.js'), 'utf8')
  .replaceAll("'__NUMBER__'", JSON.stringify(core.meta.emergency_number));
// A word group's list in a language whose phrases never name the group is never read (the
// matcher expands a group only inside that language's phrases): each file leaves it out.
// The general screen, merged into every KB the engine loads (the bundled one and a clinic's), in
// the same one-language files. Its sources are not shown by the widget: its files leave them out.
const screen = JSON.parse(readFileSync(join(root, 'kb/screen.json'), 'utf8'));
screen.meta.sources = [];
for (const r of screen.red_flags || []) delete r.sources;
// The screen's word groups extend the KB's of the same id once merged, so phrases of either
// file may name a group of the other.
const namedIn = (lang) => {
  const named = new Set();
  for (const kb of [core, screen]) {
    for (const f of kb.findings || []) {
      for (const p of (f.phrases && f.phrases[lang]) || []) for (const m of p.matchAll(/@([\w-]+)/g)) named.add(m[1]);
    }
  }
  return named;
};
const withUsedGroups = (kb, lang) => {
  const named = namedIn(lang);
  for (const g of kb.lexicon || []) if (!named.has(g.id)) delete g[lang];
  return kb;
};
for (const f of screen.findings || []) {
  const kept = (f.attributes || []).filter((a) => a === 'subject');
  if (kept.length) f.attributes = kept; else delete f.attributes;
}
// What the start and describe steps do not need moves to a second file of the same shape,
// `<name>-more.<lang>.json`, which the widget loads once the patient presses Start and the
// engine fills back in (kb::lang_files, kb::screen::provide): of the KB, the questions, the
// causes (the whole list: the start file's is empty and takes the second file's), the findings'
// labels, the red flags' actions and causes and every red flag that is not an emergency (the
// second file's list, in the KB's order, fills the start's by id), the topics and the source
// list; of the screen, every rule that is not an
// emergency (with the findings and word groups only those rules use), the findings' labels,
// and the self-care of every rule. Emptied, not removed: each other list keeps its length and
// each item its place (an emptied text is left out: the engine reads it as empty until the
// second file fills it), so the second file's items land on their own; the screen's other
// rules come as an `extra` part that is added after the first file's.
// The findings' labels (chips, picker) wait for the -more file too; the widget shows no chip
// or checkbox of a finding whose label has not arrived.
// Their body sites (the picker's groups) too: the engine reads a finding without one as `general`.
const labelsOf = (findings) => (findings || []).map((f) => ({ ...('label' in f ? { label: f.label } : {}), ...('site' in f ? { site: f.site } : {}) }));
const withoutLabels = (findings) => (findings || []).map(({ site, label, ...f }) => f);
// Keys at their default are left out of the start files (the engine reads them as the default).
const withoutDefaults = (r) => {
  const { universal, when, ...rest } = r;
  const w = when && Object.fromEntries(Object.entries(when).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
  return { ...rest, ...(universal ? { universal } : {}), ...(when ? { when: w } : {}) };
};
const splitKb = (kb) => {
  const more = {
    meta: { sources: kb.meta.sources },
    topics: kb.topics,
    questions: kb.questions,
    findings: labelsOf(kb.findings),
    // The causes as a whole: the start step shows none, and a message typed before this file
    // arrives is checked on its warning signs alone.
    conditions: kb.conditions || [],
    // Every red flag, in the KB's order: the emergency ones fill the start file's by id, the
    // others come whole (the start keeps only the emergency signs).
    red_flags: (kb.red_flags || []).map((r) => (r.level === 'emergency' ? {
      id: r.id,
      ...('condition' in r ? { condition: r.condition } : {}),
      ...('action' in r ? { action: r.action } : {}),
    } : r)),
  };
  // The red flags' own actions wait too (2.4 KB gzipped): a flag that fires before the file
  // arrives gives the engine's action for its level, as the screen's emergency rules do. The
  // start keeps only the emergency flags: a check before the file arrives is for the banner.
  const page = {
    ...kb,
    meta: { ...kb.meta, sources: [] },
    topics: [],
    questions: [],
    findings: withoutLabels(kb.findings),
    red_flags: (kb.red_flags || []).filter((r) => r.level === 'emergency')
      .map(({ action, condition, ...r }) => withoutDefaults(r)),
  };
  page.conditions = [];
  return [page, more];
};
// The screen's findings that the start needs: those of its emergency rules (and the findings
// they are derived from or ruled out by), and those the bundled KB names.
const whenIds = (r) => ['all', 'any', 'none'].flatMap((k) => (r.when && r.when[k]) || []);
// Moves to `more` (item by item) the phrases of the start `page`'s findings that none of
// `flags` names, nor any finding they are derived from or give way to: a check before the
// -more file arrives reads warning signs only.
const phrasesLater = (page, more, flags) => {
  const byId = new Map(page.findings.map((f) => [f.id, f]));
  const need = new Set(flags.flatMap(whenIds));
  const todo = [...need];
  while (todo.length) {
    const f = byId.get(todo.pop());
    for (const id of [...((f && f.derived && f.derived.all_of) || []), ...((f && f.derived && f.derived.told_before) || []), ...((f && f.not_with) || [])]) {
      if (!need.has(id)) { need.add(id); todo.push(id); }
    }
  }
  page.findings.forEach((f, i) => {
    if (need.has(f.id) || !f.phrases) return;
    more.findings[i].phrases = f.phrases;
    delete f.phrases;
  });
  return [page, more];
};
const startFindings = (() => {
  const byId = new Map((screen.findings || []).map((f) => [f.id, f]));
  const need = new Set((screen.red_flags || []).filter((r) => r.level === 'emergency').flatMap(whenIds));
  // Every finding the KB names (a clinic KB that is the bundled one is validated against the
  // start's screen): evidence, escalations, red flags, derivations, findings it gives way to
  // and questions.
  for (const c of core.conditions || []) for (const e of c.evidence || []) need.add(e.finding);
  for (const c of core.conditions || []) for (const e of c.escalation || []) if (e.when && e.when.finding) need.add(e.when.finding);
  for (const r of core.red_flags || []) for (const id of whenIds(r)) need.add(id);
  for (const f of core.findings || []) {
    need.add(f.id);
    for (const id of [...((f.derived && f.derived.all_of) || []), ...((f.derived && f.derived.told_before) || []), ...(f.not_with || [])]) need.add(id);
  }
  for (const q of core.questions || []) if (q.finding) need.add(q.finding);
  const todo = [...need];
  while (todo.length) {
    const f = byId.get(todo.pop());
    for (const id of [...((f && f.derived && f.derived.all_of) || []), ...((f && f.derived && f.derived.told_before) || []), ...((f && f.not_with) || [])]) {
      if (!need.has(id)) { need.add(id); todo.push(id); }
    }
  }
  return need;
})();
// The word groups the start needs: those its findings' or the KB's phrases name, in either
// language (the same list in every language's file, so that the files join item by item).
const startGroupIds = new Set([...(screen.findings || []).filter((f) => startFindings.has(f.id)), ...(core.findings || [])]
  .flatMap((f) => LANGS.flatMap((l) => ((f.phrases && f.phrases[l]) || []).flatMap((p) => [...p.matchAll(/@([\w-]+)/g)].map((m) => m[1])))));
const splitScreen = (sc) => {
  const starts = (r) => r.level === 'emergency';
  const findings = (sc.findings || []).filter((f) => startFindings.has(f.id));
  const extraFindings = (sc.findings || []).filter((f) => !startFindings.has(f.id));
  const startGroups = startGroupIds;
  const page = {
    ...sc,
    lexicon: (sc.lexicon || []).filter((g) => startGroups.has(g.id)),
    findings: withoutLabels(findings),
    // The emergency rules' labels and own actions wait for the -more file too (5 KB gzipped):
    // the start lists the KB's own emergency signs, and a rule that fires before the file
    // arrives gives the engine's action for its level ("Call 112 now ...").
    red_flags: (sc.red_flags || []).filter(starts).map(({ self_care, label, action, ...r }) => withoutDefaults(r)),
  };
  const more = {
    findings: labelsOf(findings),
    red_flags: (sc.red_flags || []).filter(starts).map((r) => ({
      ...('label' in r ? { label: r.label } : {}),
      ...('action' in r ? { action: r.action } : {}),
      ...(r.self_care ? { self_care: r.self_care } : {}),
    })),
    extra: {
      lexicon: (sc.lexicon || []).filter((g) => !startGroups.has(g.id)),
      findings: extraFindings,
      red_flags: (sc.red_flags || []).filter((r) => !starts(r)),
    },
  };
  // The start's findings that no emergency rule (of the screen or the KB) names are there for
  // their ids (a clinic KB that names them is validated against this file): their phrases wait
  // for the -more file, like the KB's.
  return phrasesLater(page, more, [...page.red_flags, ...(core.red_flags || []).filter(starts)]);
};
const kbs = {}; const kbMore = {}; const screens = {}; const screenMore = {};
// A finding of the KB that the screen's start file also holds gets the screen's phrases when
// the two are joined (kb::screen::merge adds them): the KB's start file leaves out those it
// repeats (2 KB gzipped), after its word groups are chosen, so what is read is the same.
const withoutScreenPhrases = (page, sPage, l) => {
  const screenPhrases = new Map((sPage.findings || []).map((f) => [f.id, new Set((f.phrases && f.phrases[l]) || [])]));
  page.findings = page.findings.map((f) => {
    const own = screenPhrases.get(f.id);
    if (!own || !f.phrases || !f.phrases[l]) return f;
    return { ...f, phrases: { ...f.phrases, [l]: f.phrases[l].filter((p) => !own.has(p)) } };
  });
  return page;
};
// Before the -more file arrives a check reads only warning signs (the emergency banner): the
// KB's start file keeps the phrases of the findings a red flag of the KB or of the screen's
// start names (and those they are derived from or give way to); the others' phrases wait for
// `kb-more.<lang>.json` (4 KB gzipped), which fills them in item by item.
const withPhrasesLater = (page, sPage, more) => phrasesLater(page, more, [...(page.red_flags || []), ...(sPage.red_flags || [])]);
for (const l of LANGS) {
  const [kbPage, kbRest] = splitKb(withUsedGroups(inLang(core, l), l));
  const [sPage, sMore] = splitScreen(withUsedGroups(inLang(screen, l), l));
  const [page, more] = withPhrasesLater(withoutScreenPhrases(kbPage, sPage, l), sPage, kbRest);
  [kbs[l], kbMore[l]] = [JSON.stringify(page), JSON.stringify(more)];
  [screens[l], screenMore[l]] = [JSON.stringify(sPage), JSON.stringify(sMore)];
}
const articles = Object.fromEntries(LANGS.map((l) => [l, JSON.stringify(inLang(kbArticles, l))]));
// Every file of the bundled KB, by name: `<name>.<lang>.json`.
const langTexts = { kb: kbs, screen: screens, 'kb-more': kbMore, 'screen-more': screenMore, articles };
for (const l of LANGS) for (const [name, texts] of Object.entries(langTexts)) writeFileSync(join(dist, `${name}.${l}.json`), texts[l]);
const langFiles = LANGS.flatMap((l) => Object.keys(langTexts).map((name) => `${name}.${l}.json`));
// The page (lang="en") starts its KB's and screen's downloads with the .wasm's.
for (const name of ['kb', 'screen']) {
  const preload = `<link rel="preload" href="./${name}.en.json" as="fetch" crossorigin="anonymous">`;
  if (!html.includes(preload)) html = html.replace('</head>', `${preload}</head>`);
}

// 1. Boot script out of the page.
const inline = /<script type="module">[\s\S]*?<\/script>/;
if (inline.test(html)) {
  // The script is async: it runs as soon as it is fetched, so the .wasm (already preloaded) is
  // compiled while the page is still parsed; the app starts once the DOM is ready (embed/boot.js).
  const boot = minify(loadFailure + readFileSync(join(root, 'embed/boot.js'), 'utf8')
    .replaceAll('__JS__', js).replaceAll('__WASM__', wasm), 'js');
  const bootName = `boot-${hash(boot)}.js`;
  writeFileSync(join(dist, bootName), boot);
  html = html.replace(inline, `<script type="module" async src="./${bootName}" integrity="${sri(Buffer.from(boot))}"></script>`);
  files.push(bootName);
}
writeFileSync(join(dist, 'index.html'), html);

// 2. The custom element (its template lives in embed/symptom-checker.js).
const element = minify(loadFailure + readFileSync(join(root, 'embed/symptom-checker.js'), 'utf8')
  .replaceAll('__JS__', js).replaceAll('__WASM__', wasm).replaceAll('__CSS__', css), 'js');
writeFileSync(join(dist, 'symptom-checker.js'), element);
if (!files.includes('symptom-checker.js')) files.push('symptom-checker.js');

// 3. The service worker: every asset of this page, versioned by their names.
// Not the custom element's script: a page that embeds the element does not register this worker.
const assets = files.filter((f) => !['sw.js', 'symptom-checker.html', 'symptom-checker.js'].includes(f)).sort();
const version = hash(assets.join('\n') + readFileSync(join(dist, 'index.html')) + LANGS.map((l) => Object.values(langTexts).map((t) => t[l]).join('\n')).join('\n'));
const sw = readFileSync(join(root, 'embed/sw.js'), 'utf8')
  .replace('__VERSION__', version)
  .replace('__ASSETS__', JSON.stringify(['./', ...assets]))
  .replace('__LANG_FILES__', JSON.stringify(langFiles));
writeFileSync(join(dist, 'sw.js'), minify(sw, 'js'));

// 4. The single-file build.
const wasmB64 = readFileSync(join(dist, wasm)).toString('base64');
const bindgen = readFileSync(join(dist, js), 'utf8');
const style = readFileSync(join(dist, css), 'utf8');
// The wasm-bindgen module becomes a data: URL import so the inline script stays a module.
const bindgenUrl = 'data:text/javascript;base64,' + Buffer.from(bindgen).toString('base64');
const single = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Symptom checker</title>
<style>${style.replaceAll('</style', '<\\/style')}</style>
</head>
<body>
<main id="symptom-checker"><p class="sc-loading" role="status">Loading… 載入中…</p></main>
${LANGS.flatMap((l) => Object.entries(langTexts).map(([name, texts]) => [name, texts[l]]).map(([name, text]) => `<script type="application/json" id="symptom-checker-${name}.${l}">${text.replaceAll('</', '<\\/')}</script>`)).join('\n')}
<script type="module">
${loadFailure.replaceAll('</', '<\\/')}
const m = await import(${JSON.stringify(bindgenUrl)});
const bytes = Uint8Array.from(atob(${JSON.stringify(wasmB64)}), (c) => c.charCodeAt(0));
await m.default({ module_or_path: bytes });
watchCrash(m);
</script>
</body>
</html>
`;
writeFileSync(join(dist, 'symptom-checker.html'), single);

// 5. Precompressed copies (the budget in scripts/size-budget.mjs is measured on these).
const compressible = /\.(html|js|mjs|css|wasm|svg|json|txt)$/;
let packed = 0;
for (const f of readdirSync(dist).filter((n) => compressible.test(n))) {
  const buf = readFileSync(join(dist, f));
  writeFileSync(join(dist, `${f}.gz`), await gzipAsync(buf, { numiterations: 15 }));
  writeFileSync(join(dist, `${f}.br`), zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }));
  packed++;
}
console.log(`postbuild: boot, symptom-checker.js, sw.js (${assets.length} assets, version ${version}), symptom-checker.html (${(single.length / 1024).toFixed(0)} KiB), .gz and .br of ${packed} files`);
