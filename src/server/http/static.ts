import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { APP_ROOT } from '../paths.js';
import { markBuildInUse } from '../builds.js';

const BUILT_WEB_DIR = path.join(APP_ROOT, 'dist', 'web');

/** The copies the build wrote beside a file (scripts/web-assets.mjs), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

function accepted(c: Context, encoding: string): boolean {
  const header = c.req.header('Accept-Encoding') ?? '';
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.find((p) => p.trim().startsWith('q='));
    return name === encoding && (q === undefined || Number(q.trim().slice(2)) > 0);
  });
}

/** index.html as the build left it and in its compressed copies, read once. */
function readIndex(indexFile: string) {
  const variants = new Map<string, Buffer>();
  for (const { name, suffix } of ENCODINGS) {
    if (fs.existsSync(indexFile + suffix)) variants.set(name, fs.readFileSync(indexFile + suffix));
  }
  return { plain: fs.readFileSync(indexFile), variants };
}

/**
 * Serves the built web app, and its index.html for every client-side route. `webDir` (config
 * MUP_WEB_DIR) replaces dist/web: the browser journeys serve a build of their own.
 *
 * dist/web is a link to one build (scripts/build.mjs); the server follows it once, at start, and
 * serves that build's files for as long as it runs, so a later build switching the link never
 * changes the files under a running server. The build compressed every file once (brotli and
 * gzip); the server picks the copy the browser accepts. Hashed assets never change under their
 * name, so they are cached for a year; index.html names the current ones, so it is asked again.
 */
export function mountWebApp(app: Hono<AppEnv>, webDir?: string) {
  const linked = webDir ?? BUILT_WEB_DIR;
  const WEB_DIR = fs.existsSync(linked) ? fs.realpathSync(linked) : linked;
  markBuildInUse(WEB_DIR);
  const indexFile = path.join(WEB_DIR, 'index.html');
  const root = path.relative(process.cwd(), WEB_DIR);
  let index: ReturnType<typeof readIndex> | null = null;
  app.use(
    '/assets/*',
    serveStatic({
      root,
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
        // The answer differs by Accept-Encoding even where this one was not compressed.
        if (!c.res.headers.get('Vary')) c.header('Vary', 'Accept-Encoding');
      },
    }),
  );
  app.use('/favicon.svg', serveStatic({ root }));
  // The service worker and the manifest keep their names from version to version: asked again
  // every time, so a new version is found at once (the worker then installs it beside the old).
  // The header is set before the file is served: set after, it would not reach the answer.
  const files = serveStatic<AppEnv>({ root });
  const revalidated: MiddlewareHandler<AppEnv> = (c, next) => {
    c.header('Cache-Control', 'no-cache');
    return files(c, next);
  };
  app.use('/sw.js', revalidated);
  app.use('/manifest.webmanifest', revalidated);
  app.use('/icons/*', revalidated);
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    if (!fs.existsSync(indexFile)) {
      return c.text('The web app is not built. Run `npm start` (it builds first) or `npm run build`.', 503);
    }
    index ??= readIndex(indexFile);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    c.header('Content-Type', 'text/html; charset=UTF-8');
    const encoding = ENCODINGS.find(({ name }) => index!.variants.has(name) && accepted(c, name));
    if (encoding) {
      c.header('Content-Encoding', encoding.name);
      return c.body(new Uint8Array(index.variants.get(encoding.name)!));
    }
    return c.body(new Uint8Array(index.plain));
  });
}
