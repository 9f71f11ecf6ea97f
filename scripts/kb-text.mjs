// The KB text as the widget embeds it (engine/build.rs does the same in Rust): no whitespace
// between tokens, and an empty top-level `articles` array (the articles are loaded from
// articles.<lang>.json); and one language of a KB (texts and phrases). Used by scripts/postbuild.mjs,
// scripts/size-budget.mjs and bench/browser.mjs.
// No whitespace between tokens; strings unchanged.
export const minify = (text) => {
  let out = ''; let inString = false; let escaped = false;
  for (const c of text) {
    if (inString) {
      out += c;
      if (escaped) escaped = false; else if (c === '\\') escaped = true; else if (c === '"') inString = false;
    } else if (!' \t\n\r'.includes(c)) { out += c; inString = c === '"'; }
  }
  return out;
};
// ... and with an empty top-level `articles` array (those are in articles.<lang>.json).
export const withoutArticles = (json) => {
  let depth = 0; let inString = false; let escaped = false; let start = -1;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (escaped) escaped = false; else if (c === '\\') escaped = true; else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      if (depth === 1 && start < 0 && json.startsWith('"articles":', i) && '{,'.includes(json[i - 1])) start = i + 11;
      inString = true;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1 && start >= 0) return json.slice(0, start) + '[]' + json.slice(i + 1);
    }
  }
  return json;
};

/** The embedded KB: `minify` then `withoutArticles`. */
export const embeddedKb = (text) => withoutArticles(minify(text));

/** The KB's languages. */
export const LANGS = ['en', 'zh-TW'];
const isObject = (v) => v && typeof v === 'object' && !Array.isArray(v);
/**
 * `v` (any part of a KB) in `lang` only: every object that has both `en` and `zh-TW` loses the
 * other language's text or list (phrases, word groups); the engine reads a missing one as
 * empty. Other keys are kept (ids, numbers, finding lists).
 */
export const inLang = (v, lang) => {
  if (Array.isArray(v)) return v.map((x) => inLang(x, lang));
  if (!isObject(v)) return v;
  const both = LANGS.every((l) => l in v);
  return Object.fromEntries(Object.entries(v)
    .filter(([k]) => !(both && LANGS.includes(k) && k !== lang))
    .map(([k, x]) => [k, inLang(x, lang)]));
};
