import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context.js';
import { APP_ROOT } from '../paths.js';
import { markBuildInUse } from '../builds.js';

const BUILT_WEB_DIR = path.join(APP_ROOT, 'dist', 'web');

/**
 * Serves the built web app, and its index.html for every client-side route. `webDir` (config
 * MUP_WEB_DIR) replaces dist/web: the browser journeys serve a build of their own.
 *
 * dist/web is a link to one build (scripts/build.mjs); the server follows it once, at start, and
 * serves that build's files for as long as it runs, so a later build switching the link never
 * changes the files under a running server.
 */
export function mountWebApp(app: Hono<AppEnv>, webDir?: string) {
  const linked = webDir ?? BUILT_WEB_DIR;
  const WEB_DIR = fs.existsSync(linked) ? fs.realpathSync(linked) : linked;
  markBuildInUse(WEB_DIR);
  const indexFile = path.join(WEB_DIR, 'index.html');
  const root = path.relative(process.cwd(), WEB_DIR);
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('/favicon.svg', serveStatic({ root }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    if (!fs.existsSync(indexFile)) {
      return c.text('The web app is not built. Run `npm start` (it builds first) or `npm run build`.', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(fs.readFileSync(indexFile, 'utf8'));
  });
}
