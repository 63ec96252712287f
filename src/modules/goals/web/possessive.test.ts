import { expect, it } from 'vitest';
import { possessive } from './possessive';

it('writes the Danish and English genitive of a name', () => {
  expect(possessive('da', 'Sofie Andersen')).toBe('Sofie Andersens');
  expect(possessive('da', 'Hans')).toBe("Hans'");
  expect(possessive('da', 'Max')).toBe("Max'");
  expect(possessive('en', 'Hans')).toBe('Hans’s');
});
