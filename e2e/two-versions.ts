import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

/*
 * For the update journey: a second build of the web app, and a small server that serves one build's
 * files at a time (switched as a deploy would) while the API is passed through to the journeys' MUP
 * server. MUP's own server reads index.html once at start, as it should in production, where a new
 * version is a new server; here the files change under a running page, which is what the service
 * worker has to cope with.
 */

/** Builds the web app again with another build name, so its scripts differ from the first build. */
export function buildAnotherVersion(name: string): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-e2e-web-two-'));
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
    { stdio: 'inherit', env: { ...process.env, VITE_MUP_BUILD: name } },
  );
  if (result.status !== 0) throw new Error(`The second build failed (${result.status})`);
  return outDir;
}

/** Every file of a build, as the paths the browser asks for (compressed copies left out). */
export function filesOf(dir: string): Set<string> {
  const found = new Set<string>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.(br|gz)$/.test(entry.name))
        found.add(`/${path.relative(dir, full).split(path.sep).join('/')}`);
    }
  };
  walk(dir);
  return found;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export interface VersionedSite {
  url: string;
  /** Serves another build's files from now on. */
  serve: (dir: string) => void;
  /** Paths asked for that the build being served does not have. */
  missing: string[];
  close: () => Promise<void>;
}

/** Serves `dir` on a free port, passing /api/ through to `apiBase` with the browser's own headers. */
export async function serveVersions(dir: string, apiBase: string): Promise<VersionedSite> {
  let current = dir;
  const missing: string[] = [];
  const api = new URL(apiBase);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    if (url.pathname.startsWith('/api/')) {
      // The Host stays the browser's: MUP accepts a write whose Origin is the host it was sent to.
      const upstream = http.request(
        { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const file = path.join(current, path.normalize(decodeURIComponent(url.pathname)));
    const exists = file.startsWith(current) && fs.existsSync(file) && fs.statSync(file).isFile();
    if (!exists && /\.\w+$/.test(url.pathname)) {
      missing.push(url.pathname);
      res.writeHead(404).end();
      return;
    }
    // Any other path is a page of the app: index.html, as MUP's server answers it.
    const served = exists ? file : path.join(current, 'index.html');
    const hashed = url.pathname.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    fs.createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      current = next;
    },
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
