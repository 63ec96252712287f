// Which Chromium the browser journeys drive. Debian's (/usr/bin/chromium) where it runs; otherwise
// the headless Chromium that @sparticuz/chromium ships inside its npm package, so a machine with
// only Node can run `npm test` (docs/adr/0007-packaged-chromium.md). MUP_CHROMIUM chooses:
// `auto` (the default), `system` (Debian's only) or `packaged` (the package's only).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ executablePath: string, libraryDir?: string, fontconfigDir?: string, description: string }} Chromium
 * @returns {Promise<Chromium>} the browser to use; throws an Error saying why when none runs.
 */
export async function chooseChromium(want = process.env.MUP_CHROMIUM || 'auto') {
  if (!['auto', 'system', 'packaged'].includes(want)) {
    throw new Error(`MUP_CHROMIUM must be auto, system or packaged, not '${want}'.`);
  }
  const reasons = [];
  if (want !== 'packaged') {
    const system = systemChromium();
    if (system.chromium) return system.chromium;
    reasons.push(system.reason);
    if (want === 'system') throw new Error(reasons.join('\n'));
  }
  try {
    return await packagedChromium();
  } catch (error) {
    reasons.push(`The packaged Chromium (@sparticuz/chromium) does not run: ${error.message}`);
    throw new Error(reasons.join('\n'));
  }
}

function systemChromium() {
  if (!fs.existsSync(SYSTEM_CHROMIUM)) {
    return { reason: `Debian's Chromium is not installed (${SYSTEM_CHROMIUM}).` };
  }
  const check = runVersion(SYSTEM_CHROMIUM, process.env);
  if (!check.ok) return { reason: `Debian's Chromium (${SYSTEM_CHROMIUM}) does not run: ${check.output}` };
  return {
    chromium: {
      executablePath: SYSTEM_CHROMIUM,
      description: `Debian's ${check.output} (${SYSTEM_CHROMIUM})`,
    },
  };
}

async function packagedChromium() {
  // Only its files are used, never its code (which targets Lambda and Node 22).
  let main;
  try {
    main = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  } catch {
    throw new Error('the package is not installed (run npm install).');
  }
  const packageDir = path.resolve(path.dirname(main), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const dir = await unpacked(path.join(packageDir, 'bin'), version);
  const executablePath = path.join(dir, 'chromium');

  // The binary links against libnss3, libnspr4 and a few more. Where the system has them it uses
  // them; where it lacks them, the copies the package carries (built for Amazon Linux) take over,
  // all of them at once through LD_LIBRARY_PATH so that no mix of versions is loaded.
  const bundled = path.join(dir, 'lib');
  const fontconfigDir = fs.existsSync('/etc/fonts/fonts.conf') ? undefined : path.join(dir, 'fontconfig');
  const fonts = fontconfigDir ? `, and its own fonts (the system has no fontconfig)` : '';
  const plain = runVersion(executablePath, process.env);
  if (plain.ok) {
    return {
      executablePath,
      fontconfigDir,
      description: `${describe(plain.output, executablePath, version)}${fonts}`,
    };
  }
  const withLibs = runVersion(executablePath, { ...process.env, LD_LIBRARY_PATH: libraryPath(bundled) });
  if (!withLibs.ok) {
    throw new Error(`${plain.output}\n  and with the package's libraries: ${withLibs.output}`);
  }
  const names = fs.readdirSync(bundled).filter((name) => name.includes('.so'));
  return {
    executablePath,
    libraryDir: bundled,
    fontconfigDir,
    description:
      `${describe(withLibs.output, executablePath, version)}, with the package's libraries ` +
      `(${bundled}: ${names.join(', ')}), as the system lacks them (${firstLine(plain.output)})${fonts}`,
  };
}

/** LD_LIBRARY_PATH with `dir` first, for the browser process only. */
function libraryPath(dir, current = process.env.LD_LIBRARY_PATH) {
  return current ? `${dir}:${current}` : dir;
}

const describe = (version, executablePath, packageVersion) =>
  `the packaged ${version} (@sparticuz/chromium ${packageVersion}, unpacked to ${executablePath})`;

const firstLine = (text) => text.split('\n')[0];

function runVersion(executable, env) {
  const result = spawnSync(executable, ['--version'], { env, encoding: 'utf8', timeout: 60_000 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error) return { ok: false, output: result.error.message };
  if (result.status === 0 && /^Chrom(e|ium) /m.test(output)) {
    return {
      ok: true,
      output: output
        .split('\n')
        .find((line) => /^Chrom(e|ium) /.test(line))
        .trim(),
    };
  }
  return { ok: false, output: output || `exit code ${result.status}` };
}

/**
 * The package's files, unpacked once per version under node_modules/.cache: the binary, its
 * libraries in lib/ and its fonts with a fontconfig file that points at them. Unpacked beside the
 * final folder and renamed into place, so a half-unpacked browser is never used, even when two
 * runs start at once.
 */
async function unpacked(bin, version) {
  const cache = path.join(root, 'node_modules', '.cache', 'mup-chromium');
  const dir = path.join(cache, version);
  if (fs.existsSync(dir)) return dir;
  fs.mkdirSync(cache, { recursive: true });
  const partial = fs.mkdtempSync(path.join(cache, `.${version}-`));
  try {
    await pipeline(
      fs.createReadStream(path.join(bin, 'chromium.br')),
      zlib.createBrotliDecompress(),
      fs.createWriteStream(path.join(partial, 'chromium'), { mode: 0o755 }),
    );
    extractTar(brotli(path.join(bin, 'al2023.tar.br')), partial);
    const fonts = path.join(partial, 'fontconfig');
    extractTar(brotli(path.join(bin, 'fonts.tar.br')), fonts);
    // The package's own fonts.conf names Lambda's folders; this one names where they are here.
    fs.writeFileSync(
      path.join(fonts, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${path.join(dir, 'fontconfig', 'fonts')}</dir>\n` +
        `  <cachedir>${path.join(dir, 'fontconfig', 'cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      fs.renameSync(partial, dir);
    } catch (error) {
      // Another run finished first: its copy is as good as this one.
      if (!fs.existsSync(dir)) throw error;
      fs.rmSync(partial, { recursive: true, force: true });
    }
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

const brotli = (file) => zlib.brotliDecompressSync(fs.readFileSync(file));

/**
 * Writes the regular files and folders of a ustar archive under `target`. The package's archives
 * hold nothing else; anything else, or a name that would leave `target`, is refused.
 */
function extractTar(archive, target) {
  const text = (offset, length) => archive.toString('utf8', offset, offset + length).replace(/\0.*$/s, '');
  const octal = (offset, length) => parseInt(text(offset, length).trim() || '0', 8);
  fs.mkdirSync(target, { recursive: true });
  let offset = 0;
  while (offset + 512 <= archive.length) {
    if (archive.subarray(offset, offset + 512).every((byte) => byte === 0)) break;
    const prefix = text(offset + 345, 155);
    const name = prefix ? `${prefix}/${text(offset, 100)}` : text(offset, 100);
    const size = octal(offset + 124, 12);
    const type = text(offset + 156, 1) || '0';
    const file = path.resolve(target, name);
    if (!file.startsWith(path.resolve(target) + path.sep)) throw new Error(`unsafe name in archive: ${name}`);
    if (type === '5') {
      fs.mkdirSync(file, { recursive: true });
    } else if (type === '0') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, archive.subarray(offset + 512, offset + 512 + size), {
        mode: octal(offset + 100, 8) & 0o755,
      });
    } else {
      throw new Error(`unexpected entry type '${type}' in archive: ${name}`);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}
