import { describe, expect, it } from 'vitest';
import { issuerField, oidcSettingsInput, safeNextPath } from './validation.js';

describe('safeNextPath', () => {
  it('keeps a path on this site and refuses anything that could leave it', () => {
    expect(safeNextPath('/goals?tab=2#x')).toBe('/goals?tab=2#x');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/a\nSet-Cookie: x',
      '',
      null,
      undefined,
    ]) {
      expect(safeNextPath(bad), String(bad)).toBe('/');
    }
  });
});

describe('issuer and secret input', () => {
  it('accepts https, and plain http only for this machine', () => {
    expect(issuerField.safeParse('https://login.microsoftonline.com/t/v2.0').success).toBe(true);
    expect(issuerField.safeParse('http://127.0.0.1:4000').success).toBe(true);
    expect(issuerField.safeParse('http://localhost:4000').success).toBe(true);
    expect(issuerField.safeParse('http://login.example.dk').success).toBe(false);
    expect(issuerField.safeParse('http://localhost.evil.example').success).toBe(false);
  });

  it('treats an empty secret as "keep" and null as "remove"', () => {
    const base = {
      enabled: true,
      displayName: 'Log ind',
      issuer: 'https://idp.example.dk',
      clientId: 'mup',
      matchBy: 'email',
    };
    expect(oidcSettingsInput.parse({ ...base, clientSecret: '' }).clientSecret).toBeUndefined();
    expect(oidcSettingsInput.parse(base).clientSecret).toBeUndefined();
    expect(oidcSettingsInput.parse({ ...base, clientSecret: null }).clientSecret).toBeNull();
    expect(oidcSettingsInput.parse(base).employeeNumberClaim).toBe('employee_number');
  });
});
