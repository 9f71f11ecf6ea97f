// Reading a .wasm's structure without a tool: its sections, its functions' bodies by function
// index, and the function names of its `name` section. Used by scripts/size-budget.mjs (where
// the bytes go) and bench/startup-trace.mjs (which code the page compiles at start-up).

/** A reader of unsigned LEB128 numbers in `buf` from `p`. */
function reader(buf, p = 0) {
  return {
    get p() {
      return p;
    },
    skip(n) {
      p += n;
    },
    byte() {
      return buf[p++];
    },
    leb() {
      let r = 0;
      let s = 0;
      let x;
      do {
        x = buf[p++];
        r += (x & 0x7f) * 2 ** s;
        s += 7;
      } while (x & 0x80);
      return r;
    },
  };
}

const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];

/** The sections in order: `{id, name, start, size, body}` (`custom:NAME` for custom ones). */
export function sections(buf) {
  const r = reader(buf, 8);
  const out = [];
  while (r.p < buf.length) {
    const id = r.byte();
    const size = r.leb();
    const start = r.p;
    let name = NAMES[id] || `id${id}`;
    if (id === 0) {
      const n = r.leb();
      name = `custom:${buf.subarray(r.p, r.p + n).toString()}`;
    }
    out.push({ id, name, start, size, body: buf.subarray(start, start + size) });
    r.skip(start + size - r.p);
  }
  return out;
}

/** The number of imported functions (they come first in the function index space). */
function importedFunctions(list) {
  const imports = list.find((s) => s.name === 'import');
  if (!imports) return 0;
  const r = reader(imports.body);
  let n = 0;
  for (let i = r.leb(); i > 0; i--) {
    r.skip(r.leb()); // module name
    r.skip(r.leb()); // field name
    const kind = r.byte();
    if (kind === 0) {
      r.leb();
      n++;
    } else if (kind === 1 || kind === 2) {
      if (kind === 1) r.byte(); // table element type
      const flags = r.byte();
      r.leb();
      if (flags & 1) r.leb();
    } else if (kind === 3) {
      r.skip(2);
    } else {
      r.byte();
      r.leb();
    }
  }
  return n;
}

/** The body of each defined function by function index, and the code section's size. */
export function functionBodies(buf) {
  const list = sections(buf);
  const code = list.find((s) => s.name === 'code');
  const bodies = new Map();
  if (!code) return { codeSize: 0, bodies };
  const first = importedFunctions(list);
  const r = reader(code.body);
  const count = r.leb();
  for (let i = 0; i < count; i++) {
    const size = r.leb();
    bodies.set(first + i, code.body.subarray(r.p, r.p + size));
    r.skip(size);
  }
  return { codeSize: code.size, bodies };
}

/** Function names by function index from the `name` section (empty without one). */
export function functionNames(buf) {
  const names = new Map();
  const section = sections(buf).find((s) => s.name === 'custom:name');
  if (!section) return names;
  const r = reader(section.body);
  r.skip(r.leb()); // the custom section's own name
  while (r.p < section.body.length) {
    const sub = r.byte();
    const size = r.leb();
    const end = r.p + size;
    if (sub === 1) {
      for (let i = r.leb(); i > 0; i--) {
        const index = r.leb();
        const l = r.leb();
        names.set(index, section.body.subarray(r.p, r.p + l).toString());
        r.skip(l);
      }
    }
    r.skip(end - r.p);
  }
  return names;
}
