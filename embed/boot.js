// The standalone page's start-up script (scripts/postbuild.mjs writes it as boot-<hash>.js, after
// embed/load-failure.js, with this build's file names for __JS__ and __WASM__; a file, not an
// inline script, so the page works under `script-src 'self'`).
// It compiles the .wasm (preloaded by index.html) while the page is still parsed, fetches the KB
// and the general safety screen of the page's language and puts them on the page as the
// single-file build has them, so the widget reads them in its first render, then starts the
// widget. When the glue, the .wasm or the KB does
// not arrive within data-load-timeout seconds of #symptom-checker (30 by default), or fails, the
// page says so with data-emergency-number (else the KB's number) and offers to try again; a retry
// requests every file anew (a failed module import is never reused).
const root = document.getElementById('symptom-checker');
const lang = loadLang(document.documentElement.lang || navigator.language);
let attempt = 0;
let started = false;

async function load(n) {
  const fresh = n ? `?retry=${n}` : '';
  const url = new URL(`./__WASM__${fresh}`, import.meta.url);
  const compiled = WebAssembly.compileStreaming ? WebAssembly.compileStreaming(fetch(url)).catch(() => url) : url;
  const glue = import(new URL(`./__JS__${fresh}`, import.meta.url).href);
  const names = ['kb', 'screen'];
  const texts = names.map((name) => fetch(new URL(`./${name}.${lang}.json`, import.meta.url)).then((r) => (r.ok ? r.text() : null)).catch(() => null));
  if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
  const [m, module, ...loaded] = await Promise.all([glue, compiled, ...texts]);
  names.forEach((name, i) => {
    const id = `symptom-checker-${name}.${lang}`;
    if (loaded[i] && !document.getElementById(id)) {
      const data = document.createElement('script');
      data.type = 'application/json';
      data.id = id;
      data.textContent = loaded[i];
      document.head.append(data);
    }
  });
  // An earlier attempt that arrived late may have started the widget already.
  if (started) return;
  started = true;
  try {
    await m.default({ module_or_path: module });
    watchCrash(m);
  } catch (e) {
    started = false;
    throw e;
  }
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    // The worker keeps the KB, screen and articles of the page's language for offline use (others once loaded).
    navigator.serviceWorker.register(new URL(`./sw.js?lang=${lang}`, import.meta.url)).catch(() => {});
  }
}

function run() {
  const n = attempt;
  attempt += 1;
  const number = loadNumber(root?.getAttribute('data-emergency-number'));
  const fail = () => {
    if (!started && n === attempt - 1 && root) showLoadFailure(root, lang, number, retry, document.title);
  };
  const timer = setTimeout(fail, loadTimeout(root?.getAttribute('data-load-timeout')));
  load(n).then(() => clearTimeout(timer), (e) => {
    clearTimeout(timer);
    console.error('symptom-checker: could not load:', e);
    fail();
  });
}

function retry() {
  if (root) showLoading(root, lang);
  run();
}

run();
