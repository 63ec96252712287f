/**
 * A fresh Idempotency-Key (docs/adr/0014): 128 random bits as hex. crypto.randomUUID needs a
 * secure context, and the app may run without one.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
