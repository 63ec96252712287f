import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { LEVER_KEYS } from '../../levers/constants.js';
import { builtInInstrument } from '../../surveys/instruments/index.js';
import { expectBothLanguages } from '../../../../test/localized.js';
import {
  BUILT_IN_PACKAGES,
  LANGUAGES,
  PACKAGE_KINDS,
  packageFile,
  type Language,
  type MarkdownPackage,
} from './index.js';

const folder = dirname(fileURLToPath(import.meta.url));
const read = (key: string, language: Language) =>
  readFileSync(join(folder, packageFile(key, language)), 'utf8');
const markdownPackages = BUILT_IN_PACKAGES.filter((p): p is MarkdownPackage => p.body === 'markdown');

/** The kind of each non-empty line, and how many bold spans it has: the shape a translation keeps. */
function shape(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const kind = line.startsWith('## ')
        ? 'h2'
        : line.startsWith('### ')
          ? 'h3'
          : line.startsWith('- ')
            ? 'bullet'
            : /^\d+\. /.test(line)
              ? `numbered ${line.split('.')[0]}`
              : 'paragraph';
      const bold = (line.match(/\*\*/g) ?? []).length / 2;
      return `${kind} ${bold}`;
    });
}

describe('the built-in packages', () => {
  it('are the six the issue names and the levers, with unique keys and known kinds', () => {
    expect(BUILT_IN_PACKAGES.map((p) => p.key)).toEqual([
      'learning-environment-levers',
      'psychological-safety',
      'good-colleague',
      'leader-reflection',
      'sense-making-leader',
      'learning-culture-beacons',
      'feedback-in-everyday',
    ]);
    for (const p of BUILT_IN_PACKAGES) {
      expect(PACKAGE_KINDS).toContain(p.kind);
      expect(p.tags.length, p.key).toBeGreaterThan(0);
      for (const tag of p.tags) expect(tag, p.key).toMatch(/^[a-z-]+$/);
      if (p.instrument) expect(builtInInstrument(p.instrument), p.key).toBeDefined();
    }
  });

  it('have a title and summary in Danish and English', () => {
    expect(expectBothLanguages(BUILT_IN_PACKAGES, LIMITS.description)).toBeGreaterThan(30);
    for (const p of BUILT_IN_PACKAGES) {
      expect(p.title.da.length, p.key).toBeLessThanOrEqual(LIMITS.name);
      expect(p.title.en.length, p.key).toBeLessThanOrEqual(LIMITS.name);
    }
  });

  it('refer to the twelve levers instead of copying them', () => {
    const levers = BUILT_IN_PACKAGES.find((p) => p.body === 'levers');
    expect(levers && levers.body === 'levers' ? levers.levers : []).toEqual([...LEVER_KEYS]);
  });

  it('keep a Markdown body in both languages for every other package, and no file without a package', () => {
    const expected = markdownPackages.flatMap((p) =>
      LANGUAGES.map((language) => packageFile(p.key, language)),
    );
    const present = readdirSync(folder).filter((name) => name.endsWith('.md'));
    expect(present.sort()).toEqual(expected.sort());
    for (const p of markdownPackages) {
      for (const language of LANGUAGES) expect(read(p.key, language).length, p.key).toBeGreaterThan(300);
    }
  });
});

describe('the Markdown', () => {
  it.each(markdownPackages.flatMap((p) => LANGUAGES.map((language) => [p.key, language] as const)))(
    '%s (%s) is plain: headings, lists, paragraphs and bold only, no HTML',
    (key, language) => {
      const text = read(key, language);
      expect(text).not.toMatch(/</);
      expect(text).not.toMatch(/>/);
      expect(text).not.toMatch(/\]\(|!\[|```|`|\|/);
      expect(text).not.toMatch(/^# /m);
      expect(text).not.toMatch(/^[ \t]+\S/m);
      expect(text).not.toMatch(/\*\*\*|(^|[^*])\*[^*]/m);
      expect(text.endsWith('\n')).toBe(true);
    },
  );

  it.each(markdownPackages.map((p) => [p.key] as const))(
    '%s has the same shape in English as in Danish',
    (key) => {
      expect(shape(read(key, 'en'))).toEqual(shape(read(key, 'da')));
    },
  );
});

describe('the training package', () => {
  const training = markdownPackages.filter((p) => p.kind === 'training');

  it('is one, with steps before, during and after that its Markdown describes', () => {
    expect(training.map((p) => p.key)).toEqual(['feedback-in-everyday']);
    const [p] = training;
    for (const phase of ['before', 'during', 'after'] as const) {
      const steps = p!.steps![phase];
      expect(steps.length, phase).toBeGreaterThanOrEqual(3);
      for (const language of LANGUAGES) {
        const text = read(p!.key, language);
        for (const s of steps)
          expect(text, `${phase}: ${s.title[language]}`).toContain(`**${s.title[language]}.**`);
      }
    }
  });

  it('is the only package with steps', () => {
    expect(markdownPackages.filter((p) => p.steps).map((p) => p.key)).toEqual(['feedback-in-everyday']);
  });
});
