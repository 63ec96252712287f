import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { claimPeriod, periodStart } from './periods.js';

describeEachEngine('periodic tasks claimed once per period', (env) => {
  it('gives each period to the first claim only, however many processes tick in it', async () => {
    const db = env().database.db;
    const minute = 60_000;
    const at = new Date('2031-03-04T06:31:20Z');
    expect(periodStart(at, 5 * minute).toISOString()).toBe('2031-03-04T06:30:00.000Z');
    const claims = await Promise.all([0, 1, 2].map(() => claimPeriod(db, 'test.task', at, 5 * minute)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Later in the same period: taken. The next period: free again, once. Another task: its own.
    expect(await claimPeriod(db, 'test.task', new Date(at.getTime() + 3 * minute), 5 * minute)).toBe(false);
    expect(await claimPeriod(db, 'test.task', new Date(at.getTime() + 5 * minute), 5 * minute)).toBe(true);
    expect(await claimPeriod(db, 'test.task', new Date(at.getTime() + 5 * minute), 5 * minute)).toBe(false);
    expect(await claimPeriod(db, 'test.other', at, 5 * minute)).toBe(true);
  });
});
