import crypto from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../../server/config.js';

/*
 * A browser that has signed in to an address before carries a device cookie for it: a random id
 * and a MAC over the id and the address. Its failed attempts are counted on their own, so a
 * guesser elsewhere (or behind the same office address) cannot lock the owner out of their own
 * browser (lockout.ts). Sent only to the sign-in routes; it says nothing about who is signed in.
 */

export const DEVICE_COOKIE = 'mup_device';
const DEVICE_DAYS = 365;

const mac = (config: Config, id: string, email: string) =>
  crypto.createHmac('sha256', config.sessionSecret).update(`device\n${id}\n${email}`).digest('base64url');

/** The device id when the request's cookie was issued for this address, else null. */
export function deviceFor(c: Context, config: Config, email: string): string | null {
  const value = getCookie(c, DEVICE_COOKIE);
  const [id, tag] = value?.split('.') ?? [];
  if (!id || !tag || id.length > 64) return null;
  const expected = Buffer.from(mac(config, id, email));
  const given = Buffer.from(tag);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? id : null;
}

/** Gives the browser a device cookie for the address it has just signed in to (keeping its id). */
export function setDeviceCookie(c: Context, config: Config, email: string, id: string | null) {
  const deviceId = id ?? crypto.randomBytes(16).toString('base64url');
  setCookie(c, DEVICE_COOKIE, `${deviceId}.${mac(config, deviceId, email)}`, {
    path: '/api/auth',
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'Strict',
    maxAge: DEVICE_DAYS * 24 * 3600,
  });
}
