import crypto from 'node:crypto';

/*
 * A token names its organisation in clear and carries 256 random bits: `mupscim_<org id>_<secret>`.
 * The organisation part lets the token be checked against that organisation's one row (no lookup
 * across organisations); only the SHA-256 of the whole token is stored.
 */
const TOKEN = /^mupscim_([0-9a-f]{32})_([\w-]{43})$/;

export function newToken(orgId: string): string {
  return `mupscim_${orgId.replaceAll('-', '')}_${crypto.randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** The organisation a well-formed token names, or null. */
export function tokenOrg(token: string): string | null {
  const hex = TOKEN.exec(token)?.[1];
  if (!hex) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Compares two hex digests in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
