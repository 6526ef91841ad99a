/**
 * A static file server for a built site, bound to 127.0.0.1 on a free port: for the benchmark's browser
 * measurements and the end-to-end tests of fixture builds (tests/e2e/map.test.ts). Like a static host: directory URLs serve `index.html`, unknown paths `404.html` with status 404,
 * and text is sent gzip-compressed when the browser asks for it (so Lighthouse sees realistic transfer sizes).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
};

/** Types a static host compresses on the fly (Pagefind's own files are gzip already and are sent as they are). */
const compressible = /^(text\/|application\/(json|geo\+json|xml|wasm)|image\/svg)/;

export interface StaticServer {
  server: Server;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close: () => Promise<void>;
}

export async function serve(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(base, pathname);
    if (file !== base && !file.startsWith(`${base}${path.sep}`)) return response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      file = path.join(base, '404.html');
      status = 404;
      if (!existsSync(file)) return response.writeHead(404).end();
    }
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    let body: Buffer = readFileSync(file);
    if (compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const cached = gzipped.get(file) ?? gzipSync(body);
      gzipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
