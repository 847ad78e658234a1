/**
 * A tiny static file server on 127.0.0.1 for the browser benchmarks: the app's dist/ at `/` and the
 * bench pages' build at `/__bench/`. No compression and no caching headers, the same for every page,
 * so load timings compare like with like.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves each `[urlPrefix, folder]` mount; a folder path resolves to its index.html. */
export async function serveStatic(mounts: readonly (readonly [string, string])[]): Promise<StaticServer> {
  // Longest prefix first, so `/__bench/` wins over `/`.
  const ordered = [...mounts].sort((a, b) => b[0].length - a[0].length);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const mount = ordered.find(([prefix]) => path.startsWith(prefix));
      if (!mount) return notFound();
      const root = normalize(mount[1]);
      let file = normalize(join(root, path.slice(mount[0].length)));
      if (file !== root && !file.startsWith(root + sep)) return notFound();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        await stat(file);
      } catch {
        return notFound();
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    })();
    function notFound(): void {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
