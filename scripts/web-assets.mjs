// What a web build gets once, at build time, so the server never compresses on the fly: a brotli
// and a gzip copy beside every file worth compressing, and the check that the JavaScript the
// first page loads stays within its budget (the entry and what index.html preloads with it;
// every page's own code comes later, in chunks of its own).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Initial JavaScript, gzipped: the sign-in page and the start page must not load more. It counts
 * the texts of one language (the larger), which the app fetches before its first render
 * (src/web/i18n/load.ts, scripts/catalogue-plugin.mjs).
 */
export const INITIAL_JS_BUDGET = 250 * 1024;

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_SIZE = 1024;

const gzip = (data) => zlib.gzipSync(data, { level: 9 });
const brotli = (data) =>
  zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });

/** Writes `<file>.br` and `<file>.gz` beside every compressible file of a web build. */
export function compressWebApp(webDir) {
  let files = 0;
  for (const entry of fs.readdirSync(webDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const data = fs.readFileSync(file);
    if (data.length < MIN_SIZE) continue;
    fs.writeFileSync(`${file}.br`, brotli(data));
    fs.writeFileSync(`${file}.gz`, gzip(data));
    files++;
  }
  return files;
}

/** A language's texts, one chunk each (src/web/i18n/catalogue-da.ts, catalogue-en.ts). */
const LANGUAGE_CHUNK = /^catalogue-(da|en)-[\w-]+\.js$/;

/**
 * The scripts the first page loads: the entry and the chunks index.html preloads, and the texts of
 * the language it starts in (the larger language's, to be fair to both).
 */
export function initialScripts(webDir) {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const found = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  const assets = path.join(webDir, 'assets');
  const languages = fs.existsSync(assets)
    ? fs
        .readdirSync(assets)
        .filter((name) => LANGUAGE_CHUNK.test(name))
        .map((name) => `assets/${name}`)
        .sort((a, b) => fs.statSync(path.join(webDir, b)).size - fs.statSync(path.join(webDir, a)).size)
    : [];
  return [...new Set([...found, ...languages.slice(0, 1)])];
}

/** The initial JavaScript's gzipped size; throws above the budget. */
export function checkBudget(webDir, budget = INITIAL_JS_BUDGET) {
  const scripts = initialScripts(webDir);
  const bytes = scripts.reduce((sum, file) => sum + gzip(fs.readFileSync(path.join(webDir, file))).length, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const figure = `Initial JavaScript: ${kb(bytes)} gzipped in ${scripts.length} files (budget ${kb(budget)}).`;
  if (bytes > budget) {
    throw new Error(
      `${figure}\nThe first page loads too much. Load the page's code lazily (src/web/lib/lazy-page.ts) ` +
        `rather than from a module the router imports.`,
    );
  }
  return { bytes, scripts, figure };
}

/** Both steps, for a finished web build. */
export function finishWebApp(webDir, { quiet = false } = {}) {
  const { figure } = checkBudget(webDir);
  compressWebApp(webDir);
  if (!quiet) console.log(figure);
}
