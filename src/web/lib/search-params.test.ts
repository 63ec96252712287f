import { describe, expect, it } from 'vitest';
import { peopleSearch } from '../../modules/org/web/people/people-search';
import { booleanParam, integerParam, oneOfParam, textParam, uuidParam } from './search-params';

describe('reading a page’s address', () => {
  it('keeps what the page understands', () => {
    const id = '0b6f7a52-3c1e-4d7a-9a55-1f2e3d4c5b6a';
    expect(
      peopleSearch({ query: 'Sofie', unitId: id, role: 'hr', inactive: true, page: 3, extra: 'x' }),
    ).toEqual({ query: 'Sofie', unitId: id, role: 'hr', inactive: true, page: 3 });
  });

  it('drops what it does not, so an edited address opens the page unfiltered', () => {
    expect(
      peopleSearch({
        query: 'x'.repeat(10_000),
        unitId: 'not-an-id',
        role: 'king',
        inactive: 'yes',
        page: 0,
      }),
    ).toEqual({ query: undefined, unitId: undefined, role: undefined, inactive: undefined, page: undefined });
    expect(textParam({ to: '' }, 'to', 10)).toBeUndefined();
    expect(textParam({ to: 7 }, 'to', 10)).toBeUndefined();
    expect(oneOfParam({ tab: 'given' }, 'tab', ['received', 'given'])).toBe('given');
    expect(oneOfParam({ tab: ['given'] }, 'tab', ['received', 'given'])).toBeUndefined();
    expect(uuidParam({ id: "'; drop table people; --" }, 'id')).toBeUndefined();
    expect(booleanParam({ inactive: 'true' }, 'inactive')).toBeUndefined();
    expect(integerParam({ page: 2.5 }, 'page', 1)).toBeUndefined();
    expect(integerParam({ page: Number.MAX_VALUE }, 'page', 1)).toBeUndefined();
  });
});
