import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './context.js';
import { mountWebApp } from './static.js';

// A build in miniature with what the installable app adds: the service worker, the manifest, icons.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-static-pwa-'));
fs.mkdirSync(path.join(dir, 'icons'));
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="da"><body></body></html>');
fs.writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("install", () => {});\n');
fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), JSON.stringify({ name: 'MUP', start_url: '/' }));
fs.writeFileSync(path.join(dir, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

const app = new Hono<AppEnv>();
mountWebApp(app, dir);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the installable app’s files', () => {
  it('serves the service worker itself, asked again every time, never the index page in its place', async () => {
    const res = await app.request('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('addEventListener("install"');
  });

  it('serves the manifest as a web app manifest, and the icons, both revalidated', async () => {
    const manifest = await app.request('/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual({ name: 'MUP', start_url: '/' });
    const icon = await app.request('/icons/icon-192.png');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });
});
