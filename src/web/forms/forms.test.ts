import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../i18n';
import { ApiError } from '../lib/api';
import { createPersonInput, updateUnitInput } from '../../modules/org/validation';
import { applyServerError } from './server-errors';
import { describeIssue } from './zod-resolver';

const da: Translate = (key, vars) => translate('da', key, vars);
const en: Translate = (key, vars) => translate('en', key, vars);

function messages(t: Translate, input: unknown) {
  const result = createPersonInput.safeParse(input, { reportInput: true });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), describeIssue(t, i)]));
}

describe('form messages for the shared schemas', () => {
  it('words each problem plainly in the chosen language, not in the schema’s English', () => {
    const input = {
      name: '  ',
      email: 'ikke-en-mail',
      jobTitle: 'x'.repeat(121),
      memberships: [{ unitId: '', role: 'employee' }],
    };
    expect(messages(da, input)).toEqual({
      name: 'Skal udfyldes.',
      email: 'Skriv en gyldig e-mailadresse.',
      jobTitle: 'Højst 120 tegn.',
      'memberships.0.unitId': 'Vælg en mulighed.',
    });
    expect(messages(en, input).name).toBe('Required.');
    expect(messages(da, { name: 'Bo\u0001' }).name).toBe('Tjek dette felt.');
  });

  it('accepts an empty optional field as none', () => {
    expect(messages(da, { name: 'Ny', email: '', employeeNumber: '' })).toEqual({});
    expect(createPersonInput.parse({ name: 'Ny', email: '' }).email).toBeNull();
  });
});

describe('server errors on form fields', () => {
  const collect = () => {
    const set: Record<string, string> = {};
    const setError = ((name: string, error: { message?: string }) => {
      set[name] = error.message ?? '';
    }) as never;
    return { set, setError };
  };

  it('puts a reason that belongs to a field on that field and leaves the alert empty', () => {
    const { set, setError } = collect();
    const err = new ApiError(409, 'CONFLICT', 'email_taken', 'taken');
    expect(applyServerError(err, da, setError, ['email'], { email_taken: 'email' })).toBeNull();
    expect(set).toEqual({ email: 'E-mailadressen bruges allerede af en anden person.' });
  });

  it('places issues on the most specific field and reports the rest in the alert', () => {
    const { set, setError } = collect();
    const err = new ApiError(400, 'VALIDATION', undefined, 'bad', [
      { path: 'memberships.0.unitId', message: 'Invalid UUID' },
      { path: 'somethingElse', message: 'Bad' },
    ]);
    const alert = applyServerError(err, da, setError, ['memberships', 'memberships.0.unitId']);
    expect(set).toEqual({ 'memberships.0.unitId': 'Tjek dette felt.' });
    expect(alert).toBe('Nogle felter er ikke udfyldt rigtigt.');
  });

  it('shows a stale version in the alert, not on a field', () => {
    const { set, setError } = collect();
    const err = new ApiError(409, 'CONFLICT', 'stale_version', 'stale');
    expect(applyServerError(err, en, setError, ['name'])).toMatch(/changed this meanwhile/);
    expect(set).toEqual({});
    expect(updateUnitInput.safeParse({ name: 'x' }).success).toBe(false);
  });
});
