// A tiny static file server for the built page, bound to loopback only.
// Usage: node tests/e2e/server.mjs DIR [PORT]   (PORT 0 picks a free port)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `root` on 127.0.0.1; `headers` are added to every response. Resolves to {server, url}. */
export function serve(root, port = 0, headers = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = path.normalize(path.join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    // Like a static host with precompressed files (nginx gzip_static): FILE.br or FILE.gz when
    // the browser accepts it, so the tests load the very bytes that the size budget counts.
    const accepts = String(req.headers['accept-encoding'] || '');
    const encoding = [['br', 'br'], ['gzip', 'gz']].find(([name, ext]) => accepts.includes(name) && fs.existsSync(`${file}.${ext}`));
    fs.readFile(encoding ? `${file}.${encoding[1]}` : file, (err, data) => {
      if (err) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      const extra = encoding ? { 'content-encoding': encoding[0], vary: 'accept-encoding' } : {};
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...extra, ...headers });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  serve(dir, Number(port)).then(({ url }) => console.log(`symptom-checker is running at ${url} (Ctrl+C to stop)`));
}
