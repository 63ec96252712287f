// The texts of one language, not both, in what the browser loads: each module's messages.ts
// declares its Danish and English texts side by side (so the type checker keeps them in step), but
// the built app gets src/web/i18n/catalogue-da.ts and catalogue-en.ts with only their own
// language, as plain data. At build time this plugin evaluates the catalogue once (esbuild, in
// memory) and answers the import of './catalogue' from those two files with that language alone;
// in development the files import the whole catalogue, as they are written.
import path from 'node:path';
import { build } from 'esbuild';

const LANGUAGE_FILE = /[\\/]src[\\/]web[\\/]i18n[\\/]catalogue-(da|en)\.ts$/;
const VIRTUAL = '\0mup-catalogue:';

async function evaluateCatalogue(root) {
  const out = await build({
    entryPoints: [path.join(root, 'src/web/i18n/catalogue.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.catalogue;
}

/** @returns {import('vite').Plugin} */
export function catalogueByLanguage() {
  let catalogue;
  let root = process.cwd();
  return {
    name: 'mup-catalogue-by-language',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = path.resolve(config.root, '../..');
    },
    async buildStart() {
      catalogue = await evaluateCatalogue(root);
    },
    resolveId(source, importer) {
      const match = importer && LANGUAGE_FILE.exec(importer);
      if (match && source === './catalogue') return `${VIRTUAL}${match[1]}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const language = id.slice(VIRTUAL.length);
      return `export const catalogue = { ${language}: ${JSON.stringify(catalogue[language])} };\n`;
    },
  };
}
