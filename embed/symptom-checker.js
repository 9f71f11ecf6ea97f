// <symptom-checker>: the embeddable widget as a custom element (generated into dist/ by
// scripts/postbuild.mjs, which fills in this build's hashed file names).
//
//   <script type="module" src="/assets/symptom-checker/symptom-checker.js"></script>
//   <symptom-checker lang="zh-TW" emergency-number="119" theme="dark"></symptom-checker>
//
// Attributes (changes take effect live): lang ("en" | "zh-TW"), kb (URL of a clinic KB, same
// origin unless allow-cross-origin-kb is set), emergency-number, theme ("light" | "dark" | "auto"),
// storage-key (localStorage key of the diary), clinic (name and number printed on the summary);
// load-timeout (seconds before a load that has not
// finished is reported, 30 by default).
// Events (bubbling, composed): symptom-checker:ready, symptom-checker:triage ({level}),
// symptom-checker:kb-error ({message}).
// The widget renders into an open Shadow DOM with its own stylesheet, so page CSS cannot reach
// it and its CSS cannot leak. Files load relative to this script, so the folder can live at any
// path. No inline script or style is used (works under a strict CSP).
const base = new URL('.', import.meta.url);
const ATTRS = ['lang', 'kb', 'emergency-number', 'theme', 'storage-key', 'clinic', 'allow-cross-origin-kb'];
let ready = null;
let attempt = 0;

// The glue and the .wasm, shared by every element of the page. A failed load is forgotten, so the
// next element or a retry requests the files anew (with a fresh URL: the browser keeps a failed
// module import for its URL).
function load() {
  if (!ready) {
    const fresh = attempt ? `?retry=${attempt}` : '';
    attempt += 1;
    const mine = import(new URL(`./__JS__${fresh}`, base).href).then(async (m) => {
      await m.default({ module_or_path: new URL(`./__WASM__${fresh}`, base) });
      watchCrash(m);
      return m;
    });
    mine.catch(() => {
      if (ready === mine) ready = null;
    });
    ready = mine;
  }
  return ready;
}

// Forgets a load that is taking too long, so that a retry starts a new one.
function abandon(pending) {
  if (ready === pending) ready = null;
}

// A file of the bundled KB in a language (`kb.<lang>.json`, the KB, or `screen.<lang>.json`, the
// general safety screen, beside this script), fetched once and put on the page as the
// single-file build has it (<script type="application/json" id="symptom-checker-kb.<lang>">),
// so that the widget reads it in its first render. On failure nothing is put there and the
// widget tries itself (and offers to try again).
const bundled = new Map();
function loadBundled(name, lang) {
  const key = `${name}.${lang}`;
  if (!bundled.has(key)) {
    bundled.set(key, fetch(new URL(`./${key}.json`, base))
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null)
      .then((text) => {
        if (!text) bundled.delete(key);
        const id = `symptom-checker-${key}`;
        if (text && !document.getElementById(id)) {
          const data = document.createElement('script');
          data.type = 'application/json';
          data.id = id;
          data.textContent = text;
          document.head.append(data);
        }
      }));
  }
  return bundled.get(key);
}

// Fetches a clinic KB: {text} or {error}. Only same-origin URLs unless the page opts out; no
// cookies are sent.
async function fetchKb(src, allowCrossOrigin) {
  let url;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return { error: `"${src}" is not a valid URL` };
  }
  if (url.origin !== location.origin && !allowCrossOrigin) {
    return { error: `${url.href} is not on this site (set allow-cross-origin-kb to allow it)` };
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    return { error: `${url.href} is not an http(s) URL` };
  }
  try {
    const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!res.ok) return { error: `${url.href} answered HTTP ${res.status}` };
    return { text: await res.text() };
  } catch (e) {
    return { error: `${url.href} could not be loaded` };
  }
}

class SymptomCheckerElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRS;
  }

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./__CSS__', base).href;
    this.mountPoint = document.createElement('div');
    this.mountPoint.className = 'sc-host';
    const loading = document.createElement('p');
    loading.className = 'sc-loading';
    loading.setAttribute('role', 'status');
    // In the element's language only: a line in both would make the browser look up a CJK font
    // before the widget's first layout on an English page (tens of ms on Linux).
    loading.textContent = LOAD_TEXT[loadLang(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || navigator.language)].loading;
    this.mountPoint.append(loading);
    shadow.append(link, this.mountPoint);
    this.handle = null;
    this.kbSrc = null;
    this.kb = {};
  }

  // The clinic KB for the current `kb` attribute (fetched once per URL).
  async loadKb() {
    const src = this.getAttribute('kb');
    if (!src) {
      this.kbSrc = null;
      this.kb = {};
      return;
    }
    if (src === this.kbSrc) return;
    const kb = await fetchKb(src, this.hasAttribute('allow-cross-origin-kb'));
    this.kbSrc = src;
    this.kb = kb;
    if (kb.error) {
      console.warn('symptom-checker: clinic KB:', kb.error);
      this.dispatchEvent(new CustomEvent('symptom-checker:kb-error', { bubbles: true, composed: true, detail: { message: kb.error } }));
    }
  }

  options() {
    const o = {};
    for (const a of ATTRS) {
      if (this.hasAttribute(a)) o[a] = this.getAttribute(a);
    }
    if (!o.lang) {
      const host = this.closest('[lang]');
      o.lang = host ? host.getAttribute('lang') : navigator.language;
    }
    if (this.kb.text !== undefined) o['kb-json'] = this.kb.text;
    if (this.kb.error !== undefined) o['kb-error'] = this.kb.error;
    // The bundled KB's files (kb.<lang>.json, screen.<lang>.json, articles.<lang>.json) live beside this script.
    o['kb-base'] = base.href;
    return o;
  }

  // The element's language for the texts shown before the widget runs.
  lang() {
    return loadLang(this.options().lang);
  }

  connectedCallback() {
    if (this.handle) return;
    this.start();
  }

  // Loads the widget and mounts it. When the files fail, or have not arrived after `load-timeout`
  // seconds (30 by default), the element says so in its language with its emergency number and
  // offers to try again; a load that arrives after the message still mounts the widget.
  async start() {
    const lang = this.lang();
    const pending = load();
    const fail = () => {
      if (this.handle || !this.isConnected) return;
      abandon(pending);
      showLoadFailure(this.mountPoint, lang, loadNumber(this.getAttribute('emergency-number')), () => {
        showLoading(this.mountPoint, this.lang());
        this.start();
      });
    };
    const timer = setTimeout(fail, loadTimeout(this.getAttribute('load-timeout')));
    try {
      // The bundled KB of the element's language (a clinic KB replaces it when it validates),
      // and the general screen, which every KB gets.
      const [m] = await Promise.all([pending, this.loadKb(), this.hasAttribute('kb') ? null : loadBundled('kb', lang), loadBundled('screen', lang)]);
      clearTimeout(timer);
      if (this.handle || !this.isConnected) return;
      this.mountPoint.replaceChildren();
      this.handle = m.mount_widget(this, this.mountPoint, this.options());
      this.dispatchEvent(new CustomEvent('symptom-checker:ready', { bubbles: true, composed: true }));
    } catch (e) {
      clearTimeout(timer);
      console.error('symptom-checker: could not load:', e);
      fail();
    }
  }

  async attributeChangedCallback(name) {
    if (!this.handle) return;
    if (name === 'kb' || name === 'allow-cross-origin-kb') {
      this.kbSrc = null;
      await this.loadKb();
    }
    if (this.handle) this.handle.update(this.options());
  }

  disconnectedCallback() {
    if (this.handle) {
      this.handle.destroy();
      this.handle = null;
    }
  }
}

if (!customElements.get('symptom-checker')) {
  customElements.define('symptom-checker', SymptomCheckerElement);
}
