import { describe, expect, it } from 'vitest';
import { activeNavEntry, NAV_ITEMS } from './nav-items';

const everything = NAV_ITEMS;
const withoutLeading = NAV_ITEMS.filter((item) => item.group !== 'leading');
const ME = '6f1c2a4e-0000-4000-8000-000000000001';
const OTHER = '6f1c2a4e-0000-4000-8000-000000000002';

describe('activeNavEntry', () => {
  it('marks an entry for its own path and the pages under it', () => {
    expect(activeNavEntry('/goals', everything)).toBe('/goals');
    expect(activeNavEntry('/goals/abc', everything)).toBe('/goals');
    expect(activeNavEntry('/feedback/new', everything)).toBe('/feedback');
    expect(activeNavEntry('/levers/plans/abc', everything)).toBe('/levers');
    expect(activeNavEntry('/conversations/abc/print', everything)).toBe('/conversations');
    expect(activeNavEntry('/teams/abc/', everything)).toBe('/teams');
  });

  it('marks home only on the start page, and nothing on a page no entry leads to', () => {
    expect(activeNavEntry('/', everything)).toBe('/');
    expect(activeNavEntry('/goalsx', everything)).toBeNull();
    expect(activeNavEntry('/no-such-page', everything)).toBeNull();
  });

  it('puts a team goal under the teams when the goal page says so, a personal goal under the goals', () => {
    expect(activeNavEntry('/goals/abc', everything, { section: '/teams' })).toBe('/teams');
    expect(activeNavEntry('/goals/abc', everything, { section: null })).toBe('/goals');
    // A section the person has no entry for falls back to the path.
    expect(activeNavEntry('/goals/abc', [{ to: '/goals' }], { section: '/teams' })).toBe('/goals');
  });

  it('puts pages without an entry of their own under the entry that leads to them', () => {
    expect(activeNavEntry('/team-development/abc', everything)).toBe('/teams');
    expect(activeNavEntry('/circles/abc', everything)).toBe('/goals');
    expect(activeNavEntry('/circles/abc/print', everything)).toBe('/goals');
    expect(activeNavEntry('/safety/abc', everything)).toBe('/forums');
    expect(activeNavEntry('/e/abc123', everything)).toBe('/forums');
  });

  it("keeps one's own development page under 'my development' and someone else's under the overview", () => {
    expect(activeNavEntry(`/development/${ME}`, everything, { personId: ME })).toBe('/development');
    expect(activeNavEntry(`/development/${ME}/year/2026`, everything, { personId: ME })).toBe('/development');
    expect(activeNavEntry(`/development/${OTHER}`, everything, { personId: ME })).toBe('/overview');
    expect(activeNavEntry(`/development/${OTHER}/year/2026`, everything, { personId: ME })).toBe('/overview');
    // Without the overview (not a leader) the path decides.
    expect(activeNavEntry(`/development/${OTHER}`, withoutLeading, { personId: ME })).toBe('/development');
  });

  it('only ever returns an entry the person sees', () => {
    expect(activeNavEntry('/overview', withoutLeading)).toBeNull();
    expect(activeNavEntry('/team-development/abc', [{ to: '/' }])).toBeNull();
  });
});
