import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const base = { NODE_ENV: 'test', DATA_DIR: '/tmp/mup-config-test' } as const;

describe('the sign-in limit per client address', () => {
  it('lets a whole workplace behind one address sign in on a Monday morning by default', () => {
    expect(loadConfig({ ...base }).signInsPerIpPerMinute).toBe(60);
  });

  it('takes the operator’s setting', () => {
    expect(loadConfig({ ...base, SIGN_INS_PER_IP_PER_MINUTE: '300' }).signInsPerIpPerMinute).toBe(300);
  });

  it('refuses a setting that is no number, naming the variable', () => {
    expect(() => loadConfig({ ...base, SIGN_INS_PER_IP_PER_MINUTE: 'mange' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, SIGN_INS_PER_IP_PER_MINUTE: 'mange' })).toThrow(
      /SIGN_INS_PER_IP_PER_MINUTE="mange": must be a number/,
    );
  });
});
