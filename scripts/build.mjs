// `npm run build`: the web app (Vite) and the server (esbuild, one ES module, packages left to
// node_modules) into dist/builds/<hash of the sources>/{web,server}, then dist/web and
// dist/server are switched to it. Production runs `node dist/server/main.js`: no TypeScript is
// compiled at run time. The web app's files get brotli and gzip copies, and its initial
// JavaScript is held to a budget (scripts/web-assets.mjs).
//
// A build never changes files a running server uses: it is made in a folder of its own, under a
// temporary name renamed when whole; the links are switched by renaming a new link over the old
// one (atomic); a server follows dist/web once, at its start; and a build a running server marks
// as in use (src/server/builds.ts) is never removed. Sources that were built already are not built
// again, so `npm start` builds only when something changed.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishWebApp } from './web-assets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const builds = path.join(dist, 'builds');
/** Builds kept besides the current one and those in use: enough to step back. */
const KEEP = 2;

/** What a build is made from: the sources and everything that decides how they are built. */
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'postcss.config.cjs',
];

function listFiles(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !/\.test\.tsx?$/.test(d.name))
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}

export function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const file of INPUTS.flatMap(listFiles).sort()) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

async function buildInto(dir) {
  const vite = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'warn',
      '--outDir',
      path.join(dir, 'web'),
      '--emptyOutDir',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (vite.status !== 0) throw new Error('The web app did not build.');
  // Fails a build whose first page loads too much; compresses once for every later request.
  finishWebApp(path.join(dir, 'web'));
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/server/main.ts'],
    outfile: path.join(dir, 'server', 'main.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(dir, '.complete'), new Date().toISOString());
}

/** Points `link` (dist/web, dist/server) at `target` by renaming a new link over it. */
function switchLink(link, target) {
  const relative = path.relative(path.dirname(link), target);
  const stat = fs.lstatSync(link, { throwIfNoEntry: false });
  if (stat && !stat.isSymbolicLink()) {
    // A folder from before builds were kept apart: moved aside whole, never emptied.
    fs.renameSync(link, path.join(builds, `before-${Date.now()}-${path.basename(link)}`));
  }
  const temporary = `${link}.new-${process.pid}`;
  fs.rmSync(temporary, { force: true });
  fs.symlinkSync(relative, temporary);
  fs.renameSync(temporary, link);
}

/** Removes builds no one needs: not current, not among the newest, not marked by a running server. */
function cleanUp(current) {
  const entries = fs.readdirSync(builds, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const d of entries.filter((e) => e.name.startsWith('.partial-'))) {
    const pid = Number(d.name.split('-').at(-1));
    if (!isAlive(pid)) fs.rmSync(path.join(builds, d.name), { recursive: true, force: true });
  }
  const done = entries
    .filter((e) => !e.name.startsWith('.'))
    .map((e) => ({
      name: e.name,
      dir: path.join(builds, e.name),
      at: fs.statSync(path.join(builds, e.name)).mtimeMs,
    }))
    .sort((a, b) => b.at - a.at);
  const inUse = (dir) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('.in-use-'))
      .some((f) => isAlive(Number(f.slice('.in-use-'.length))));
  let kept = 0;
  for (const build of done) {
    if (build.dir === current || inUse(build.dir)) continue;
    if (kept++ < KEEP) continue;
    fs.rmSync(build.dir, { recursive: true, force: true });
  }
}

/** Builds when the sources have no build yet, and points dist/web and dist/server at it. */
export async function build({ quiet = false } = {}) {
  fs.mkdirSync(builds, { recursive: true });
  const hash = sourceHash();
  const dir = path.join(builds, hash);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    if (!quiet) console.log(`Building MUP (${hash})…`);
    const partial = path.join(builds, `.partial-${hash}-${process.pid}`);
    fs.rmSync(partial, { recursive: true, force: true });
    try {
      await buildInto(partial);
    } catch (err) {
      fs.rmSync(partial, { recursive: true, force: true });
      throw err;
    }
    try {
      fs.renameSync(partial, dir);
    } catch (err) {
      // Another start built the same sources first (and a server may serve them): keep theirs.
      fs.rmSync(partial, { recursive: true, force: true });
      if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
    }
  }
  // Touched, so the newest builds are the ones most recently used.
  const now = new Date();
  fs.utimesSync(dir, now, now);
  switchLink(path.join(dist, 'web'), path.join(dir, 'web'));
  switchLink(path.join(dist, 'server'), path.join(dir, 'server'));
  cleanUp(dir);
  return { hash, dir };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().then(
    ({ dir }) => console.log(`Built into ${path.relative(root, dir)}; dist/web and dist/server point there.`),
    (err) => {
      console.error(`\n${err.message}\n`);
      process.exit(1);
    },
  );
}
