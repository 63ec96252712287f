import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from '../../server/paths.js';
import type { Locale } from '../../shared/roles.js';
import { BUILT_IN_PACKAGES, packageFile, type LibraryPackage } from './packages/index.js';
import type { PackageSummary, Steps } from './answers.js';

/*
 * The built-in packages as the library serves them. They stay in code and Markdown files (never
 * copied into an organisation's tables), so a fix to a built-in text reaches every organisation;
 * they are read-only, version 1, in the reader's language.
 */
const folder = path.join(APP_ROOT, 'src', 'modules', 'library', 'packages');
const bodies = new Map<string, string>();

export function builtInPackage(key: string): LibraryPackage | undefined {
  return BUILT_IN_PACKAGES.find((p) => p.key === key);
}

/** The Markdown body in a language; the levers' toolbox has a short one pointing to the levers. */
export function builtInBody(p: LibraryPackage, locale: Locale): string {
  if (p.body === 'levers') return p.summary[locale];
  const file = packageFile(p.key, locale);
  let body = bodies.get(file);
  if (body === undefined) {
    body = fs.readFileSync(path.join(folder, file), 'utf8');
    bodies.set(file, body);
  }
  return body;
}

export function builtInSteps(p: LibraryPackage, locale: Locale): Steps | null {
  if (p.body !== 'markdown' || !p.steps) return null;
  const pick = (list: readonly { title: { da: string; en: string }; text: { da: string; en: string } }[]) =>
    list.map((s) => ({ title: s.title[locale], text: s.text[locale] }));
  return { before: pick(p.steps.before), during: pick(p.steps.during), after: pick(p.steps.after) };
}

export function builtInSummary(p: LibraryPackage, locale: Locale): PackageSummary {
  return {
    id: null,
    builtInKey: p.key,
    kind: p.kind,
    title: p.title[locale],
    summary: p.summary[locale],
    tags: [...p.tags],
    version: 1,
    updatedAt: null,
    hasSteps: p.body === 'markdown' && Boolean(p.steps),
  };
}
