import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_TEXT } from './action-texts';

/** Every `'<thing>.read'` a server file writes to the audit log. */
function readActionsInSources(): Set<string> {
  const found = new Set<string>();
  const files = fs.readdirSync('src', { recursive: true, encoding: 'utf8' });
  for (const file of files) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.includes(`${path.sep}web${path.sep}`))
      continue;
    const text = fs.readFileSync(path.join('src', file), 'utf8');
    for (const m of text.matchAll(/'([a-z_]+\.read)'/g)) found.add(m[1]!);
  }
  return found;
}

describe('"Who has viewed my record"', () => {
  it('has words for every kind of read the server logs, so no one sees a code instead', () => {
    const actions = readActionsInSources();
    // The scan finds the known ones (it can fail): the person page and a licence read at least.
    expect(actions).toContain('development.read');
    expect(actions).toContain('licences.read');
    const missing = [...actions].filter((a) => !(a in ACTION_TEXT));
    expect(missing).toEqual([]);
  });
});
