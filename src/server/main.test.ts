import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../../test/server-process.js';

/** Start-up refuses a bad configuration with the variable's name and exit code 2, before touching data. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-config-'));
const dataDir = path.join(dir, 'data');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('start-up configuration errors', () => {
  it.each([
    ['PORT', 'not-a-port', 'must be a number'],
    ['PORT', '70000', 'must be between 0 and 65535'],
    ['DATABASE_URL', 'mysql://mup@localhost/mup', 'must start with postgres:// or postgresql://'],
  ])(
    '%s=%s stops the server with exit code 2 and says what is wrong',
    async (name, value, problem) => {
      const run = spawnServer({ DATA_DIR: dataDir, DEMO: 'false', [name]: value });
      const exited = await run.exited;
      expect(exited.code).toBe(2);
      expect(exited.stderr).toContain('MUP cannot start; the configuration has 1 problem(s)');
      expect(exited.stderr).toContain(`${name}=${JSON.stringify(value)}: ${problem}`);
      // No stack trace: the person starting it sees the message only.
      expect(exited.stderr).not.toMatch(/\n\s+at /);
      expect(fs.existsSync(path.join(dataDir, 'pg'))).toBe(false);
    },
    60_000,
  );

  it('reports every bad variable at once', async () => {
    const exited = await spawnServer({ DATA_DIR: dataDir, PORT: 'x', DATABASE_URL: 'nope', JOBS: 'maybe' })
      .exited;
    expect(exited.code).toBe(2);
    expect(exited.stderr).toContain('3 problem(s)');
    for (const name of ['PORT', 'DATABASE_URL', 'JOBS']) expect(exited.stderr).toContain(`${name}=`);
  }, 60_000);
});
