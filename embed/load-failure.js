// What the page shows when the widget's files do not arrive (scripts/postbuild.mjs puts this text
// at the top of the boot script and of symptom-checker.js, so it needs no file of its own): a
// message in the page's language with the configured emergency number as a call link, and a
// button that tries again with fresh requests. __NUMBER__ is the bundled KB's number, used when
// the page configures none or one that is not a single phone number.
const LOAD_TEXT = {
  en: {
    failed: 'The symptom checker could not load. If you feel very unwell, call {number} now.',
    call: 'Call {number}',
    retry: 'Try again',
    loading: 'Loading the symptom checker…',
  },
  'zh-TW': {
    failed: '症狀評估工具無法載入。如果您覺得非常不舒服，請立即撥打 {number}。',
    call: '撥打 {number}',
    retry: '再試一次',
    loading: '正在載入症狀自我評估…',
  },
};

// The language tag of the texts above for a page or element language.
const loadLang = (tag) => (/^zh/i.test(tag || '') ? 'zh-TW' : 'en');

// The number if it is one phone number (digits, a leading +, spaces, hyphens; 2 to 15 digits),
// as the widget checks it; otherwise the bundled KB's.
function loadNumber(configured) {
  const n = (configured || '').trim();
  const digits = (n.match(/[0-9]/g) || []).length;
  return /^\+?[0-9 -]+$/.test(n) && digits >= 2 && digits <= 15 ? n : '__NUMBER__';
}

// Seconds before a load that has not finished is reported (the load goes on; the widget replaces
// the message if it arrives).
function loadTimeout(configured) {
  const s = Number(configured);
  return (Number.isFinite(s) && s > 0 ? s : 30) * 1000;
}

// Puts the loading line into `root`.
function showLoading(root, lang) {
  const p = document.createElement('p');
  p.className = 'sc-loading';
  p.setAttribute('role', 'status');
  p.textContent = LOAD_TEXT[lang].loading;
  root.replaceChildren(p);
}

// Replaces the content of `root` with the failure message; `retry` runs on the button. A page of
// its own passes its `title`, shown as the page's heading.
function showLoadFailure(root, lang, number, retry, title) {
  const t = LOAD_TEXT[lang];
  const wrap = document.createElement('div');
  wrap.className = 'sc sc-load-failed';
  wrap.lang = lang;
  if (title) {
    const h = document.createElement('h1');
    h.className = 'sc-title';
    h.textContent = title;
    wrap.append(h);
  }
  const p = document.createElement('p');
  p.className = 'sc-notice sc-notice--error';
  p.setAttribute('role', 'alert');
  p.textContent = t.failed.replace('{number}', number);
  const call = document.createElement('a');
  call.className = 'sc-call sc-call--big';
  call.href = `tel:${number.replace(/[^0-9+]/g, '')}`;
  call.textContent = t.call.replace('{number}', number);
  const line = document.createElement('p');
  line.append(call);
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'sc-button sc-retry';
  again.textContent = t.retry;
  again.addEventListener('click', retry);
  wrap.append(p, line, again);
  root.replaceChildren(wrap);
}

// The release .wasm aborts on a panic without running Rust's panic hook (the standard library is
// built with -Cpanic=immediate-abort, scripts/build.sh): the panic reaches the page as an
// uncaught WebAssembly.RuntimeError, here, which asks the widget module to replace every
// mounted widget with its crash message (the emergency number it was showing, in its language).
let watching = false;
function watchCrash(m) {
  if (watching) return;
  watching = true;
  const crashed = (e) => {
    const err = e.error ?? e.reason;
    if (!(err instanceof WebAssembly.RuntimeError)) return;
    try {
      m.showCrash();
    } catch (again) {
      console.error('symptom-checker: the crash message could not be shown:', again);
    }
  };
  addEventListener('error', crashed);
  addEventListener('unhandledrejection', crashed);
}
