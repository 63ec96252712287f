import crypto from 'node:crypto';

/** A random URL-safe token and the SHA-256 hash that is stored in its place. */
export function newToken(bytes = 32): { token: string; hash: string } {
  const token = crypto.randomBytes(bytes).toString('base64url');
  return { token, hash: hashToken(token) };
}

// One call instead of a Hash object per request: every signed-in request hashes its session cookie.
export const hashToken = (token: string) => crypto.hash('sha256', token, 'hex');
