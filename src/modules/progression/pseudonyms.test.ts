import { describe, expect, it } from 'vitest';
import { holdsCprNumber, possibleFirstNames } from './pseudonyms.js';
import { FIRST_NAMES } from './first-names.js';

describe('progression texts: CPR numbers and first names', () => {
  it('finds a CPR number written with a dash or as ten digits with a real day', () => {
    expect(holdsCprNumber('Barnet 010203-1234 har svært ved overgange')).toBe(true);
    expect(holdsCprNumber('cpr 0102031234')).toBe(true);
    expect(holdsCprNumber('290200-1234')).toBe(true);
    expect(holdsCprNumber('(311299-0001)')).toBe(true);
  });

  it('leaves numbers that cannot be a CPR number alone', () => {
    expect(holdsCprNumber('Telefon 12345678')).toBe(false);
    expect(holdsCprNumber('9999999999')).toBe(false);
    expect(holdsCprNumber('321299-1234')).toBe(false);
    expect(holdsCprNumber('011399-1234')).toBe(false);
    expect(holdsCprNumber('310499-1234')).toBe(false);
    expect(holdsCprNumber('12345678901')).toBe(false);
    expect(holdsCprNumber('Gruppen af 5-årige, 12 børn')).toBe(false);
  });

  it('points at capitalised first names, once each, and not at ordinary words', () => {
    expect(possibleFirstNames('Emma og Noah leger, og Emma græder ved aflevering')).toEqual(['Emma', 'Noah']);
    expect(possibleFirstNames('Barn A og barn B i Rød gruppe; emma med lille')).toEqual([]);
    expect(possibleFirstNames('Søren og Åse')).toEqual(['Søren', 'Åse']);
    expect(possibleFirstNames('Per dag går vi en tur')).toEqual([]);
  });

  it('holds a few hundred names', () => {
    expect(FIRST_NAMES.size).toBeGreaterThan(300);
  });
});
