import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from './paths.js';

/** Where scripts/build.mjs keeps its builds, one folder per source hash. */
export const BUILDS_DIR = path.join(APP_ROOT, 'dist', 'builds');

/**
 * Marks the build a file or folder belongs to as in use by this process (`.in-use-<pid>`), so
 * scripts/build.mjs never removes a build a running server serves. Outside dist/builds (the
 * sources, a journey's own web build) there is nothing to mark. The mark goes when the process
 * exits; one left by a killed process names a pid that no longer runs, and is ignored.
 */
export function markBuildInUse(file: string) {
  const relative = path.relative(BUILDS_DIR, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return;
  const build = path.join(BUILDS_DIR, relative.split(path.sep)[0]!);
  const mark = path.join(build, `.in-use-${process.pid}`);
  try {
    fs.writeFileSync(mark, '');
    process.once('exit', () => fs.rmSync(mark, { force: true }));
  } catch {
    // A build that cannot be marked is still served; the cleanup keeps recent builds anyway.
  }
}
