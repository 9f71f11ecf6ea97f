// <symptom-checker>: the embeddable widget as a custom element (generated into dist/ by
// scripts/postbuild.mjs, which fills in this build's hashed file names).
//
//   <script type="module" src="/assets/symptom-checker/symptom-checker.js"></script>
//   <symptom-checker lang="zh-TW" emergency-number="119" theme="dark"></symptom-checker>
//
// Attributes (changes take effect live): lang ("en" | "zh-TW"), kb (URL of a clinic KB, same
// origin unless allow-cross-origin-kb is set), emergency-number, theme ("light" | "dark" | "auto").
// Events (bubbling, composed): symptom-checker:ready, symptom-checker:triage ({level}),
// symptom-checker:kb-error ({message}).
// The widget renders into an open Shadow DOM with its own stylesheet, so page CSS cannot reach
// it and its CSS cannot leak. Files load relative to this script, so the folder can live at any
// path. No inline script or style is used (works under a strict CSP).
const base = new URL('.', import.meta.url);
const ATTRS = ['lang', 'kb', 'emergency-number', 'theme', 'allow-cross-origin-kb'];
let ready = null;

function load() {
  if (!ready) {
    ready = import(new URL('./__JS__', base).href).then(async (m) => {
      await m.default({ module_or_path: new URL('./__WASM__', base) });
      return m;
    });
  }
  return ready;
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
    loading.textContent = 'Loading the symptom checker… 正在載入症狀自我評估…';
    this.mountPoint.append(loading);
    shadow.append(link, this.mountPoint);
    this.handle = null;
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
    return o;
  }

  async connectedCallback() {
    if (this.handle) return;
    try {
      const m = await load();
      if (this.handle || !this.isConnected) return;
      this.mountPoint.replaceChildren();
      this.handle = m.mount_widget(this, this.mountPoint, this.options());
      this.dispatchEvent(new CustomEvent('symptom-checker:ready', { bubbles: true, composed: true }));
    } catch (e) {
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.textContent = 'The symptom checker could not start. If you feel very unwell, call your local emergency number now.';
      this.mountPoint.replaceChildren(p);
      console.error('symptom-checker:', e);
    }
  }

  attributeChangedCallback() {
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
