// What a web build gets once, at build time, so the server never compresses on the fly: a brotli
// and a gzip copy beside every file worth compressing, and the check that the JavaScript the
// first page loads stays within its budget (the entry and what index.html preloads with it;
// every page's own code comes later, in chunks of its own).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Initial JavaScript, gzipped: the sign-in page and the start page must not load more. The goal is
 * 250 KB; it stands at 275 KB since the competence, licences, quality, progression, surveys and
 * library modules landed, because every module's Danish and English texts load with the first page
 * (the i18n chunk is about 85 KB of it). The way back under 250 KB is a catalogue per language,
 * loaded on demand — each module's messages split into a Danish and an English file.
 */
export const INITIAL_JS_BUDGET = 275 * 1024;

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

/** The scripts index.html loads at once: its entry and the chunks it preloads. */
export function initialScripts(webDir) {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const found = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(found)];
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
