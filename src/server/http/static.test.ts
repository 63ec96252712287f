import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBudget, compressWebApp } from '../../../scripts/web-assets.mjs';
import type { AppEnv } from './context.js';
import { mountWebApp } from './static.js';

// A web build in miniature: an index naming a hashed entry and a preloaded chunk.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-static-'));
const script = `export const text = ${JSON.stringify('Læringscirkel '.repeat(400))};\n`;
const index = `<!doctype html><html lang="da"><head><script type="module" src="/assets/index-abc123.js"></script>
<link rel="modulepreload" href="/assets/chunk-def456.js"></head><body><div id="root"></div>${'<!-- -->'.repeat(200)}</body></html>`;
fs.mkdirSync(path.join(dir, 'assets'));
fs.writeFileSync(path.join(dir, 'index.html'), index);
fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), script);
fs.writeFileSync(path.join(dir, 'assets', 'chunk-def456.js'), script.replace('text', 'other'));
fs.writeFileSync(path.join(dir, 'assets', 'tiny-0a1b2c.js'), 'export {};\n');
// One language's texts each; the first page loads one of them, so the larger counts.
fs.writeFileSync(path.join(dir, 'assets', 'catalogue-da-aa11bb.js'), script.repeat(2));
fs.writeFileSync(path.join(dir, 'assets', 'catalogue-en-cc22dd.js'), script);
compressWebApp(dir);

const app = new Hono<AppEnv>();
mountWebApp(app, dir);
const get = (url: string, acceptEncoding?: string) =>
  app.request(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
const body = async (res: Response) => Buffer.from(await res.arrayBuffer());

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the web app is served compressed, from copies made at build time', () => {
  it('writes a brotli and a gzip copy beside every file worth compressing, not beside tiny ones', () => {
    expect(fs.existsSync(path.join(dir, 'assets', 'index-abc123.js.br'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'assets', 'index-abc123.js.gz'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'index.html.br'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'assets', 'tiny-0a1b2c.js.br'))).toBe(false);
  });

  it('answers a hashed asset in brotli when the browser takes it, cached for a year', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const compressed = await body(res);
    expect(compressed.length).toBeLessThan(script.length / 5);
    expect(zlib.brotliDecompressSync(compressed).toString()).toBe(script);
  });

  it('answers gzip to a browser without brotli, and the file itself to one that takes neither', async () => {
    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(await body(gz)).toString()).toBe(script);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect((await body(plain)).toString()).toBe(script);
  });

  it('answers index.html compressed for every client-side route, asked again each time', async () => {
    for (const url of ['/', '/login', '/conversations/123']) {
      const res = await get(url, 'br, gzip');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(zlib.brotliDecompressSync(await body(res)).toString()).toBe(index);
    }
    const plain = await get('/login');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await body(plain)).toString()).toBe(index);
  });

  it('does not offer an encoding the browser refuses with q=0', async () => {
    const res = await get('/login', 'br;q=0, gzip');
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('the initial JavaScript budget', () => {
  it('counts the entry, what index.html preloads and one language’s texts, gzipped, and fails above the limit', () => {
    const { bytes, scripts, figure } = checkBudget(dir);
    expect(scripts).toEqual([
      'assets/index-abc123.js',
      'assets/chunk-def456.js',
      'assets/catalogue-da-aa11bb.js',
    ]);
    expect(bytes).toBeGreaterThan(0);
    expect(figure).toMatch(/^Initial JavaScript: [\d.]+ KB gzipped in 3 files \(budget 250\.0 KB\)\.$/);
    expect(() => checkBudget(dir, bytes - 1)).toThrow(
      /Initial JavaScript: .*\nThe first page loads too much/s,
    );
  });
});
