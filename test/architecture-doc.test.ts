import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/ARCHITECTURE.md cites only files that exist. The document cites a file from the folder its
// row or paragraph is about (`services/sign-in.ts` in auth's row, `theme.ts` in the web shell's), so
// a citation counts as found when it resolves from the repository's root or from any folder of it
// (src/, docs/, scripts/, test/ …); `#name` after a file names a function, which must be in it too.
// Lenient about which folder, strict about existence: a renamed or deleted file fails the test.
const root = path.resolve(import.meta.dirname, '..');
const skip = new Set(['node_modules', 'dist', 'data', '.git', 'test-results', 'playwright-report']);
function folders(dir: string): string[] {
  const below = fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !skip.has(d.name) && !d.name.startsWith('.'))
    .flatMap((d) => folders(path.join(dir, d.name)));
  return [dir, ...below];
}
const bases = folders('');

function cited(markdown: string): string[] {
  const tokens = [...markdown.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]!);
  return tokens.filter(
    (t) =>
      /\.(ts|tsx|mjs|js|md|json)(#\w+)?$/.test(t) &&
      !t.includes('<') &&
      !t.includes('*') &&
      !t.startsWith('/api/'),
  );
}

function exists(citation: string): boolean {
  const [file, name] = citation.split('#') as [string, string | undefined];
  return bases.some((base) => {
    const full = path.join(root, base, file);
    if (!fs.existsSync(full) || !fs.statSync(full).isFile()) return false;
    return name === undefined || new RegExp(`\\b${name}\\b`).test(fs.readFileSync(full, 'utf8'));
  });
}

describe('docs/ARCHITECTURE.md', () => {
  it('cites only files (and functions in them) that exist', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');
    const citations = cited(doc);
    expect(citations.length).toBeGreaterThan(50);
    expect(citations.filter((c) => !exists(c))).toEqual([]);
  });

  it('would notice a file that does not exist', () => {
    expect(exists('services/no-such-file.ts')).toBe(false);
    expect(exists('services/sign-in.ts#noSuchFunction')).toBe(false);
    expect(exists('services/sign-in.ts#signIn')).toBe(true);
  });
});
