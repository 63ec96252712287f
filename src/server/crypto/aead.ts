import crypto from 'node:crypto';

/*
 * Authenticated encryption (AES-256-GCM) of a short text, bound to its place by associated data
 * (which row it belongs to), so a sealed value copied into another row does not open there.
 * Sealed form: "v1." + base64url(12-byte IV | 16-byte tag | ciphertext).
 */

const PREFIX = 'v1.';

export function seal(key: Buffer, plaintext: string, aad: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The text, or an error when the key, the associated data or the sealed value is not right. */
export function open(key: Buffer, sealed: string, aad: string): string {
  if (!sealed.startsWith(PREFIX)) throw new Error('Not a sealed value');
  const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
